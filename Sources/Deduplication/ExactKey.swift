/// The identity of a compared text: its length and two independent 64-bit hashes of its characters.
struct ExactKey: Hashable, Sendable {
    let count: Int
    let first: UInt64
    let second: UInt64

    init(_ characters: [UInt32]) {
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
}
