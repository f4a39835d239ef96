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
    /// Whether hits carry snippets (they cost a store read each).
    public var snippets: Bool

    public init(limit: Int = 10, offset: Int = 0, kinds: Set<UnitKind>? = nil, explain: Bool = false,
                collapseDuplicates: Bool = true, snippets: Bool = true) {
        self.limit = limit
        self.offset = offset
        self.kinds = kinds
        self.explain = explain
        self.collapseDuplicates = collapseDuplicates
        self.snippets = snippets
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
    /// How many near-duplicates of this unit matched too and were folded into it.
    public var duplicates: Int
}

/// The hits of a search and how many units matched in all.
public struct SearchResults: Sendable {
    public var hits: [SearchHit]
    /// Matching units (before near-duplicates are folded and before `limit`).
    public var total: Int
}
