/// A source file as the index knows it: its content hash, and the units it produced.
public struct SourceRecord: Sendable, Hashable {
    /// The path as given or found.
    public var path: String
    public var hash: ContentHash
    /// The first of its units and how many there are; they are consecutive.
    public var firstUnit: Int
    public var unitCount: Int

    public init(path: String, hash: ContentHash, firstUnit: Int, unitCount: Int) {
        self.path = path
        self.hash = hash
        self.firstUnit = firstUnit
        self.unitCount = unitCount
    }
}

/// The source table file: a record per indexed file.
///
/// Body: count · per file: path · size (u64) · FNV-1a 64 (u64) · CRC32 (u32) · first unit · unit count.
enum SourceTable {
    static func body(_ sources: [SourceRecord]) -> [UInt8] {
        var writer = ByteWriter()
        writer.appendVarint(sources.count)
        for source in sources {
            writer.appendString(source.path)
            writer.appendUInt64(UInt64(source.hash.size))
            writer.appendUInt64(source.hash.fnv1a)
            writer.appendUInt32(source.hash.crc32)
            writer.appendVarint(source.firstUnit)
            writer.appendVarint(source.unitCount)
        }
        return writer.bytes
    }

    static func read(_ file: MappedFile, unitCount: Int) throws(IndexError) -> [SourceRecord] {
        do {
            var reader = file.reader()
            var sources: [SourceRecord] = []
            for _ in 0..<(try reader.int()) {
                let path = try reader.string()
                let hash = ContentHash(size: Int(clamping: try reader.uint64()), fnv1a: try reader.uint64(), crc32: try reader.uint32())
                let first = try reader.int()
                let count = try reader.int()
                guard first + count <= unitCount else { throw file.malformed("source \(path)") }
                sources.append(SourceRecord(path: path, hash: hash, firstUnit: first, unitCount: count))
            }
            guard reader.isAtEnd else { throw file.malformed("source table") }
            return sources
        } catch let error as IndexError {
            throw error
        } catch {
            throw file.malformed("source table")
        }
    }
}
