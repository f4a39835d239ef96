/// Two item indices, the smaller first.
public struct IndexPair: Sendable, Hashable, Comparable {
    public let first: Int
    public let second: Int

    public init(_ a: Int, _ b: Int) {
        first = min(a, b)
        second = max(a, b)
    }

    public static func < (lhs: IndexPair, rhs: IndexPair) -> Bool {
        (lhs.first, lhs.second) < (rhs.first, rhs.second)
    }
}
