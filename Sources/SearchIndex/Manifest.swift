/// The manifest: which generation is current, the live segments that make it up (each with its files
/// and the deletion bitmap of this generation, if any units of it are deleted), and the files of the
/// generation itself (the duplicate groups), each with its size and CRC32. Publishing a new manifest (by
/// an atomic rename) is what commits a generation.
///
/// Body: generation (u64) · analyser name · live unit count · segment count · per segment: id · unit
/// count · deleted unit count · file count · files · generation file count · files. A file: role (4
/// ASCII bytes), name, size (u64), CRC32 (u32).
struct Manifest: Equatable {
    struct Entry: Equatable {
        /// The structure the file holds: `TERM`, `POST`, `POSI`, `UNIT`, `STOR`, `SDIC`, `SRCS`, `DSIG`, `DELE`, `DUPS`, `PAIR`.
        var role: String
        var name: String
        var size: Int
        var crc32: UInt32
    }

    /// One immutable segment: its files, and how many of its units this generation has deleted.
    struct Segment: Equatable {
        var id: Int
        /// Units in the segment, deleted ones included (global unit numbers count them).
        var unitCount: Int
        var deletedCount: Int
        /// The segment's own files, the store dictionary's file it shares with the other segments that
        /// compress with it and, when units are deleted, this generation's `DELE` file.
        var files: [Entry]

        func entry(_ role: String) -> Entry? { files.first { $0.role == role } }

        var liveCount: Int { unitCount - deletedCount }
    }

    static let kind = "MANI"
    static let fileName = "manifest"

    var generation: Int
    /// How the text was analysed; an index analysed differently is rebuilt, not reused.
    var analyzer: String
    /// Live units (deleted ones left out).
    var unitCount: Int
    var segments: [Segment]
    /// The generation's own files (`DUPS`).
    var files: [Entry]

    func entry(_ role: String) -> Entry? { files.first { $0.role == role } }

    /// Every file the manifest names, once (segments that share a store dictionary each name its file).
    var allFiles: [Entry] {
        var seen = Set<String>()
        return (segments.flatMap(\.files) + files).filter { seen.insert($0.name).inserted }
    }

    func body() -> [UInt8] {
        var writer = ByteWriter()
        func append(_ files: [Entry]) {
            writer.appendVarint(files.count)
            for file in files {
                writer.append(contentsOf: file.role.utf8)
                writer.appendString(file.name)
                writer.appendUInt64(UInt64(file.size))
                writer.appendUInt32(file.crc32)
            }
        }
        writer.appendUInt64(UInt64(generation))
        writer.appendString(analyzer)
        writer.appendVarint(unitCount)
        writer.appendVarint(segments.count)
        for segment in segments {
            writer.appendVarint(segment.id)
            writer.appendVarint(segment.unitCount)
            writer.appendVarint(segment.deletedCount)
            append(segment.files)
        }
        append(files)
        return writer.bytes
    }

    init(generation: Int, analyzer: String, unitCount: Int, segments: [Segment], files: [Entry]) {
        self.generation = generation
        self.analyzer = analyzer
        self.unitCount = unitCount
        self.segments = segments
        self.files = files
    }

    init(file: MappedFile) throws(IndexError) {
        do {
            var reader = file.reader()
            func entries() throws -> [Entry] {
                var files: [Entry] = []
                for _ in 0..<(try reader.int(max: 64)) {
                    let role = String(decoding: try reader.bytes(4), as: UTF8.self)
                    let name = try reader.string()
                    guard !name.contains("/"), !name.isEmpty, name != Manifest.fileName else { throw file.malformed("manifest entry") }
                    files.append(Entry(role: role, name: name, size: Int(clamping: try reader.uint64()), crc32: try reader.uint32()))
                }
                return files
            }
            generation = Int(clamping: try reader.uint64())
            analyzer = try reader.string()
            unitCount = try reader.int()
            var segments: [Segment] = []
            for _ in 0..<(try reader.int(max: 1 << 16)) {
                let id = try reader.int()
                let units = try reader.int(max: Int(UInt32.max))
                let deleted = try reader.int(max: units)
                segments.append(Segment(id: id, unitCount: units, deletedCount: deleted, files: try entries()))
            }
            self.segments = segments
            files = try entries()
            guard reader.isAtEnd, Set(segments.map(\.id)).count == segments.count,
                  segments.reduce(0, { $0 + $1.liveCount }) == unitCount,
                  segments.reduce(0, { $0 + $1.unitCount }) < Int(UInt32.max) else { throw file.malformed("manifest") }
        } catch let error as IndexError {
            throw error
        } catch {
            throw file.malformed("manifest")
        }
    }
}
