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
        var gramPosition: [Int32] = segmenter == nil ? [] : [Int32](repeating: -1, count: folded.count)
        Analyzer.forEachGram(in: folded, upTo: end) { key, start, end, runLength in
            if !gramPosition.isEmpty { gramPosition[Int(start)] = position }
            tokens.append(Token(term: .short(key), kind: runLength == 0 ? .bigram : .runEnd(runLength: runLength), position: position,
                                start: start, end: end))
            position += 1
        }
        if let segmenter {
            forEachWord(segmenter.segment(text), folded: folded, gramPosition: gramPosition) { term, first, range in
                tokens.append(Token(term: term, kind: .word, position: first, start: Int32(range.lowerBound), end: Int32(range.upperBound)))
            }
        }
        return (tokens, Int(position))
    }

    /// The terms of `text` as the index inverts them, without making tokens: `grams` the packed
    /// bigrams and run-final characters (`Term.short`), the one at index i at position i, and `words`
    /// the segmenter's words with their positions, in order of position (as `tokens(of:)` gives them).
    /// Without a segmenter only the folded form is made: the text as written and the map back to it are
    /// for the segmenter's spans.
    func terms(of text: String, grams: inout [UInt64], words: inout [(term: Term, position: Int32)]) {
        grams.removeAll(keepingCapacity: true)
        words.removeAll(keepingCapacity: true)
        guard let segmenter else {
            let folded = FoldedText.folded(text)
            grams.reserveCapacity(folded.count)
            Analyzer.forEachGram(in: folded, upTo: folded.count) { key, _, _, _ in grams.append(key) }
            return
        }
        let text = FoldedText(text)
        let folded = text.folded
        grams.reserveCapacity(folded.count)
        var gramPosition = [Int32](repeating: -1, count: folded.count)
        Analyzer.forEachGram(in: folded, upTo: folded.count) { key, start, _, _ in
            gramPosition[Int(start)] = Int32(grams.count)
            grams.append(key)
        }
        forEachWord(segmenter.segment(text), folded: folded, gramPosition: gramPosition) { term, first, _ in
            words.append((term, first))
        }
    }

    /// Calls `body` with the gram of every character of a run in `folded[..<end]`, in order: the
    /// packed UTF-8 of the character and the next one of its run (a bigram, `runLength` 0), or of the
    /// character alone when it ends its run (`runLength` the run's characters), and the character's
    /// folded range. Each call is the next position.
    @inline(__always)
    private static func forEachGram(in folded: [UInt16], upTo end: Int,
                                    _ body: (_ key: UInt64, _ start: Int32, _ end: Int32, _ runLength: Int) -> Void) {
        // The run's last character so far, whose gram waits for the next character.
        var previous: (utf8: UInt32, length: Int, start: Int32, end: Int32) = (0, 0, 0, 0)
        var runLength = 0
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
                let utf8 = Analyzer.utf8Packed(scalar), length = Analyzer.utf8Length(scalarValue)
                if runLength > 0 {
                    let shift = 64 - 8 * previous.length
                    body(UInt64(previous.utf8) << UInt64(shift) | UInt64(utf8) << UInt64(shift - 8 * length), previous.start, previous.end, 0)
                }
                previous = (utf8, length, Int32(offset), Int32(offset + width))
                runLength += 1
            } else if runLength > 0 {
                body(UInt64(previous.utf8) << UInt64(64 - 8 * previous.length), previous.start, previous.end, runLength)
                runLength = 0
            }
            offset += width
        }
        if runLength > 0 { body(UInt64(previous.utf8) << UInt64(64 - 8 * previous.length), previous.start, previous.end, runLength) }
    }

    /// Calls `body` with each of the segmenter's `spans` that is a word of three or more characters
    /// of one run, consecutive in position: its term, the position of its first character and its
    /// folded range.
    private func forEachWord(_ spans: [WordSpan], folded: [UInt16], gramPosition: [Int32],
                             _ body: (_ term: Term, _ position: Int32, _ range: Range<Int>) -> Void) {
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
            body(Term(bytes: Array(text.utf8)), first, span.range)
        }
    }

    /// The number of positions `text` takes (its characters of runs), without making its tokens.
    func positionCount(of text: String) -> Int {
        let folded = FoldedText.folded(text)
        var count = 0
        Analyzer.forEachGram(in: folded, upTo: folded.count) { _, _, _, _ in count += 1 }
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
        if HanCharacter.contains(value) { return true }
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
