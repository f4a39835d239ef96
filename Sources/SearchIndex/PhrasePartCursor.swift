/// A cursor over one part of a phrase in one segment: a term's postings, or the union of the postings of
/// every term beginning with a character, gathered in memory; with the current unit's positions.
///
/// A handle to state that the `PhrasePartCursors` which made it owns, so that the phrase loop copies
/// and moves cursors with no reference counting: as classes in arrays, every loop over the parts
/// retained and released each one (8% of a common phrase's time in perf), and as structs in an array
/// every step went through the array's uniqueness check and retained the cursor's buffers. The state
/// sits behind a pointer rather than in a class's stored `var`s, which are checked for exclusive
/// access at run time on every step. The positions buffer is reused from unit to unit and read at most
/// once per unit; `holds` reads a term's positions where they lie, only as far as it is asked.
struct PhrasePartCursor {
    fileprivate struct State {
        /// The term's postings; for a union, the postings of its first term, unused.
        var cursor: PostingsCursor
        /// A union's current unit.
        var index = 0
        /// The current unit's positions are the first `positionCount` of `positions` (a buffer that
        /// only grows, so that no unit empties it).
        var positions: [UInt32] = []
        var positionCount = 0
        var positionsRead = false
        /// The current unit's positions in the file (a term's), once `holds` has located them.
        var packed = PackedPositions.none
        var located = false
        /// How far `holds` has looked in the positions, and the last position it passed (−1 before any).
        var probe = 0
        var passed: Int64 = -1
        /// A union's units, and where each one's positions begin in `unionPositions` (one more entry
        /// than units: the end).
        var units: [UInt32] = []
        var unionStarts: [Int] = []
        var unionPositions: [UInt32] = []
    }

    private let state: UnsafeMutablePointer<State>
    private let isUnion: Bool
    /// The part's offset in the phrase.
    let offset: UInt32

    /// A cursor over term `info`'s postings in `segment`.
    fileprivate init(term info: TermInfo, offset: UInt32, segment: Segment) throws(IndexError) {
        self.offset = offset
        isUnion = false
        let cursor = try segment.cursor(info)
        state = .allocate(capacity: 1)
        state.initialize(to: State(cursor: cursor))
    }

    /// A cursor over the union of the postings of `infos` (every term beginning with a character) in
    /// `segment`, gathered now.
    fileprivate init(union infos: ArraySlice<TermInfo>, offset: UInt32, segment: Segment) throws(IndexError) {
        self.offset = offset
        var state = State(cursor: try segment.cursor(infos.first!))
        isUnion = true
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
        state.units = gathered.keys.sorted()
        var starts = [0]
        var positions: [UInt32] = []
        for unit in state.units {
            // A word term shares its first character's position with a bigram: count each position once.
            positions.append(contentsOf: Set(gathered[unit]!).sorted())
            starts.append(positions.count)
        }
        state.unionStarts = starts
        state.unionPositions = positions
        self.state = .allocate(capacity: 1)
        self.state.initialize(to: state)
    }

    /// Moves a term's cursor to term `info` in `segment`, its buffers kept (`PostingsCursor.reopen`).
    fileprivate func reopen(_ info: TermInfo, segment: Segment) throws(IndexError) {
        try segment.reopen(&state.pointee.cursor, at: info)
        state.pointee.positionsRead = false
        state.pointee.located = false
    }

    /// Frees the state; only the owner calls it, once.
    fileprivate func free() {
        state.deinitialize(count: 1)
        state.deallocate()
    }

    /// Whether both are the same cursor.
    func isSame(as other: PhrasePartCursor) -> Bool { state == other.state }

    var documentFrequency: Int { isUnion ? state.pointee.units.count : state.pointee.cursor.info.documentFrequency }

    var document: UInt32 {
        guard isUnion else { return state.pointee.cursor.document }
        let index = state.pointee.index
        return index < state.pointee.units.count ? state.pointee.units[index] : PostingsCursor.exhausted
    }

    @inline(__always)
    var frequency: Int {
        guard isUnion else { return state.pointee.cursor.frequency }
        let index = state.pointee.index
        return state.pointee.unionStarts[index + 1] - state.pointee.unionStarts[index]
    }

    /// Calls `body` with the current unit's positions, once `readPositions` has read them.
    func withPositions<R>(_ body: (UnsafeBufferPointer<UInt32>) -> R) -> R {
        let count = state.pointee.positionCount
        return state.pointee.positions.withUnsafeBufferPointer { all in body(UnsafeBufferPointer(rebasing: all[..<count])) }
    }

    func blockMightExceed(_ minimum: Double, score: (BlockMaxima) -> Double) throws(ByteReader.Malformed) -> Bool {
        if isUnion { return true }
        return try state.pointee.cursor.blockMightExceed(minimum, score: score)
    }

    func nextBlock(exceeding minimum: Double, score: (BlockMaxima) -> Double) throws(ByteReader.Malformed) {
        state.pointee.positionsRead = false
        state.pointee.located = false
        if !isUnion { try state.pointee.cursor.nextBlock(exceeding: minimum, score: score) }
    }

    @inline(__always)
    func next() throws(ByteReader.Malformed) {
        state.pointee.positionsRead = false
        state.pointee.located = false
        if isUnion { state.pointee.index += 1 } else { try state.pointee.cursor.next() }
    }

    /// Moves to the next unit, passing over those after the current one for which `passed` answers
    /// true, up to the end of a term's current block (`PostingsCursor.next(passing:)`) or a union's
    /// next `BlockCodec.blockSize` units.
    @inline(__always)
    func next(passing passed: (UInt32) -> Bool) throws(ByteReader.Malformed) {
        state.pointee.positionsRead = false
        state.pointee.located = false
        guard isUnion else { return try state.pointee.cursor.next(passing: passed) }
        var index = state.pointee.index + 1
        let end = min(state.pointee.units.count, index + BlockCodec.blockSize)
        while index < end && passed(state.pointee.units[index]) { index += 1 }
        state.pointee.index = index
    }

    @inline(__always)
    func advance(to target: UInt32) throws(ByteReader.Malformed) {
        guard document < target else { return }
        state.pointee.positionsRead = false
        state.pointee.located = false
        if !isUnion {
            try state.pointee.cursor.advance(to: target)
        } else {
            var index = state.pointee.index
            while index < state.pointee.units.count && state.pointee.units[index] < target { index += 1 }
            state.pointee.index = index
        }
    }

    /// Calls `body` with the units the cursor is about to visit, from the current one on: the rest of
    /// the current block, or of a union up to a block's worth (none when exhausted).
    func withUpcomingUnits<R>(_ body: (UnsafeBufferPointer<UInt32>) -> R) -> R {
        guard isUnion else { return state.pointee.cursor.withUpcomingDocuments(body) }
        let index = state.pointee.index
        return state.pointee.units.withUnsafeBufferPointer { all in
            body(UnsafeBufferPointer(rebasing: all[index..<min(all.count, index + BlockCodec.blockSize)]))
        }
    }

    /// Reads the current unit's positions, unless they are read already.
    func readPositions() throws(ByteReader.Malformed) {
        guard !state.pointee.positionsRead else { return }
        if !isUnion {
            state.pointee.positionCount = try state.pointee.cursor.positions(intoStartOf: &state.pointee.positions)
        } else {
            let index = state.pointee.index
            let from = state.pointee.unionStarts[index], to = state.pointee.unionStarts[index + 1]
            if state.pointee.positions.count < to - from {
                state.pointee.positions.append(contentsOf: repeatElement(0, count: to - from - state.pointee.positions.count))
            }
            state.pointee.positions.replaceSubrange(0..<(to - from), with: state.pointee.unionPositions[from..<to])
            state.pointee.positionCount = to - from
        }
        state.pointee.positionsRead = true
        if !state.pointee.located {
            state.pointee.probe = 0
            state.pointee.passed = -1
        }
    }

    /// Whether the current unit holds `position`; nil when all its positions are below it. Asked in
    /// ascending order of `position` within a unit: each call looks on from where the one before
    /// stopped. A term's positions are read where they lie in the file, one at a time, up to the
    /// first at or above `position` (a position at or beyond the unit's length, or not above the one
    /// before it, is damage); a union's from its gathered list.
    func holds(_ position: UInt32) throws(ByteReader.Malformed) -> Bool? {
        if isUnion || state.pointee.positionsRead {
            try readPositions()
            var at = state.pointee.probe
            let count = state.pointee.positionCount
            let found: Bool? = state.pointee.positions.withUnsafeBufferPointer { list in
                while at < count && list[at] < position { at += 1 }
                return at < count ? list[at] == position : nil
            }
            state.pointee.probe = at
            return found
        }
        let packed = try located()
        var at = state.pointee.probe
        var passed = state.pointee.passed
        var found: Bool?
        while at < packed.count {
            let value = try packed.value(at, after: passed)
            if value >= position {
                found = value == position
                break
            }
            passed = Int64(value)
            at += 1
        }
        state.pointee.probe = at
        state.pointee.passed = passed
        return found
    }

    /// A term's current unit's positions located in the file (once per unit).
    @inline(__always)
    private func located() throws(ByteReader.Malformed) -> PackedPositions {
        if !state.pointee.located {
            state.pointee.packed = try state.pointee.cursor.packedPositions()
            state.pointee.located = true
            state.pointee.probe = 0
            state.pointee.passed = -1
        }
        return state.pointee.packed
    }

    /// Calls `body` with the current unit's positions in ascending order for as long as it answers
    /// true. A term's are read where they lie in the file, only as far as `body` asks (a position at or
    /// beyond the unit's length, or not above the one before it, is damage); a union's, or positions
    /// already read, from the list. Leaves `holds` where it was.
    @inline(__always)
    func forEachPosition(_ body: (UInt32) throws(ByteReader.Malformed) -> Bool) throws(ByteReader.Malformed) {
        if isUnion || state.pointee.positionsRead {
            try readPositions()
            for index in 0..<state.pointee.positionCount {
                guard try body(state.pointee.positions[index]) else { return }
            }
            return
        }
        let packed = try located()
        var previous: Int64 = -1
        for index in 0..<packed.count {
            let value = try packed.value(index, after: previous)
            guard try body(value) else { return }
            previous = Int64(value)
        }
    }
}

/// The cursors of a phrase's parts, segment after segment, which own their cursors' state: freed with
/// it. A term's cursor is made once per part and moved from segment to segment with its buffers, so
/// that a scan over several segments allocates no more than one over a merged index; a union is
/// gathered in each segment that holds its terms.
final class PhrasePartCursors {
    /// The cursors in the segment last opened (`open(_:breaks:in:index:)`), in the phrase's part
    /// order, implied parts left out.
    private(set) var parts: [PhrasePartCursor] = []
    /// The cursors of the phrase's breaks that the segment last opened holds.
    private(set) var breaks: [PhrasePartCursor] = []
    /// Each part's term cursor once made (nil for a prefix part, and before its first segment).
    private var terms: [PhrasePartCursor?]
    /// Each break's cursor once made.
    private var breakTerms: [PhrasePartCursor?]
    /// The unions gathered, with the segment (by index) and the part they belong to.
    private var unions: [(segment: Int, part: Int, cursor: PhrasePartCursor)] = []

    init(partCount: Int, breakCount: Int) {
        terms = [PhrasePartCursor?](repeating: nil, count: partCount)
        breakTerms = [PhrasePartCursor?](repeating: nil, count: breakCount)
    }

    /// Gathers the union of prefix part `part` (`infos`: every term beginning with its character) in
    /// segment `segment`, number `index` in the reader, for `open` to find: its document frequency.
    func gather(_ infos: ArraySlice<TermInfo>, part: Int, offset: UInt32, segment: Segment, index: Int) throws(IndexError) -> Int {
        let cursor = try PhrasePartCursor(union: infos, offset: offset, segment: segment)
        unions.append((index, part, cursor))
        return cursor.documentFrequency
    }

    /// Opens the cursors of `phrase`'s parts but the implied ones in segment `segment`, number `index`
    /// in the reader, which holds every part (a prefix part's union gathered there first), and of the
    /// `breaks` it holds.
    func open(_ phrase: [PhraseMatcher.Part], breaks: [PhraseMatcher.Part], in segment: Segment, index: Int) throws(IndexError) {
        parts.removeAll(keepingCapacity: true)
        for (number, part) in phrase.enumerated() where !part.isImplied {
            if part.isPrefix {
                parts.append(unions.first { $0.segment == index && $0.part == number }!.cursor)
                continue
            }
            parts.append(try Self.cursor(&terms[number], info: part.infos(in: index).first!, offset: part.offset, segment: segment))
        }
        self.breaks.removeAll(keepingCapacity: true)
        for (number, part) in breaks.enumerated() {
            guard let info = part.infos(in: index).first else { continue }
            self.breaks.append(try Self.cursor(&breakTerms[number], info: info, offset: part.offset, segment: segment))
        }
    }

    /// `kept` moved to term `info` in `segment`, or made there when there is none yet.
    private static func cursor(_ kept: inout PhrasePartCursor?, info: TermInfo, offset: UInt32,
                               segment: Segment) throws(IndexError) -> PhrasePartCursor {
        if let cursor = kept {
            try cursor.reopen(info, segment: segment)
        } else {
            kept = try PhrasePartCursor(term: info, offset: offset, segment: segment)
        }
        return kept!
    }

    deinit {
        for case let cursor? in terms + breakTerms { cursor.free() }
        for union in unions { union.cursor.free() }
    }
}
