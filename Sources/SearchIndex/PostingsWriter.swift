/// Writes one term's postings (documents and frequencies, with skip data) and positions.
///
/// Postings: when there is more than one block, a skip entry per block first — the block's last
/// document (delta), its byte length, where its positions begin (byte offset, delta) and its impacts
/// (`BlockImpacts`): the (frequency, heading frequency, unit length) of the units no other unit of the
/// block outdoes (frequency × 2 + 1 when the heading frequency is 0, else frequency × 2 and the
/// heading frequency; each length as a delta from the impact before, shortest first), which bound
/// the field-weighted score of every unit in it whatever the collection's mean length (which changes
/// as segments come and go) and the field weights (block-max, as tantivy's block-WAND and Lucene's
/// impacts: a block that cannot reach the top results is skipped) —
/// then the blocks: blocks of 128, and a last partial block of at least `BlockCodec.packedTailMinimum`,
/// as patched bit-packed runs (`BlockCodec`) of (document delta − 1) and (frequency − 1), their
/// exceptions marked by a bitmap only in the runs of terms in at most `bitmapUnitLimit` units; a shorter
/// last block as varints: (document delta − 1) × 2, plus 1 when the frequency is 1, else followed by
/// the frequency (most postings of short sections have frequency 1).
/// Positions: per block of postings, from a byte of its own, each unit's positions in the bits their
/// unit's length needs (`PositionCodec`).
struct PostingsWriter {
    /// A term in more units of its segment than this has its runs' exceptions listed, never marked by a
    /// bitmap: nearly every query reads a common term's blocks, where a narrower width with a third of
    /// the block patched cost every query of the shipped path 1–4% more instructions for the few bytes
    /// it saved; below it, the bitmap keeps most of its bytes (BENCHMARKS.md, issue 11, twenty-first session).
    static let bitmapUnitLimit = 1023
    var postings = ByteWriter()
    var positions = ByteWriter()
    /// Every unit's field length.
    let lengths: [UInt32]
    /// Every unit's heading length: its first positions that are its title or heading path.
    let headingLengths: [UInt32]
    /// Scratch of the writes, kept for its capacity from one term to the next: most terms hold a few
    /// postings, and allocating a term's arrays and buffers anew cost more than filling them.
    private var decoded = (documents: [UInt32](), frequencies: [UInt32](), positionDeltas: [UInt32]())
    private var scratch = Scratch()
    private struct Scratch {
        var headingFrequencies: [UInt32] = []
        var deltas: [UInt32] = []
        var frequencyValues: [UInt32] = []
        var blocks = ByteWriter()
        var skips = ByteWriter()
        var bits = BitWriter()
    }

    init(lengths: [UInt32], headingLengths: [UInt32]) {
        self.lengths = lengths
        self.headingLengths = headingLengths
    }

    /// Writes a term whose postings are the `stream` of a `PostingsAccumulator`.
    mutating func write(stream: [UInt8], documentFrequency: Int, totalFrequency: Int) -> TermInfo {
        var (documents, frequencies, positionStream) = decoded
        decoded = ([], [], [])
        documents.removeAll(keepingCapacity: true)
        frequencies.removeAll(keepingCapacity: true)
        positionStream.removeAll(keepingCapacity: true)
        documents.reserveCapacity(documentFrequency)
        frequencies.reserveCapacity(documentFrequency)
        positionStream.reserveCapacity(totalFrequency)
        stream.withUnsafeBufferPointer { bytes in
            // The accumulator wrote this stream itself: it cannot be malformed.
            var offset = 0
            func varint() -> UInt32 {
                var value: UInt32 = 0, shift: UInt32 = 0
                while true {
                    let byte = bytes[offset]
                    offset += 1
                    value |= UInt32(byte & 0x7F) << shift
                    if byte < 0x80 { return value }
                    shift += 7
                }
            }
            // The first delta counts from document −1.
            var document = UInt32.max
            while offset < bytes.count {
                document &+= varint()
                let frequency = varint()
                documents.append(document)
                frequencies.append(frequency)
                for _ in 0..<frequency { positionStream.append(varint()) }
            }
        }
        defer { decoded = (documents, frequencies, positionStream) }
        return write(documents: documents, frequencies: frequencies, positionDeltas: positionStream)
    }

    /// Writes a term's postings given whole.
    mutating func write(documents: [UInt32], frequencies: [UInt32], positionDeltas: [UInt32]) -> TermInfo {
        let info = TermInfo(documentFrequency: documents.count, postingsOffset: postings.count, positionsOffset: positions.count)
        let blockSize = BlockCodec.blockSize
        var (headingFrequencies, blocks, skips, bits) = (scratch.headingFrequencies, scratch.blocks, scratch.skips, scratch.bits)
        var (deltas, frequencyValues) = (scratch.deltas, scratch.frequencyValues)
        scratch = Scratch()
        defer {
            scratch = Scratch(headingFrequencies: headingFrequencies, deltas: deltas, frequencyValues: frequencyValues,
                              blocks: blocks, skips: skips, bits: bits)
        }
        self.headingFrequencies(documents: documents, frequencies: frequencies, positionDeltas: positionDeltas, into: &headingFrequencies)
        let blockCount = (documents.count + blockSize - 1) / blockSize
        blocks.bytes.removeAll(keepingCapacity: true)
        skips.bytes.removeAll(keepingCapacity: true)
        if deltas.count < blockSize {
            deltas = [UInt32](repeating: 0, count: blockSize)
            frequencyValues = [UInt32](repeating: 0, count: blockSize)
        }
        var previousDocument: Int64 = -1
        var positionIndex = 0
        var previousPositionOffset = 0
        for block in 0..<blockCount {
            let range = (block * blockSize)..<min(documents.count, (block + 1) * blockSize)
            let blockStart = blocks.count
            let lastBefore = previousDocument
            // The block's positions, unit by unit, from a byte of their own.
            let positionOffset = positions.count - info.positionsOffset
            // Through a buffer pointer: a slice of the array is retained and released, unit by unit.
            positionDeltas.withUnsafeBufferPointer { positionDeltas in
                for index in range {
                    precondition(positionIndex + Int(frequencies[index]) <= positionDeltas.count, "a position delta per occurrence")
                    let unitDeltas = UnsafeBufferPointer(rebasing: positionDeltas[positionIndex..<(positionIndex + Int(frequencies[index]))])
                    PositionCodec.append(deltas: unitDeltas, length: UInt32(length(of: documents[index])), to: &bits)
                    positionIndex += Int(frequencies[index])
                }
            }
            bits.finish(into: &positions)
            if range.count >= BlockCodec.packedTailMinimum {
                for (slot, index) in range.enumerated() {
                    deltas[slot] = UInt32(Int64(documents[index]) - previousDocument - 1)
                    frequencyValues[slot] = frequencies[index] - 1
                    previousDocument = Int64(documents[index])
                }
                let bitmap = documents.count <= PostingsWriter.bitmapUnitLimit
                BlockCodec.pack(deltas[0..<range.count], bitmap: bitmap, into: &blocks)
                BlockCodec.pack(frequencyValues[0..<range.count], bitmap: bitmap, into: &blocks)
            } else {
                for index in range {
                    let delta = UInt64(Int64(documents[index]) - previousDocument - 1)
                    if frequencies[index] == 1 {
                        blocks.appendVarint(delta << 1 | 1)
                    } else {
                        blocks.appendVarint(delta << 1)
                        blocks.appendVarint(UInt64(frequencies[index]))
                    }
                    previousDocument = Int64(documents[index])
                }
            }
            if blockCount > 1 {
                let impacts = BlockImpacts.frontier(of: range.map {
                    (frequency: Int(frequencies[$0]), headingFrequency: Int(headingFrequencies[$0]), length: length(of: documents[$0]))
                })
                skips.appendVarint(UInt64(previousDocument - lastBefore))
                skips.appendVarint(blocks.count - blockStart)
                skips.appendVarint(positionOffset - previousPositionOffset)
                skips.appendVarint(impacts.count)
                var previousLength = 0
                for impact in impacts {
                    // Most impacts have nothing in the heading (three in four): a bit says so.
                    skips.appendVarint(UInt64(impact.frequency) << 1 | (impact.headingFrequency == 0 ? 1 : 0))
                    if impact.headingFrequency > 0 { skips.appendVarint(UInt64(impact.headingFrequency)) }
                    skips.appendVarint(UInt64(impact.length - previousLength))
                    previousLength = impact.length
                }
                previousPositionOffset = positionOffset
            }
        }
        postings.append(contentsOf: skips.bytes)
        postings.append(contentsOf: blocks.bytes)
        return info
    }

    /// Per document, how many of its positions fall in its heading, in `result` (replacing what it held).
    private func headingFrequencies(documents: [UInt32], frequencies: [UInt32], positionDeltas: [UInt32], into result: inout [UInt32]) {
        result.removeAll(keepingCapacity: true)
        result.append(contentsOf: repeatElement(0, count: documents.count))
        var index = 0
        for (slot, document) in documents.enumerated() {
            let heading = Int(document) < headingLengths.count ? headingLengths[Int(document)] : 0
            var position: UInt32 = 0
            for offset in 0..<Int(frequencies[slot]) {
                position &+= positionDeltas[index + offset]
                if position < heading { result[slot] += 1 }
            }
            index += Int(frequencies[slot])
        }
    }

    private func length(of unit: UInt32) -> Int { Int(unit) < lengths.count ? Int(lengths[Int(unit)]) : 0 }
}
