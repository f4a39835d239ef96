import Reporting

/// One occurrence of a query with its context: a line of a keyword-in-context (KWIC) concordance.
public struct ConcordanceLine: Sendable, Hashable {
    public var source: String
    public var documentIndex: Int
    public var document: String
    public var section: String
    /// Up to the concordance's width of characters before the match, as written (line breaks as spaces).
    public var left: String
    /// The match as written.
    public var match: String
    /// Up to the width of characters after the match.
    public var right: String

    /// The contract's record: `source, document_index, document, section, left, match, right`.
    public var record: [(String, Value)] {
        [("source", .string(source)), ("document_index", .int(documentIndex)), ("document", .string(document)),
         ("section", .string(section)), ("left", .string(left)), ("match", .string(match)), ("right", .string(right))]
    }
}
