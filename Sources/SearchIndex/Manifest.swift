/// The manifest: which generation is current and the files that make it up, each with its size and
/// CRC32. Publishing a new manifest (by an atomic rename) is what commits a generation.
///
/// Body: generation (u64) · analyser name · unit count · file count · per file: role (4 ASCII bytes),
/// name, size (u64), CRC32 (u32).
struct Manifest: Equatable {
    struct Entry: Equatable {
        /// The structure the file holds: `TERM`, `POST`, `POSI`, `UNIT`, `STOR`, `SRCS`.
        var role: String
        var name: String
        var size: Int
        var crc32: UInt32
    }

    static let kind = "MANI"
    static let fileName = "manifest"

    var generation: Int
    /// How the text was analysed; an index analysed differently is rebuilt, not reused.
    var analyzer: String
    var unitCount: Int
    var files: [Entry]

    func entry(_ role: String) -> Entry? { files.first { $0.role == role } }

    func body() -> [UInt8] {
        var writer = ByteWriter()
        writer.appendUInt64(UInt64(generation))
        writer.appendString(analyzer)
        writer.appendVarint(unitCount)
        writer.appendVarint(files.count)
        for file in files {
            writer.append(contentsOf: file.role.utf8)
            writer.appendString(file.name)
            writer.appendUInt64(UInt64(file.size))
            writer.appendUInt32(file.crc32)
        }
        return writer.bytes
    }

    init(generation: Int, analyzer: String, unitCount: Int, files: [Entry]) {
        self.generation = generation
        self.analyzer = analyzer
        self.unitCount = unitCount
        self.files = files
    }

    init(file: MappedFile) throws(IndexError) {
        do {
            var reader = file.reader()
            generation = Int(clamping: try reader.uint64())
            analyzer = try reader.string()
            unitCount = try reader.int()
            var files: [Entry] = []
            for _ in 0..<(try reader.int(max: 64)) {
                let role = String(decoding: try reader.bytes(4), as: UTF8.self)
                let name = try reader.string()
                guard !name.contains("/"), !name.isEmpty else { throw file.malformed("manifest entry") }
                files.append(Entry(role: role, name: name, size: Int(clamping: try reader.uint64()), crc32: try reader.uint32()))
            }
            guard reader.isAtEnd else { throw file.malformed("manifest") }
            self.files = files
        } catch let error as IndexError {
            throw error
        } catch {
            throw file.malformed("manifest")
        }
    }
}
