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

    public init(rank: Int, score: Double, kind: String, document: DocumentKey, title: String, section: String, snippet: Snippet) {
        self.rank = rank
        self.score = score
        self.kind = kind
        self.document = document
        self.title = title
        self.section = section
        self.snippet = snippet
    }
}
