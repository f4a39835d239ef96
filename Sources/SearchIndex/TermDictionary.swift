import Foundation
import Ingestion

/// The sorted term dictionary: terms front-coded in blocks of 128 with their `TermInfo`, each block
/// zstd-compressed with a dictionary trained on the segment's blocks, and a sparse index of each block's first term, kept in memory, to find the block
/// of a term by binary search.
///
/// Body: term count · block count · zstd dictionary (length, bytes) · blocks (each: raw length, zstd
/// bytes) · the block index (per block: byte offset, first term) · the block index's offset (u64).
struct TermDictionaryWriter {
    static let blockSize = 128
    /// zstd's level for a block. A block is about 1 KiB of front-coded terms and varints, which zstd
    /// alone compresses no better than zlib: what it shares with the other blocks (the common
    /// characters' UTF-8, the small varints) is in the dictionary. Level 15 finds as much of it as 19,
    /// and 9 nearly as much for a quarter of the time: on the laws' two large segments (1,534 and 1,613
    /// blocks, each with its 64 KiB dictionary) 0.848 and 0.906 MB at 15, 0.893 and 0.956 MB at 9 (+5%),
    /// for 0.12 s of compression each instead of 0.44–0.50 s — 2–3% of an index build's processor time,
    /// and a step on the two-thread build's critical path (BENCHMARKS.md, issue 14, fifteenth session).
    static let compressionLevel: Int32 = 9
    /// At most this many bytes of dictionary, and a tenth of the blocks' bytes.
    static let dictionaryCapacity = 64 << 10

    /// The blocks not compressed yet (all are compressed by `body`).
    private var rawBlocks: [[UInt8]] = []
    private var block = ByteWriter()
    /// Each block's first term.
    private var firstTerms: [[UInt8]] = []
    private var previous: [UInt8] = []
    private var inBlock = 0
    private var previousInfo = TermInfo(documentFrequency: 0, postingsOffset: 0, positionsOffset: 0)
    private(set) var termCount = 0

    /// Adds a term; terms must come in ascending byte order.
    mutating func add(_ term: [UInt8], _ info: TermInfo) {
        precondition(termCount == 0 || previous.lexicographicallyPrecedes(term), "terms out of order")
        if inBlock == TermDictionaryWriter.blockSize || termCount == 0 {
            flush()
            firstTerms.append(term)
            inBlock = 0
            previous = []
            previousInfo = TermInfo(documentFrequency: 0, postingsOffset: 0, positionsOffset: 0)
        }
        let shared = zip(previous, term).prefix { $0 == $1 }.count
        block.appendVarint(shared)
        block.appendBytes(Array(term[shared...]))
        block.appendVarint(info.documentFrequency)
        block.appendVarint(info.postingsOffset - previousInfo.postingsOffset)
        block.appendVarint(info.positionsOffset - previousInfo.positionsOffset)
        previous = term
        previousInfo = info
        inBlock += 1
        termCount += 1
    }

    private mutating func flush() {
        guard block.count > 0 else { return }
        rawBlocks.append(block.bytes)
        block = ByteWriter()
    }

    /// The body, its blocks compressed on `threads` threads (the same bytes whatever their number).
    mutating func body(threads: Int = 1) -> [UInt8] {
        flush()
        var writer = ByteWriter()
        writer.appendVarint(termCount)
        writer.appendVarint(rawBlocks.count)
        let samples = Array(rawBlocks.joined())
        let dictionary = Zstd.trainDictionary(samples: samples, sizes: rawBlocks.map(\.count),
                                              capacity: min(TermDictionaryWriter.dictionaryCapacity, samples.count / 10))
        writer.appendBytes(dictionary)
        // The chunks side by side, since compressing them is the slowest step of a segment's writing that has
        // nothing to overlap with; a compressor a thread, not a chunk (`ZstdCompressors`).
        let rawBlocks = rawBlocks
        let chunkSize = max(16, (rawBlocks.count + 4 * threads - 1) / (4 * threads))
        let chunks = stride(from: 0, to: rawBlocks.count, by: chunkSize).map { $0..<min($0 + chunkSize, rawBlocks.count) }
        var offsets: [Int] = []
        let compressors = ZstdCompressors(dictionary: dictionary, level: TermDictionaryWriter.compressionLevel)
        OrderedParallelMap(threads: threads).run(chunks, transform: { chunk in
            compressors.withCompressor { compressor in chunk.map { (raw: rawBlocks[$0].count, compressed: compressor.compress(rawBlocks[$0])) } }
        }, consume: { blocks in
            for block in blocks {
                offsets.append(writer.count)
                writer.appendVarint(block.raw)
                writer.appendBytes(block.compressed)
            }
        })
        let indexOffset = writer.count
        for (offset, first) in zip(offsets, firstTerms) {
            writer.appendVarint(offset)
            writer.appendBytes(first)
        }
        writer.appendUInt64(UInt64(indexOffset))
        return writer.bytes
    }
}

/// Reads a term dictionary from its mapped file.
///
/// A class: a query reaches every segment's dictionary, and as a struct each reach copied it,
/// retaining and releasing its six buffers.
final class TermDictionary {
    /// Up to this many decoded blocks are kept, so that the terms a session looks up again cost no
    /// inflating or decoding (all 2,500 blocks of a 64 MB collection's dictionary fit).
    static let cachedBlocks = 4096

    let file: MappedFile
    private let cache: BlockCache
    let termCount: Int
    private let blockOffsets: [Int]
    /// Each block's first term.
    private let blockFirstTerms: PackedTerms
    private let dictionary: DecompressionDictionary

    init(file: MappedFile) throws(IndexError) {
        self.file = file
        do {
            var reader = file.reader()
            termCount = try reader.int()
            let blocks = try reader.int()
            guard let dictionary = DecompressionDictionary(try reader.bytes(try reader.int())), file.body.count >= 8 else {
                throw file.malformed("term dictionary")
            }
            self.dictionary = dictionary
            var trailer = file.reader(at: file.body.count - 8)
            let indexOffset = Int(clamping: try trailer.uint64())
            var indexReader = file.reader(at: indexOffset)
            var offsets: [Int] = []
            var firsts: [UInt8] = []
            var ends: [Int] = []
            offsets.reserveCapacity(blocks)
            ends.reserveCapacity(blocks)
            for _ in 0..<blocks {
                offsets.append(try indexReader.int(max: indexOffset))
                firsts.append(contentsOf: try indexReader.bytes(try indexReader.int()))
                ends.append(firsts.count)
            }
            blockOffsets = offsets
            blockFirstTerms = PackedTerms(bytes: firsts, ends: ends)
            cache = BlockCache(blocks: blocks)
        } catch {
            throw file.malformed("term dictionary")
        }
    }

    /// The information recorded for `term`, or nil when no unit holds it.
    func lookup(_ term: [UInt8]) throws(IndexError) -> TermInfo? {
        var found: [TermInfo?] = []
        try lookup([term], into: &found)
        return found[0]
    }

    /// The information recorded for each of `terms` (nil for one no unit holds), in their order, into
    /// `found` (emptied first): a query's terms looked up in one pass, holding the block cache's lock
    /// once. (A query looks its terms up in every segment: one look-up at a time, each took the lock
    /// and retained its block.)
    func lookup(_ terms: [[UInt8]], into found: inout [TermInfo?]) throws(IndexError) {
        found.removeAll(keepingCapacity: true)
        try cache.withBlocks { blocks throws(IndexError) in
            for term in terms {
                let block = lastBlock(notAfter: term)
                guard block >= 0 else {
                    found.append(nil)
                    continue
                }
                // The block's first term is not after `term` and the next block's is after it: it is here or nowhere.
                let decoded = try blocks.block(block, decode: decode(block:))
                let index = decoded.terms.lowerBound(term)
                found.append(decoded.terms.holds(term, at: index) ? decoded.infos[index] : nil)
            }
        }
    }

    /// Every term beginning with `prefix`, in order.
    func terms(withPrefix prefix: [UInt8]) throws(IndexError) -> [([UInt8], TermInfo)] {
        var result: [([UInt8], TermInfo)] = []
        var block = max(0, lastBlock(notAfter: prefix))
        guard block < blockOffsets.count else { return result }
        var decoded = try decodedBlock(block)
        var index = decoded.terms.lowerBound(prefix)
        while true {
            if index == decoded.count {
                block += 1
                guard block < blockOffsets.count else { return result }
                decoded = try decodedBlock(block)
                index = 0
            }
            guard decoded.terms.string(index, startsWith: prefix) else { return result }
            result.append((decoded.terms[index], decoded.infos[index]))
            index += 1
        }
    }

    /// Calls `body` for every term in order until it returns false.
    func forEach(_ body: ([UInt8], TermInfo) -> Bool) throws(IndexError) {
        guard !blockOffsets.isEmpty else { return }
        try scan(from: 0, body)
    }

    private func lastBlock(notAfter term: [UInt8]) -> Int {
        blockFirstTerms.lastIndex(notAfter: term)
    }

    /// Decodes terms from the start of `block` on, while `body` returns true.
    private func scan(from block: Int, _ body: ([UInt8], TermInfo) -> Bool) throws(IndexError) {
        var current = block
        while current < blockOffsets.count {
            guard try decode(block: current, body) else { return }
            current += 1
        }
    }

    var blockCount: Int { blockOffsets.count }

    /// Calls `body` with the terms of `block` in order while it returns true; returns false when it stopped.
    func decode(block current: Int, _ body: ([UInt8], TermInfo) -> Bool) throws(IndexError) -> Bool {
        let decoded = try decodedBlock(current)
        for index in 0..<decoded.count where !body(decoded.terms[index], decoded.infos[index]) { return false }
        return true
    }

    /// Block `block` decoded, from the cache when it was decoded before.
    private func decodedBlock(_ block: Int) throws(IndexError) -> TermBlock {
        try cache.withBlocks { blocks throws(IndexError) in try blocks.block(block, decode: decode(block:)) }
    }

    /// Inflates and decodes block `current`: the one reader of a block's layout.
    private func decode(block current: Int) throws(IndexError) -> TermBlock {
        let first = current * TermDictionaryWriter.blockSize
        let count = min(TermDictionaryWriter.blockSize, termCount - first)
        guard count > 0, let entries = inflate(block: current) else { throw file.malformed("term dictionary block \(current)") }
        var reader = ByteReader(entries.bytes)
        var bytes: [UInt8] = []
        var ends: [Int] = []
        var infos: [TermInfo] = []
        bytes.reserveCapacity(entries.count)
        ends.reserveCapacity(count)
        infos.reserveCapacity(count)
        var info = TermInfo(documentFrequency: 0, postingsOffset: 0, positionsOffset: 0)
        do {
            for _ in 0..<count {
                let shared = try reader.int()
                let previousStart = ends.count < 2 ? 0 : ends[ends.count - 2]
                guard shared <= bytes.count - previousStart else { throw file.malformed("term dictionary block \(current)") }
                // The term is the previous one's first `shared` bytes and its own suffix.
                for offset in previousStart..<(previousStart + shared) { bytes.append(bytes[offset]) }
                bytes.append(contentsOf: try reader.bytes(try reader.int()))
                ends.append(bytes.count)
                info.documentFrequency = try reader.int()
                // Bounded so that the sums cannot overflow; the cursors check offsets against the files.
                info.postingsOffset += try reader.int(max: 1 << 40)
                info.positionsOffset += try reader.int(max: 1 << 40)
                infos.append(info)
            }
            guard reader.isAtEnd else { throw file.malformed("term dictionary block \(current)") }
        } catch let error as IndexError {
            throw error
        } catch {
            throw file.malformed("term dictionary block \(current)")
        }
        return TermBlock(terms: PackedTerms(bytes: bytes, ends: ends), infos: infos)
    }

    /// The entries of `block`, inflated.
    private func inflate(block: Int) -> OwnedBytes? {
        var reader = file.reader(at: blockOffsets[block])
        guard let rawLength = try? reader.int(max: 1 << 24), let length = try? reader.int(),
              let compressed = try? reader.bytes(length) else { return nil }
        return Zstd.decompress(compressed, rawLength: rawLength, dictionary: dictionary)
    }
}

/// Walks a dictionary's terms in order, one block decoded at a time (for merging segments).
struct TermIterator {
    let dictionary: TermDictionary
    private var block = 0
    private var entries: [([UInt8], TermInfo)] = []
    private var index = 0

    init(_ dictionary: TermDictionary) {
        self.dictionary = dictionary
    }

    /// The next term and its information; nil after the last.
    mutating func next() throws(IndexError) -> ([UInt8], TermInfo)? {
        while index == entries.count {
            guard block < dictionary.blockCount else { return nil }
            entries.removeAll(keepingCapacity: true)
            _ = try dictionary.decode(block: block) { term, info in
                entries.append((term, info))
                return true
            }
            block += 1
            index = 0
        }
        defer { index += 1 }
        return entries[index]
    }
}

/// Decoded dictionary blocks, shared by the searches of one reader (which may run on several threads):
/// a slot per block of the dictionary, so that a look-up finds its block without hashing.
private final class BlockCache: @unchecked Sendable {
    /// The slots, reached only under the lock.
    struct Blocks {
        fileprivate var slots: [TermBlock?]
        fileprivate var kept = 0

        /// Block `index`, decoded by `decode` and kept when it is not kept already; when the cache is
        /// full, everything is forgotten first (a dictionary rarely outgrows it).
        mutating func block(_ index: Int, decode: (Int) throws(IndexError) -> TermBlock) throws(IndexError) -> TermBlock {
            if let known = slots[index] { return known }
            let decoded = try decode(index)
            if kept >= TermDictionary.cachedBlocks {
                for slot in slots.indices { slots[slot] = nil }
                kept = 0
            }
            slots[index] = decoded
            kept += 1
            return decoded
        }
    }

    private let lock = NSLock()
    private var blocks: Blocks

    init(blocks: Int) {
        self.blocks = Blocks(slots: [TermBlock?](repeating: nil, count: blocks))
    }

    /// Runs `body` on the blocks, holding the lock (a block missing is decoded under it: the searches
    /// sharing a reader wait for one another only on a block's first look-up).
    func withBlocks<R>(_ body: (inout Blocks) throws(IndexError) -> R) throws(IndexError) -> R {
        lock.lock()
        defer { lock.unlock() }
        return try body(&blocks)
    }
}
