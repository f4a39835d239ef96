import Foundation

/// Chooses which segments a commit merges: a log-structured policy, as tantivy's `LogMergePolicy`
/// (and Lucene's `LogMergePolicy` before its tiered one). Segments are sorted by live units, largest
/// first, and grouped into levels: a segment whose log₂ size is within `levelLogSize` of the largest
/// of the current level joins it, else it opens the next level (sizes below `minimumLevelUnits`
/// count as that many, so that small segments share one level). A level of at least `mergeFactor`
/// segments is merged into one. So each unit is rewritten about log(collection / flush) times over
/// the life of an index, and the number of segments stays logarithmic in the collection's size.
///
/// Deleted units are reclaimed where they weigh: a segment of which at least `deletedRatio` is
/// deleted is merged (with the rest of its level's candidates, or alone), and a segment with nothing
/// live is dropped without being read.
public struct MergePolicy: Sendable {
    public var mergeFactor = 8
    public var minimumLevelUnits = 10_000
    public var levelLogSize = 0.75
    public var deletedRatio = 0.3
    /// Merge every segment into one, whatever the levels (`zhili index --merge`).
    public var mergeAll = false

    public init() {}

    /// The merges to make among segments of `live` and `total` units: lists of their indices, each in
    /// ascending order, no index in two.
    func merges(live: [Int], total: [Int]) -> [[Int]] {
        let candidates = live.indices.filter { live[$0] > 0 }
        if mergeAll { return candidates.count > 1 || candidates.contains(where: { live[$0] < total[$0] }) ? [candidates] : [] }
        let sorted = candidates.sorted { (live[$0], $1) > (live[$1], $0) }
        var levels: [[Int]] = []
        var levelTop = Double.infinity
        for index in sorted {
            let size = log2(Double(max(live[index], minimumLevelUnits)))
            if levels.isEmpty || size < levelTop - levelLogSize {
                levels.append([])
                levelTop = size
            }
            levels[levels.count - 1].append(index)
        }
        var merges = levels.filter { $0.count >= mergeFactor }.map { $0.sorted() }
        let merged = Set(merges.joined())
        let wasteful = candidates.filter { !merged.contains($0) && Double(total[$0] - live[$0]) >= deletedRatio * Double(total[$0]) }
        if !wasteful.isEmpty { merges.append(wasteful) }
        return merges
    }
}
