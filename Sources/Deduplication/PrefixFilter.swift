/// Exact candidate generation for Jaccard similarity by prefix filtering (Chaudhuri, Ganti and
/// Kaushik 2006; Bayardo, Ma and Srikant 2007): slower than MinHash and LSH, but it never misses a pair,
/// which makes it the measure of their recall.
///
/// Shingles are ordered rarest first over the whole collection. If J(x, y) ≥ t, then x and y share
/// at least one of the first |x| − ⌈t·|x|⌉ + 1 shingles of x and the first |y| − ⌈t·|y|⌉ + 1 of y,
/// and their sizes are within a factor t of each other; only such pairs are candidates.
struct PrefixFilter {
    let threshold: Double

    /// Candidate pairs among `sets`: a superset of the pairs with Jaccard similarity ≥ `threshold`.
    func candidatePairs(sets: [ShingleSet]) -> [IndexPair] {
        var frequency: [UInt64: Int32] = [:]
        frequency.reserveCapacity(sets.reduce(0) { $0 + $1.count } / 2)
        for set in sets {
            for hash in set.hashes { frequency[hash, default: 0] += 1 }
        }
        // Prefix entries: (shingle, set), by shingle.
        var entries: [(hash: UInt64, item: Int32)] = []
        for (item, set) in sets.enumerated() where !set.isEmpty {
            let length = set.count - Int((threshold * Double(set.count)).rounded(.up)) + 1
            let ordered = set.hashes.sorted { (frequency[$0] ?? 0, $0) < (frequency[$1] ?? 0, $1) }
            for hash in ordered.prefix(max(1, length)) { entries.append((hash, Int32(item))) }
        }
        entries.sort { ($0.hash, $0.item) < ($1.hash, $1.item) }

        var pairs = Set<IndexPair>()
        var start = 0
        while start < entries.count {
            var end = start + 1
            while end < entries.count && entries[end].hash == entries[start].hash { end += 1 }
            if end - start > 1 {
                for i in start..<(end - 1) {
                    let a = Int(entries[i].item)
                    for j in (i + 1)..<end {
                        let b = Int(entries[j].item)
                        let small = Double(min(sets[a].count, sets[b].count))
                        let large = Double(max(sets[a].count, sets[b].count))
                        if small >= threshold * large { pairs.insert(IndexPair(a, b)) }
                    }
                }
            }
            start = end
        }
        return pairs.sorted()
    }
}
