#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Ingestion

/// The store of unit texts for snippets and for rebuilding, with their section paths: units packed
/// into blocks of about 8 KiB, each compressed with zstd and a dictionary trained on the segment's
/// first texts, or on those of the first segment of its index (`inherited`), so that a hit decodes a
/// few KiB rather than a large block. The dictionary is not in the store: it is a file of its own
/// (`StoreDictionary`), written once for the segments that share it.
///
/// Body: compressed blocks · block index (per block: first unit (u32), offset (u64), compressed and
/// raw lengths (u32 each)) · dictionary ID (u32, zstd's, 0 when none) · unit count (u32) · block count
/// (u32) · block index offset (u64). A block holds, per unit, either its text's length (varint, the
/// length × 4, + 2 when the path's last heading is left out) and its section path front-coded — the
/// bytes it shares with the block's previous literal entry's stored path (varint), then the rest — and
/// its text in the dictionary's character code (`StoreCharacterCode`; UTF-8 in a store without a
/// dictionary), its length the code's bytes: a law's articles repeat their chapter's path, a report's paragraphs their part's,
/// and a section's path ends with its own heading, which is its text's first line and is left out; or, for a unit whose text stands in an earlier
/// entry of the same path (a statistic, citation or measure in its section), a *quotation*: the
/// distance back to that literal entry (varint, × 2 + 1), a span count (1 or 2) and the spans (offset
/// and length in bytes of that entry's text, varints), its text being the spans joined by a line break
/// and its path that entry's.
///
/// Blocks are cut as units are added, in order, by one rule (`endsBlock`), on the entries in UTF-8;
/// a block's literal texts are put in the code when it is compressed (`encoded`), once the dictionary
/// — trained on the sample's entries in the code its characters' counts rank — is known. A segment being built trains its dictionary and
/// compresses its blocks when it is written, on the threads that write it (`deferringCompression`):
/// compressing each as it fills would leave that work to the one thread that adds units in file
/// order. A merge, which holds its output whole, compresses each as it fills. Both train on the
/// same first entries and cut the same blocks, so a merge writes the bytes a build would. A segment
/// being built with more than one thread trains as soon as the sample is complete, on a thread of its
/// own (`trainingAhead`), so that the segment's writing does not wait for the training on one core.
/// A segment being built may instead take the index's dictionary (`inherited`, see `IndexWriter`):
/// searches over unmerged segments then decompress with one dictionary, which stays in a core's cache
/// as one merged segment's does, where seven segments' seven dictionaries did not.
struct TextStoreWriter {
    static let blockTarget = 8 * 1024
    /// The dictionary is trained on the first this many bytes of entries (or all, when fewer)…
    static let trainingBytes = 8 << 20
    /// … into at most this many bytes: stored once per index, a dictionary larger than zstd's default
    /// (110 KiB) shrinks the blocks by more than it costs, and a hit's block decompresses with fewer
    /// literals (BENCHMARKS.md, issue 11, twenty-first and twenty-second sessions).
    static let dictionaryCapacity = 256 << 10

    private let deferringCompression: Bool
    private let trainingAhead: Bool
    /// The dictionary compressed with, once known: the one inherited, or this store's own, being trained
    /// ahead from the moment the sample is complete (or from `dictionaryForLater`).
    private var dictionarySource: BackgroundTask<[UInt8]>?
    /// The dictionary the blocks were compressed with (a `StoreDictionary`'s body: its character code and
    /// zstd dictionary; empty when none), known once they are: a merge writes it as a file of its own
    /// unless the index has it already.
    private(set) var dictionary: [UInt8] = []
    /// The characters of the literal entries of the training sample, counted as they are added, to rank
    /// them by when the dictionary is trained (not when it is inherited).
    private var characters: StoreCharacterCode.Counts?
    private var compressor: ZstdCompressor?
    /// The code the blocks' literal texts are in, once the dictionary is trained (`compressor`'s).
    private var code: StoreCharacterCode?
    private var blocks = ByteWriter()
    private var index: [(first: UInt32, offset: UInt64, compressed: UInt32, raw: UInt32)] = []
    /// A literal entry that later entries of its section path may quote.
    private struct Quotable {
        var unit: Int
        var text: [UInt8]
    }
    /// Entries quote a literal entry at most this many units back: the statistics, citations and
    /// measures of a file follow all its sections, nine in ten within 1,024 units of their section.
    static let quotingReach = 4096
    /// The literal entries of a path kept for quoting: a section, and the statistics of it stored
    /// whole (a subject before " … " is not in the section) that would otherwise displace it.
    static let quotableCandidates = 3
    /// The literal entries that may be quoted, the last first, by section path; and their bytes.
    private var quotable: [[UInt8]: [Quotable]] = [:]
    private var quotableBytes = 0
    /// Entries not compressed yet: their bytes, each entry's length, and where blocks end among them
    /// (the number of held entries up to and including each block's last).
    private var training = ByteWriter()
    private var trainingSizes: [Int] = []
    private var heldBlockEnds: [Int] = []
    private(set) var count = 0
    /// The section path of the block's last literal entry (empty at a block's start: its first path
    /// shares nothing), and the bytes of the block so far and of every entry added.
    private var previousSection: [UInt8] = []
    private var openBlockBytes = 0
    private var addedBytes = 0

    /// A store writer; with `deferringCompression`, the blocks are compressed by `body`, and with
    /// `trainingAhead` too, the dictionary is trained beside the adding. With an `inherited` dictionary
    /// (only with `deferringCompression`), nothing is trained: the blocks are compressed with it.
    init(deferringCompression: Bool = false, trainingAhead: Bool = false, inherited: BackgroundTask<[UInt8]>? = nil) {
        precondition(inherited == nil || deferringCompression, "a store that compresses as it fills trains its own dictionary")
        self.deferringCompression = deferringCompression
        self.trainingAhead = deferringCompression && trainingAhead
        dictionarySource = inherited
        if inherited == nil { characters = StoreCharacterCode.Counts() }
    }

    /// The dictionary its blocks will be compressed with, for later segments to inherit: the one it
    /// inherited, or its own — trained ahead, or from here on (`concurrently`, on a thread of its own)
    /// on the same first entries `body` would train on. Only before `body`, with `deferringCompression`.
    mutating func dictionaryForLater(concurrently: Bool) -> BackgroundTask<[UInt8]> {
        precondition(deferringCompression, "a store that compresses as it fills has no dictionary to hand on before it is written")
        if let dictionarySource { return dictionarySource }
        let (samples, sizes) = trainingSample
        let characters = characters ?? StoreCharacterCode.Counts()
        let own = BackgroundTask(concurrently: concurrently) { TextStoreWriter.trainDictionary(samples: samples, sizes: sizes, characters: characters) }
        dictionarySource = own
        return own
    }

    /// The entries held that the dictionary is trained on: the first ones that reach `trainingBytes`
    /// (all, when fewer), and their sizes.
    private var trainingSample: (samples: [UInt8], sizes: [Int]) {
        var prefix = 0, prefixBytes = 0
        while prefix < trainingSizes.count, prefixBytes < TextStoreWriter.trainingBytes {
            prefixBytes += trainingSizes[prefix]
            prefix += 1
        }
        return (Array(training.bytes[0..<prefixBytes]), Array(trainingSizes[0..<prefix]))
    }

    /// Roughly the memory it holds: the compressed blocks and the entries not compressed yet.
    var estimatedBytes: Int { blocks.count + training.count + 24 * index.count + quotableBytes }

    mutating func add(section: String, text: String) {
        let path = Array(section.utf8)
        let bytes = Array(text.utf8)
        var entry = ByteWriter()
        if let quotation = quotation(of: bytes, path: path) {
            entry = quotation
        } else {
            let (stored, elided) = TextStoreWriter.storedPath(path, text: bytes)
            let shared = zip(stored, previousSection).prefix { $0 == $1 }.count
            entry.appendVarint(bytes.count << 2 | (elided ? 2 : 0))
            entry.appendVarint(shared)
            entry.appendBytes(Array(stored[shared...]))
            entry.append(contentsOf: bytes)
            previousSection = stored
            remember(bytes, path: path)
            // The entries of the training sample: those that begin before its end (`trainingSample`).
            if addedBytes < TextStoreWriter.trainingBytes {
                characters?.count(bytes)
            }
        }
        let ends = TextStoreWriter.endsBlock(blockBytes: openBlockBytes + entry.count, addedBefore: addedBytes, entryBytes: entry.count)
        addedBytes += entry.count
        openBlockBytes = ends ? 0 : openBlockBytes + entry.count
        // A block's first path is front-coded against nothing.
        if ends { previousSection = [] }
        training.append(contentsOf: entry.bytes)
        trainingSizes.append(entry.count)
        if ends { heldBlockEnds.append(trainingSizes.count) }
        count += 1
        if deferringCompression {
            if trainingAhead, dictionarySource == nil, addedBytes >= TextStoreWriter.trainingBytes {
                let samples = training.bytes, sizes = trainingSizes, characters = characters ?? StoreCharacterCode.Counts()
                dictionarySource = BackgroundTask { TextStoreWriter.trainDictionary(samples: samples, sizes: sizes, characters: characters) }
            }
            return
        }
        if compressor != nil {
            if ends { flushBlocks() }
        } else if addedBytes >= TextStoreWriter.trainingBytes {
            train()
        }
    }

    /// The path a literal entry stores: without its last heading when that heading is the text's first
    /// line (a section's text opens with its own heading, which its path ends with), which the reader
    /// puts back (`TextStore.fullPath`); whether it was left out.
    private static func storedPath(_ path: [UInt8], text: [UInt8]) -> (path: [UInt8], elided: Bool) {
        let firstLine = text.prefix { $0 != 0x0A }
        if path.elementsEqual(firstLine) { return ([], true) }
        let tail = TextStore.separator + firstLine
        guard !firstLine.isEmpty, path.count > tail.count, path.suffix(tail.count).elementsEqual(tail) else { return (path, false) }
        return (Array(path.dropLast(tail.count)), true)
    }

    /// The entry of the next unit as a quotation of an earlier entry of its path, when its text is
    /// a span of that entry's text, or two spans of it joined by its first line break (a statistic's
    /// figure and clause, a citation's reference and clause, a measure's paragraph, all taken from
    /// their section), and the quotation is shorter than the text.
    private func quotation(of text: [UInt8], path: [UInt8]) -> ByteWriter? {
        guard !text.isEmpty, let candidates = quotable[path] else { return nil }
        let lineBreak = text.firstIndex(of: 0x0A)
        for candidate in candidates where count - candidate.unit <= TextStoreWriter.quotingReach {
            var spans: [Range<Int>] = []
            if let whole = TextStoreWriter.firstRange(of: text[...], in: candidate.text) {
                spans = [whole]
            } else if let lineBreak, lineBreak > 0, lineBreak + 1 < text.count,
                      let head = TextStoreWriter.firstRange(of: text[..<lineBreak], in: candidate.text),
                      let tail = TextStoreWriter.firstRange(of: text[(lineBreak + 1)...], in: candidate.text) {
                spans = [head, tail]
            } else {
                continue
            }
            var entry = ByteWriter()
            entry.appendVarint((count - candidate.unit) << 1 | 1)
            entry.appendVarint(spans.count)
            for span in spans {
                entry.appendVarint(span.lowerBound)
                entry.appendVarint(span.count)
            }
            return entry.count < text.count ? entry : nil
        }
        return nil
    }

    /// Where `needle` first stands in `haystack` (`String.firstByteOffset`, the byte search ingestion and extraction use).
    private static func firstRange(of needle: ArraySlice<UInt8>, in haystack: [UInt8]) -> Range<Int>? {
        guard !needle.isEmpty else { return nil }
        let start = needle.withUnsafeBufferPointer { needle in
            haystack.withUnsafeBufferPointer { String.firstByteOffset(of: needle, in: $0) }
        }
        return start.map { $0..<($0 + needle.count) }
    }

    /// Keeps the text of the literal entry just added for later entries of its path to quote: the
    /// last `quotableCandidates` of each path (a section, then the statistics of its sentences that
    /// were stored whole), those further back than `quotingReach` units let go every so often.
    private mutating func remember(_ text: [UInt8], path: [UInt8]) {
        var candidates = quotable[path] ?? []
        if candidates.count == TextStoreWriter.quotableCandidates { quotableBytes -= candidates.removeLast().text.count }
        candidates.insert(Quotable(unit: count, text: text), at: 0)
        quotable[path] = candidates
        quotableBytes += text.count + path.count
        if count % TextStoreWriter.quotingReach == 0 {
            let reach = count - TextStoreWriter.quotingReach
            quotable = quotable.compactMapValues { candidates in
                let kept = candidates.filter { $0.unit >= reach }
                return kept.isEmpty ? nil : kept
            }
            quotableBytes = quotable.reduce(0) { $0 + $1.key.count + $1.value.reduce(0) { $0 + $1.text.count } }
        }
    }

    /// The rule that cuts blocks, for builds and merges alike: an entry ends its block when it brings
    /// the block to `blockTarget` bytes (`blockBytes`, the entry included) or completes the
    /// dictionary's training sample (so that the sample is whole blocks); the last entry ends the
    /// last block.
    private static func endsBlock(blockBytes: Int, addedBefore: Int, entryBytes: Int) -> Bool {
        blockBytes >= blockTarget || (addedBefore < trainingBytes && addedBefore + entryBytes >= trainingBytes)
    }

    /// Ends the open block, if any, at the last entry.
    private mutating func endLastBlock() {
        if trainingSizes.count > (heldBlockEnds.last ?? 0) { heldBlockEnds.append(trainingSizes.count) }
        openBlockBytes = 0
        previousSection = []
    }

    /// The held entries' blocks, as ranges of held entries, up to the last block end.
    private var heldBlocks: [Range<Int>] {
        zip([0] + heldBlockEnds.dropLast(), heldBlockEnds).map { $0..<$1 }
    }

    /// Trains the dictionary on the entries held, then compresses them.
    private mutating func train() {
        dictionary = TextStoreWriter.trainDictionary(samples: training.bytes, sizes: trainingSizes, characters: characters ?? StoreCharacterCode.Counts())
        let (code, zstdDictionary) = TextStoreWriter.parts(of: dictionary)
        self.code = code
        compressor = ZstdCompressor(dictionary: zstdDictionary)
        flushBlocks()
    }

    /// The dictionary (a `StoreDictionary`'s body) trained on `samples`, the entries of `sizes`, whose
    /// literal entries' characters are `characters`: the code that ranks them, and zstd's dictionary
    /// trained on the entries in that code. Empty when zstd finds too little to train on.
    private static func trainDictionary(samples: [UInt8], sizes: [Int], characters: StoreCharacterCode.Counts) -> [UInt8] {
        let code = characters.code
        var coded = ByteWriter(), codedSizes: [Int] = []
        var start = 0
        for size in sizes {
            let before = coded.count
            samples[start..<(start + size)].withUnsafeBytes { coded.append(contentsOf: encoded($0, code: code)) }
            codedSizes.append(coded.count - before)
            start += size
        }
        // A dictionary much larger than a tenth of the text it learns from costs more than it saves.
        let dictionary = Zstd.trainDictionary(samples: coded.bytes, sizes: codedSizes, capacity: min(dictionaryCapacity, samples.count / 10))
        return dictionary.isEmpty ? [] : StoreDictionary.body(code: code, dictionary: dictionary)
    }

    /// The code and the zstd dictionary of a dictionary this writer trained or inherited (none of either
    /// when it is empty).
    private static func parts(of dictionary: [UInt8]) -> (code: StoreCharacterCode?, zstdDictionary: [UInt8]) {
        guard !dictionary.isEmpty else { return (nil, []) }
        return dictionary.withUnsafeBytes { body in
            let parts = StoreDictionary.parts(of: body)!
            return (parts.code, Array(parts.dictionary))
        }
    }

    /// Entries (whole ones, as `add` makes them) as a block stores them: a literal entry's text in `code`
    /// (its length counted in the code's bytes), everything else as it is; as they are without a code.
    static func encoded(_ entries: UnsafeRawBufferPointer, code: StoreCharacterCode?) -> [UInt8] {
        guard let code else { return Array(entries) }
        var reader = ByteReader(entries)
        var output = ByteWriter(), text = ByteWriter()
        do {
            while !reader.isAtEnd {
                let start = reader.offset
                let tag = try reader.int()
                if tag & 1 == 0 {
                    let afterTag = reader.offset
                    _ = try reader.int()
                    _ = try reader.bytes(try reader.int())
                    let pathEnd = reader.offset
                    text.bytes.removeAll(keepingCapacity: true)
                    code.encode(try reader.bytes(tag >> 2), into: &text)
                    output.appendVarint(text.count << 2 | tag & 3)
                    output.append(contentsOf: entries[afterTag..<pathEnd])
                    output.append(contentsOf: text.bytes)
                } else {
                    let spans = try reader.int()
                    for _ in 0..<(2 * spans) { _ = try reader.int() }
                    output.append(contentsOf: entries[start..<reader.offset])
                }
            }
        } catch {
            preconditionFailure("the store's own entries are whole")
        }
        return output.bytes
    }

    /// Compresses the held entries, whose last ends a block: `add` flushes after an entry that ends
    /// one, training follows the entry that completes the sample, which ends one too, and `body` ends
    /// the last.
    private mutating func flushBlocks() {
        let compressor = compressor!
        let first = count - trainingSizes.count
        var start = 0
        for block in heldBlocks {
            let size = trainingSizes[block].reduce(0, +)
            let raw = training.bytes[start..<(start + size)].withUnsafeBytes { TextStoreWriter.encoded($0, code: code) }
            let compressed = compressor.compress(raw)
            index.append((UInt32(first + block.lowerBound), UInt64(blocks.count), UInt32(compressed.count), UInt32(raw.count)))
            blocks.append(contentsOf: compressed)
            start += size
        }
        training = ByteWriter()
        trainingSizes = []
        heldBlockEnds = []
    }

    /// Trains the dictionary (unless inherited) and compresses every entry held, the blocks on `threads`
    /// threads (the same bytes whatever their number, and as `add` would have made them one at a time).
    private mutating func compressDeferred(threads: Int) {
        // Inherited, or trained ahead on the same entries: the first ones that reach `trainingBytes`.
        dictionary = dictionaryForLater(concurrently: false).value()
        let (code, zstdDictionary) = TextStoreWriter.parts(of: dictionary)
        var starts = [0]
        for size in trainingSizes { starts.append(starts[starts.count - 1] + size) }
        let offsets = starts
        let cuts = heldBlocks
        // Chunks of blocks handed to the threads, each compressing with a compressor of its own (`ZstdCompressors`).
        let chunkSize = 64
        let chunks = stride(from: 0, to: cuts.count, by: chunkSize).map { $0..<min($0 + chunkSize, cuts.count) }
        let bytes = training.bytes, first = count - trainingSizes.count
        let compressors = ZstdCompressors(dictionary: zstdDictionary)
        OrderedParallelMap(threads: threads).run(chunks, transform: { chunk in
            compressors.withCompressor { compressor in
                chunk.map { block in
                    let raw = bytes[offsets[cuts[block].lowerBound]..<offsets[cuts[block].upperBound]].withUnsafeBytes {
                        TextStoreWriter.encoded($0, code: code)
                    }
                    return (compressor.compress(raw), raw.count)
                }
            }
        }, consume: { compressed in
            for (block, raw) in compressed {
                let cut = cuts[index.count]
                index.append((UInt32(first + cut.lowerBound), UInt64(blocks.count), UInt32(block.count), UInt32(raw)))
                blocks.append(contentsOf: block)
            }
        })
        training = ByteWriter()
        trainingSizes = []
        heldBlockEnds = []
    }

    /// The body, naming the dictionary its blocks were compressed with (`dictionary`, which is not in it);
    /// with `deferringCompression`, the blocks are compressed on `threads` threads.
    mutating func body(threads: Int = 1) -> [UInt8] {
        endLastBlock()
        if deferringCompression {
            compressDeferred(threads: threads)
        } else if compressor == nil { train() } else if !trainingSizes.isEmpty { flushBlocks() }
        var writer = ByteWriter(bytes: blocks.bytes)
        let indexOffset = writer.count
        for entry in index {
            writer.appendUInt32(entry.first)
            writer.appendUInt64(entry.offset)
            writer.appendUInt32(entry.compressed)
            writer.appendUInt32(entry.raw)
        }
        writer.appendUInt32(StoreDictionary.id(of: dictionary))
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
    /// The dictionary its blocks were compressed with (nil when none), shared with the other segments'
    /// stores that name the same.
    let dictionary: StoreDictionary?
    private let firstUnits: [Int]
    private let offsets: [Int]
    private let compressedLengths: [Int]
    private let rawLengths: [Int]

    /// The store in `file`, whose blocks decompress with `dictionary` (the file its segment names, see
    /// `StoreDictionary`): the dictionary ID its trailer records must be that one's (0 with none).
    init(file: MappedFile, dictionary: StoreDictionary?) throws(IndexError) {
        self.file = file
        self.dictionary = dictionary
        do {
            guard file.body.count >= 20 else { throw file.malformed("store") }
            var trailer = file.reader(at: file.body.count - 20)
            let dictionaryID = try trailer.uint32()
            count = Int(try trailer.uint32())
            let blocks = Int(try trailer.uint32())
            let indexOffset = Int(clamping: try trailer.uint64())
            guard indexOffset <= file.body.count, indexOffset + blocks * 20 + 20 == file.body.count else {
                throw file.malformed("store index")
            }
            guard dictionaryID == dictionary?.id ?? 0 else {
                throw file.malformed("store: compressed with dictionary \(dictionaryID), opened with \(dictionary.map { "\($0.id) (\($0.file.path))" } ?? "none")")
            }
            var reader = file.reader(at: indexOffset)
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

    /// The section path and text of `unit`, decoding only its own strings from its block.
    func entry(_ unit: Int) throws(IndexError) -> StoredUnit {
        var found: StoredUnit?
        try walkEntries(block: block(of: unit), only: [unit]) { _, section, text in
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

    /// One entry of a block as it is stored.
    private enum Entry {
        /// Its text, in the decompressed block; its path is the walk's, ending with the text's first
        /// line when `elided` (`fullPath`).
        case literal(text: UnsafeRawBufferPointer, elided: Bool)
        /// Spans of the text of the literal entry `unit`, joined by line breaks.
        case quotation(unit: Int, spans: (Range<Int>, Range<Int>?))
    }

    /// Reads the entries of `block`, decompressed as `raw`, in order: calls `body` with each unit's
    /// number, its stored path as rebuilt so far (a literal entry's without the heading it elides; a
    /// quotation's is its quoted entry's, not rebuilt here) and the entry, until `body` returns false. A walk to the end checks that the block holds exactly
    /// its units.
    private func scanEntries(block: Int, raw: UnsafeRawBufferPointer, _ body: (_ unit: Int, _ path: [UInt8], _ entry: Entry) throws(IndexError) -> Bool)
        throws(IndexError) {
        let first = firstUnits[block]
        let end = block + 1 < firstUnits.count ? firstUnits[block + 1] : count
        var reader = ByteReader(raw)
        var path: [UInt8] = []
        for unit in first..<end {
            let entry: Entry
            do {
                let tag = try reader.int()
                if tag & 1 == 0 {
                    let shared = try reader.int()
                    guard shared <= path.count else { throw file.malformed("store block \(block)") }
                    path.removeLast(path.count - shared)
                    path.append(contentsOf: try reader.bytes(try reader.int()))
                    entry = .literal(text: try reader.bytes(tag >> 2), elided: tag & 2 != 0)
                } else {
                    let distance = tag >> 1
                    let spanCount = try reader.int()
                    guard distance >= 1, distance <= unit, spanCount == 1 || spanCount == 2 else { throw file.malformed("store block \(block)") }
                    let head = try reader.int()
                    let first = head..<(head + (try reader.int()))
                    var second: Range<Int>?
                    if spanCount == 2 {
                        let start = try reader.int()
                        second = start..<(start + (try reader.int()))
                    }
                    entry = .quotation(unit: unit - distance, spans: (first, second))
                }
            } catch let error as IndexError {
                throw error
            } catch {
                throw file.malformed("store block \(block)")
            }
            guard try body(unit, path, entry) else { return }
        }
        guard reader.isAtEnd else { throw file.malformed("store block \(block)") }
    }

    /// Walks the entries of `block` in order — the one reader of the block's layout: calls `body`
    /// with each unit's number (in the segment) and its section path and text as UTF-8 bytes, valid
    /// only during the call, until `body` returns false; with `only` (ascending unit numbers), for
    /// those units alone, the others passed over without their quotations being resolved. A
    /// quotation's text is put together from the entry it quotes (in this block or another,
    /// decompressed for it). A walk to the end checks that the block holds exactly its units; a length
    /// past the block, a path sharing more than the previous one has, or a quotation of something
    /// other than an earlier literal entry's text, is damage.
    func walkEntries(block: Int, only: [Int]? = nil,
                     _ body: (_ unit: Int, _ section: UnsafeBufferPointer<UInt8>, _ text: UnsafeBufferPointer<UInt8>) throws(IndexError) -> Bool)
        throws(IndexError) {
        let raw = try decompressed(block: block)
        defer { withExtendedLifetime(raw) {} }
        var wanted = only?.makeIterator()
        var next = wanted?.next()
        // The last other block a quotation was read from.
        var quoted: (block: Int, raw: OwnedBytes)?
        var assembled: [UInt8] = []
        var decoded: [UInt8] = []
        try scanEntries(block: block, raw: raw.bytes) { unit, path, entry throws(IndexError) in
            if wanted != nil {
                guard let wantedUnit = next else { return false }
                guard unit == wantedUnit else { return true }
                next = wanted!.next()
            }
            switch entry {
            case .literal(let stored, let elided):
                return try withText(stored, block: block, decoded: &decoded) { text throws(IndexError) in
                    try deliver(unit, TextStore.fullPath(path, text: text, elided: elided), text, to: body)
                }
            case .quotation(let target, let spans):
                let source = self.block(of: target)
                if source != block, quoted?.block != source { quoted = (source, try decompressed(block: source)) }
                let sourceRaw = source == block ? raw : quoted!.raw
                defer { withExtendedLifetime(sourceRaw) {} }
                var delivered: Bool?
                try scanEntries(block: source, raw: sourceRaw.bytes) { number, sourcePath, sourceEntry throws(IndexError) in
                    guard number == target else { return true }
                    guard case .literal(let stored, let elided) = sourceEntry else {
                        throw file.malformed("store block \(block) (unit \(unit) quotes \(target))")
                    }
                    try withText(stored, block: source, decoded: &decoded) { text throws(IndexError) in
                        guard spans.0.upperBound <= text.count, spans.1.map({ $0.upperBound <= text.count }) ?? true else {
                            throw file.malformed("store block \(block) (unit \(unit) quotes \(target))")
                        }
                        assembled.removeAll(keepingCapacity: true)
                        assembled.append(contentsOf: text[spans.0])
                        if let second = spans.1 {
                            assembled.append(0x0A)
                            assembled.append(contentsOf: text[second])
                        }
                        var failure: IndexError?
                        assembled.withUnsafeBytes { assembledText in
                            do throws(IndexError) {
                                delivered = try deliver(unit, TextStore.fullPath(sourcePath, text: text, elided: elided), assembledText, to: body)
                            } catch { failure = error }
                        }
                        if let failure { throw failure }
                    }
                    return false
                }
                guard let delivered else { throw file.malformed("store block \(block) (unit \(unit) quotes \(target))") }
                return delivered
            }
        }
    }

    /// `body` with a literal entry's text as UTF-8: its `stored` bytes decoded from the dictionary's
    /// character code into `decoded` (reused from entry to entry), or the bytes themselves in a store
    /// without a dictionary. Bytes that are not text in the code are damage.
    private func withText<Result>(_ stored: UnsafeRawBufferPointer, block: Int, decoded: inout [UInt8],
                                  _ body: (UnsafeRawBufferPointer) throws(IndexError) -> Result) throws(IndexError) -> Result {
        guard let code = dictionary?.code else { return try body(stored) }
        guard let length = code.decode(stored, into: &decoded) else { throw file.malformed("store block \(block) (a text not in its code)") }
        var result: Result?
        var failure: IndexError?
        decoded.withUnsafeBytes { bytes in
            do throws(IndexError) { result = try body(UnsafeRawBufferPointer(rebasing: bytes[0..<length])) } catch { failure = error }
        }
        if let failure { throw failure }
        return result!
    }

    /// What joins the headings of a path, as UTF-8.
    static let separator = Array(IndexUnit.pathSeparator.utf8)

    /// A literal entry's path: its stored path, followed — when the entry elides it — by its text's
    /// first line, its own heading (after the separator unless the stored path is empty).
    private static func fullPath(_ stored: [UInt8], text: UnsafeRawBufferPointer, elided: Bool) -> [UInt8] {
        guard elided else { return stored }
        let firstLine = text.prefix { $0 != 0x0A }
        return stored.isEmpty ? Array(firstLine) : stored + separator + firstLine
    }

    /// Hands one entry's path and text to a walk's `body`.
    private func deliver(_ unit: Int, _ path: [UInt8], _ text: UnsafeRawBufferPointer,
                         to body: (_ unit: Int, _ section: UnsafeBufferPointer<UInt8>, _ text: UnsafeBufferPointer<UInt8>) throws(IndexError) -> Bool)
        throws(IndexError) -> Bool {
        var goesOn = true
        var failure: IndexError?
        path.withUnsafeBufferPointer { section in
            do throws(IndexError) { goesOn = try body(unit, section, text.assumingMemoryBound(to: UInt8.self)) } catch { failure = error }
        }
        if let failure { throw failure }
        return goesOn
    }

    /// The bytes `block` decompresses to.
    func decompressed(block: Int) throws(IndexError) -> OwnedBytes {
        guard rawLengths[block] <= TextStore.largestBlock else { throw file.malformed("store block \(block)") }
        let compressed = UnsafeRawBufferPointer(rebasing: file.body[offsets[block]..<(offsets[block] + compressedLengths[block])])
        guard let raw = Zstd.decompress(compressed, rawLength: rawLengths[block], dictionary: dictionary?.digested) else {
            throw file.malformed("store block \(block)")
        }
        return raw
    }
}
