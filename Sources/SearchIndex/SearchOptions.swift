/// How many results to return and which.
public struct SearchOptions: Sendable {
    /// At most this many hits.
    public var limit: Int
    /// After skipping this many.
    public var offset: Int
    /// Only units of these kinds; all kinds when nil.
    public var kinds: Set<UnitKind>?
    /// Whether each hit explains its score.
    public var explain: Bool
    /// Whether near-duplicate units (one duplicate group) show as one hit.
    public var collapseDuplicates: Bool
    /// Whether hits carry their section path and text from the store (a block read for each block
    /// they are in); without, a hit's `unit` has its kind, source, document and year only.
    public var fetch: Bool
    /// Whether hits carry snippets (with `fetch`).
    public var snippets: Bool
    /// Whether `total` counts every matching unit. Without, units that cannot enter the top
    /// `offset + limit` are skipped a block at a time (block-max) and `total` counts those seen.
    public var countAll: Bool

    public init(limit: Int = 10, offset: Int = 0, kinds: Set<UnitKind>? = nil, explain: Bool = false,
                collapseDuplicates: Bool = true, fetch: Bool = true, snippets: Bool = true, countAll: Bool = true) {
        self.limit = limit
        self.offset = offset
        self.kinds = kinds
        self.explain = explain
        self.collapseDuplicates = collapseDuplicates
        self.fetch = fetch
        self.snippets = snippets
        self.countAll = countAll
    }
}

/// One ranked result.
public struct SearchHit: Sendable {
    /// From 1, counting from the first result (the offset included).
    public var rank: Int
    public var score: Double
    /// The unit's number in this generation of the index.
    public var unitNumber: Int
    public var unit: IndexUnit
    public var snippet: Snippet?
    /// The parts of the score, when asked for.
    public var explanation: [String]
    /// How many near-identical copies of this unit (its duplicate group) matched too and were folded
    /// into it; it is the best-scoring of them. 0 when copies are not folded (`collapseDuplicates` off).
    public var duplicates: Int
}

/// The hits of a search and how many units matched in all.
public struct SearchResults: Sendable {
    public var hits: [SearchHit]
    /// Matching units (before near-duplicates are folded and before `limit`); a lower bound unless
    /// `totalIsExact`.
    public var total: Int
    public var totalIsExact: Bool
    /// Matching units folded into a better-scoring near-identical copy (0 when copies are not folded).
    public var copies: Int

    /// Results once near-identical copies are folded: one per duplicate group, one per other unit.
    public var results: Int { total - copies }
}
