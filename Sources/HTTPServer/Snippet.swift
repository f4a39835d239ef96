/// A passage of a hit's text, split into the stretches that matched the query and those that did not.
public struct Snippet: Sendable, Hashable {
    public struct Fragment: Sendable, Hashable {
        public var text: String
        /// Whether this stretch matched the query.
        public var isMatch: Bool

        public init(text: String, isMatch: Bool) {
            self.text = text
            self.isMatch = isMatch
        }
    }

    public var fragments: [Fragment]

    public init(fragments: [Fragment]) {
        self.fragments = fragments
    }

    /// The snippet as plain text with the matches in `[…]` marks, as `zhili search` prints it when piped.
    public var marked: String {
        fragments.map { $0.isMatch ? "[" + $0.text + "]" : $0.text }.joined()
    }
}
