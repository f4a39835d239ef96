/// A window of ranked hits and how many there are in all.
public struct SearchResults: Sendable, Hashable {
    /// How many units the query matches in all (after the kind and document filters); a lower bound
    /// unless `totalIsExact`.
    public var total: Int
    /// Whether `total` counts every match (it stops counting at 10,000, as Elasticsearch's
    /// `track_total_hits` does).
    public var totalIsExact: Bool
    /// How many of them were folded into a better-scoring near-identical copy (0 when copies are listed).
    public var copies: Int
    /// The requested window of hits, in rank order; `rank` counts from 1 over all hits.
    public var hits: [SearchHit]

    public init(total: Int, totalIsExact: Bool = true, copies: Int = 0, hits: [SearchHit]) {
        self.total = total
        self.totalIsExact = totalIsExact
        self.copies = copies
        self.hits = hits
    }

    /// The hits there are to page through: one per group of near-identical copies, one per other unit.
    public var results: Int { total - copies }
}

/// How a query's hits spread over record kinds and documents, for narrowing a search.
public struct SearchFacets: Sendable, Hashable {
    /// Hits per record kind, over all hits of the query before the kind filter, most first.
    public var kinds: [Facet<String>]
    /// Hits per document among the first `documentWindow` hits after the kind filter, most first.
    public var documents: [Facet<DocumentFacetValue>]
    /// How many of the top hits `documents` counts: counting every hit's document would mean
    /// reading every hit.
    public var documentWindow: Int

    public init(kinds: [Facet<String>], documents: [Facet<DocumentFacetValue>], documentWindow: Int) {
        self.kinds = kinds
        self.documents = documents
        self.documentWindow = documentWindow
    }
}

/// One value of a facet and how many hits have it.
public struct Facet<Value: Sendable & Hashable>: Sendable, Hashable {
    public var value: Value
    public var count: Int

    public init(value: Value, count: Int) {
        self.value = value
        self.count = count
    }
}

/// A document as a facet shows it.
public struct DocumentFacetValue: Sendable, Hashable {
    public var key: DocumentKey
    public var title: String

    public init(key: DocumentKey, title: String) {
        self.key = key
        self.title = title
    }
}
