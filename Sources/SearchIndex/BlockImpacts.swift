/// A block's impacts, as Lucene's: the (frequency, heading frequency, length) of its units that no
/// other unit of the block outdoes — none has at least the same frequencies in a length no longer.
///
/// A field-weighted BM25 score grows with both frequencies and falls with the length, so the best
/// score any impact reaches is the best score of any unit in the block, for every mean length and
/// every field weight: a bound as tight as a stored maximum score, which a mean length that changes
/// as segments come and go would make stale.
enum BlockImpacts {
    /// At most this many impacts are stored per block; the frontier's longest ones beyond it are
    /// merged into one (their highest frequencies at the shortest of their lengths), still a bound.
    static let limit = 6

    /// The frontier of `units`' (frequency, heading frequency, length), shortest length first.
    static func frontier(of units: [(frequency: Int, headingFrequency: Int, length: Int)]) -> [BlockMaxima] {
        var frontier: [BlockMaxima] = []
        for unit in ordered(units)
        where !frontier.contains(where: { $0.frequency >= unit.frequency && $0.headingFrequency >= unit.headingFrequency }) {
            frontier.append(BlockMaxima(frequency: unit.frequency, length: unit.length,
                                        headingFrequency: unit.headingFrequency, headingLength: unit.length))
        }
        guard frontier.count > limit else { return frontier }
        var merged = frontier[limit - 1]
        for impact in frontier[limit...] {
            merged.frequency = max(merged.frequency, impact.frequency)
            merged.headingFrequency = max(merged.headingFrequency, impact.headingFrequency)
        }
        return Array(frontier[..<(limit - 1)]) + [merged]
    }

    /// `units` by length, then by falling frequency and heading frequency. Sorted as one packed
    /// integer each when they fit (a block is sorted at every flush for every term: sorting tuples
    /// through a comparison closure was 1.4% of a build).
    private static func ordered(_ units: [(frequency: Int, headingFrequency: Int, length: Int)])
        -> [(frequency: Int, headingFrequency: Int, length: Int)] {
        let fits = units.allSatisfy {
            $0.length >= 0 && $0.length <= Int(UInt32.max) && (0...0xFFFF).contains($0.frequency) && (0...0xFFFF).contains($0.headingFrequency)
        }
        guard fits else {
            return units.sorted {
                ($0.length, -$0.frequency, -$0.headingFrequency) < ($1.length, -$1.frequency, -$1.headingFrequency)
            }
        }
        let keys = units.map { UInt64($0.length) << 32 | UInt64(0xFFFF - $0.frequency) << 16 | UInt64(0xFFFF - $0.headingFrequency) }.sorted()
        return keys.map { (frequency: 0xFFFF - Int($0 >> 16 & 0xFFFF), headingFrequency: 0xFFFF - Int($0 & 0xFFFF), length: Int($0 >> 32)) }
    }
}
