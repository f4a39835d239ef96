/// Numbers for terms: each distinct sequence of folded UTF-16 units gets the next number, so that
/// counting a word is a hash of its units and an array increment, with no `String` made per word.
///
/// The units live end to end in one array and the table holds numbers only (open addressing, linear
/// probing): interning a term already seen allocates nothing.
public struct TermInterner: Sendable {
    private var storage: [UInt16] = []
    /// Where each term's units start in `storage`; one entry more than there are terms.
    private var starts: [Int32] = [0]
    private var hashes: [UInt32] = []
    /// Term number + 1 in each slot, 0 for an empty one.
    private var slots: [Int32] = [Int32](repeating: 0, count: 64)

    public init() {}

    /// The number of distinct terms.
    public var count: Int { hashes.count }

    /// The number of `units`, new or not.
    @discardableResult
    public mutating func intern(_ units: UnsafeBufferPointer<UInt16>) -> Int32 {
        let hash = TermInterner.hash(units)
        let (found, slot) = lookup(units, hash: hash)
        if let found { return found }
        let id = Int32(hashes.count)
        storage.append(contentsOf: units)
        starts.append(Int32(storage.count))
        hashes.append(hash)
        slots[slot] = id + 1
        if hashes.count * 2 > slots.count { grow() }
        return id
    }

    /// The number of `units` (folded, as `intern` was given them) if it was interned.
    public func find(_ units: UnsafeBufferPointer<UInt16>) -> Int32? {
        lookup(units, hash: TermInterner.hash(units)).id
    }

    /// The number of `units` if interned, else nil and the empty slot where it would go.
    private func lookup(_ units: UnsafeBufferPointer<UInt16>, hash: UInt32) -> (id: Int32?, slot: Int) {
        var slot = Int(hash) & (slots.count - 1)
        while slots[slot] != 0 {
            let id = Int(slots[slot] - 1)
            if hashes[id] == hash, equals(id, units) { return (Int32(id), slot) }
            slot = (slot + 1) & (slots.count - 1)
        }
        return (nil, slot)
    }

    /// The units of term `id`.
    public func units(_ id: Int32) -> ArraySlice<UInt16> {
        storage[Int(starts[Int(id)])..<Int(starts[Int(id) + 1])]
    }

    /// Term `id` as a string.
    public func string(_ id: Int32) -> String {
        String(decoding: units(id), as: UTF16.self)
    }

    /// Whether term `a` comes before term `b` in code point order, as `String`'s `<` orders them.
    public func precedes(_ a: Int32, _ b: Int32) -> Bool {
        // UTF-16 order is code point order except that surrogates (above U+FFFF) sort below U+E000–U+FFFF.
        func key(_ unit: UInt16) -> UInt32 { (0xD800...0xDFFF).contains(unit) ? UInt32(unit) + 0x2000 : (unit >= 0xE000 ? UInt32(unit) - 0x800 : UInt32(unit)) }
        return units(a).lexicographicallyPrecedes(units(b)) { key($0) < key($1) }
    }

    private func equals(_ id: Int, _ units: UnsafeBufferPointer<UInt16>) -> Bool {
        let start = Int(starts[id])
        guard Int(starts[id + 1]) - start == units.count else { return false }
        return storage.withUnsafeBufferPointer { stored in
            for offset in 0..<units.count where stored[start + offset] != units[offset] { return false }
            return true
        }
    }

    private mutating func grow() {
        slots = [Int32](repeating: 0, count: slots.count * 2)
        let mask = slots.count - 1
        for id in hashes.indices {
            var slot = Int(hashes[id]) & mask
            while slots[slot] != 0 { slot = (slot + 1) & mask }
            slots[slot] = Int32(id + 1)
        }
    }

    /// FNV-1a over the units, then mixed so that the low bits (the slot) depend on every unit.
    private static func hash(_ units: UnsafeBufferPointer<UInt16>) -> UInt32 {
        var hash: UInt32 = 2_166_136_261
        for unit in units { hash = (hash ^ UInt32(unit)) &* 16_777_619 }
        return (hash ^ hash >> 15) &* 0x2C1B_3C6D
    }
}
