/// The lexicon's words as a trie over folded UTF-16 units, with each word's cost at its last node.
///
/// All edges live in one open-addressing hash table keyed by (parent node, unit), so following an edge
/// is a multiply, a shift and usually one probe into flat arrays: the lexicon pass walks the trie from
/// every candidate start in the text and must cost little beside ICU itself.
struct LexiconTrie: Sendable {
    /// The root node, where every walk starts.
    static let root: Int32 = 0
    /// What `child(of:_:)` returns where there is no edge.
    static let none: Int32 = -1

    /// Per edge slot: `parent << 16 | unit`, plus one so that zero marks an empty slot.
    private var keys: [UInt64]
    private var children: [Int32]
    /// Per node: the cost of the word ending there, or `.infinity` if none does.
    private(set) var costs: [Float]
    private let shift: UInt64

    /// Builds the trie of `words` (folded UTF-16 units) with their costs.
    init(words: [(units: [UInt16], cost: Float)]) {
        let edgeBound = words.reduce(0) { $0 + $1.units.count }
        var capacity = 16
        var bits: UInt64 = 4
        while capacity < edgeBound * 2 {
            capacity <<= 1
            bits += 1
        }
        keys = [UInt64](repeating: 0, count: capacity)
        children = [Int32](repeating: LexiconTrie.none, count: capacity)
        costs = [.infinity]
        costs.reserveCapacity(edgeBound + 1)
        shift = 64 - bits
        for word in words {
            var node = LexiconTrie.root
            for unit in word.units { node = childInserting(node, unit) }
            costs[Int(node)] = min(costs[Int(node)], word.cost)
        }
    }

    /// The node reached from `node` by `unit`, or `LexiconTrie.none`.
    @inline(__always)
    func child(of node: Int32, _ unit: UInt16) -> Int32 {
        let key = (UInt64(UInt32(node)) << 16 | UInt64(unit)) &+ 1
        let mask = keys.count - 1
        var slot = slot(of: key)
        while true {
            let found = keys[slot]
            if found == key { return children[slot] }
            if found == 0 { return LexiconTrie.none }
            slot = (slot + 1) & mask
        }
    }

    @inline(__always)
    private func slot(of key: UInt64) -> Int {
        Int(truncatingIfNeeded: (key &* 0x9E37_79B9_7F4A_7C15) >> shift)
    }

    private mutating func childInserting(_ node: Int32, _ unit: UInt16) -> Int32 {
        let key = (UInt64(UInt32(node)) << 16 | UInt64(unit)) &+ 1
        let mask = keys.count - 1
        var slot = slot(of: key)
        while keys[slot] != 0 {
            if keys[slot] == key { return children[slot] }
            slot = (slot + 1) & mask
        }
        let child = Int32(costs.count)
        keys[slot] = key
        children[slot] = child
        costs.append(.infinity)
        return child
    }
}
