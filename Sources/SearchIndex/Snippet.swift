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

    init(text: String, phrases: [String], analyzer: Analyzer) {
        let folded = FoldedText(text)
        let ranges = Snippet.matchRanges(folded: folded, phrases: phrases, analyzer: analyzer)
        let original = folded.original
        let first = ranges.first?.lowerBound ?? 0
        var start = max(0, first - Snippet.lead)
        if start < original.count, UTF16.isTrailSurrogate(original[start]) { start -= 1 }
        var end = min(original.count, start + Snippet.width)
        if end < original.count, end > 0, UTF16.isLeadSurrogate(original[end - 1]) { end += 1 }
        var pieces: [Piece] = []
        func add(_ range: Range<Int>, _ highlighted: Bool) {
            guard !range.isEmpty else { return }
            let piece = String(decoding: original[range], as: UTF16.self)
                .map { $0.isNewline || $0 == "\t" ? " " : String($0) }.joined()
            pieces.append(Piece(text: piece, highlighted: highlighted))
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

    /// The original ranges where any of `phrases` occurs, sorted and merged.
    private static func matchRanges(folded: FoldedText, phrases: [String], analyzer: Analyzer) -> [Range<Int>] {
        let (tokens, count) = analyzer.tokens(of: folded)
        guard count > 0 else { return [] }
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
        var ranges: [Range<Int>] = []
        for phrase in phrases {
            let query = FoldedText(phrase)
            let (queryTokens, extent) = analyzer.tokens(of: query)
            let queryUnits = query.folded
            var parts: [(offset: Int, term: Term?, character: ArraySlice<UInt16>)] = []
            for token in queryTokens {
                switch token.kind {
                case .bigram: parts.append((Int(token.position), token.term, []))
                case .runEnd(let runLength) where runLength == 1:
                    parts.append((Int(token.position), nil, queryUnits[Int(token.start)..<Int(token.end)]))
                case .runEnd, .word: continue
                }
            }
            guard !parts.isEmpty, extent > 0, extent <= count else { continue }
            for position in 0...(count - extent) {
                let matched = parts.allSatisfy { part in
                    let at = position + part.offset
                    if let term = part.term { return terms[at] == term }
                    return terms[at] != nil && folded.folded[starts[at]..<ends[at]].elementsEqual(part.character)
                }
                if matched {
                    let from = folded.originalOffset(ofFolded: starts[position])
                    let last = ends[position + extent - 1]
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
        return merged
    }
}
