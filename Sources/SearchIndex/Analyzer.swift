import Segmentation
import TextNormalization

/// Turns folded text into the index's terms, the same way for documents and for queries.
///
/// Every run of letters and digits — Han characters, digits, ASCII letters (lowercased), other
/// scripts — gives one term per character: the bigram of it and the next character, or the character
/// alone at the end of the run. A query of n ≥ 2 characters is then the phrase of its n − 1 bigrams, and
/// a query of one character the union of the terms that begin with it, so that any substring of a run
/// is found (as grep finds it) whatever a segmenter made of it. Words of three or more characters from
/// the word segmenter are added beside the bigrams for ranking. Punctuation and spaces take no
/// position, so a query's punctuation only relaxes it.
final class Analyzer {
    private let segmenter: WordSegmenter?

    /// An analyser; with a `segmenter`, its words are indexed beside the bigrams.
    init(segmenter: WordSegmenter?) {
        self.segmenter = segmenter
    }

    /// Whether words from a segmenter are added.
    var addsWords: Bool { segmenter != nil }

    /// The tokens of `text` in order of position, and the number of positions (the field length).
    ///
    /// With `end`, only the folded units before it are read; where `end` falls on a character that
    /// no run holds, those are exactly the whole text's first tokens (no bigram spans it). Words
    /// from a segmenter are added within them.
    func tokens(of text: FoldedText, upTo end: Int? = nil) -> (tokens: [Token], positions: Int) {
        let folded = text.folded
        let end = min(end ?? folded.count, folded.count)
        var tokens: [Token] = []
        tokens.reserveCapacity(end)
        var position: Int32 = 0
        var runScalars: [(utf8: UInt32, length: Int, start: Int32, end: Int32)] = []
        var gramPosition: [Int32] = segmenter == nil ? [] : [Int32](repeating: -1, count: folded.count)

        func flushRun() {
            guard !runScalars.isEmpty else { return }
            for (index, scalar) in runScalars.enumerated() {
                if index + 1 < runScalars.count {
                    let next = runScalars[index + 1]
                    let shift = 64 - 8 * scalar.length
                    let key = UInt64(scalar.utf8) << UInt64(shift) | UInt64(next.utf8) << UInt64(shift - 8 * next.length)
                    tokens.append(Token(term: .short(key), kind: .bigram, position: position, start: scalar.start, end: scalar.end))
                } else {
                    let key = UInt64(scalar.utf8) << UInt64(64 - 8 * scalar.length)
                    tokens.append(Token(term: .short(key), kind: .runEnd(runLength: runScalars.count), position: position,
                                        start: scalar.start, end: scalar.end))
                }
                position += 1
            }
            runScalars.removeAll(keepingCapacity: true)
        }
        var offset = 0
        while offset < end {
            let unit = folded[offset]
            var scalarValue = UInt32(unit)
            var width = 1
            if UTF16.isLeadSurrogate(unit), offset + 1 < end, UTF16.isTrailSurrogate(folded[offset + 1]) {
                scalarValue = 0x10000 + ((UInt32(unit) - 0xD800) << 10) + (UInt32(folded[offset + 1]) - 0xDC00)
                width = 2
            }
            if scalarValue >= 0x41 && scalarValue <= 0x5A { scalarValue += 0x20 }
            if let scalar = Unicode.Scalar(scalarValue), Analyzer.isGramCharacter(scalar) {
                if !gramPosition.isEmpty { gramPosition[offset] = position + Int32(runScalars.count) }
                runScalars.append((Analyzer.utf8Packed(scalar), Analyzer.utf8Length(scalarValue),
                                   Int32(offset), Int32(offset + width)))
            } else {
                flushRun()
            }
            offset += width
        }
        flushRun()
        if let segmenter { addWords(segmenter.segment(text), folded: folded, gramPosition: gramPosition, to: &tokens) }
        return (tokens, Int(position))
    }

    private func addWords(_ spans: [WordSpan], folded: [UInt16], gramPosition: [Int32], to tokens: inout [Token]) {
        for span in spans where span.kind == .word {
            let first = gramPosition[span.range.lowerBound]
            guard first >= 0, folded[span.range.lowerBound] >= 0x80 else { continue }
            var characters = 0
            var offset = span.range.lowerBound
            var consecutive = true
            while offset < span.range.upperBound {
                if gramPosition[offset] != first + Int32(characters) { consecutive = false; break }
                characters += 1
                offset += UTF16.isLeadSurrogate(folded[offset]) ? 2 : 1
            }
            guard consecutive, characters >= 3 else { continue }
            let text = String(decoding: folded[span.range], as: UTF16.self)
            tokens.append(Token(term: Term(bytes: Array(text.utf8)), kind: .word, position: first,
                                start: Int32(span.range.lowerBound), end: Int32(span.range.upperBound)))
        }
    }

    /// The number of positions `text` takes (its characters of runs), without making its tokens.
    func positionCount(of text: FoldedText) -> Int {
        var count = 0
        for scalar in text.foldedString.unicodeScalars
        where Analyzer.isGramCharacter(scalar) || (0x41...0x5A).contains(scalar.value) { count += 1 }
        return count
    }

    /// Whether the folded UTF-16 unit `unit` is a character no run holds (punctuation, space), so that
    /// no token spans it.
    static func endsRuns(_ unit: UInt16) -> Bool {
        guard !UTF16.isLeadSurrogate(unit), !UTF16.isTrailSurrogate(unit), let scalar = Unicode.Scalar(unit) else { return false }
        return !isGramCharacter(scalar) && !(0x41...0x5A).contains(unit)
    }

    /// Characters indexed by character n-grams: ideographs, letters and digits of any script.
    ///
    /// Always inlined, with the property look-up apart: compiled as one function it sets up the
    /// properties' metadata on every call, before the range tests that answer for almost every character.
    @inline(__always)
    static func isGramCharacter(_ scalar: Unicode.Scalar) -> Bool {
        let value = scalar.value
        if value >= 0x4E00 && value <= 0x9FFF { return true }
        if value < 0x80 { return (value >= 0x30 && value <= 0x39) || (value >= 0x61 && value <= 0x7A) }
        if value == 0x3007 { return true }  // 〇, the zero of 二〇一九
        // Chinese text's punctuation (“”‘’…—, 、。《》「」【】, full-width ，：；？！（）), none a letter or
        // digit, decided without looking the scalar's properties up.
        if (0x2000...0x206F).contains(value) || (0x3000...0x3004).contains(value) || (0x3008...0x3011).contains(value)
            || (0x3014...0x301F).contains(value) || (0xFF01...0xFF0F).contains(value) || (0xFF1A...0xFF20).contains(value) { return false }
        return isLetterOrDigit(scalar)
    }

    /// Whether the scalar is a letter or a digit by its Unicode properties.
    @inline(never)
    private static func isLetterOrDigit(_ scalar: Unicode.Scalar) -> Bool {
        let properties = scalar.properties
        return properties.isAlphabetic || properties.numericType != nil
    }

    private static func utf8Length(_ value: UInt32) -> Int {
        value < 0x80 ? 1 : value < 0x800 ? 2 : value < 0x10000 ? 3 : 4
    }

    /// The scalar's UTF-8 bytes as an integer, first byte most significant.
    private static func utf8Packed(_ scalar: Unicode.Scalar) -> UInt32 {
        var packed: UInt32 = 0
        for byte in UTF8.encode(scalar)! { packed = packed << 8 | UInt32(byte) }
        return packed
    }
}
