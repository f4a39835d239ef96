import Segmentation
import TextNormalization

/// A short passage of a unit's text around its first match, with the matches marked.
public struct Snippet: Sendable, Hashable {
    /// A run of text, highlighted or not.
    public struct Piece: Sendable, Hashable {
        public var text: String
        public var highlighted: Bool
    }

    /// The passage in order; `…` pieces mark text left out at either end.
    public var pieces: [Piece]

    /// The passage with each match between `open` and `close` (`[`/`]`, or terminal colour codes).
    public func marked(open: String, close: String) -> String {
        pieces.map { $0.highlighted ? open + $0.text + close : $0.text }.joined()
    }

    /// The passage as plain text.
    public var plain: String { pieces.map(\.text).joined() }

    /// The widest a snippet gets, in UTF-16 units of the original text.
    static let width = 120
    /// How much text precedes the first match.
    static let lead = 36

    /// How many UTF-16 units of a text are read for the first match at first; a text is read further
    /// (four times as far each time) only while that finds none or cuts the passage short.
    static let firstReach = 512

    init(text: String, phrases: [String], analyzer: Analyzer) {
        let parsed = phrases.compactMap { Phrase($0, analyzer: analyzer) }
        // Matches are looked for in a growing prefix of the text, not in all of it: a long section
        // whose first match is near its start is transcoded, folded and read only that far.
        var reach = Snippet.firstReach
        var folded: FoldedText
        var ranges: [Range<Int>] = []
        var start = 0
        var end = 0
        while true {
            folded = FoldedText(utf16: Snippet.utf16Prefix(of: text, reach))
            let whole = folded.original.count < reach
            // Up to the last character no run holds: no token spans it, so the tokens before it are the whole text's.
            var cut = folded.folded.count
            if !whole {
                cut -= 1
                while cut > 0 && !Analyzer.endsRuns(folded.folded[cut]) { cut -= 1 }
            }
            let found = Snippet.matchRanges(folded: folded, upTo: cut, phrases: parsed, analyzer: analyzer)
            ranges = found.ranges
            let original = folded.original
            let first = ranges.first?.lowerBound ?? 0
            start = max(0, first - Snippet.lead)
            if start < original.count, UTF16.isTrailSurrogate(original[start]) { start -= 1 }
            end = min(original.count, start + Snippet.width)
            if end < original.count, end > 0, UTF16.isLeadSurrogate(original[end - 1]) { end += 1 }
            // Read far enough when every match that can show in the passage lies in what was read.
            if whole || (!ranges.isEmpty && end <= found.settled) { break }
            reach *= 4
        }
        let original = folded.original
        var pieces: [Piece] = []
        func add(_ range: Range<Int>, _ highlighted: Bool) {
            guard !range.isEmpty else { return }
            pieces.append(Piece(text: Snippet.oneLine(original[range]), highlighted: highlighted))
        }
        if start > 0 { pieces.append(Piece(text: "…", highlighted: false)) }
        var cursor = start
        for range in ranges where range.upperBound > cursor && range.lowerBound < end {
            let clipped = max(range.lowerBound, cursor)..<min(range.upperBound, end)
            add(cursor..<clipped.lowerBound, false)
            add(clipped, true)
            cursor = clipped.upperBound
        }
        add(cursor..<end, false)
        if end < original.count { pieces.append(Piece(text: "…", highlighted: false)) }
        self.pieces = pieces
    }

    /// The first `count` UTF-16 units of `text`, read in order: `prefix` on the UTF-16 view of a long
    /// UTF-8 string would first index all of it (breadcrumbs) to find where the prefix ends.
    private static func utf16Prefix(of text: String, _ count: Int) -> [UInt16] {
        var units: [UInt16] = []
        units.reserveCapacity(min(count, text.utf8.count))
        for unit in text.utf16 {
            if units.count == count { break }
            units.append(unit)
        }
        return units
    }

    /// The text of `units` with each line break (CR LF counting as one) and tab as a space.
    private static func oneLine(_ units: ArraySlice<UInt16>) -> String {
        var line: [UInt16] = []
        line.reserveCapacity(units.count)
        var index = units.startIndex
        while index < units.endIndex {
            let unit = units[index]
            index += 1
            switch unit {
            case 0x0D:
                if index < units.endIndex && units[index] == 0x0A { index += 1 }
                line.append(0x20)
            case 0x09, 0x0A, 0x0B, 0x0C, 0x85, 0x2028, 0x2029:
                line.append(0x20)
            default:
                line.append(unit)
            }
        }
        return line.withUnsafeBufferPointer { UTF8Transcoding.string(fromUTF16: $0) }
    }

    /// A query phrase as the parts a match must hold at their offsets: bigram terms, or (for a lone
    /// character) the character itself.
    private struct Phrase {
        var parts: [(offset: Int, term: Term?, character: ArraySlice<UInt16>)] = []
        /// The positions a match covers.
        var extent: Int

        init?(_ phrase: String, analyzer: Analyzer) {
            let query = FoldedText(phrase)
            let (tokens, extent) = analyzer.tokens(of: query)
            for token in tokens {
                switch token.kind {
                case .bigram: parts.append((Int(token.position), token.term, []))
                case .runEnd(let runLength) where runLength == 1:
                    parts.append((Int(token.position), nil, query.folded[Int(token.start)..<Int(token.end)]))
                case .runEnd, .word: continue
                }
            }
            guard !parts.isEmpty, extent > 0 else { return nil }
            self.extent = extent
        }
    }

    /// The original ranges where any of `phrases` occurs among the tokens of the folded units before
    /// `cut` (where no token spans), sorted and merged; and the original offset before which every
    /// match of the whole text is among them (the end of `folded` when `cut` is, which is then the
    /// whole text).
    private static func matchRanges(folded: FoldedText, upTo cut: Int, phrases: [Phrase],
                                    analyzer: Analyzer) -> (ranges: [Range<Int>], settled: Int) {
        let (tokens, count) = analyzer.tokens(of: folded, upTo: cut)
        var terms = [Term?](repeating: nil, count: count)
        var starts = [Int](repeating: 0, count: count)
        var ends = [Int](repeating: 0, count: count)
        for token in tokens {
            if case .word = token.kind { continue }
            let position = Int(token.position)
            terms[position] = token.term
            starts[position] = Int(token.start)
            ends[position] = Int(token.end)
        }
        // A match at a later position might run past the cut; none of them starts before `settled`.
        let longest = phrases.map(\.extent).max() ?? 0
        let firstUnsure = count - longest + 1
        let settled = cut >= folded.folded.count ? folded.original.count
            : firstUnsure <= 0 ? 0 : firstUnsure < count ? folded.originalOffset(ofFolded: starts[firstUnsure]) : folded.originalOffset(ofFolded: cut)
        var ranges: [Range<Int>] = []
        for phrase in phrases where phrase.extent <= count {
            for position in 0...(count - phrase.extent) {
                let matched = phrase.parts.allSatisfy { part in
                    let at = position + part.offset
                    if let term = part.term { return terms[at] == term }
                    return terms[at] != nil && folded.folded[starts[at]..<ends[at]].elementsEqual(part.character)
                }
                if matched {
                    let from = folded.originalOffset(ofFolded: starts[position])
                    let last = ends[position + phrase.extent - 1]
                    let to = last < folded.folded.count ? folded.originalOffset(ofFolded: last) : folded.original.count
                    ranges.append(from..<max(from, to))
                }
            }
        }
        ranges.sort { $0.lowerBound < $1.lowerBound }
        var merged: [Range<Int>] = []
        for range in ranges {
            if let last = merged.last, range.lowerBound <= last.upperBound {
                merged[merged.count - 1] = last.lowerBound..<max(last.upperBound, range.upperBound)
            } else {
                merged.append(range)
            }
        }
        return (merged, settled)
    }
}
