/// One token of a segmented text: a range of folded UTF-16 units and what ICU's rules made of it.
public struct WordSpan: Sendable, Hashable {
    /// What kind of token this is, from ICU's word break rule status.
    public enum Kind: Sendable, Hashable {
        /// Spaces, punctuation and symbols (rule status below 100).
        case other
        /// Numbers such as 118.06 (status 100–199).
        case number
        /// Letters, kana and ideographs (status 200 and above).
        case word
    }

    /// The folded UTF-16 units the token covers.
    public let range: Range<Int>
    public let kind: Kind

    public init(range: Range<Int>, kind: Kind) {
        self.range = range
        self.kind = kind
    }
}
