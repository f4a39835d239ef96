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
    /// Whether `total` counts every matching unit. Without, the first `exactTotalLimit` matches are
    /// counted, then units that cannot enter the top `offset + limit` are skipped a block at a time
    /// (block-max) and `total` is a lower bound (as Elasticsearch's `track_total_hits`).
    public var countAll: Bool
    /// How many matches are counted exactly when not `countAll`.
    public var exactTotalLimit: Int
    /// At most this many units of one document are listed (the rest are counted in their hits'
    /// `moreInDocument`); 0 lists any number.
    public var perDocument: Int
    /// How the fields of a unit weigh in its score.
    public var weights: FieldWeights
    /// When to give up: the search stops where it is and answers `timedOut`.
    public var deadline: ContinuousClock.Instant?

    /// The documents' default share of a result list.
    public static let defaultPerDocument = 3
    /// The default bound of exact totals.
    public static let defaultExactTotalLimit = 10_000

    public init(limit: Int = 10, offset: Int = 0, kinds: Set<UnitKind>? = nil, explain: Bool = false,
                collapseDuplicates: Bool = true, fetch: Bool = true, snippets: Bool = true, countAll: Bool = false,
                exactTotalLimit: Int = SearchOptions.defaultExactTotalLimit, perDocument: Int = SearchOptions.defaultPerDocument,
                weights: FieldWeights = .standard, deadline: ContinuousClock.Instant? = nil) {
        self.limit = limit
        self.offset = offset
        self.kinds = kinds
        self.explain = explain
        self.collapseDuplicates = collapseDuplicates
        self.fetch = fetch
        self.snippets = snippets
        self.countAll = countAll
        self.exactTotalLimit = exactTotalLimit
        self.perDocument = perDocument
        self.weights = weights
        self.deadline = deadline
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
    /// How many more units of this hit's document matched than the result list shows (held back by
    /// `perDocument`, or ranked beyond the list).
    public var moreInDocument: Int
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
    /// Whether the deadline stopped the search: the hits and totals are of the part searched.
    public var timedOut: Bool

    /// Results once near-identical copies are folded: one per duplicate group, one per other unit.
    public var results: Int { total - copies }
}
