#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Deduplication

/// A segment's duplicate signatures (`s<ID>.dsig`), written with the segment when near-duplicates are
/// grouped, carried into merged segments, and read by `DuplicateGrouper` at every commit.
///
/// Body: band count · record count · per record, ascending by unit: unit (delta from the previous
/// record's, varints) · role (u8: 0 section, 1 document, 2 short section) · then
/// - section: key length (varint) · key hash (u64) · band keys (the top `bandKeyBits` bits of
///   each, 3 bytes, little-endian);
/// - document: the same · section count · its sections (deltas from the document's unit, varints);
/// - short section: its document (the unit's number less the document's, varint) · text key length
///   (varint) · text key hash (u64).
enum DuplicateSignatureTable {
    static let role = "DSIG"
    /// The bits of a band key that are stored (the top ones), fewer than `LSHBanding.keyBits`: the
    /// keys are random and most of the file, and a chance collision only adds a candidate pair that
    /// verification (the two texts' shingles, read back) drops — at 24 bits about n² / 2²⁵ per band
    /// for n texts — so the groups and pairs stay the same, for a third less of the file.
    static let bandKeyBits = 24
    /// Bytes of a stored band key.
    static let bandKeyBytes = bandKeyBits / 8

    /// The file's body for `signatures` (ascending by unit) with `bands` band keys each.
    static func body(_ signatures: [DuplicateSignature], bands: Int) -> [UInt8] {
        var writer = ByteWriter()
        writer.appendVarint(bands)
        writer.appendVarint(signatures.count)
        var previous = 0
        func append(_ key: ExactKey) {
            writer.appendVarint(key.count)
            writer.appendUInt64(key.hash)
        }
        func append(bands keys: [UInt64]) {
            precondition(keys.count == bands, "one key per band")
            for key in keys {
                let top = key >> UInt64(64 - bandKeyBits)
                for byte in 0..<bandKeyBytes { writer.append(UInt8(truncatingIfNeeded: top >> UInt64(8 * byte))) }
            }
        }
        for signature in signatures {
            writer.appendVarint(signature.unit - previous)
            previous = signature.unit
            switch signature.role {
            case .section(let key, let keys):
                writer.append(0)
                append(key)
                append(bands: keys)
            case .document(let key, let keys, let sections):
                writer.append(1)
                append(key)
                append(bands: keys)
                writer.appendVarint(sections.count)
                for section in sections { writer.appendVarint(section - signature.unit) }
            case .shortSection(let document, let text):
                writer.append(2)
                writer.appendVarint(signature.unit - document)
                append(text)
            }
        }
        return writer.bytes
    }

    /// One stored record, its band keys left in the file (`bandKey(_:at:in:)` reads them).
    struct Record {
        enum Role: UInt8 {
            case section = 0
            case document = 1
            case shortSection = 2
        }

        var unit: Int
        var role: Role
        /// The key of the compared characters (a section, a document) or of the text (a short section).
        var key: ExactKey
        /// Where the band keys start in the body (sections and documents).
        var bandsOffset: Int
        /// Where a document's section list starts in the body.
        var sectionsOffset: Int
        /// A short section's document.
        var document: Int
    }

    /// Calls `body` with every record of `file`, a segment of `unitCount` units, in order; checks every bound.
    static func forEach(in file: MappedFile, unitCount: Int, _ body: (Record) throws(IndexError) -> Void) throws(IndexError) {
        do {
            var reader = file.reader()
            let bands = try reader.int(max: 1024)
            var unit = 0
            for index in 0..<(try reader.int(max: unitCount)) {
                let delta = try reader.int(max: unitCount)
                guard index == 0 || delta > 0 else { throw file.malformed("duplicate signatures (units out of order)") }
                unit += delta
                guard unit < unitCount, let role = Record.Role(rawValue: try reader.byte()) else { throw file.malformed("duplicate signatures") }
                var record = Record(unit: unit, role: role, key: ExactKey(count: 0, hash: 0), bandsOffset: 0, sectionsOffset: 0, document: unit)
                if role == .shortSection {
                    record.document = unit - (try reader.int(max: unit))
                }
                record.key = ExactKey(count: try reader.int(), hash: try reader.uint64())
                if role != .shortSection {
                    record.bandsOffset = reader.offset
                    _ = try reader.bytes(bands * bandKeyBytes)
                }
                if role == .document {
                    record.sectionsOffset = reader.offset
                    for _ in 0..<(try reader.int(max: unitCount)) {
                        guard unit + (try reader.int(max: unitCount)) < unitCount else { throw file.malformed("duplicate signatures (a section past the segment)") }
                    }
                }
                try body(record)
            }
            guard reader.isAtEnd else { throw file.malformed("duplicate signatures") }
        } catch let error as IndexError {
            throw error
        } catch {
            throw file.malformed("duplicate signatures")
        }
    }

    /// The number of band keys per record of `file`.
    static func bandCount(of file: MappedFile) throws(IndexError) -> Int {
        var reader = file.reader()
        do { return try reader.int(max: 1024) } catch { throw file.malformed("duplicate signatures") }
    }

    /// Band key `band` of the record whose band keys start at `offset` (checked by `forEach`), in
    /// the high bits as `LSHBanding` compares them.
    static func bandKey(_ band: Int, at offset: Int, in file: MappedFile) -> UInt64 {
        var top: UInt64 = 0
        let start = offset + band * bandKeyBytes
        for byte in 0..<bandKeyBytes { top |= UInt64(file.body[start + byte]) << UInt64(8 * byte) }
        return top << UInt64(64 - bandKeyBits)
    }

    /// The section units of the document record whose list starts at `offset` (checked by `forEach`).
    static func sections(ofDocument unit: Int, at offset: Int, in file: MappedFile) -> [Int] {
        var reader = file.reader(at: offset)
        guard let count = try? reader.int() else { return [] }
        return (0..<count).compactMap { _ in (try? reader.int()).map { unit + $0 } }
    }

    /// The signatures of `file` as records to write again, renumbered by `number` (nil: dropped), for a merge.
    static func signatures(in file: MappedFile, unitCount: Int, number: (Int) -> Int?) throws(IndexError) -> [DuplicateSignature] {
        let bands = try bandCount(of: file)
        var result: [DuplicateSignature] = []
        try forEach(in: file, unitCount: unitCount) { record throws(IndexError) in
            guard let unit = number(record.unit) else { return }
            let keys = (0..<bands).map { bandKey($0, at: record.bandsOffset, in: file) }
            let role: DuplicateSignature.Role
            switch record.role {
            case .section: role = .section(key: record.key, bands: keys)
            case .document:
                let members = sections(ofDocument: record.unit, at: record.sectionsOffset, in: file).compactMap(number)
                role = .document(key: record.key, bands: keys, sections: members)
            case .shortSection:
                guard let document = number(record.document) else { return }
                role = .shortSection(document: document, text: record.key)
            }
            result.append(DuplicateSignature(unit: unit, role: role))
        }
        return result
    }

    /// The body of the signatures of a merge of `inputs` (each segment's live units, renumbered in order).
    static func merged(_ inputs: [(segment: Segment, deletions: DeletionBitmap?)], in directory: IndexDirectory) throws(IndexError) -> [UInt8]? {
        var signatures: [DuplicateSignature] = []
        var bands: Int?
        var next = 0
        for (segment, deletions) in inputs {
            guard let file = try segment.signatures(in: directory) else { return nil }
            bands = try bandCount(of: file)
            var numbers = [Int](repeating: -1, count: segment.units.count)
            for local in 0..<segment.units.count where !(deletions?.isDeleted(unit: local) ?? false) {
                numbers[local] = next
                next += 1
            }
            signatures += try self.signatures(in: file, unitCount: segment.units.count) { numbers[$0] >= 0 ? numbers[$0] : nil }
            file.release()
        }
        return body(signatures, bands: bands ?? 0)
    }
}
