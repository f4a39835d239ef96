/// The facts of the units a cursor is about to visit, gathered a block of the cursor at a time.
///
/// Read one by one as a phrase's scan reached each unit, the facts were a cache miss per unit (a
/// third of the scan loop's own time on the commonest phrases: the array is 16 bytes a unit, a few
/// MB); gathered in a tight loop, the misses overlap.
struct UnitFactsWindow {
    /// The gathered units, by number within their segment, ascending.
    private var units: [UInt32] = []
    private var facts: [UnitFacts] = []
    /// The unit the scan is on.
    private var at = 0

    /// Moves on to unit `local`: whether it was gathered. Units are asked for in ascending order.
    mutating func holds(_ local: UInt32) -> Bool {
        while at < units.count && units[at] < local { at += 1 }
        return at < units.count && units[at] == local
    }

    /// Gathers the facts of `upcoming` (ascending, numbered within a segment whose first unit is
    /// `base`), from the first of which the scan goes on; with `allowed`, only of the units whose
    /// kind (in `kinds`, by global unit number) it flags: the others are never asked for.
    mutating func gather(_ upcoming: UnsafeBufferPointer<UInt32>, base: UInt32, from all: [UnitFacts],
                         kinds: [UInt8] = [], allowed: [Bool]? = nil) {
        units.removeAll(keepingCapacity: true)
        facts.removeAll(keepingCapacity: true)
        all.withUnsafeBufferPointer { all in
            if let allowed {
                for local in upcoming where allowed[Int(kinds[Int(base + local)])] {
                    units.append(local)
                    facts.append(all[Int(base + local)])
                }
            } else {
                units.append(contentsOf: upcoming)
                for local in upcoming { facts.append(all[Int(base + local)]) }
            }
        }
        at = 0
    }

    /// The facts of the unit the scan is on (after `holds` answered true or `gather`).
    var current: UnitFacts { facts[at] }
}
