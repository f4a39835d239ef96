/// The per-unit table of a segment: kind, year, field length (for BM25), source and document of every
/// unit, as fixed 28-byte records over a pool of distinct strings (section paths, nearly all
/// distinct, are in the store).
///
/// Body: the length (u64) and zstd compression of: kind names (count, strings) · string count ·
/// string offsets (u32 each, one extra for the end) · string bytes · unit count · records as byte
/// planes (the first byte of every record, then the second byte of every record, …: consecutive
/// units share their source, document and year, and lengths differ in their low bytes only, so each
/// plane is long runs that compress far better than whole records side by side). A record: kind (u8) · has-year (u8) · year (u16) ·
/// length (u32) · source, document index, document (u32 each; strings by id) · text length (u32: the
/// positions of the unit's own text, without the headings above it, by which near-duplicate grouping
/// chooses the units it compares) · heading length (u32: the positions at the start of the field that
/// are the unit's title or heading path, for field-weighted scoring). Duplicate groups are not here: they change with every generation
/// (`DuplicateTable`).
struct UnitTableWriter {
    static let recordSize = 28

    private var kinds: [String] = []
    private var kindIDs: [String: Int] = [:]
    private var strings: [String] = []
    private var stringIDs: [String: UInt32] = [:]
    private var records = ByteWriter()
    private(set) var count = 0

    /// Roughly the memory it holds: records, lengths and the strings (sources and titles) with their ids.
    var estimatedBytes: Int { records.count + 8 * count + stringBytes }
    private var stringBytes = 0
    /// Every unit's field length, for the block maxima of the postings.
    private(set) var lengths: [UInt32] = []
    /// Every unit's heading length (positions of its title or heading path), likewise.
    private(set) var headingLengths: [UInt32] = []

    /// The last source's and the last document's ids: consecutive units share them, and comparing a
    /// string with the last one (the same storage, mostly: equal at once) costs far less than hashing
    /// it, which normalises it first.
    private var lastSource: (string: String, id: UInt32)?
    private var lastDocument: (string: String, id: UInt32)?

    private mutating func stringID(_ string: String) -> UInt32 {
        if let id = stringIDs[string] { return id }
        let id = UInt32(strings.count)
        strings.append(string)
        stringIDs[string] = id
        stringBytes += 2 * string.utf8.count + 64
        return id
    }

    mutating func add(_ unit: IndexUnit, length: Int, textLength: Int, headingLength: Int) {
        let kind: Int
        if let known = kindIDs[unit.kind.rawValue] {
            kind = known
        } else {
            kind = kinds.count
            kinds.append(unit.kind.rawValue)
            kindIDs[unit.kind.rawValue] = kind
        }
        records.append(UInt8(kind))
        records.append(unit.year == nil ? 0 : 1)
        records.appendUInt16(UInt16(clamping: unit.year ?? 0))
        records.appendUInt32(UInt32(clamping: length))
        lengths.append(UInt32(clamping: length))
        if lastSource?.string != unit.source { lastSource = (unit.source, stringID(unit.source)) }
        records.appendUInt32(lastSource!.id)
        records.appendUInt32(UInt32(clamping: unit.documentIndex))
        if lastDocument?.string != unit.document { lastDocument = (unit.document, stringID(unit.document)) }
        records.appendUInt32(lastDocument!.id)
        records.appendUInt32(UInt32(clamping: textLength))
        records.appendUInt32(UInt32(clamping: headingLength))
        headingLengths.append(UInt32(clamping: headingLength))
        count += 1
    }

    func body() -> [UInt8] {
        var writer = ByteWriter()
        writer.appendVarint(kinds.count)
        for kind in kinds { writer.appendString(kind) }
        writer.appendVarint(strings.count)
        var offset: UInt32 = 0
        var pool = ByteWriter()
        for string in strings {
            writer.appendUInt32(offset)
            pool.append(contentsOf: string.utf8)
            offset = UInt32(pool.count)
        }
        writer.appendUInt32(offset)
        writer.append(contentsOf: pool.bytes)
        writer.appendVarint(count)
        let records = records.bytes, size = UnitTableWriter.recordSize
        for plane in 0..<size {
            for unit in 0..<count { writer.append(records[unit * size + plane]) }
        }
        var body = ByteWriter()
        body.appendUInt64(UInt64(writer.count))
        body.append(contentsOf: ZstdCompressor(level: UnitTableWriter.compressionLevel).compress(writer.bytes))
        return body.bytes
    }

    /// zstd's level for the table: its byte planes are mostly runs, which level 9 finds as well as the
    /// slow levels (it is compressed once per segment, beside the postings).
    static let compressionLevel: Int32 = 9
}

/// A unit's entry in the unit table.
struct UnitRecord {
    var kind: UnitKind
    var year: Int?
    var length: Int
    var source: Int
    var documentIndex: Int
    var document: Int
    var duplicateGroup: Int?
}

/// Reads the unit table from its mapped file.
struct UnitTable {
    let file: MappedFile
    /// The table inflated; `body` reads it.
    private let storage: OwnedBytes
    private let body: UnsafeRawBufferPointer
    let kinds: [UnitKind]
    let count: Int
    let stringCount: Int
    private let offsetsStart: Int
    private let poolStart: Int
    private let recordsStart: Int

    init(file: MappedFile) throws(IndexError) {
        self.file = file
        var header = file.reader()
        guard let rawLength = try? header.uint64(), rawLength < 1 << 34,
              let planar = Zstd.decompress(UnsafeRawBufferPointer(rebasing: file.body[header.offset...]), rawLength: Int(rawLength)) else {
            throw file.malformed("unit table")
        }
        do {
            var reader = ByteReader(planar.bytes)
            var kinds: [UnitKind] = []
            for _ in 0..<(try reader.int(max: 256)) { kinds.append(UnitKind(rawValue: try reader.string())) }
            self.kinds = kinds
            stringCount = try reader.int()
            offsetsStart = reader.offset
            _ = try reader.bytes(4 * stringCount)
            let poolLength = Int(try reader.uint32())
            poolStart = reader.offset
            _ = try reader.bytes(poolLength)
            count = try reader.int()
            recordsStart = reader.offset
            guard reader.base.count - recordsStart == count * UnitTableWriter.recordSize else { throw file.malformed("unit table") }
            storage = UnitTable.interleaved(planar, recordsStart: recordsStart, count: count)
            let body = storage.bytes
            self.body = body
            var previous: UInt32 = 0
            for index in 0...stringCount {
                let offset = body.loadUnaligned(fromByteOffset: offsetsStart + 4 * index, as: UInt32.self).littleEndian
                guard offset >= previous, Int(offset) <= poolLength else { throw file.malformed("unit table strings") }
                previous = offset
            }
            for unit in 0..<count {
                let base = recordsStart + unit * UnitTableWriter.recordSize
                guard Int(body[base]) < kinds.count,
                      body.loadUnaligned(fromByteOffset: base + 24, as: UInt32.self).littleEndian
                        <= body.loadUnaligned(fromByteOffset: base + 4, as: UInt32.self).littleEndian
                else { throw file.malformed("unit \(unit)") }
                for field in [8, 16] {
                    let id = body.loadUnaligned(fromByteOffset: base + field, as: UInt32.self).littleEndian
                    guard Int(id) < stringCount else { throw file.malformed("unit \(unit)") }
                }
            }
        } catch let error as IndexError {
            throw error
        } catch {
            throw file.malformed("unit table")
        }
    }

    /// `planar`'s records turned from byte planes back into records of `recordSize` bytes, so that a
    /// unit's fields are read in place.
    private static func interleaved(_ planar: OwnedBytes, recordsStart: Int, count: Int) -> OwnedBytes {
        let size = UnitTableWriter.recordSize
        let output = OwnedBytes(count: planar.count)
        let source = planar.bytes, target = output.mutable
        target.baseAddress!.copyMemory(from: source.baseAddress!, byteCount: recordsStart)
        for plane in 0..<size {
            let from = recordsStart + plane * count
            for unit in 0..<count { target[recordsStart + unit * size + plane] = source[from + unit] }
        }
        return output
    }

    private func uint32(_ offset: Int) -> UInt32 {
        body.loadUnaligned(fromByteOffset: offset, as: UInt32.self).littleEndian
    }

    /// The string with id `id`; ids were checked when the table was opened.
    func string(_ id: Int) -> String {
        let start = Int(uint32(offsetsStart + 4 * id))
        let end = Int(uint32(offsetsStart + 4 * id + 4))
        return String(decoding: UnsafeRawBufferPointer(rebasing: body[(poolStart + start)..<(poolStart + end)]), as: UTF8.self)
    }

    /// The field length of unit `unit`, in positions.
    func length(_ unit: Int) -> Int {
        Int(uint32(recordsStart + unit * UnitTableWriter.recordSize + 4))
    }

    /// The positions at the start of unit `unit`'s field that are its title or heading path.
    func headingLength(_ unit: Int) -> Int {
        Int(uint32(recordsStart + unit * UnitTableWriter.recordSize + 24))
    }

    /// The positions of unit `unit`'s own text (without the headings above it).
    func textLength(_ unit: Int) -> Int {
        Int(uint32(recordsStart + unit * UnitTableWriter.recordSize + 20))
    }

    func kindIndex(_ unit: Int) -> Int { Int(body[recordsStart + unit * UnitTableWriter.recordSize]) }

    func record(_ unit: Int) -> UnitRecord {
        let base = recordsStart + unit * UnitTableWriter.recordSize
        let hasYear = body[base + 1] != 0
        let year = Int(body.loadUnaligned(fromByteOffset: base + 2, as: UInt16.self).littleEndian)
        return UnitRecord(kind: kinds[Int(body[base])], year: hasYear ? year : nil, length: Int(uint32(base + 4)),
                          source: Int(uint32(base + 8)), documentIndex: Int(uint32(base + 12)),
                          document: Int(uint32(base + 16)), duplicateGroup: nil)
    }
}
