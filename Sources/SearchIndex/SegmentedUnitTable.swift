/// The unit tables of an index's segments read as one, by global unit number (a segment's base plus
/// the unit's number within it): kinds and strings are given index-wide ids, and each unit's duplicate
/// group comes from the generation's `DUPS` file rather than from its segment.
struct SegmentedUnitTable {
    let segments: [Segment]
    /// One past every segment's last global unit, for finding a unit's segment.
    private let ends: [Int]
    /// The kinds of all segments, each once.
    let kinds: [UnitKind]
    /// Per segment, the global index of each of its kinds.
    private let kindMaps: [[Int]]
    /// The global id of each segment's first string.
    private let stringBases: [Int]
    /// Every unit's duplicate group + 1 (0 for none).
    private let groups: [UInt32]
    /// Whether any unit belongs to a duplicate group.
    let hasDuplicateGroups: Bool

    init(segments: [Segment], groups: [UInt32]) {
        self.segments = segments
        var ends: [Int] = []
        var kinds: [UnitKind] = []
        var kindMaps: [[Int]] = []
        var stringBases: [Int] = []
        var strings = 0
        for segment in segments {
            ends.append(segment.base + segment.units.count)
            kindMaps.append(segment.units.kinds.map { kind in
                if let known = kinds.firstIndex(of: kind) { return known }
                kinds.append(kind)
                return kinds.count - 1
            })
            stringBases.append(strings)
            strings += segment.units.stringCount
        }
        self.ends = ends
        self.kinds = kinds
        self.kindMaps = kindMaps
        self.stringBases = stringBases
        self.groups = groups
        hasDuplicateGroups = groups.contains { $0 != 0 }
    }

    /// Global unit numbers, deleted units included.
    var count: Int { ends.last ?? 0 }

    /// The segment holding global unit `unit`.
    func segment(of unit: Int) -> Int {
        var low = 0
        var high = ends.count
        while low < high {
            let middle = (low + high) / 2
            if ends[middle] > unit { high = middle } else { low = middle + 1 }
        }
        return low
    }

    private func locate(_ unit: Int) -> (segment: Int, table: UnitTable, local: Int) {
        let index = segment(of: unit)
        return (index, segments[index].units, unit - segments[index].base)
    }

    /// The string with global id `id`.
    func string(_ id: Int) -> String {
        // Segments with no strings share their base with the next: the last of equal bases is the one.
        let segment = stringBases.lastIndex(notAbove: id)
        return segments[segment].units.string(id - stringBases[segment])
    }

    func length(_ unit: Int) -> Int {
        let (_, table, local) = locate(unit)
        return table.length(local)
    }

    func headingLength(_ unit: Int) -> Int {
        let (_, table, local) = locate(unit)
        return table.headingLength(local)
    }

    /// The global index (into `kinds`) of the unit's kind.
    func kindIndex(_ unit: Int) -> Int {
        let (segment, table, local) = locate(unit)
        return kindMaps[segment][table.kindIndex(local)]
    }

    /// Every unit's global kind index, in unit order (one pass over each segment's table).
    func kindIndices() -> [UInt8] {
        var indices: [UInt8] = []
        indices.reserveCapacity(count)
        for (segment, map) in zip(segments, kindMaps) {
            let table = segment.units
            for local in 0..<table.count { indices.append(UInt8(map[table.kindIndex(local)])) }
        }
        return indices
    }

    func duplicateGroup(_ unit: Int) -> Int? { groups[unit] == 0 ? nil : Int(groups[unit]) - 1 }

    /// The unit's record, its strings by global id.
    func record(_ unit: Int) -> UnitRecord {
        let (segment, table, local) = locate(unit)
        var record = table.record(local)
        record.source += stringBases[segment]
        record.document += stringBases[segment]
        record.duplicateGroup = duplicateGroup(unit)
        return record
    }
}

/// The stores of an index's segments read as one: blocks numbered across segments, units by global
/// number.
struct SegmentedStore {
    let segments: [Segment]
    let units: SegmentedUnitTable
    /// The global number of each segment's first block, and the block count at the end.
    private let blockBases: [Int]

    init(segments: [Segment], units: SegmentedUnitTable) {
        self.segments = segments
        self.units = units
        var bases: [Int] = []
        var blocks = 0
        for segment in segments {
            bases.append(blocks)
            blocks += segment.store.blockCount
        }
        bases.append(blocks)
        blockBases = bases
    }

    var blockCount: Int { blockBases.last ?? 0 }

    /// The segment holding global block `block`.
    private func segment(ofBlock block: Int) -> Int {
        // The last of equal bases (segments with no blocks share theirs with the next).
        blockBases.lastIndex(notAbove: block)
    }

    /// The global block holding global unit `unit`.
    func block(of unit: Int) -> Int {
        let index = units.segment(of: unit)
        return blockBases[index] + segments[index].store.block(of: unit - segments[index].base)
    }

    func firstUnit(of block: Int) -> Int {
        let index = segment(ofBlock: block)
        return segments[index].base + segments[index].store.firstUnit(of: block - blockBases[index])
    }

    func entries(block: Int) throws(IndexError) -> [StoredUnit] {
        let index = segment(ofBlock: block)
        return try segments[index].store.entries(block: block - blockBases[index])
    }

    func entry(_ unit: Int) throws(IndexError) -> StoredUnit {
        let index = units.segment(of: unit)
        return try segments[index].store.entry(unit - segments[index].base)
    }
}
