import Ingestion

/// The store of unit texts for snippets and for rebuilding, with their section paths: units packed
/// into blocks of about 8 KiB, each compressed with zstd and a dictionary trained on the segment's
/// first entries, so that a hit decodes a few KiB rather than a large block.
///
/// Body: dictionary · compressed blocks · block index (per block: first unit (u32), offset (u64),
/// compressed and raw lengths (u32 each)) · dictionary length (u32) · unit count (u32) · block count
/// (u32) · block index offset (u64). Strings are UTF-16LE, which zstd compresses a seventh smaller
/// than UTF-8 for Han text: a count of code units and the code units. A block holds, per unit: the
/// code units its section path shares with the previous entry's in the block (varint, 0 for the
/// block's first) and the rest of the path (string); its text's own code units (string); the number
/// of code units of the text copied after them from an earlier unit of the segment (varint), and when
/// not 0, how far back that unit is and where in its text the copy starts (varints): a statistic,
/// citation or measure quotes its section, which is stored once (`QuotedSections`).
///
/// Blocks are cut as units are added, in order: after the entry that fills `blockTarget`, and after
/// the entry that completes the dictionary's training sample. A segment being built trains its
/// dictionary and compresses its blocks when it is written, on the threads that write it
/// (`deferringCompression`): compressing each as it fills would leave that work to the one thread
/// that adds units in file order. A merge, which holds its output whole, compresses each as it fills.
/// Both cut the same blocks and train on the same entries, so a merge writes the bytes a build would.
struct TextStoreWriter {
    static let blockTarget = 8 * 1024
    /// The dictionary is trained on the first this many bytes of entries (or all, when fewer)…
    static let trainingBytes = 8 << 20
    /// … into at most this many bytes (zstd's default size).
    static let dictionaryCapacity = 110 << 10

    private let deferringCompression: Bool
    private var dictionary: [UInt8] = []
    private var trained = false
    private var compressor: ZstdCompressor?
    private var blocks = ByteWriter()
    private var index: [(first: UInt32, offset: UInt64, compressed: UInt32, raw: UInt32)] = []
    /// Entries not compressed yet: their bytes, the end of each, and the blocks cut from them (by
    /// entry, counted from the first held).
    private var held = ByteWriter()
    private var heldEnds: [Int] = []
    private var cuts: [Range<Int>] = []
    /// The entries of the dictionary's training sample, once it is complete.
    private var sample: Int?
    private var openBlockBytes = 0
    private var previousPath: [UInt16] = []
    /// The sections of the current source, which its other units may quote.
    private var sections = QuotedSections()
    private(set) var count = 0

    init(deferringCompression: Bool = false) {
        self.deferringCompression = deferringCompression
    }

    /// Roughly the memory it holds: the compressed blocks and the entries not compressed yet.
    var estimatedBytes: Int { blocks.count + held.count + 24 * index.count + sections.bytes }

    mutating func add(_ unit: IndexUnit) {
        var entry = ByteWriter()
        let path = TextStoreWriter.utf16(unit.section)
        let shared = openBlockBytes == 0 ? 0 : zip(path, previousPath).prefix { $0 == $1 }.count
        entry.appendVarint(shared)
        entry.appendUTF16(path[shared...])
        previousPath = path
        let text = TextStoreWriter.utf16(unit.text)
        if let copy = sections.copy(for: unit, text: text, number: count) {
            entry.appendUTF16(text[..<copy.start])
            entry.appendVarint(text.count - copy.start)
            entry.appendVarint(count - copy.unit)
            entry.appendVarint(copy.offset)
        } else {
            entry.appendUTF16(text[...])
            entry.appendVarint(0)
        }
        held.append(contentsOf: entry.bytes)
        heldEnds.append(held.count)
        count += 1
        openBlockBytes += entry.count
        let samples = sample == nil && held.count >= TextStoreWriter.trainingBytes
        if samples { sample = heldEnds.count }
        guard openBlockBytes >= TextStoreWriter.blockTarget || samples else { return }
        cuts.append((cuts.last?.upperBound ?? 0)..<heldEnds.count)
        openBlockBytes = 0
        if !deferringCompression, sample != nil { compressHeld(threads: 1) }
    }

    /// The UTF-16 code units of `string`, transcoded from its UTF-8 (valid, as a Swift string's is):
    /// `Array(string.utf16)` takes a slow path for text beyond ASCII.
    static func utf16(_ string: String) -> [UInt16] {
        var string = string
        return string.withUTF8 { bytes in
            var units: [UInt16] = []
            units.reserveCapacity(bytes.count)
            var index = 0
            while index < bytes.count {
                let lead = UInt32(bytes[index])
                func next(_ offset: Int) -> UInt32 { UInt32(bytes[index + offset]) & 0x3F }
                switch lead {
                case ..<0x80:
                    units.append(UInt16(lead))
                    index += 1
                case ..<0xE0:
                    units.append(UInt16((lead & 0x1F) << 6 | next(1)))
                    index += 2
                case ..<0xF0:
                    units.append(UInt16((lead & 0x0F) << 12 | next(1) << 6 | next(2)))
                    index += 3
                default:
                    let scalar = ((lead & 0x07) << 18 | next(1) << 12 | next(2) << 6 | next(3)) - 0x10000
                    units.append(UInt16(0xD800 + (scalar >> 10)))
                    units.append(UInt16(0xDC00 + (scalar & 0x3FF)))
                    index += 4
                }
            }
            return units
        }
    }

    /// Trains the dictionary if it is not yet (on the sample, or on every entry when they are
    /// fewer), then compresses the held entries' blocks on `threads` threads.
    private mutating func compressHeld(threads: Int) {
        if openBlockBytes > 0 {
            cuts.append((cuts.last?.upperBound ?? 0)..<heldEnds.count)
            openBlockBytes = 0
        }
        let starts = [0] + heldEnds
        if !trained {
            let entries = sample ?? heldEnds.count
            let capacity = min(TextStoreWriter.dictionaryCapacity, starts[entries] / 10)
            // A dictionary much larger than a tenth of what it learns from costs more than it saves.
            dictionary = Zstd.trainDictionary(samples: Array(held.bytes[0..<starts[entries]]),
                                              sizes: (0..<entries).map { starts[$0 + 1] - starts[$0] }, capacity: capacity)
            trained = true
        }
        let bytes = held.bytes, cuts = cuts, first = count - heldEnds.count
        var next = 0
        func append(_ block: [UInt8]) {
            let cut = cuts[next]
            index.append((UInt32(first + cut.lowerBound), UInt64(blocks.count), UInt32(block.count),
                          UInt32(starts[cut.upperBound] - starts[cut.lowerBound])))
            blocks.append(contentsOf: block)
            next += 1
        }
        if threads == 1 {
            let compressor = self.compressor ?? ZstdCompressor(dictionary: dictionary)
            self.compressor = compressor
            for cut in cuts { append(compressor.compress(Array(bytes[starts[cut.lowerBound]..<starts[cut.upperBound]]))) }
        } else {
            // A compressor (its context and digested dictionary) per chunk of blocks, not per block.
            let chunkSize = 64
            let chunks = stride(from: 0, to: cuts.count, by: chunkSize).map { $0..<min($0 + chunkSize, cuts.count) }
            let dictionary = dictionary
            OrderedParallelMap(threads: threads).run(chunks, transform: { chunk in
                let compressor = ZstdCompressor(dictionary: dictionary)
                return chunk.map { compressor.compress(Array(bytes[starts[cuts[$0].lowerBound]..<starts[cuts[$0].upperBound]])) }
            }, consume: { compressed in
                for block in compressed { append(block) }
            })
        }
        held = ByteWriter()
        heldEnds = []
        self.cuts = []
    }

    /// The body; with `deferringCompression`, the blocks are compressed on `threads` threads.
    mutating func body(threads: Int = 1) -> [UInt8] {
        if !heldEnds.isEmpty || !trained { compressHeld(threads: deferringCompression ? threads : 1) }
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

    /// The section path and text of `unit`, decoding only its own strings from its block (and, for a
    /// unit that quotes its section, the section's text).
    func entry(_ unit: Int) throws(IndexError) -> StoredUnit {
        let block = block(of: unit)
        let raw = try decompressed(block: block)
        defer { withExtendedLifetime(raw) {} }
        let (entry, path) = try decode(unit, block: block, in: raw)
        guard let copy = entry.copy else { return StoredUnit(section: EntryDecoder.string(path), text: EntryDecoder.string(entry.own)) }
        let (source, sourceBlock) = try quoted(by: unit, copy: copy, block: block)
        let sourceRaw = sourceBlock == block ? raw : try decompressed(block: sourceBlock)
        defer { withExtendedLifetime(sourceRaw) {} }
        let quoted = try decode(source, block: sourceBlock, in: sourceRaw).entry
        return StoredUnit(section: EntryDecoder.string(path), text: try text(of: entry, quoting: quoted, block: block))
    }

    /// The entry of `unit` in `raw`, the decompressed bytes of its `block`, and its section path.
    private func decode(_ unit: Int, block: Int, in raw: OwnedBytes) throws(IndexError) -> (entry: EntryDecoder.Entry, path: [UInt8]) {
        var decoder = EntryDecoder(ByteReader(raw.bytes))
        do {
            for _ in firstUnits[block]..<unit { _ = try decoder.next() }
            return (try decoder.next(), decoder.path)
        } catch {
            throw file.malformed("store block \(block)")
        }
    }

    /// The unit that `unit` of `block` copies from, and its block.
    private func quoted(by unit: Int, copy: EntryDecoder.Copy, block: Int) throws(IndexError) -> (unit: Int, block: Int) {
        let source = unit - copy.distance
        guard copy.distance > 0, source >= 0 else { throw file.malformed("store block \(block)") }
        return (source, self.block(of: source))
    }

    /// The text of `entry`, of `block`: its own code units followed by those it copies from `quoted`'s.
    private func text(of entry: EntryDecoder.Entry, quoting quoted: EntryDecoder.Entry, block: Int) throws(IndexError) -> String {
        let copy = entry.copy!, quotedLength = quoted.own.count / 2
        guard quoted.copy == nil, copy.offset <= quotedLength, copy.length <= quotedLength - copy.offset else {
            throw file.malformed("store block \(block)")
        }
        return EntryDecoder.string(entry.own, UnsafeRawBufferPointer(rebasing: quoted.own[(2 * copy.offset)..<(2 * (copy.offset + copy.length))]))
    }

    /// The first unit of `block`.
    func firstUnit(of block: Int) -> Int { firstUnits[block] }

    /// The block holding `unit`.
    func block(of unit: Int) -> Int { firstUnits.lastIndex(notAbove: unit) }

    var blockCount: Int { firstUnits.count }

    /// The entries of every unit in `block`.
    func entries(block: Int) throws(IndexError) -> [StoredUnit] {
        let first = firstUnits[block]
        let expected = (block + 1 < firstUnits.count ? firstUnits[block + 1] : count) - first
        let raw = try decompressed(block: block)
        // The blocks holding quoted sections, each decompressed and parsed once.
        var quotedBlocks: [Int: (raw: OwnedBytes, entries: [EntryDecoder.Entry])] = [:]
        defer { withExtendedLifetime(raw) {}; withExtendedLifetime(quotedBlocks) {} }
        var entries: [StoredUnit] = []
        entries.reserveCapacity(expected)
        var decoder = EntryDecoder(ByteReader(raw.bytes))
        for offset in 0..<expected {
            guard let entry = try? decoder.next() else { throw file.malformed("store block \(block)") }
            let text: String
            if let copy = entry.copy {
                let (source, sourceBlock) = try quoted(by: first + offset, copy: copy, block: block)
                if quotedBlocks[sourceBlock] == nil {
                    let bytes = sourceBlock == block ? raw : try decompressed(block: sourceBlock)
                    var all = EntryDecoder(ByteReader(bytes.bytes))
                    var parsed: [EntryDecoder.Entry] = []
                    while !all.isAtEnd {
                        guard let next = try? all.next() else { throw file.malformed("store block \(sourceBlock)") }
                        parsed.append(next)
                    }
                    quotedBlocks[sourceBlock] = (bytes, parsed)
                }
                let parsed = quotedBlocks[sourceBlock]!.entries, index = source - firstUnits[sourceBlock]
                guard index < parsed.count else { throw file.malformed("store block \(sourceBlock)") }
                text = try self.text(of: entry, quoting: parsed[index], block: block)
            } else {
                text = EntryDecoder.string(entry.own)
            }
            entries.append(StoredUnit(section: EntryDecoder.string(decoder.path), text: text))
        }
        guard decoder.isAtEnd else { throw file.malformed("store block \(block)") }
        return entries
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

/// Reads a decompressed block's entries in order, keeping the section path of the last one read
/// (each is stored as what it shares with the one before and the rest).
private struct EntryDecoder {
    /// What an entry copies from an earlier unit: `length` code units from `offset` of the own text of
    /// the unit `distance` before it.
    struct Copy {
        var length: Int
        var distance: Int
        var offset: Int
    }

    /// An entry: its text's own code units (UTF-16LE bytes) and what it copies.
    struct Entry {
        var own: UnsafeRawBufferPointer
        var copy: Copy?
    }

    private var reader: ByteReader
    /// The last entry's section path, as UTF-16LE bytes.
    private(set) var path: [UInt8] = []

    init(_ reader: ByteReader) { self.reader = reader }

    var isAtEnd: Bool { reader.isAtEnd }

    mutating func next() throws(ByteReader.Malformed) -> Entry {
        let shared = try reader.int()
        guard 2 * shared <= path.count else { throw ByteReader.Malformed(offset: reader.offset) }
        path.removeLast(path.count - 2 * shared)
        path.append(contentsOf: try codeUnitBytes())
        let own = try codeUnitBytes()
        let length = try reader.int()
        guard length > 0 else { return Entry(own: own, copy: nil) }
        return Entry(own: own, copy: Copy(length: length, distance: try reader.int(), offset: try reader.int()))
    }

    /// A count of code units and their bytes.
    private mutating func codeUnitBytes() throws(ByteReader.Malformed) -> UnsafeRawBufferPointer {
        try reader.bytes(2 * (try reader.int()))
    }

    /// The string of UTF-16LE `parts` one after the other (an unpaired surrogate read as U+FFFD),
    /// transcoded straight to UTF-8: `String(decoding:as: UTF16.self)` takes a slow generic path.
    static func string(_ parts: UnsafeRawBufferPointer...) -> String {
        let units = parts.reduce(0) { $0 + $1.count / 2 }
        var utf8: [UInt8] = []
        utf8.reserveCapacity(3 * units)
        var pending: UInt32?  // a high surrogate waiting for its low half
        for part in parts {
            for index in 0..<(part.count / 2) {
                let unit = UInt32(part[2 * index]) | UInt32(part[2 * index + 1]) << 8
                if let high = pending {
                    pending = nil
                    if unit & 0xFC00 == 0xDC00 {
                        append(0x10000 + ((high - 0xD800) << 10) + (unit - 0xDC00), to: &utf8)
                        continue
                    }
                    append(0xFFFD, to: &utf8)
                }
                if unit & 0xFC00 == 0xD800 {
                    pending = unit
                } else {
                    append(unit & 0xF800 == 0xD800 ? 0xFFFD : unit, to: &utf8)
                }
            }
        }
        if pending != nil { append(0xFFFD, to: &utf8) }
        return String(decoding: utf8, as: UTF8.self)
    }

    static func string(_ bytes: [UInt8]) -> String {
        bytes.withUnsafeBytes { string($0) }
    }

    private static func append(_ scalar: UInt32, to utf8: inout [UInt8]) {
        switch scalar {
        case ..<0x80:
            utf8.append(UInt8(scalar))
        case ..<0x800:
            utf8.append(UInt8(0xC0 | scalar >> 6))
            utf8.append(UInt8(0x80 | scalar & 0x3F))
        case ..<0x10000:
            utf8.append(UInt8(0xE0 | scalar >> 12))
            utf8.append(UInt8(0x80 | scalar >> 6 & 0x3F))
            utf8.append(UInt8(0x80 | scalar & 0x3F))
        default:
            utf8.append(UInt8(0xF0 | scalar >> 18))
            utf8.append(UInt8(0x80 | scalar >> 12 & 0x3F))
            utf8.append(UInt8(0x80 | scalar >> 6 & 0x3F))
            utf8.append(UInt8(0x80 | scalar & 0x3F))
        }
    }
}

extension ByteWriter {
    /// A count of UTF-16 code units and the code units, little-endian.
    fileprivate mutating func appendUTF16(_ units: ArraySlice<UInt16>) {
        appendVarint(units.count)
        for unit in units {
            append(UInt8(truncatingIfNeeded: unit))
            append(UInt8(truncatingIfNeeded: unit >> 8))
        }
    }
}
