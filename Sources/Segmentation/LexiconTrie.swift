/// The lexicon's words as a trie over folded UTF-16 units, with each word's cost on the edge into its
/// last node.
///
/// All edges live in one open-addressing hash table keyed by (parent node, unit), each slot holding
/// the key, the child and the child's word cost together, so following an edge is a multiply, a shift
/// and usually one cache line: the lexicon pass walks the trie from every candidate start in the text,
/// and with a general vocabulary of 349,000 words the table (32 MB) is far larger than the caches.
struct LexiconTrie: Sendable {
    /// The root node, where every walk starts.
    static let root: Int32 = 0
    /// What `child(of:_:)` returns where there is no edge.
    static let none: Int32 = -1

    /// One edge: `parent << 16 | unit` plus one (zero marks an empty slot), the child, and the cost of
    /// the word ending at the child (`.infinity` if none does).
    private struct Slot {
        var key: UInt64
        var child: Int32
        var cost: Float
    }

    private var slots: [Slot]
    private let shift: UInt64
    /// The root's child and its word cost for every unit, so that the first step of a walk is one read.
    private var rootChildren: [Int32]
    private var rootCosts: [Float]
    /// A bit per hash of the first two units of every word, and a bit per unit that is a word alone:
    /// at most positions of a text no word starts, and these small tables (40 KiB, in the fastest
    /// cache) say so without a walk.
    private var startPairs: [UInt64]
    private var singleUnits: [UInt64]
    private static let startPairBits: UInt32 = 18

    /// Builds the trie of `words` (folded UTF-16 units) with their costs.
    init(words: [(units: [UInt16], cost: Float)]) {
        let edgeBound = words.reduce(0) { $0 + $1.units.count }
        var capacity = 16
        var bits: UInt64 = 4
        while capacity < edgeBound * 2 {
            capacity <<= 1
            bits += 1
        }
        slots = [Slot](repeating: Slot(key: 0, child: LexiconTrie.none, cost: .infinity), count: capacity)
        var costs: [Float] = [.infinity]
        costs.reserveCapacity(edgeBound + 1)
        shift = 64 - bits
        rootChildren = [Int32](repeating: LexiconTrie.none, count: 0x10000)
        rootCosts = [Float](repeating: .infinity, count: 0x10000)
        startPairs = [UInt64](repeating: 0, count: 1 << (Int(LexiconTrie.startPairBits) - 6))
        singleUnits = [UInt64](repeating: 0, count: 0x10000 >> 6)
        for word in words {
            var node = LexiconTrie.root
            for unit in word.units { node = childInserting(node, unit, &costs) }
            guard let first = word.units.first else { continue }
            rootChildren[Int(first)] = step(LexiconTrie.root, first).node
            if word.units.count == 1 {
                singleUnits[Int(first) >> 6] |= 1 << (UInt64(first) & 63)
            } else {
                let bit = LexiconTrie.startPairBit(first, word.units[1])
                startPairs[bit >> 6] |= 1 << (UInt64(bit) & 63)
            }
            costs[Int(node)] = min(costs[Int(node)], word.cost)
        }
        for index in slots.indices where slots[index].key != 0 { slots[index].cost = costs[Int(slots[index].child)] }
        for unit in rootChildren.indices where rootChildren[unit] != LexiconTrie.none { rootCosts[unit] = costs[Int(rootChildren[unit])] }
    }

    /// Whether a word may start with `first` followed by `second` (false: surely none does).
    @inline(__always)
    func mayStart(_ first: UInt16, _ second: UInt16) -> Bool {
        let bit = LexiconTrie.startPairBit(first, second)
        return startPairs[bit >> 6] & (1 << (UInt64(bit) & 63)) != 0
    }

    /// Whether `unit` alone is a word.
    @inline(__always)
    func isSingleUnitWord(_ unit: UInt16) -> Bool {
        singleUnits[Int(unit) >> 6] & (1 << (UInt64(unit) & 63)) != 0
    }

    @inline(__always)
    private static func startPairBit(_ first: UInt16, _ second: UInt16) -> Int {
        Int(((UInt32(first) << 16 | UInt32(second)) &* 0x9E37_79B1) >> (32 - startPairBits))
    }

    /// The node reached from the root by `unit` (or `LexiconTrie.none`), and the cost of `unit` as a word.
    @inline(__always)
    func rootStep(_ unit: UInt16) -> (node: Int32, cost: Float) { (rootChildren[Int(unit)], rootCosts[Int(unit)]) }

    /// The node reached from `node` by `unit` (or `LexiconTrie.none`), and the cost of the word ending
    /// there (`.infinity` if none does).
    @inline(__always)
    func step(_ node: Int32, _ unit: UInt16) -> (node: Int32, cost: Float) {
        let key = (UInt64(UInt32(node)) << 16 | UInt64(unit)) &+ 1
        let mask = slots.count - 1
        var index = slot(of: key)
        while true {
            let found = slots[index]
            if found.key == key { return (found.child, found.cost) }
            if found.key == 0 { return (LexiconTrie.none, .infinity) }
            index = (index + 1) & mask
        }
    }

    @inline(__always)
    private func slot(of key: UInt64) -> Int {
        Int(truncatingIfNeeded: (key &* 0x9E37_79B9_7F4A_7C15) >> shift)
    }

    private mutating func childInserting(_ node: Int32, _ unit: UInt16, _ costs: inout [Float]) -> Int32 {
        let key = (UInt64(UInt32(node)) << 16 | UInt64(unit)) &+ 1
        let mask = slots.count - 1
        var index = slot(of: key)
        while slots[index].key != 0 {
            if slots[index].key == key { return slots[index].child }
            index = (index + 1) & mask
        }
        let child = Int32(costs.count)
        slots[index].key = key
        slots[index].child = child
        costs.append(.infinity)
        return child
    }
}
