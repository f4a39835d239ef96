import Ingestion

/// The store of unit texts for snippets and for rebuilding, with their section paths: units packed
/// into blocks of about 8 KiB, each compressed with zstd and a dictionary trained on the segment's
/// first texts, so that a hit decodes a few KiB rather than a large block.
///
/// Body: dictionary · compressed blocks · block index (per block: first unit (u32), offset (u64),
/// compressed and raw lengths (u32 each)) · dictionary length (u32) · unit count (u32) · block count
/// (u32) · block index offset (u64). A block holds, per unit, its section path front-coded — the
/// bytes it shares with the previous entry's in the block (varint), then the rest — and its text, as
/// length-prefixed UTF-8: a law's articles repeat their chapter's path, a report's paragraphs their
/// part's.
///
/// Blocks are cut as units are added, in order. A segment being built trains its dictionary and
/// compresses its blocks when it is written, on the threads that write it (`deferringCompression`):
/// compressing each as it fills would leave that work to the one thread that adds units in file
/// order. A merge, which holds its output whole, compresses each as it fills. Both train on the
/// same first entries and cut the same blocks, so a merge writes the bytes a build would.
struct TextStoreWriter {
    static let blockTarget = 8 * 1024
    /// The dictionary is trained on the first this many bytes of entries (or all, when fewer)…
    static let trainingBytes = 8 << 20
    /// … into at most this many bytes (zstd's default size).
    static let dictionaryCapacity = 110 << 10

    private let deferringCompression: Bool
    private var dictionary: [UInt8] = []
    private var compressor: ZstdCompressor?
    private var blocks = ByteWriter()
    private var index: [(first: UInt32, offset: UInt64, compressed: UInt32, raw: UInt32)] = []
    /// Entries waiting for the dictionary: their bytes, and each entry's length.
    private var training = ByteWriter()
    private var trainingSizes: [Int] = []
    private(set) var count = 0
    /// The previous entry's section path, and the bytes of the block it is in so far (0: the next
    /// entry opens a block, whose path shares nothing), and of every entry added.
    private var previousSection: [UInt8] = []
    private var openBlockBytes = 0
    private var addedBytes = 0

    init(deferringCompression: Bool = false) {
        self.deferringCompression = deferringCompression
    }

    /// Roughly the memory it holds: the compressed blocks and the entries not compressed yet.
    var estimatedBytes: Int { blocks.count + training.count + 24 * index.count }

    mutating func add(section: String, text: String) {
        let path = Array(section.utf8)
        let shared = openBlockBytes == 0 ? 0 : zip(path, previousSection).prefix { $0 == $1 }.count
        var entry = ByteWriter()
        entry.appendVarint(shared)
        entry.appendBytes(Array(path[shared...]))
        entry.appendString(text)
        previousSection = path
        // Where the entry ends its block, by the rule both `flushBlocks` and `blockCuts` follow.
        let completesSample = addedBytes < TextStoreWriter.trainingBytes && addedBytes + entry.count >= TextStoreWriter.trainingBytes
        addedBytes += entry.count
        openBlockBytes += entry.count
        if openBlockBytes >= TextStoreWriter.blockTarget || completesSample { openBlockBytes = 0 }
        training.append(contentsOf: entry.bytes)
        trainingSizes.append(entry.count)
        count += 1
        if deferringCompression { return }
        if compressor != nil {
            if training.count >= TextStoreWriter.blockTarget { flushBlocks() }
        } else if training.count >= TextStoreWriter.trainingBytes {
            train()
        }
    }

    /// Trains the dictionary on the entries held, then compresses them.
    private mutating func train() {
        // A dictionary much larger than a tenth of what it learns from costs more than it saves.
        let capacity = min(TextStoreWriter.dictionaryCapacity, training.count / 10)
        dictionary = Zstd.trainDictionary(samples: training.bytes, sizes: trainingSizes, capacity: capacity)
        compressor = ZstdCompressor(dictionary: dictionary)
        flushBlocks()
    }

    /// Compresses the entries held into blocks of about `blockTarget` bytes (the last may be smaller).
    private mutating func flushBlocks() {
        let compressor = compressor!
        var start = 0
        var first = count - trainingSizes.count
        var size = 0
        var entries = 0
        for length in trainingSizes {
            size += length
            entries += 1
            if size >= TextStoreWriter.blockTarget || start + size == training.count {
                let raw = Array(training.bytes[start..<(start + size)])
                let compressed = compressor.compress(raw)
                index.append((UInt32(first), UInt64(blocks.count), UInt32(compressed.count), UInt32(raw.count)))
                blocks.append(contentsOf: compressed)
                start += size
                first += entries
                size = 0
                entries = 0
            }
        }
        training = ByteWriter()
        trainingSizes = []
    }

    /// The entries as `add` would have cut them into blocks: those of the training prefix (up to the
    /// entry that fills `trainingBytes`, or all) and then the rest, each run cut at `blockTarget`
    /// with its last block smaller.
    private static func blockCuts(_ sizes: [Int], prefix: Int) -> [Range<Int>] {
        var cuts: [Range<Int>] = []
        for run in [0..<prefix, prefix..<sizes.count] where !run.isEmpty {
            var first = run.lowerBound
            var size = 0
            for entry in run {
                size += sizes[entry]
                if size >= blockTarget || entry == run.upperBound - 1 {
                    cuts.append(first..<(entry + 1))
                    first = entry + 1
                    size = 0
                }
            }
        }
        return cuts
    }

    /// Trains the dictionary and compresses every entry held, the blocks on `threads` threads (the
    /// same bytes whatever their number, and as `add` would have made them one at a time).
    private mutating func compressDeferred(threads: Int) {
        var prefix = 0, prefixBytes = 0
        while prefix < trainingSizes.count, prefixBytes < TextStoreWriter.trainingBytes {
            prefixBytes += trainingSizes[prefix]
            prefix += 1
        }
        let capacity = min(TextStoreWriter.dictionaryCapacity, prefixBytes / 10)
        dictionary = Zstd.trainDictionary(samples: Array(training.bytes[0..<prefixBytes]), sizes: Array(trainingSizes[0..<prefix]),
                                          capacity: capacity)
        var starts = [0]
        for size in trainingSizes { starts.append(starts[starts.count - 1] + size) }
        let offsets = starts
        let cuts = TextStoreWriter.blockCuts(trainingSizes, prefix: prefix)
        // A compressor (its context and digested dictionary) per chunk of blocks, not per block.
        let chunkSize = 64
        let chunks = stride(from: 0, to: cuts.count, by: chunkSize).map { $0..<min($0 + chunkSize, cuts.count) }
        let bytes = training.bytes, dictionary = dictionary, first = count - trainingSizes.count
        OrderedParallelMap(threads: threads).run(chunks, transform: { chunk in
            let compressor = ZstdCompressor(dictionary: dictionary)
            return chunk.map { compressor.compress(Array(bytes[offsets[cuts[$0].lowerBound]..<offsets[cuts[$0].upperBound]])) }
        }, consume: { compressed in
            for block in compressed {
                let cut = cuts[index.count]
                let raw = offsets[cut.upperBound] - offsets[cut.lowerBound]
                index.append((UInt32(first + cut.lowerBound), UInt64(blocks.count), UInt32(block.count), UInt32(raw)))
                blocks.append(contentsOf: block)
            }
        })
        training = ByteWriter()
        trainingSizes = []
    }

    /// The body; with `deferringCompression`, the blocks are compressed on `threads` threads.
    mutating func body(threads: Int = 1) -> [UInt8] {
        if deferringCompression {
            compressDeferred(threads: threads)
        } else if compressor == nil { train() } else if !trainingSizes.isEmpty { flushBlocks() }
        var writer = ByteWriter(bytes: dictionary)
        writer.append(contentsOf: blocks.bytes)
        let indexOffset = writer.count
        for entry in index {
            writer.appendUInt32(entry.first)
            writer.appendUInt64(UInt64(dictionary.count) + entry.offset)
            writer.appendUInt32(entry.compressed)
            writer.appendUInt32(entry.raw)
        }
        writer.appendUInt32(UInt32(dictionary.count))
        writer.appendUInt32(UInt32(count))
        writer.appendUInt32(UInt32(index.count))
        writer.appendUInt64(UInt64(indexOffset))
        return writer.bytes
    }
}

/// A unit's entry in the store.
struct StoredUnit {
    var section: String
    var text: String
}

/// Reads unit texts from the mapped store.
struct TextStore {
    /// No block decompresses to more: a larger length is damage, not a block to allocate.
    static let largestBlock = 1 << 30

    let file: MappedFile
    let count: Int
    private let dictionary: DecompressionDictionary
    private let firstUnits: [Int]
    private let offsets: [Int]
    private let compressedLengths: [Int]
    private let rawLengths: [Int]

    init(file: MappedFile) throws(IndexError) {
        self.file = file
        do {
            guard file.body.count >= 20 else { throw file.malformed("store") }
            var trailer = file.reader(at: file.body.count - 20)
            let dictionaryLength = Int(try trailer.uint32())
            count = Int(try trailer.uint32())
            let blocks = Int(try trailer.uint32())
            let indexOffset = Int(clamping: try trailer.uint64())
            guard dictionaryLength <= indexOffset, indexOffset <= file.body.count, indexOffset + blocks * 20 + 20 == file.body.count,
                  let dictionary = DecompressionDictionary(UnsafeRawBufferPointer(rebasing: file.body[0..<dictionaryLength])) else {
                throw file.malformed("store index")
            }
            self.dictionary = dictionary
            var reader = file.reader(at: indexOffset)
            var firsts: [Int] = [], offsets: [Int] = [], compressed: [Int] = [], raw: [Int] = []
            for block in 0..<blocks {
                let first = Int(try reader.uint32())
                let offset = Int(clamping: try reader.uint64())
                let length = Int(try reader.uint32())
                guard first < count, block == 0 ? first == 0 : first > firsts[block - 1],
                      offset >= dictionaryLength, offset <= indexOffset, length <= indexOffset - offset else { throw file.malformed("store block \(block)") }
                firsts.append(first)
                offsets.append(offset)
                compressed.append(length)
                raw.append(Int(try reader.uint32()))
            }
            guard count == 0 || !firsts.isEmpty else { throw file.malformed("store index") }
            firstUnits = firsts
            self.offsets = offsets
            compressedLengths = compressed
            rawLengths = raw
        } catch let error as IndexError {
            throw error
        } catch {
            throw file.malformed("store")
        }
    }

    /// The section path and text of `unit`, decoding only its own strings from its block.
    func entry(_ unit: Int) throws(IndexError) -> StoredUnit {
        var found: StoredUnit?
        try walkEntries(block: block(of: unit)) { number, section, text in
            guard number == unit else { return true }
            found = StoredUnit(section: String(decoding: section, as: UTF8.self), text: String(decoding: text, as: UTF8.self))
            return false
        }
        guard let found else { throw file.malformed("store (unit \(unit))") }
        return found
    }

    /// The first unit of `block`.
    func firstUnit(of block: Int) -> Int { firstUnits[block] }

    /// The block holding `unit`.
    func block(of unit: Int) -> Int { firstUnits.lastIndex(notAbove: unit) }

    var blockCount: Int { firstUnits.count }

    /// The entries of every unit in `block`.
    func entries(block: Int) throws(IndexError) -> [StoredUnit] {
        var entries: [StoredUnit] = []
        try walkEntries(block: block) { _, section, text in
            entries.append(StoredUnit(section: String(decoding: section, as: UTF8.self), text: String(decoding: text, as: UTF8.self)))
            return true
        }
        return entries
    }

    /// Walks the entries of `block` in order — the one reader of the block's layout: calls `body`
    /// with each unit's number (in the segment) and its section path and text as UTF-8 bytes, valid
    /// only during the call (the text in the decompressed block, the path rebuilt from its front
    /// coding), until `body` returns false. A walk to the end checks that the block holds exactly its
    /// units; a length past the block, or a path sharing more than the previous one has, is damage.
    func walkEntries(block: Int, _ body: (_ unit: Int, _ section: UnsafeBufferPointer<UInt8>, _ text: UnsafeBufferPointer<UInt8>) throws(IndexError) -> Bool)
        throws(IndexError) {
        let first = firstUnits[block]
        let end = block + 1 < firstUnits.count ? firstUnits[block + 1] : count
        let raw = try decompressed(block: block)
        defer { withExtendedLifetime(raw) {} }
        var reader = ByteReader(raw.bytes)
        var path: [UInt8] = []
        for unit in first..<end {
            let text: UnsafeRawBufferPointer
            do {
                let shared = try reader.int()
                guard shared <= path.count else { throw file.malformed("store block \(block)") }
                path.removeLast(path.count - shared)
                path.append(contentsOf: try reader.bytes(try reader.int()))
                text = try reader.bytes(try reader.int())
            } catch {
                throw file.malformed("store block \(block)")
            }
            var goesOn = true
            var failure: IndexError?
            path.withUnsafeBufferPointer { section in
                do throws(IndexError) { goesOn = try body(unit, section, text.assumingMemoryBound(to: UInt8.self)) } catch { failure = error }
            }
            if let failure { throw failure }
            guard goesOn else { return }
        }
        guard reader.isAtEnd else { throw file.malformed("store block \(block)") }
    }

    /// The bytes `block` decompresses to.
    func decompressed(block: Int) throws(IndexError) -> OwnedBytes {
        guard rawLengths[block] <= TextStore.largestBlock else { throw file.malformed("store block \(block)") }
        let compressed = UnsafeRawBufferPointer(rebasing: file.body[offsets[block]..<(offsets[block] + compressedLengths[block])])
        guard let raw = Zstd.decompress(compressed, rawLength: rawLengths[block], dictionary: dictionary) else {
            throw file.malformed("store block \(block)")
        }
        return raw
    }
}
