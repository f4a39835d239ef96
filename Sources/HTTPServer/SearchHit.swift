/// One ranked hit: the contract's search record.
public struct SearchHit: Sendable, Hashable {
    public var rank: Int
    public var score: Double
    /// `section`, `statistic`, `citation`, `measure` ...
    public var kind: String
    public var document: DocumentKey
    /// The document's title.
    public var title: String
    /// The heading path joined with ` › `; empty for a document's preamble.
    public var section: String
    public var snippet: Snippet
    /// How many near-identical copies matched too and were folded into this hit (0 when copies are listed).
    public var duplicates: Int
    /// The group of near-identical units this one belongs to, where it has copies in the index.
    public var duplicateGroup: Int?
    /// How many more hits of this hit's document there are than the results list.
    public var moreInDocument: Int

    public init(rank: Int, score: Double, kind: String, document: DocumentKey, title: String, section: String, snippet: Snippet,
                duplicates: Int = 0, duplicateGroup: Int? = nil, moreInDocument: Int = 0) {
        self.rank = rank
        self.score = score
        self.kind = kind
        self.document = document
        self.title = title
        self.section = section
        self.snippet = snippet
        self.duplicates = duplicates
        self.duplicateGroup = duplicateGroup
        self.moreInDocument = moreInDocument
    }
}
