import Ingestion

/// The store of unit texts for snippets and for rebuilding, with their section paths: units packed
/// into blocks of about 32 KiB, each compressed with zlib.
///
/// Body: compressed blocks · block index (per block: first unit (u32), offset (u64), compressed and
/// raw lengths (u32 each)) · unit count (u32) · block count (u32) · block index offset (u64). A block
/// holds, per unit, its section path and its text as length-prefixed UTF-8.
///
/// Blocks are cut as units are added, in order. A segment being built compresses them when it is
/// written, on the threads that write it (`deferringCompression`): compressing each as it fills
/// would leave that work to the one thread that adds units in file order. A merge, which holds its
/// output whole, compresses each as it fills.
struct TextStoreWriter {
    static let blockTarget = 32 * 1024

    /// The blocks cut so far, compressed or not, with their first units and raw lengths.
    private var blocks: [(first: Int, bytes: [UInt8], raw: Int)] = []
    private let deferringCompression: Bool
    private var blockBytes = 0
    private var pending = ByteWriter()
    private var pendingFirst = 0
    private(set) var count = 0

    init(deferringCompression: Bool = false) {
        self.deferringCompression = deferringCompression
    }

    /// Roughly the memory it holds: the blocks and the block being filled.
    var estimatedBytes: Int { blockBytes + pending.count + 40 * blocks.count }

    mutating func add(section: String, text: String) {
        if pending.count == 0 { pendingFirst = count }
        pending.appendString(section)
        pending.appendString(text)
        count += 1
        if pending.count >= TextStoreWriter.blockTarget { cut() }
    }

    private mutating func cut() {
        guard pending.count > 0 else { return }
        let bytes = deferringCompression ? pending.bytes : Zlib.compress(pending.bytes)
        blocks.append((pendingFirst, bytes, pending.count))
        blockBytes += bytes.count
        pending = ByteWriter()
    }

    /// The body; blocks not yet compressed are compressed on `threads` threads (the same bytes
    /// whatever their number).
    mutating func body(threads: Int = 1) -> [UInt8] {
        cut()
        var writer = ByteWriter()
        var index: [(first: UInt32, offset: UInt64, compressed: UInt32, raw: UInt32)] = []
        let blocks = blocks, compress = deferringCompression
        self.blocks = []
        OrderedParallelMap(threads: compress ? threads : 1).run(Array(blocks.indices), transform: { number in
            compress ? Zlib.compress(blocks[number].bytes) : blocks[number].bytes
        }, consume: { compressed in
            let block = blocks[index.count]
            index.append((UInt32(block.first), UInt64(writer.count), UInt32(compressed.count), UInt32(block.raw)))
            writer.append(contentsOf: compressed)
        })
        let indexOffset = writer.count
        for entry in index {
            writer.appendUInt32(entry.first)
            writer.appendUInt64(entry.offset)
            writer.appendUInt32(entry.compressed)
            writer.appendUInt32(entry.raw)
        }
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
    private let firstUnits: [Int]
    private let offsets: [Int]
    private let compressedLengths: [Int]
    private let rawLengths: [Int]

    init(file: MappedFile) throws(IndexError) {
        self.file = file
        do {
            guard file.body.count >= 16 else { throw file.malformed("store") }
            var trailer = file.reader(at: file.body.count - 16)
            count = Int(try trailer.uint32())
            let blocks = Int(try trailer.uint32())
            let indexOffset = Int(clamping: try trailer.uint64())
            var reader = file.reader(at: indexOffset)
            guard indexOffset <= file.body.count, indexOffset + blocks * 20 + 16 == file.body.count else { throw file.malformed("store index") }
            var firsts: [Int] = [], offsets: [Int] = [], compressed: [Int] = [], raw: [Int] = []
            for block in 0..<blocks {
                let first = Int(try reader.uint32())
                let offset = Int(clamping: try reader.uint64())
                let length = Int(try reader.uint32())
                guard first < count, block == 0 ? first == 0 : first > firsts[block - 1],
                      offset <= indexOffset, length <= indexOffset - offset else { throw file.malformed("store block \(block)") }
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

    /// The section path and text of `unit`.
    func entry(_ unit: Int) throws(IndexError) -> StoredUnit {
        let block = block(of: unit)
        return try entries(block: block)[unit - firstUnits[block]]
    }

    /// The first unit of `block`.
    func firstUnit(of block: Int) -> Int { firstUnits[block] }

    /// The block holding `unit`.
    func block(of unit: Int) -> Int { firstUnits.lastIndex(notAbove: unit) }

    var blockCount: Int { firstUnits.count }

    /// The entries of every unit in `block`.
    func entries(block: Int) throws(IndexError) -> [StoredUnit] {
        let expected = (block + 1 < firstUnits.count ? firstUnits[block + 1] : count) - firstUnits[block]
        guard rawLengths[block] <= TextStore.largestBlock else { throw file.malformed("store block \(block)") }
        let compressed = UnsafeRawBufferPointer(rebasing: file.body[offsets[block]..<(offsets[block] + compressedLengths[block])])
        guard let raw = Zlib.decompress(compressed, rawLength: rawLengths[block]) else { throw file.malformed("store block \(block)") }
        var entries: [StoredUnit] = []
        entries.reserveCapacity(expected)
        var reader = ByteReader(raw.bytes)
        for _ in 0..<expected {
            guard let section = try? reader.string(), let text = try? reader.string() else { throw file.malformed("store block \(block)") }
            entries.append(StoredUnit(section: section, text: text))
        }
        guard reader.isAtEnd else { throw file.malformed("store block \(block)") }
        return entries
    }
}
