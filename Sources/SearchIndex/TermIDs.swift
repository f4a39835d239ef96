/// Numbers terms in the order they are first met: integers for the short terms (`Term.short`, every
/// bigram) in a `ShortTermTable`, a dictionary for the longer ones (a segmenter's words).
struct TermIDs {
    private var short: ShortTermTable
    private var long: [Term: Int32] = [:]
    /// Terms numbered so far.
    private(set) var count = 0

    init(capacity: Int = 1 << 16) {
        short = ShortTermTable(capacity: capacity)
    }

    /// The id of `term`; a new term gets the next id (`added`).
    mutating func id(of term: Term) -> (id: Int32, added: Bool) {
        switch term {
        case .short(let key):
            return id(ofShort: key)
        case .long:
            if let id = long[term] { return (id, false) }
            long[term] = Int32(count)
            count += 1
            return (Int32(count - 1), true)
        }
    }

    /// The id of the short term `key` (`Term.short(key)`).
    @inline(__always)
    mutating func id(ofShort key: UInt64) -> (id: Int32, added: Bool) {
        let (id, added) = short.id(of: key, orAdd: Int32(count))
        if added { count += 1 }
        return (id, added)
    }

    /// The ids of `terms` (distinct), in `ids`; new ones numbered in their order, as one `id(of:)` a
    /// term would. Every short term is first looked for in its home slot alone (see
    /// `ShortTermTable.homeID(of:)`), then the rest are probed and added.
    mutating func ids(of terms: [Term], into ids: inout [Int32]) {
        short.reserve(adding: terms.count)
        ids.removeAll(keepingCapacity: true)
        for term in terms {
            if case .short(let key) = term, let id = short.homeID(of: key) { ids.append(id) } else { ids.append(-1) }
        }
        for (index, term) in terms.enumerated() where ids[index] < 0 { ids[index] = id(of: term).id }
    }
}
