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
    ///
    /// Found in one pass, each unit against the frontier so far (a few impacts, mostly), and only the
    /// frontier sorted: sorting the block's units first was most of its cost, at every flush for every
    /// block of every term. The frontier is the set of units nothing outdoes, whatever the order found.
    static func frontier<Units: Sequence<(frequency: Int, headingFrequency: Int, length: Int)>>(of units: Units) -> [BlockMaxima] {
        var frontier: [BlockMaxima] = []
        for unit in units {
            if frontier.contains(where: {
                $0.length <= unit.length && $0.frequency >= unit.frequency && $0.headingFrequency >= unit.headingFrequency
            }) { continue }
            frontier.removeAll {
                unit.length <= $0.length && unit.frequency >= $0.frequency && unit.headingFrequency >= $0.headingFrequency
            }
            frontier.append(BlockMaxima(frequency: unit.frequency, length: unit.length,
                                        headingFrequency: unit.headingFrequency, headingLength: unit.length))
        }
        frontier.sort { ($0.length, $1.frequency, $1.headingFrequency) < ($1.length, $0.frequency, $0.headingFrequency) }
        guard frontier.count > limit else { return frontier }
        var merged = frontier[limit - 1]
        for impact in frontier[limit...] {
            merged.frequency = max(merged.frequency, impact.frequency)
            merged.headingFrequency = max(merged.headingFrequency, impact.headingFrequency)
        }
        return Array(frontier[..<(limit - 1)]) + [merged]
    }
}
