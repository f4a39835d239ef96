/// The ids of the short terms (`Term.short`, every bigram) met while building, in an open-addressing
/// table keyed by the packed integer itself: the build looks up every token's term, and a
/// multiplicative hash of one integer costs a fraction of hashing a `Term` with `Hasher`.
struct ShortTermTable {
    /// A key and its id side by side, so that a look-up of a segment's table (megabytes, out of the
    /// caches) misses one cache line rather than one in an array of keys and another in one of ids.
    private struct Slot {
        /// The packed term; 0 marks an empty slot (a short term has at least one non-zero byte).
        var key: UInt64
        var id: Int32
    }

    private var slots: [Slot]
    private var shift: UInt64
    private(set) var count = 0

    /// A table of `capacity` slots (a power of two), which doubles whenever it is half full.
    init(capacity: Int = 1 << 16) {
        precondition(capacity >= 2 && capacity & (capacity - 1) == 0, "a power of two")
        slots = [Slot](repeating: Slot(key: 0, id: 0), count: capacity)
        shift = UInt64(64 - capacity.trailingZeroBitCount)
    }

    private func home(of key: UInt64) -> Int { Int(truncatingIfNeeded: (key &* 0x9E37_79B9_7F4A_7C15) >> shift) }

    /// The id of `key`, or, when it is not there yet, `next` recorded as its id (`added`).
    mutating func id(of key: UInt64, orAdd next: Int32) -> (id: Int32, added: Bool) {
        if (count + 1) * 2 > slots.count { grow() }
        let mask = slots.count - 1
        var slot = home(of: key)
        while true {
            let found = slots[slot].key
            if found == key { return (slots[slot].id, false) }
            if found == 0 {
                slots[slot] = Slot(key: key, id: next)
                count += 1
                return (next, true)
            }
            slot = (slot + 1) & mask
        }
    }

    /// Grows now if adding `more` keys could make the table more than half full, so that no key
    /// moves while they are added.
    mutating func reserve(adding more: Int) {
        while (count + more) * 2 > slots.count { grow() }
    }

    /// The id of `key` when it is in its home slot — where most keys are, the table being at most half
    /// full — else nil (not there, or further along). Cheap enough to ask for every key of a batch
    /// first: the loads do not depend on one another, so the processor waits for many cache misses
    /// at once, where a probe that may add waits for each in turn.
    func homeID(of key: UInt64) -> Int32? {
        let slot = slots[home(of: key)]
        return slot.key == key ? slot.id : nil
    }

    private mutating func grow() {
        let old = slots
        slots = [Slot](repeating: Slot(key: 0, id: 0), count: old.count * 2)
        shift -= 1
        let mask = slots.count - 1
        for entry in old where entry.key != 0 {
            var slot = home(of: entry.key)
            while slots[slot].key != 0 { slot = (slot + 1) & mask }
            slots[slot] = entry
        }
    }
}
