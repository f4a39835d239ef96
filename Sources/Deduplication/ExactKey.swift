/// The identity of a compared text: its length and two independent 64-bit hashes of its characters.
public struct ExactKey: Hashable, Sendable, Comparable {
    public let count: Int
    public let first: UInt64
    public let second: UInt64

    public init(_ characters: [UInt32]) {
        var first: UInt64 = 0xCBF2_9CE4_8422_2325
        var second: UInt64 = 0x8422_2325_CBF2_9CE4
        for character in characters {
            first = (first ^ UInt64(character)) &* 0x0000_0100_0000_01B3
            second = Shingler.finalMix(second &+ UInt64(character))
        }
        self.count = characters.count
        self.first = first
        self.second = second
    }

    /// A key stored before (an index's signatures of its units).
    public init(count: Int, first: UInt64, second: UInt64) {
        self.count = count
        self.first = first
        self.second = second
    }

    public static func < (lhs: ExactKey, rhs: ExactKey) -> Bool {
        (lhs.first, lhs.second, lhs.count) < (rhs.first, rhs.second, rhs.count)
    }
}
