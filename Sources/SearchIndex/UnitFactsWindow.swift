/// The facts of the units a cursor is about to visit, gathered a block of the cursor at a time.
///
/// Read one by one as a phrase's scan reached each unit, the facts were a cache miss per unit (a
/// third of the scan loop's own time on the commonest phrases: the array is 16 bytes a unit, a few
/// MB); gathered in a tight loop, the misses overlap.
struct UnitFactsWindow {
    /// The gathered units, by number within their segment, ascending: the first `count` of `units`
    /// (buffers that only grow, written in place: appending a unit at a time was most of gathering).
    private var units: [UInt32] = []
    private var facts: [UnitFacts] = []
    private var count = 0
    /// The unit the scan is on.
    private var at = 0

    /// Moves on to unit `local`: whether it was gathered. Units are asked for in ascending order.
    mutating func holds(_ local: UInt32) -> Bool {
        while at < count && units[at] < local { at += 1 }
        return at < count && units[at] == local
    }

    /// Forgets the units gathered, keeping the buffers (for the next segment, numbered from 0 again).
    mutating func empty() {
        count = 0
        at = 0
    }

    /// Gathers the facts of `upcoming` (ascending, numbered within a segment whose first unit is
    /// `base`), from the first of which the scan goes on; with `allowed`, only of the units whose
    /// kind (in `kinds`, by global unit number) it flags: the others are never asked for.
    mutating func gather(_ upcoming: UnsafeBufferPointer<UInt32>, base: UInt32, from all: [UnitFacts],
                         kinds: [UInt8] = [], allowed: [Bool]? = nil) {
        if units.count < upcoming.count {
            units = [UInt32](repeating: 0, count: upcoming.count)
            facts = [UnitFacts](repeating: UnitFacts(length: 0, headingLength: 0, document: 0, kind: 0), count: upcoming.count)
        }
        var kept = 0
        units.withUnsafeMutableBufferPointer { units in
            facts.withUnsafeMutableBufferPointer { facts in
                all.withUnsafeBufferPointer { all in
                    for local in upcoming {
                        let unit = Int(base + local)
                        if let allowed, !allowed[Int(kinds[unit])] { continue }
                        units[kept] = local
                        facts[kept] = all[unit]
                        kept += 1
                    }
                }
            }
        }
        count = kept
        at = 0
    }

    /// The facts of the unit the scan is on (after `holds` answered true or `gather`).
    var current: UnitFacts { facts[at] }
}
