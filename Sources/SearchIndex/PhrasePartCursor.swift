/// A cursor over one part of a phrase in one segment: a term's postings, or the union of the postings of
/// every term beginning with a character, gathered in memory; with the current unit's positions.
///
/// A class, so that the phrase loop moves its cursors in place: as structs in an array, every step
/// went through the array's uniqueness check and retained the cursor's buffers. The positions buffer
/// is reused from unit to unit and read at most once per unit.
final class PhrasePartCursor {
    /// What moves: kept behind a pointer the class owns, because a class's stored `var`s are checked
    /// for exclusive access at run time on every step (a sixth of a common phrase's time in perf).
    private struct State {
        /// The term's postings; for a union, the postings of its first term, unused.
        var cursor: PostingsCursor
        /// A union's current unit.
        var index = 0
        var positions: [UInt32] = []
        var positionsRead = false
        /// How far `holds` has looked in `positions`.
        var probe = 0
    }

    private let state: UnsafeMutablePointer<State>
    private let isUnion: Bool
    /// A union's units, and where each one's positions begin in `unionPositions` (one more entry
    /// than units: the end).
    private let units: [UInt32]
    private let unionStarts: [Int]
    private let unionPositions: [UInt32]
    /// The part's offset in the phrase.
    let offset: UInt32

    init(_ infos: [TermInfo], isPrefix: Bool, offset: UInt32, segment: Segment) throws(IndexError) {
        self.offset = offset
        let cursor = try segment.cursor(infos[0])
        isUnion = isPrefix
        state = .allocate(capacity: 1)
        state.initialize(to: State(cursor: cursor))
        guard isPrefix else {
            units = []
            unionStarts = []
            unionPositions = []
            return
        }
        var gathered: [UInt32: [UInt32]] = [:]
        for info in infos {
            var termCursor = try segment.cursor(info)
            do {
                while termCursor.document != PostingsCursor.exhausted {
                    gathered[termCursor.document, default: []].append(contentsOf: try termCursor.positions())
                    try termCursor.next()
                }
            } catch {
                throw segment.malformedPostings(info)
            }
        }
        units = gathered.keys.sorted()
        var starts = [0]
        var positions: [UInt32] = []
        for unit in units {
            // A word term shares its first character's position with a bigram: count each position once.
            positions.append(contentsOf: Set(gathered[unit]!).sorted())
            starts.append(positions.count)
        }
        unionStarts = starts
        unionPositions = positions
    }

    deinit {
        state.deinitialize(count: 1)
        state.deallocate()
    }

    var documentFrequency: Int { isUnion ? units.count : state.pointee.cursor.info.documentFrequency }

    var document: UInt32 {
        guard isUnion else { return state.pointee.cursor.document }
        let index = state.pointee.index
        return index < units.count ? units[index] : PostingsCursor.exhausted
    }

    var frequency: Int {
        guard isUnion else { return state.pointee.cursor.frequency }
        let index = state.pointee.index
        return unionStarts[index + 1] - unionStarts[index]
    }

    /// The current unit's positions, once `readPositions` has read them.
    var positions: [UInt32] { state.pointee.positions }

    func blockMightBe(_ worthy: (BlockMaxima) -> Bool) -> Bool { isUnion || state.pointee.cursor.blockMightBe(worthy) }

    func nextBlock(where worthy: (BlockMaxima) -> Bool) throws(ByteReader.Malformed) {
        state.pointee.positionsRead = false
        if !isUnion { try state.pointee.cursor.nextBlock(where: worthy) }
    }

    func next() throws(ByteReader.Malformed) {
        state.pointee.positionsRead = false
        if isUnion { state.pointee.index += 1 } else { try state.pointee.cursor.next() }
    }

    func advance(to target: UInt32) throws(ByteReader.Malformed) {
        guard document < target else { return }
        state.pointee.positionsRead = false
        if !isUnion {
            try state.pointee.cursor.advance(to: target)
        } else {
            var index = state.pointee.index
            while index < units.count && units[index] < target { index += 1 }
            state.pointee.index = index
        }
    }

    /// Calls `body` with the units the cursor is about to visit, from the current one on: the rest of
    /// the current block, or of a union up to a block's worth (none when exhausted).
    func withUpcomingUnits<R>(_ body: (UnsafeBufferPointer<UInt32>) -> R) -> R {
        guard isUnion else { return state.pointee.cursor.withUpcomingDocuments(body) }
        let index = state.pointee.index
        return units.withUnsafeBufferPointer { all in
            body(UnsafeBufferPointer(rebasing: all[index..<min(all.count, index + BlockCodec.blockSize)]))
        }
    }

    /// Reads the current unit's positions into `positions`, unless they are read already.
    func readPositions() throws(ByteReader.Malformed) {
        guard !state.pointee.positionsRead else { return }
        if !isUnion {
            try state.pointee.cursor.positions(into: &state.pointee.positions)
        } else {
            let index = state.pointee.index
            state.pointee.positions.removeAll(keepingCapacity: true)
            state.pointee.positions.append(contentsOf: unionPositions[unionStarts[index]..<unionStarts[index + 1]])
        }
        state.pointee.positionsRead = true
        state.pointee.probe = 0
    }

    /// Whether the current unit holds `position`, its positions read on the first call; nil when all
    /// its positions are below it. Asked in ascending order of `position` within a unit: each call
    /// looks on from where the one before stopped.
    func holds(_ position: UInt32) throws(ByteReader.Malformed) -> Bool? {
        try readPositions()
        var at = state.pointee.probe
        let found: Bool? = state.pointee.positions.withUnsafeBufferPointer { list in
            while at < list.count && list[at] < position { at += 1 }
            return at < list.count ? list[at] == position : nil
        }
        state.pointee.probe = at
        return found
    }
}
