/// Cuts compared characters into overlapping character n-grams (shingles), each hashed to 64 bits.
///
/// A text shorter than the shingle size is one shingle of all its characters, so that two identical
/// short texts still match; an empty text has none.
public struct Shingler: Sendable {
    /// Characters per shingle.
    public let size: Int

    public init(size: Int = 5) {
        precondition(size >= 1, "a shingle holds at least one character")
        self.size = size
    }

    /// The hash of every shingle of `characters`, in text order, repeats included.
    public func hashes(of characters: [UInt32]) -> [UInt64] {
        guard !characters.isEmpty else { return [] }
        let width = min(size, characters.count)
        var result = [UInt64](repeating: 0, count: characters.count - width + 1)
        characters.withUnsafeBufferPointer { text in
            result.withUnsafeMutableBufferPointer { output in
                for start in 0..<output.count {
                    var hash: UInt64 = 0x243F_6A88_85A3_08D3 &+ UInt64(width)
                    for offset in 0..<width {
                        hash = (hash ^ UInt64(text[start + offset])) &* 0x9E37_79B9_7F4A_7C15
                        hash ^= hash >> 32
                    }
                    output[start] = Shingler.finalMix(hash)
                }
            }
        }
        return result
    }

    /// The shingle set of `characters`: unique hashes, sorted.
    public func set(of characters: [UInt32]) -> ShingleSet {
        ShingleSet(hashes: hashes(of: characters))
    }

    /// MurmurHash3's 64-bit finaliser: every input bit reaches every output bit, so that the high bits
    /// can pick a MinHash bin and the rest be compared.
    @inline(__always)
    static func finalMix(_ value: UInt64) -> UInt64 {
        var hash = value
        hash ^= hash >> 33
        hash = hash &* 0xFF51_AFD7_ED55_8CCD
        hash ^= hash >> 33
        hash = hash &* 0xC4CE_B9FE_1A85_EC53
        hash ^= hash >> 33
        return hash
    }
}
