/// A validated search: the query text and the window of ranked hits wanted.
public struct SearchRequest: Sendable, Hashable {
    /// The query in the index's query language, as typed.
    public var query: String
    /// Hits to return, at most `QueryLimits.maximumLimit`.
    public var limit: Int
    /// Hits to skip; `offset + limit` stays within `QueryLimits.resultWindow`.
    public var offset: Int
    /// Only hits of this record kind (`section`, `statistic` ...), or all kinds when nil.
    public var kind: String?
    /// Only hits in this document, or all documents when nil.
    public var document: DocumentKey?

    public init(query: String, limit: Int = 10, offset: Int = 0, kind: String? = nil, document: DocumentKey? = nil) {
        self.query = query
        self.limit = limit
        self.offset = offset
        self.kind = kind
        self.document = document
    }
}
