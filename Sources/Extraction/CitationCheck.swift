/// What `CitationChecker` found about one citation of an article.
public struct CitationCheck: Sendable, Hashable {
    public enum Status: String, Sendable, CaseIterable {
        /// The article exists and the citing sentence fits it.
        case ok
        /// The law is not in the law source: nothing can be said.
        case unknownLaw = "unknown_law"
        /// No version of the law has an article of that number.
        case missingArticle = "missing_article"
        /// The sentence fits an earlier version's article of that number, whose text the current version
        /// holds under another number (the 2015 第三十六条 is the 2021 第四十条).
        case renumbered
        /// The sentence fits another article of the current version much better than the one cited.
        case mismatch
        /// The cited article's wording differs between versions of the law.
        case changed
    }

    public var status: Status
    /// The article the citation most likely means, in the current version (`第四十条`).
    public var suggestion: String?
    /// A sentence for the researcher.
    public var note: String

    public init(status: Status, suggestion: String? = nil, note: String) {
        self.status = status
        self.suggestion = suggestion
        self.note = note
    }
}
