/// A validated search: the query text and the window of ranked hits wanted.
public struct SearchRequest: Sendable, Hashable {
    /// The `kind` that asks for every kind of unit.
    public static let allKinds = "all"

    /// The query in the index's query language, as typed.
    public var query: String
    /// Hits to return, at most `QueryLimits.maximumLimit`.
    public var limit: Int
    /// Hits to skip; `offset + limit` stays within `QueryLimits.resultWindow`.
    public var offset: Int
    /// Only hits of this record kind (`section`, `statistic` ...); every kind for `allKinds`; when nil,
    /// sections unless the query has a `kind:` filter of its own (as `zhili search` does).
    public var kind: String?
    /// Only hits in this document, or all documents when nil.
    public var document: DocumentKey?
    /// Whether near-identical copies are listed as hits of their own rather than folded into the best one.
    public var all: Bool
    /// At most this many hits of one document; 0 for any number.
    public var perDocument: Int
    /// When the answer is no longer wanted: a backend stops searching then.
    public var deadline: ContinuousClock.Instant?

    public init(query: String, limit: Int = 10, offset: Int = 0, kind: String? = nil, document: DocumentKey? = nil, all: Bool = false,
                perDocument: Int = SearchRequest.defaultPerDocument, deadline: ContinuousClock.Instant? = nil) {
        self.query = query
        self.limit = limit
        self.offset = offset
        self.kind = kind
        self.document = document
        self.all = all
        self.perDocument = perDocument
        self.deadline = deadline
    }

    /// A document's share of the hits unless `per_document` says otherwise, as `zhili search` lists them.
    public static let defaultPerDocument = 3

    /// The kinds of unit to list, or nil for every kind; `queryFiltersKind` says whether the query
    /// chooses kinds itself with a `kind:` filter.
    public func kinds(queryFiltersKind: Bool) -> Set<String>? {
        switch kind {
        case nil: queryFiltersKind ? nil : ["section"]
        case SearchRequest.allKinds?: nil
        case let kind?: [kind]
        }
    }
}
