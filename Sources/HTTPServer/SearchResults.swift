/// A window of ranked hits, with the total and the facets of all the hits.
public struct SearchResults: Sendable, Hashable {
    /// How many hits the query has in all (after the kind and document filters).
    public var total: Int
    /// The requested window of hits, in rank order; `rank` counts from 1 over all hits.
    public var hits: [SearchHit]
    /// Hits per record kind, over all hits of the query before the kind filter, most first.
    public var kindFacets: [Facet<String>]
    /// Hits per document, over all hits after the kind filter, most first.
    public var documentFacets: [Facet<DocumentFacetValue>]

    public init(total: Int, hits: [SearchHit], kindFacets: [Facet<String>] = [], documentFacets: [Facet<DocumentFacetValue>] = []) {
        self.total = total
        self.hits = hits
        self.kindFacets = kindFacets
        self.documentFacets = documentFacets
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
