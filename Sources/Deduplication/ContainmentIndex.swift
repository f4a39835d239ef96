/// Finds candidate pairs where one text may lie nearly whole inside a much larger one, which MinHash
/// over Jaccard similarity cannot see (a 2,000-character section inside a 40,000-character report has
/// a Jaccard similarity of 0.05 with it).
///
/// Each text is represented by its anchors: the shingles whose hash falls in a fixed eighth of the
/// hash space (a consistent sample, so an anchor of the contained text is an anchor of the container
/// too). A pair is a candidate when the container holds at least half the `threshold` share of the
/// smaller text's anchors; anchors shared by more than `maximumPosting` texts (boilerplate such as
/// 本法自公布之日起施行) say nothing about who copied whom and are left out, as are texts with fewer
/// than `minimumShingles` shingles, for which containment is not counted at all.
struct ContainmentIndex {
    /// One shingle in `1 << samplingBits` is an anchor.
    static let samplingBits: UInt64 = 3
    static let maximumPosting = 64
    /// Anchors and texts share one sorted 64-bit word: the anchor's top bits, then the text's number.
    private static let itemBits: UInt64 = 24

    let threshold: Double
    let minimumShingles: Int

    /// The anchors of a text: its sampled shingle hashes, in text order, repeats included.
    static func anchors(of hashes: [UInt64]) -> [UInt64] {
        let mask = (UInt64(1) << samplingBits) - 1
        return hashes.filter { $0 & mask == 0 }
    }

    /// Candidate pairs among texts given by their anchors and shingle counts (repeats included).
    func candidatePairs(anchors: [[UInt64]], sizes: [Int]) -> [IndexPair] {
        let count = anchors.count
        guard count > 1, UInt64(count) < (1 << ContainmentIndex.itemBits) else { return [] }
        // Postings by sorting: every (anchor, text) as one word, so that equal anchors form runs.
        let itemMask = (UInt64(1) << ContainmentIndex.itemBits) - 1
        var entries: [UInt64] = []
        entries.reserveCapacity(anchors.reduce(0) { $0 + $1.count })
        for (item, itemAnchors) in anchors.enumerated() where sizes[item] >= minimumShingles {
            for anchor in itemAnchors { entries.append((anchor & ~itemMask) | UInt64(item)) }
        }
        entries.sort()

        // Runs of texts sharing an anchor (each text once), kept where 2 to `maximumPosting` long.
        var runItems: [Int32] = []
        var runStarts: [Int] = [0]
        var start = 0
        while start < entries.count {
            let anchor = entries[start] & ~itemMask
            var end = start
            var run: [Int32] = []
            while end < entries.count && entries[end] & ~itemMask == anchor {
                let item = Int32(truncatingIfNeeded: entries[end] & itemMask)
                if run.last != item { run.append(item) }
                end += 1
            }
            if run.count > 1 && run.count <= ContainmentIndex.maximumPosting {
                runItems += run
                runStarts.append(runItems.count)
            }
            start = end
        }

        // The runs of each text, as offsets into one array.
        var runsOfItem = [[Int32]](repeating: [], count: count)
        for run in 0..<(runStarts.count - 1) {
            for position in runStarts[run]..<runStarts[run + 1] { runsOfItem[Int(runItems[position])].append(Int32(run)) }
        }

        var shared = [Int32](repeating: 0, count: count)
        var touched: [Int] = []
        var pairs: [IndexPair] = []
        for item in 0..<count where !runsOfItem[item].isEmpty {
            for run in runsOfItem[item] {
                for position in runStarts[Int(run)]..<runStarts[Int(run) + 1] {
                    let other = Int(runItems[position])
                    // Each pair is counted from its smaller side (ties: the lower index) only.
                    guard other != item, sizes[other] > sizes[item] || (sizes[other] == sizes[item] && other > item) else { continue }
                    if shared[other] == 0 { touched.append(other) }
                    shared[other] += 1
                }
            }
            let needed = max(1, Int((Double(runsOfItem[item].count) * threshold * 0.5).rounded(.up)))
            for other in touched {
                if Int(shared[other]) >= needed { pairs.append(IndexPair(item, other)) }
                shared[other] = 0
            }
            touched.removeAll(keepingCapacity: true)
        }
        return pairs
    }
}
