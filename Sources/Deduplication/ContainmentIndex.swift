/// Finds candidate pairs where one text may lie nearly whole inside a much larger one, which MinHash
/// over Jaccard similarity cannot see (a 2,000-character section inside a 40,000-character report has
/// a Jaccard similarity of 0.05 with it).
///
/// Each text is represented by its anchors: the shingles whose hash falls in a fixed quarter of the
/// hash space (a consistent sample, so an anchor of the contained text is an anchor of the container
/// too). A pair is a candidate when the container holds at least half the `threshold` share of the
/// smaller text's anchors; anchors shared by more than `maximumPosting` texts (boilerplate such as
/// 本法自公布之日起施行) say nothing about who copied whom and are left out, as are texts with fewer
/// than `minimumShingles` shingles, for which containment is not counted at all.
struct ContainmentIndex {
    /// One shingle in `1 << samplingBits` is an anchor.
    static let samplingBits: UInt64 = 2
    static let maximumPosting = 64

    let threshold: Double
    let minimumShingles: Int

    /// The anchors of a text: its sampled shingle hashes, unique and sorted.
    static func anchors(of hashes: [UInt64]) -> [UInt64] {
        let mask = (UInt64(1) << samplingBits) - 1
        return ShingleSet(hashes: hashes.filter { $0 & mask == 0 }).hashes
    }

    /// Candidate pairs among texts given by their anchors and shingle counts (repeats included).
    func candidatePairs(anchors: [[UInt64]], sizes: [Int]) -> [IndexPair] {
        var postings: [UInt64: [Int32]] = [:]
        for (item, itemAnchors) in anchors.enumerated() where sizes[item] >= minimumShingles {
            for anchor in itemAnchors { postings[anchor, default: []].append(Int32(item)) }
        }
        postings = postings.filter { $0.value.count > 1 && $0.value.count <= ContainmentIndex.maximumPosting }
        var shared = [Int32](repeating: 0, count: anchors.count)
        var touched: [Int] = []
        var pairs: [IndexPair] = []
        for (item, itemAnchors) in anchors.enumerated() where sizes[item] >= minimumShingles {
            var usable = 0
            for anchor in itemAnchors {
                guard let holders = postings[anchor] else { continue }
                usable += 1
                for holder in holders {
                    let other = Int(holder)
                    // Each pair is counted from its smaller side (ties: the lower index) only.
                    guard other != item, sizes[other] > sizes[item] || (sizes[other] == sizes[item] && other > item) else { continue }
                    if shared[other] == 0 { touched.append(other) }
                    shared[other] += 1
                }
            }
            let needed = max(1, Int((Double(usable) * threshold * 0.5).rounded(.up)))
            for other in touched {
                if Int(shared[other]) >= needed { pairs.append(IndexPair(item, other)) }
                shared[other] = 0
            }
            touched.removeAll(keepingCapacity: true)
        }
        return pairs
    }
}
