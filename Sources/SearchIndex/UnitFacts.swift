/// What scoring and filtering read of one unit, side by side: the hot loop of a search looks at
/// a matching unit's lengths, document and kind together, so they share one cache line instead of
/// costing a miss in each of four arrays.
struct UnitFacts {
    /// The unit's field length, in positions.
    var length: UInt32
    /// Its heading length: its first positions that are its title or heading path.
    var headingLength: UInt32
    /// Its document, numbered from 0 in unit order (the units of a document are consecutive).
    var document: UInt32
    /// Its kind, as its index into the reader's `units.kinds`.
    var kind: UInt8
    /// Whether it belongs to a near-duplicate group (most units do not: their group is then not
    /// looked up, a cache miss per unit counted in a table of every unit's group).
    var isGrouped = false
}
