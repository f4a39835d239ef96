/// One difference between a copy and the kept text.
public struct DiffSpan: Sendable, Hashable {
    public enum Kind: String, Sendable {
        /// Text the copy has and the kept one has not.
        case inserted
        /// Text of the kept one missing from the copy.
        case deleted
        /// Text of the kept one replaced in the copy.
        case changed
    }

    public let kind: Kind
    /// The kept text's side (empty for `inserted`).
    public let kept: String
    /// The copy's side (empty for `deleted`).
    public let copy: String
    /// Where it is in the kept text, in characters with whitespace left out.
    public let keptOffset: Int

    public init(kind: Kind, kept: String, copy: String, keptOffset: Int) {
        self.kind = kind
        self.kept = kept
        self.copy = copy
        self.keptOffset = keptOffset
    }

    /// Its length: the longer of its two sides, in Unicode scalars.
    public var length: Int { max(kept.unicodeScalars.count, copy.unicodeScalars.count) }
}
