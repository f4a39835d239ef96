/// Walks one term's postings in document order, skipping whole blocks by their skip entries, and
/// decodes positions only for the documents that need them.
struct PostingsCursor {
    typealias Malformed = ByteReader.Malformed

    static let exhausted = UInt32.max

    let info: TermInfo
    private let postings: UnsafeRawBufferPointer
    private var positionStream: PositionStream

    /// Each block's last document (searched by `advance`), and the rest of its skip entry.
    private var skipLastDocument: [UInt32] = []
    private var skips: [SkipEntry] = []
    /// Every block's impacts, one after the other (`SkipEntry.impacts` says which are a block's).
    private var impacts: [BlockMaxima] = []
    /// Each block's best score under the scorer `blockMightExceed` is given (NaN until worked out;
    /// empty until first asked for).
    private var blockBounds: [Double] = []
    private var blocksStart = 0

    private var block = -1
    private var documents = [UInt32](repeating: 0, count: BlockCodec.blockSize)
    private var frequencies = [UInt32](repeating: 0, count: BlockCodec.blockSize)
    private var blockCount = 0
    private var slot = 0
    private var positionIndex = 0

    /// The current document, or `exhausted`.
    private(set) var document: UInt32 = PostingsCursor.exhausted

    init(info: TermInfo, postings: UnsafeRawBufferPointer, positions: UnsafeRawBufferPointer) throws(Malformed) {
        self.info = info
        self.postings = postings
        self.positionStream = PositionStream(base: positions, start: info.positionsOffset, total: info.totalFrequency)
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
                entry.positionIndex += try reader.int()
                let impactCount = try reader.int(max: BlockCodec.blockSize)
                guard impactCount > 0 else { throw Malformed(offset: reader.offset) }
                entry.impacts = impacts.count..<(impacts.count + impactCount)
                for _ in 0..<impactCount {
                    let frequency = try reader.int()
                    let headingFrequency = try reader.int()
                    let length = try reader.int()
                    impacts.append(BlockMaxima(frequency: frequency, length: length, headingFrequency: headingFrequency, headingLength: length))
                }
                skips.append(entry)
            }
        }
        blocksStart = reader.offset
        try load(block: 0)
    }

    /// The current document's frequency.
    var frequency: Int { Int(frequencies[slot]) }

    /// Moves to the next document.
    mutating func next() throws(Malformed) {
        guard document != PostingsCursor.exhausted else { return }
        positionIndex += Int(frequencies[slot])
        slot += 1
        if slot < blockCount {
            document = documents[slot]
        } else if block + 1 < max(1, skipLastDocument.count) {
            try load(block: block + 1)
        } else {
            document = PostingsCursor.exhausted
        }
    }

    /// Whether the current block holds a unit that might score above `minimum`: whether the best
    /// `score` of its impacts does (true for a term of one block, which has none). `score` must be
    /// the same function on every call: each block's best is worked out once and kept.
    mutating func blockMightExceed(_ minimum: Double, score: (BlockMaxima) -> Double) -> Bool {
        skipLastDocument.isEmpty || document == PostingsCursor.exhausted || bound(of: block, score) > minimum
    }

    /// The best `score` of block `block`'s impacts, worked out when first asked for. (Asked for every
    /// unit the scan visits once the total is counted: three divisions per impact were the top of the
    /// scan loop's own time.)
    private mutating func bound(of block: Int, _ score: (BlockMaxima) -> Double) -> Double {
        if blockBounds.isEmpty { blockBounds = [Double](repeating: .nan, count: skips.count) }
        let known = blockBounds[block]
        guard known.isNaN else { return known }
        var best = -Double.infinity
        impacts.withUnsafeBufferPointer { impacts in
            for index in skips[block].impacts { best = max(best, score(impacts[index])) }
        }
        blockBounds[block] = best
        return best
    }

    /// Moves to the first document of the next block with an impact whose `score` exceeds `minimum`,
    /// without decoding the blocks passed over.
    mutating func nextBlock(exceeding minimum: Double, score: (BlockMaxima) -> Double) throws(Malformed) {
        var next = block + 1
        while next < skips.count && bound(of: next, score) <= minimum { next += 1 }
        if next < skipLastDocument.count {
            try load(block: next)
        } else {
            document = PostingsCursor.exhausted
        }
    }

    /// Moves to the first document at or after `target`.
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
        // Within the block: step over the units before `target`, adding up their frequencies.
        var at = slot
        var index = positionIndex
        let count = blockCount
        documents.withUnsafeBufferPointer { documents in
            frequencies.withUnsafeBufferPointer { frequencies in
                while at < count && documents[at] < target {
                    index += Int(frequencies[at])
                    at += 1
                }
            }
        }
        positionIndex = index
        slot = at
        if at < count {
            document = documents[at]
        } else {
            // Only a term of one block runs out here (otherwise `target` ≤ the block's last unit).
            slot = count - 1
            positionIndex -= Int(frequencies[slot])
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
        let count = frequency
        if buffer.count < count { buffer.append(contentsOf: repeatElement(0, count: count - buffer.count)) }
        try buffer.withUnsafeMutableBufferPointer { buffer throws(Malformed) in
            try positionStream.writeSums(from: positionIndex, count: count, into: buffer)
        }
        return count
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
            positionIndex = 0
        } else {
            previous = next == 0 ? -1 : Int64(skipLastDocument[next - 1])
            let entry = skips[next]
            reader = ByteReader(postings, offset: blocksStart + entry.blockOffset)
            positionIndex = entry.positionIndex
            positionStream.hint(block: positionIndex / BlockCodec.blockSize, offset: entry.positionOffset)
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
        document = documents[0]
    }
}

/// A block's skip entry but its last document: where its postings and its first position are, and
/// which of the cursor's impacts are its.
private struct SkipEntry {
    var blockOffset = 0
    var positionOffset = 0
    var positionIndex = 0
    var impacts = 0..<0
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

/// A term's position deltas, decoded a block at a time.
private struct PositionStream {
    let base: UnsafeRawBufferPointer
    let start: Int
    let total: Int
    private var cachedBlock = -1
    private var values = [UInt32](repeating: 0, count: BlockCodec.blockSize)
    private var knownBlock = 0
    private var knownOffset = 0

    init(base: UnsafeRawBufferPointer, start: Int, total: Int) {
        self.base = base
        self.start = start
        self.total = total
    }

    /// Records where a block begins, from a skip entry.
    mutating func hint(block: Int, offset: Int) {
        if block > knownBlock {
            knownBlock = block
            knownOffset = offset
        }
    }

    /// Writes the running sums of the `count` deltas from `first` on (a unit's positions) to the
    /// start of `output` (at least `count` long), a decoded block at a time.
    mutating func writeSums(from first: Int, count: Int, into output: UnsafeMutableBufferPointer<UInt32>) throws(ByteReader.Malformed) {
        guard first >= 0, count <= total - first, count <= output.count else { throw ByteReader.Malformed(offset: start) }
        var index = first
        var written = 0
        let end = first + count
        var position: UInt32 = 0
        while index < end {
            let block = index / BlockCodec.blockSize
            if block != cachedBlock { try decode(block: block) }
            let from = index - block * BlockCodec.blockSize
            let upTo = min(BlockCodec.blockSize, end - block * BlockCodec.blockSize)
            values.withUnsafeBufferPointer { values in
                for slot in from..<upTo {
                    position &+= values[slot]
                    output[written] = position
                    written &+= 1
                }
            }
            index += upTo - from
        }
    }

    private mutating func decode(block: Int) throws(ByteReader.Malformed) {
        if block < knownBlock {
            knownBlock = 0
            knownOffset = 0
        }
        var reader = ByteReader(base, offset: start + knownOffset)
        while knownBlock < block {
            try BlockCodec.skip(in: &reader)
            knownBlock += 1
            knownOffset = reader.offset - start
        }
        let fullBlocks = total / BlockCodec.blockSize
        let tail = total - fullBlocks * BlockCodec.blockSize
        if block < fullBlocks {
            try BlockCodec.unpack(from: &reader, into: &values)
        } else if tail >= BlockCodec.packedTailMinimum {
            try BlockCodec.unpack(count: tail, from: &reader, into: &values)
        } else {
            for slot in 0..<tail {
                values[slot] = UInt32(truncatingIfNeeded: try reader.varint())
            }
        }
        cachedBlock = block
    }
}
