import Segmentation
import TextNormalization

/// The terms of a text: the segmenter's words that hold a letter or an ideograph other than a numeral
/// (numbers — 118.06, 二, 三十五, 第一 — and punctuation are not terms) and are not stop words, in folded form (simplified characters, ASCII
/// letters lowercased), so that 經濟 and 经济, GDP and ＧＤＰ count as one term.
///
/// Not thread-safe: it owns a segmenter.
public final class TermExtractor {
    private let segmenter: WordSegmenter
    public let stopWords: StopWords

    public init(segmenter: WordSegmenter, stopWords: StopWords) {
        self.segmenter = segmenter
        self.stopWords = stopWords
    }

    /// The terms of `text` in order, line by line (a line is a paragraph of the cleaned text).
    public func terms(_ text: String) -> [String] {
        var terms: [String] = []
        forEachLine(text) { terms.append(contentsOf: $0) }
        return terms
    }

    /// Calls `body` with the terms of every line of `text` (the paragraphs, in order).
    public func forEachLine(_ text: String, _ body: ([String]) -> Void) {
        for line in text.split(whereSeparator: \.isNewline) {
            let folded = FoldedText(String(line))
            var terms: [String] = []
            for span in segmenter.segment(folded) where span.kind == .word {
                let units = folded.folded[span.range]
                guard units.contains(where: { TermExtractor.isLetter($0) && !TermExtractor.numerals.contains($0) }) else { continue }
                let term = String(decoding: units.map { (0x41...0x5A).contains($0) ? $0 + 0x20 : $0 }, as: UTF16.self)
                if !stopWords.contains(term) { terms.append(term) }
            }
            body(terms)
        }
    }

    /// Chinese numerals, and 第 of ordinals.
    private static let numerals = Set("〇零一二三四五六七八九十百千万亿两第".utf16)

    /// Ideographs and letters of any script (not digits, punctuation or symbols).
    private static func isLetter(_ unit: UInt16) -> Bool {
        if unit < 0x80 { return (0x41...0x5A).contains(unit) || (0x61...0x7A).contains(unit) }
        if (0x4E00...0x9FFF).contains(unit) || (0x3400...0x4DBF).contains(unit) { return true }
        guard let scalar = Unicode.Scalar(unit) else { return true }  // a surrogate: a character beyond the BMP
        return scalar.properties.isAlphabetic
    }
}
