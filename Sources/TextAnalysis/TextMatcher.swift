import SearchIndex
import TextNormalization

/// Finds a query in texts the way `zhili search` matches: wherever its characters stand together,
/// after folding both (NFKC, traditional → simplified) and lowercasing ASCII letters, so that 聯合國
/// finds 联合国 and gdp finds ＧＤＰ. Occurrences do not overlap, as grep -o counts them.
public struct TextMatcher: Sendable {
    /// The query as matched.
    public let pattern: [UInt16]

    /// A matcher for `query`; nil when the query is empty once folded, or only whitespace (which the
    /// index does not hold, so that a concordance from it would find nothing where the files' did). A query in
    /// quotes is the phrase inside them, as `zhili search` reads it (`"两非"` finds 两非; `""` is empty).
    public init?(_ query: String) {
        let query = QueryParser.unquoted(query)
        guard !query.allSatisfy(\.isWhitespace) else { return nil }
        let units = TextMatcher.normalized(FoldedText.folded(query))
        guard !units.isEmpty else { return nil }
        pattern = units
    }

    /// The ranges of `text.folded` where the query stands.
    public func occurrences(in text: FoldedText) -> [Range<Int>] {
        occurrences(inNormalized: TextMatcher.normalized(text.folded))
    }

    /// The number of occurrences in folded units that `normalized(_:)` has lowercased.
    public func count(inNormalized units: [UInt16]) -> Int {
        occurrences(inNormalized: units).count
    }

    func occurrences(inNormalized units: [UInt16]) -> [Range<Int>] {
        let length = pattern.count
        guard units.count >= length else { return [] }
        var found: [Range<Int>] = []
        let first = pattern[0]
        units.withUnsafeBufferPointer { text in
            pattern.withUnsafeBufferPointer { pattern in
                var start = 0
                let last = text.count - length
                while start <= last {
                    if text[start] == first {
                        var offset = 1
                        while offset < length && text[start + offset] == pattern[offset] { offset += 1 }
                        if offset == length {
                            found.append(start..<(start + length))
                            start += length
                            continue
                        }
                    }
                    start += 1
                }
            }
        }
        return found
    }

    /// Folded units with ASCII capitals lowercased, as the index's terms are.
    public static func normalized(_ folded: [UInt16]) -> [UInt16] {
        folded.map { (0x41...0x5A).contains($0) ? $0 + 0x20 : $0 }
    }
}
