/// The sorted term dictionary: terms front-coded in blocks of 64 with their `TermInfo`, and a sparse
/// index of each block's first term, kept in memory, to find the block of a term by binary search.
///
/// Body: term count · block count · blocks · the block index (per block: byte offset, first term) ·
/// the block index's offset (u64).
struct TermDictionaryWriter {
    static let blockSize = 64

    private var blocks = ByteWriter()
    private var index: [(offset: Int, first: [UInt8])] = []
    private var previous: [UInt8] = []
    private var inBlock = 0
    private var previousInfo = TermInfo(documentFrequency: 0, totalFrequency: 0, postingsOffset: 0, positionsOffset: 0)
    private(set) var termCount = 0

    /// Adds a term; terms must come in ascending byte order.
    mutating func add(_ term: [UInt8], _ info: TermInfo) {
        precondition(termCount == 0 || previous.lexicographicallyPrecedes(term), "terms out of order")
        if inBlock == TermDictionaryWriter.blockSize || termCount == 0 {
            index.append((blocks.count, term))
            inBlock = 0
            previous = []
            previousInfo = TermInfo(documentFrequency: 0, totalFrequency: 0, postingsOffset: 0, positionsOffset: 0)
        }
        let shared = zip(previous, term).prefix { $0 == $1 }.count
        blocks.appendVarint(shared)
        blocks.appendBytes(Array(term[shared...]))
        blocks.appendVarint(info.documentFrequency)
        blocks.appendVarint(info.totalFrequency)
        blocks.appendVarint(info.postingsOffset - previousInfo.postingsOffset)
        blocks.appendVarint(info.positionsOffset - previousInfo.positionsOffset)
        previous = term
        previousInfo = info
        inBlock += 1
        termCount += 1
    }

    func body() -> [UInt8] {
        var writer = ByteWriter()
        writer.appendVarint(termCount)
        writer.appendVarint(index.count)
        let blocksStart = writer.count
        writer.append(contentsOf: blocks.bytes)
        let indexOffset = writer.count
        for entry in index {
            writer.appendVarint(blocksStart + entry.offset)
            writer.appendBytes(entry.first)
        }
        writer.appendUInt64(UInt64(indexOffset))
        return writer.bytes
    }
}

/// Reads a term dictionary from its mapped file.
struct TermDictionary {
    let file: MappedFile
    let termCount: Int
    private let blockOffsets: [Int]
    private let blockFirstTerms: [[UInt8]]

    init(file: MappedFile) throws(IndexError) {
        self.file = file
        do {
            var reader = file.reader()
            termCount = try reader.int()
            let blocks = try reader.int()
            guard file.body.count >= 8 else { throw file.malformed("term dictionary") }
            var trailer = file.reader(at: file.body.count - 8)
            let indexOffset = Int(clamping: try trailer.uint64())
            var indexReader = file.reader(at: indexOffset)
            var offsets: [Int] = []
            var firsts: [[UInt8]] = []
            for _ in 0..<blocks {
                offsets.append(try indexReader.int(max: indexOffset))
                firsts.append(try indexReader.byteArray())
            }
            blockOffsets = offsets
            blockFirstTerms = firsts
        } catch {
            throw file.malformed("term dictionary")
        }
    }

    /// The information recorded for `term`, or nil when no unit holds it.
    func lookup(_ term: [UInt8]) throws(IndexError) -> TermInfo? {
        let block = lastBlock(notAfter: term)
        guard block >= 0 else { return nil }
        var found: TermInfo?
        try scan(from: block) { candidate, info in
            if candidate == term { found = info; return false }
            return candidate.lexicographicallyPrecedes(term)
        }
        return found
    }

    /// Every term beginning with `prefix`, in order.
    func terms(withPrefix prefix: [UInt8]) throws(IndexError) -> [([UInt8], TermInfo)] {
        var result: [([UInt8], TermInfo)] = []
        try scan(from: max(0, lastBlock(notAfter: prefix))) { candidate, info in
            if candidate.starts(with: prefix) {
                result.append((candidate, info))
                return true
            }
            return candidate.lexicographicallyPrecedes(prefix)
        }
        return result
    }

    /// Calls `body` for every term in order until it returns false.
    func forEach(_ body: ([UInt8], TermInfo) -> Bool) throws(IndexError) {
        guard !blockOffsets.isEmpty else { return }
        try scan(from: 0, body)
    }

    private func lastBlock(notAfter term: [UInt8]) -> Int {
        var low = 0
        var high = blockFirstTerms.count
        while low < high {
            let middle = (low + high) / 2
            if term.lexicographicallyPrecedes(blockFirstTerms[middle]) { high = middle } else { low = middle + 1 }
        }
        return low - 1
    }

    /// Decodes terms from the start of `block` on, while `body` returns true.
    private func scan(from block: Int, _ body: ([UInt8], TermInfo) -> Bool) throws(IndexError) {
        guard block < blockOffsets.count else { return }
        do {
            var currentBlock = block
            var reader = file.reader(at: blockOffsets[currentBlock])
            var term: [UInt8] = []
            var info = TermInfo(documentFrequency: 0, totalFrequency: 0, postingsOffset: 0, positionsOffset: 0)
            var index = currentBlock * TermDictionaryWriter.blockSize
            while index < termCount {
                if index > currentBlock * TermDictionaryWriter.blockSize, index % TermDictionaryWriter.blockSize == 0 {
                    currentBlock += 1
                    guard currentBlock < blockOffsets.count, reader.offset == blockOffsets[currentBlock] else {
                        throw file.malformed("term dictionary block \(currentBlock)")
                    }
                    term = []
                    info = TermInfo(documentFrequency: 0, totalFrequency: 0, postingsOffset: 0, positionsOffset: 0)
                }
                let shared = try reader.int()
                guard shared <= term.count else { throw file.malformed("term dictionary") }
                term.removeSubrange(shared...)
                term.append(contentsOf: try reader.bytes(try reader.int()))
                info.documentFrequency = try reader.int()
                // Bounded so that the sums cannot overflow; the cursors check offsets against the files.
                info.totalFrequency = try reader.int(max: 1 << 40)
                info.postingsOffset += try reader.int(max: 1 << 40)
                info.positionsOffset += try reader.int(max: 1 << 40)
                if !body(term, info) { return }
                index += 1
            }
        } catch let error as IndexError {
            throw error
        } catch {
            throw file.malformed("term dictionary")
        }
    }
}
