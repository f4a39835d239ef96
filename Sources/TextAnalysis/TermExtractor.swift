import Segmentation
import TextNormalization

/// The terms of a text: the segmenter's words that hold a letter or an ideograph other than a numeral
/// (numbers — 118.06, 二, 三十五, 第一 — and punctuation are not terms) and are not stop words, in folded form (simplified characters, ASCII
/// letters lowercased), so that 經濟 and 经济, GDP and ＧＤＰ count as one term.
///
/// Thread-safe: each call borrows a segmenter of its own from a pool that shares one trie.
public final class TermExtractor: Sendable {
    private let segmenters: SegmenterPool
    public let stopWords: StopWords

    public init(segmenter: WordSegmenter, stopWords: StopWords) {
        segmenters = SegmenterPool(segmenter)
        self.stopWords = stopWords
    }

    /// The terms of `text` in order.
    public func terms(_ text: String) -> [String] {
        var terms: [String] = []
        forEachTerm(in: FoldedText(text)) { units, _ in terms.append(String(decoding: units, as: UTF16.self)) }
        return terms
    }

    /// Calls `body` with every term of `text` in order: its folded units with ASCII letters lowercased
    /// (valid during the call only), and its range of `text.folded`. A line break ends a word, so the
    /// terms are those of each line (paragraph) in turn.
    public func forEachTerm(in text: FoldedText, _ body: (UnsafeBufferPointer<UInt16>, Range<Int>) -> Void) {
        guard !text.folded.isEmpty else { return }
        let spans = segmenters.withSegmenter { $0.segment(text) }
        let lowered = TextMatcher.normalized(text.folded)
        lowered.withUnsafeBufferPointer { units in
            for span in spans where span.kind == .word {
                let term = UnsafeBufferPointer(rebasing: units[span.range])
                guard term.contains(where: TermExtractor.isTermCharacter), !stopWords.contains(term) else { continue }
                body(term, span.range)
            }
        }
    }

    /// The terms of `document` counted: every section's heading and text.
    public func counts(_ document: AnalysisDocument) -> TermCounts {
        var counts = TermCounts()
        for section in document.sections {
            forEachTerm(in: FoldedText(section.text)) { units, _ in counts.add(units) }
        }
        return counts
    }

    /// A letter or an ideograph that is not a Chinese numeral or the 第 of ordinals.
    @inline(__always)
    static func isTermCharacter(_ unit: UInt16) -> Bool {
        if unit < 0x80 { return (0x41...0x5A).contains(unit) || (0x61...0x7A).contains(unit) }
        if HanCharacter.contains(unit) { return !isNumeral(unit) }
        guard let scalar = Unicode.Scalar(unit) else { return true }  // a surrogate: a character beyond the BMP
        return scalar.properties.isAlphabetic && unit != 0x3007  // 〇
    }

    /// Chinese numerals, and 第 of ordinals.
    @inline(__always)
    private static func isNumeral(_ unit: UInt16) -> Bool {
        switch unit {
        case 0x96F6, 0x4E00, 0x4E8C, 0x4E09, 0x56DB, 0x4E94, 0x516D, 0x4E03, 0x516B, 0x4E5D,  // 零一二三四五六七八九
             0x5341, 0x767E, 0x5343, 0x4E07, 0x4EBF, 0x4E24, 0x7B2C:  // 十百千万亿两第
            return true
        default:
            return false
        }
    }
}

/// The terms of one document (or any text) counted, numbered by a `TermInterner` of its own.
public struct TermCounts: Sendable {
    /// The distinct terms.
    public private(set) var terms = TermInterner()
    /// Occurrences of each term, by its number.
    public private(set) var counts: [Int] = []
    /// All term occurrences.
    public private(set) var tokens = 0

    public init() {}

    /// Counts one occurrence of `units`.
    public mutating func add(_ units: UnsafeBufferPointer<UInt16>) {
        let id = Int(terms.intern(units))
        if id == counts.count { counts.append(0) }
        counts[id] += 1
        tokens += 1
    }
}
