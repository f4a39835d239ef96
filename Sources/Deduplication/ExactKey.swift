/// The identity of a compared text: its length and a 64-bit hash of its characters. Two texts of
/// one length collide with probability 2⁻⁶⁴ a pair, far below anything a collection of millions of
/// texts makes likely, so the index stores this key (8 bytes and a length) rather than two hashes.
public struct ExactKey: Hashable, Sendable, Comparable {
    public let count: Int
    public let hash: UInt64

    public init(_ characters: [UInt32]) {
        // Two chains folded into one word: FNV-1a and a per-character finalizer, so that neither
        // chain's weakness (FNV's on inputs differing in high bits) decides a collision alone.
        var first: UInt64 = 0xCBF2_9CE4_8422_2325
        var second: UInt64 = 0x8422_2325_CBF2_9CE4
        for character in characters {
            first = (first ^ UInt64(character)) &* 0x0000_0100_0000_01B3
            second = Shingler.finalMix(second &+ UInt64(character))
        }
        self.count = characters.count
        self.hash = Shingler.finalMix(first) ^ second
    }

    /// A key stored before (an index's signatures of its units).
    public init(count: Int, hash: UInt64) {
        self.count = count
        self.hash = hash
    }

    public static func < (lhs: ExactKey, rhs: ExactKey) -> Bool {
        (lhs.hash, lhs.count) < (rhs.hash, rhs.count)
    }
}
