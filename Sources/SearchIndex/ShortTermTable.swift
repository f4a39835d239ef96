/// The ids of the short terms (`Term.short`, every bigram) met while building, in an open-addressing
/// table keyed by the packed integer itself: the build looks up every token's term, and a
/// multiplicative hash of one integer costs a fraction of hashing a `Term` with `Hasher`.
struct ShortTermTable {
    /// Packed terms; 0 marks an empty slot (a short term has at least one non-zero byte).
    private var keys: [UInt64]
    private var ids: [Int32]
    private var shift: UInt64
    private(set) var count = 0

    /// A table of `capacity` slots (a power of two), which doubles whenever it is half full.
    init(capacity: Int = 1 << 16) {
        precondition(capacity >= 2 && capacity & (capacity - 1) == 0, "a power of two")
        keys = [UInt64](repeating: 0, count: capacity)
        ids = [Int32](repeating: 0, count: capacity)
        shift = UInt64(64 - capacity.trailingZeroBitCount)
    }

    /// The id of `key`, or, when it is not there yet, `next` recorded as its id (`added`).
    mutating func id(of key: UInt64, orAdd next: Int32) -> (id: Int32, added: Bool) {
        if (count + 1) * 2 > keys.count { grow() }
        let mask = keys.count - 1
        var slot = Int(truncatingIfNeeded: (key &* 0x9E37_79B9_7F4A_7C15) >> shift)
        while true {
            let found = keys[slot]
            if found == key { return (ids[slot], false) }
            if found == 0 {
                keys[slot] = key
                ids[slot] = next
                count += 1
                return (next, true)
            }
            slot = (slot + 1) & mask
        }
    }

    private mutating func grow() {
        let oldKeys = keys, oldIDs = ids
        keys = [UInt64](repeating: 0, count: oldKeys.count * 2)
        ids = [Int32](repeating: 0, count: oldKeys.count * 2)
        shift -= 1
        let mask = keys.count - 1
        for (key, id) in zip(oldKeys, oldIDs) where key != 0 {
            var slot = Int(truncatingIfNeeded: (key &* 0x9E37_79B9_7F4A_7C15) >> shift)
            while keys[slot] != 0 { slot = (slot + 1) & mask }
            keys[slot] = key
            ids[slot] = id
        }
    }
}
