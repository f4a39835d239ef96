/// Walks one term's postings in document order, skipping whole blocks by their skip entries, and
/// decodes positions only for the documents that need them.
struct PostingsCursor {
    typealias Malformed = ByteReader.Malformed

    static let exhausted = UInt32.max

    private(set) var info: TermInfo
    private var postings: UnsafeRawBufferPointer
    private var positionsFile: UnsafeRawBufferPointer
    /// The segment's units' field lengths, by which positions are coded.
    private var lengths: UnitLengths

    /// Each block's last document (searched by `advance`), and the rest of its skip entry.
    private var skipLastDocument: [UInt32] = []
    private var skips: [SkipEntry] = []
    /// Each block's best score under the scorer `blockMightExceed` is given (NaN until worked out;
    /// empty until first asked for). A block's impacts are decoded only then (and checked when the
    /// cursor is opened): of a phrase's parts only the rarest's are ever asked for, and kept as values
    /// for every block of every part they were nearly half the cost of opening a common phrase's cursors.
    private var blockBounds: [Double] = []
    private var blocksStart = 0

    private var block = -1
    private var documents = [UInt32](repeating: 0, count: BlockCodec.blockSize)
    private var frequencies = [UInt32](repeating: 0, count: BlockCodec.blockSize)
    private var blockCount = 0
    private var slot = 0
    /// Where the current block's positions begin in `positionsFile`, and the first unit of the block
    /// (`knownSlot`) whose positions start at a known bit from there (`knownBit`): the units before a
    /// unit whose positions are asked for are stepped over from the last one known, not from the
    /// block's start.
    private var blockPositions = 0
    private var knownSlot = 0
    private var knownBit = 0

    /// The current document, or `exhausted`.
    private(set) var document: UInt32 = PostingsCursor.exhausted

    init(info: TermInfo, postings: UnsafeRawBufferPointer, positions: UnsafeRawBufferPointer,
         lengths: UnitLengths) throws(Malformed) {
        self.info = info
        self.postings = postings
        self.positionsFile = positions
        self.lengths = lengths
        try start()
    }

    /// Moves the cursor to another term's postings (in this segment or another), keeping its buffers:
    /// a phrase's scan over several segments opens each part's cursor once per segment, and buffers
    /// made anew for each were a merged index's allocations times the segments.
    mutating func reopen(info: TermInfo, postings: UnsafeRawBufferPointer, positions: UnsafeRawBufferPointer,
                         lengths: UnitLengths) throws(Malformed) {
        self.info = info
        self.postings = postings
        self.positionsFile = positions
        self.lengths = lengths
        skipLastDocument.removeAll(keepingCapacity: true)
        skips.removeAll(keepingCapacity: true)
        blockBounds.removeAll(keepingCapacity: true)
        try start()
    }

    /// Reads the term's skip entries (checking every block's impacts) and loads its first block.
    private mutating func start() throws(Malformed) {
        let blocks = (info.documentFrequency + BlockCodec.blockSize - 1) / BlockCodec.blockSize
        var reader = ByteReader(postings, offset: info.postingsOffset)
        guard info.postingsOffset <= postings.count, info.documentFrequency > 0 else { throw Malformed(offset: info.postingsOffset) }
        if blocks > 1 {
            var last: Int64 = -1
            var entry = SkipEntry()
            var blockOffset = 0
            skipLastDocument.reserveCapacity(blocks)
            skips.reserveCapacity(blocks)
            for _ in 0..<blocks {
                last += Int64(try reader.int(max: Int(UInt32.max)))
                guard last <= Int64(UInt32.max - 1) else { throw Malformed(offset: reader.offset) }
                skipLastDocument.append(UInt32(last))
                entry.blockOffset = blockOffset
                blockOffset += try reader.int()
                entry.positionOffset += try reader.int()
                entry.impactCount = try reader.int(max: BlockCodec.blockSize)
                guard entry.impactCount > 0 else { throw Malformed(offset: reader.offset) }
                entry.impactsOffset = reader.offset
                // Checked here, read again when the block's bound is asked for.
                try PostingsCursor.forEachImpact(of: entry, reader: &reader) { _ in }
                skips.append(entry)
            }
        }
        blocksStart = reader.offset
        try load(block: 0)
    }

    /// The current document's frequency.
    var frequency: Int { Int(frequencies[slot]) }

    /// Moves to the next document. (The step within a block inlined, the next block's load not: as a
    /// call per unit, stepping was a tenth of a one-bigram query's time.)
    @inline(__always)
    mutating func next() throws(Malformed) {
        guard document != PostingsCursor.exhausted else { return }
        slot += 1
        if slot < blockCount {
            document = documents[slot]
        } else {
            try nextBlockOrEnd()
        }
    }

    /// Moves to the next document, passing over the current block's documents after the current one
    /// for which `passed` answers true (units a scan would only step over, such as those of kinds not
    /// asked for) in one tight loop; the first document of a block loaded is not asked about.
    @inline(__always)
    mutating func next(passing passed: (UInt32) -> Bool) throws(Malformed) {
        guard document != PostingsCursor.exhausted else { return }
        var at = slot + 1
        let count = blockCount
        documents.withUnsafeBufferPointer { documents in
            while at < count && passed(documents[at]) { at += 1 }
        }
        slot = at
        if at < count {
            document = documents[at]
        } else {
            try nextBlockOrEnd()
        }
    }

    /// Past the current block's last document: loads the next block, or marks the cursor exhausted.
    @inline(never)
    private mutating func nextBlockOrEnd() throws(Malformed) {
        if block + 1 < max(1, skipLastDocument.count) {
            try load(block: block + 1)
        } else {
            document = PostingsCursor.exhausted
        }
    }

    /// Whether the current block holds a unit that might score above `minimum`: whether the best
    /// `score` of its impacts does (true for a term of one block, which has none). `score` must be
    /// the same function on every call: each block's best is worked out once and kept.
    mutating func blockMightExceed(_ minimum: Double, score: (BlockMaxima) -> Double) throws(Malformed) -> Bool {
        if skipLastDocument.isEmpty || document == PostingsCursor.exhausted { return true }
        return try bound(of: block, score) > minimum
    }

    /// The best `score` of block `block`'s impacts, worked out when first asked for. (Asked for every
    /// unit the scan visits once the total is counted: three divisions per impact were the top of the
    /// scan loop's own time.)
    private mutating func bound(of block: Int, _ score: (BlockMaxima) -> Double) throws(Malformed) -> Double {
        if blockBounds.isEmpty { blockBounds.append(contentsOf: repeatElement(.nan, count: skips.count)) }
        let known = blockBounds[block]
        guard known.isNaN else { return known }
        var best = -Double.infinity
        var reader = ByteReader(postings, offset: skips[block].impactsOffset)
        try PostingsCursor.forEachImpact(of: skips[block], reader: &reader) { impact in best = max(best, score(impact)) }
        blockBounds[block] = best
        return best
    }

    /// Reads a block's impacts from where `reader` stands (the entry's `impactsOffset`), each as it
    /// bounds the block's units, checking them: the lengths are stored as deltas.
    @inline(__always)
    private static func forEachImpact(of entry: SkipEntry, reader: inout ByteReader,
                                      _ body: (BlockMaxima) -> Void) throws(Malformed) {
        var length = 0
        for _ in 0..<entry.impactCount {
            let code = try reader.int()
            let headingFrequency = code & 1 == 1 ? 0 : try reader.int()
            length += try reader.int()
            guard length <= Int(UInt32.max) else { throw Malformed(offset: reader.offset) }
            body(BlockMaxima(frequency: code >> 1, length: length, headingFrequency: headingFrequency, headingLength: length))
        }
    }

    /// Moves to the first document of the next block with an impact whose `score` exceeds `minimum`,
    /// without decoding the blocks passed over.
    mutating func nextBlock(exceeding minimum: Double, score: (BlockMaxima) -> Double) throws(Malformed) {
        var next = block + 1
        while next < skips.count {
            guard try bound(of: next, score) <= minimum else { break }
            next += 1
        }
        if next < skipLastDocument.count {
            try load(block: next)
        } else {
            document = PostingsCursor.exhausted
        }
    }

    /// Moves to the first document at or after `target`. (Inlined into the phrase's alignment of its
    /// parts, as it was before `next` was: called there, it cost a fifth more.)
    @inline(__always)
    mutating func advance(to target: UInt32) throws(Malformed) {
        guard document < target else { return }
        if !skipLastDocument.isEmpty, target > skipLastDocument[block] {
            var candidate = block + 1
            while candidate < skipLastDocument.count, skipLastDocument[candidate] < target { candidate += 1 }
            guard candidate < skipLastDocument.count else {
                document = PostingsCursor.exhausted
                return
            }
            try load(block: candidate)
            guard document < target else { return }
        }
        // Within the block: step over the units before `target`.
        var at = slot
        let count = blockCount
        documents.withUnsafeBufferPointer { documents in
            while at < count && documents[at] < target { at += 1 }
        }
        slot = at
        if at < count {
            document = documents[at]
        } else {
            // Only a term of one block runs out here (otherwise `target` ≤ the block's last unit).
            slot = count - 1
            try next()
        }
    }

    /// Calls `body` with the current block's documents from the current one on (none when exhausted).
    func withUpcomingDocuments<R>(_ body: (UnsafeBufferPointer<UInt32>) -> R) -> R {
        let upcoming = document == PostingsCursor.exhausted ? 0..<0 : slot..<blockCount
        return documents.withUnsafeBufferPointer { body(UnsafeBufferPointer(rebasing: $0[upcoming])) }
    }

    /// The current document's positions, ascending.
    mutating func positions() throws(Malformed) -> [UInt32] {
        var result: [UInt32] = []
        try positions(into: &result)
        return result
    }

    /// The current document's positions, ascending, into `list` (emptied first).
    mutating func positions(into list: inout [UInt32]) throws(Malformed) {
        let count = try positions(intoStartOf: &list)
        list.removeLast(list.count - count)
    }

    /// The current document's positions, ascending, into the start of `buffer`, which grows when it
    /// is too short (what lies past them is left as it was): how many there are. (For a buffer
    /// reused from unit to unit: emptying an array and appending to it one value at a time cost more
    /// than decoding the values.)
    mutating func positions(intoStartOf buffer: inout [UInt32]) throws(Malformed) -> Int {
        let packed = try packedPositions()
        let count = packed.count
        if buffer.count < count { buffer.append(contentsOf: repeatElement(0, count: count - buffer.count)) }
        var reader = BitReader(positionsFile, byteOffset: 0, bit: packed.bit)
        try buffer.withUnsafeMutableBufferPointer { buffer throws(Malformed) in
            try PositionCodec.read(count: count, length: packed.length, from: &reader, into: buffer)
        }
        return count
    }

    /// The current document's positions located in the positions file, not decoded. The units
    /// before it in its block are stepped over by their widths, from the last unit located. (Inlined,
    /// with one bounds check at the end: as a call through a bit reader checked at every step, its
    /// fixed cost was two and a half times the stepping's on a common phrase.)
    @inline(__always)
    mutating func packedPositions() throws(Malformed) -> PackedPositions {
        let count = frequency
        if slot < knownSlot {
            knownSlot = 0
            knownBit = 0
        }
        var passed = knownBit
        let widths = lengths.widths
        try documents.withUnsafeBufferPointer { documents throws(Malformed) in
            try frequencies.withUnsafeBufferPointer { frequencies throws(Malformed) in
                for passing in knownSlot..<max(knownSlot, slot) {
                    let unit = Int(documents[passing])
                    guard unit < widths.count else { throw Malformed(offset: blockPositions) }
                    passed &+= Int(frequencies[passing]) &* Int(widths[unit])
                }
            }
        }
        knownSlot = max(knownSlot, slot)
        knownBit = passed
        let length = try length(of: document)
        // The unit's width from the table the stepping reads (its length checked just above).
        let width = Int(widths[Int(document)])
        let start = blockPositions * 8 + passed
        // The positions' bits lie inside the file.
        guard start + count * width <= positionsFile.count * 8 else { throw Malformed(offset: start >> 3) }
        return PackedPositions(base: positionsFile, bit: start, width: width, count: count, length: length)
    }

    private func length(of unit: UInt32) throws(Malformed) -> UInt32 {
        guard Int(unit) < lengths.lengths.count else { throw Malformed(offset: blockPositions) }
        return lengths.lengths[Int(unit)]
    }

    private mutating func load(block next: Int) throws(Malformed) {
        let documentFrequency = info.documentFrequency
        let start = next * BlockCodec.blockSize
        blockCount = min(BlockCodec.blockSize, documentFrequency - start)
        var previous: Int64
        var reader: ByteReader
        if skipLastDocument.isEmpty {
            previous = -1
            reader = ByteReader(postings, offset: blocksStart)
            blockPositions = info.positionsOffset
        } else {
            previous = next == 0 ? -1 : Int64(skipLastDocument[next - 1])
            let entry = skips[next]
            reader = ByteReader(postings, offset: blocksStart + entry.blockOffset)
            blockPositions = info.positionsOffset + entry.positionOffset
        }
        if blockCount >= BlockCodec.packedTailMinimum {
            try BlockCodec.unpack(count: blockCount, from: &reader, into: &documents)
            try BlockCodec.unpack(count: blockCount, from: &reader, into: &frequencies)
            // The checks are summed over the block rather than made per value, so that the loops
            // vectorise (checked per value, this was a tenth of a common phrase's time).
            let count = blockCount
            var gaps: UInt64 = 0
            documents.withUnsafeMutableBufferPointer { documents in
                for index in 0..<count { gaps &+= UInt64(documents[index]) }
                var running = UInt32(truncatingIfNeeded: previous)
                for index in 0..<count {
                    running &+= documents[index] &+ 1
                    documents[index] = running
                }
            }
            // A frequency is stored less one: one that wraps to 0 was malformed.
            var smallest = UInt32.max
            frequencies.withUnsafeMutableBufferPointer { frequencies in
                for index in 0..<count {
                    frequencies[index] &+= 1
                    smallest = min(smallest, frequencies[index])
                }
            }
            previous += Int64(gaps) + Int64(count)
            guard smallest > 0 else { throw Malformed(offset: reader.offset) }
        } else {
            for index in 0..<blockCount {
                let code = try reader.varint()
                guard code >> 1 < UInt64(UInt32.max) else { throw Malformed(offset: reader.offset) }
                previous += Int64(code >> 1) + 1
                documents[index] = UInt32(truncatingIfNeeded: previous)
                frequencies[index] = code & 1 == 1 ? 1 : UInt32(try reader.int(max: Int(UInt32.max)))
                guard frequencies[index] > 0 else { throw Malformed(offset: reader.offset) }
            }
        }
        guard previous < Int64(UInt32.max) else { throw Malformed(offset: reader.offset) }
        block = next
        slot = 0
        knownSlot = 0
        knownBit = 0
        document = documents[0]
    }
}

/// A block's skip entry but its last document: where its postings and its first position are, and
/// where its impacts are in the postings and how many.
private struct SkipEntry {
    var blockOffset = 0
    var positionOffset = 0
    var impactsOffset = 0
    var impactCount = 0
}

/// One impact of a block (`BlockImpacts`), bounding the scores of the units it outdoes: a frequency and
/// heading frequency, and a unit length (as `length` and `headingLength`, the length each frequency
/// is normalised by).
struct BlockMaxima {
    var frequency: Int
    var length: Int
    var headingFrequency: Int
    var headingLength: Int
}
