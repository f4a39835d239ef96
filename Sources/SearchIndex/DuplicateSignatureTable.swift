import Deduplication

/// A segment's duplicate signatures (`s<ID>.dsig`), written with the segment when near-duplicates are
/// grouped, carried into merged segments, and read by `DuplicateGrouper` at every commit.
///
/// Body: sketch words · record count · per record, ascending by unit: the unit's delta from the previous
/// record's × 4 + its role (varint; role 0 section, 1 document, 2 short section) · then
/// - section: key length (varint) · key hash (3 bytes: the low 24 bits of `ExactKey`'s);
/// - document: the same · the sketch (`MinHashSketch`: its words, u64 each) · section count × 2 + 1
///   where its sections are the units right after it, else section count × 2 and its sections (the
///   first's delta from the document's unit, each next one's from the one before, varints, each at least 1);
/// - short section: its document (the unit's number less the document's, varint) · text key length
///   (varint) · text key hash (3 bytes).
///
/// No section's sketch (up to format 20 each section stored its 24 bytes, 3.11 of the file's 4.16 MB on the
/// laws, reports and State Council): a commit signs again, from its text in the store, every section whose
/// sketch the writer does not hold (`DuplicateGrouper`). A document keeps its sketch (0.09 MB there): signed
/// again, it would be all its sections' texts read and hashed a second time.
///
/// A stored key is 24 bits of hash, not 64 (32 in format 17): two texts of one length share one by chance
/// with probability 2⁻²⁴ a pair, so `DuplicateGrouper` reads back the texts of units that share a key and
/// compares their full keys before it takes them for copies (in the laws, reports and State Council's
/// 170,000 keyed units, one pair of sections and one of short sections share one by chance).
enum DuplicateSignatureTable {
    static let role = "DSIG"

    /// The bits of a key's hash the file stores.
    static let hashBits = 24

    /// `key` as the file stores it: the low `hashBits` bits of its hash.
    static func stored(_ key: ExactKey) -> ExactKey {
        ExactKey(count: key.count, hash: key.hash & (1 << UInt64(hashBits) - 1))
    }

    /// The file's body for `signatures` (ascending by unit; a document's with its sketch of `words`
    /// words), the sections' sketches left out.
    static func body(_ signatures: [DuplicateSignature], words: Int) -> [UInt8] {
        var writer = ByteWriter()
        writer.appendVarint(words)
        writer.appendVarint(signatures.count)
        var previous = 0
        func append(_ key: ExactKey) {
            writer.appendVarint(key.count)
            for byte in 0..<(hashBits / 8) { writer.append(UInt8(truncatingIfNeeded: key.hash >> UInt64(8 * byte))) }
        }
        for signature in signatures {
            let delta = signature.unit - previous
            previous = signature.unit
            switch signature.role {
            case .section(let key):
                writer.appendVarint(delta << 2 | Int(Record.Role.section.rawValue))
                append(key)
            case .document(let key, let sections):
                writer.appendVarint(delta << 2 | Int(Record.Role.document.rawValue))
                append(key)
                guard let sketch = signature.sketch, sketch.words.count == words else { preconditionFailure("a document's sketch of \(words) words") }
                for word in sketch.words { writer.appendUInt64(word) }
                // A document's sections are nearly always the units right after it: then the count alone.
                let following = sections.elementsEqual((signature.unit + 1)..<(signature.unit + 1 + sections.count))
                writer.appendVarint(sections.count << 1 | (following ? 1 : 0))
                guard !following else { continue }
                var last = signature.unit
                for section in sections {
                    writer.appendVarint(section - last)
                    last = section
                }
            case .shortSection(let document, let text):
                writer.appendVarint(delta << 2 | Int(Record.Role.shortSection.rawValue))
                writer.appendVarint(signature.unit - document)
                append(text)
            }
        }
        return writer.bytes
    }

    /// One stored record.
    struct Record {
        enum Role: UInt8 {
            case section = 0
            case document = 1
            case shortSection = 2
        }

        var unit: Int
        var role: Role
        /// The key of the compared characters (a section, a document) or of the text (a short section),
        /// as stored: its hash's low `hashBits` bits.
        var key: ExactKey
        /// Where a document's section list starts in the body.
        var sectionsOffset: Int
        /// Where a document's sketch starts in the body (`sketchWord` reads it).
        var sketchOffset: Int
        /// A short section's document.
        var document: Int
    }

    /// Calls `body` with every record of `file`, a segment of `unitCount` units, in order; checks every
    /// bound, and that a document's sections follow it in order.
    static func forEach(in file: MappedFile, unitCount: Int, _ body: (Record) throws(IndexError) -> Void) throws(IndexError) {
        do {
            var reader = file.reader()
            let words = try self.words(in: file)
            _ = try reader.int()
            var unit = 0
            for index in 0..<(try reader.int(max: unitCount)) {
                let field = try reader.int(max: unitCount << 2 | 3)
                let delta = field >> 2
                guard index == 0 || delta > 0 else { throw file.malformed("duplicate signatures (units out of order)") }
                unit += delta
                guard unit < unitCount, let role = Record.Role(rawValue: UInt8(field & 3)) else { throw file.malformed("duplicate signatures") }
                var record = Record(unit: unit, role: role, key: ExactKey(count: 0, hash: 0), sectionsOffset: 0, sketchOffset: 0, document: unit)
                if role == .shortSection {
                    record.document = unit - (try reader.int(max: unit))
                }
                let count = try reader.int()
                var hash: UInt64 = 0
                for byte in 0..<(hashBits / 8) { hash |= UInt64(try reader.byte()) << UInt64(8 * byte) }
                record.key = ExactKey(count: count, hash: hash)
                if role == .document {
                    record.sketchOffset = reader.offset
                    _ = try reader.bytes(words * 8)
                    record.sectionsOffset = reader.offset
                    let field = try reader.int(max: unitCount << 1 | 1)
                    if field & 1 == 1 {
                        guard unit + field >> 1 < unitCount else { throw file.malformed("duplicate signatures (a document's sections past the segment)") }
                    } else {
                        var section = unit
                        for _ in 0..<(field >> 1) {
                            let step = try reader.int(max: unitCount)
                            section += step
                            guard step > 0, section < unitCount else { throw file.malformed("duplicate signatures (a document's sections out of order or past the segment)") }
                        }
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

    /// The words of a document's sketch in `file`, from its header.
    static func words(in file: MappedFile) throws(IndexError) -> Int {
        var reader = file.reader()
        guard let words = try? reader.int(max: 1024), words % MinHashSketch.bitsPerEntry == 0 else {
            throw file.malformed("duplicate signatures (a sketch of no whole number of bit planes)")
        }
        return words
    }

    /// Word `word` of the document sketch that starts at `offset` (checked by `forEach`).
    @inline(__always)
    static func sketchWord(_ word: Int, at offset: Int, in file: MappedFile) -> UInt64 {
        file.body.loadUnaligned(fromByteOffset: offset + 8 * word, as: UInt64.self).littleEndian
    }

    /// The section units of the document record whose list starts at `offset` (checked by `forEach`).
    static func sections(ofDocument unit: Int, at offset: Int, in file: MappedFile) -> [Int] {
        var reader = file.reader(at: offset)
        guard let field = try? reader.int() else { return [] }
        guard field & 1 == 0 else { return Array((unit + 1)..<(unit + 1 + field >> 1)) }
        var section = unit
        return (0..<(field >> 1)).compactMap { _ in
            (try? reader.int()).map { step in
                section += step
                return section
            }
        }
    }

    /// The signatures of `file` as records to write again, renumbered by `number` (nil: dropped), for a merge.
    static func signatures(in file: MappedFile, unitCount: Int, number: (Int) -> Int?) throws(IndexError) -> [DuplicateSignature] {
        let words = try self.words(in: file)
        var result: [DuplicateSignature] = []
        try forEach(in: file, unitCount: unitCount) { record throws(IndexError) in
            guard let unit = number(record.unit) else { return }
            let role: DuplicateSignature.Role
            var sketch: MinHashSketch?
            switch record.role {
            case .section: role = .section(key: record.key)
            case .document:
                let members = sections(ofDocument: record.unit, at: record.sectionsOffset, in: file).compactMap(number)
                role = .document(key: record.key, sections: members)
                sketch = MinHashSketch(words: (0..<words).map { sketchWord($0, at: record.sketchOffset, in: file) })
            case .shortSection:
                guard let document = number(record.document) else { return }
                role = .shortSection(document: document, text: record.key)
            }
            result.append(DuplicateSignature(unit: unit, role: role, sketch: sketch))
        }
        return result
    }

    /// The body of the signatures of a merge of `inputs` (each segment's live units, renumbered in order).
    static func merged(_ inputs: [(segment: Segment, deletions: DeletionBitmap?)], in directory: IndexDirectory) throws(IndexError) -> [UInt8]? {
        var signatures: [DuplicateSignature] = []
        var words: Int?
        var next = 0
        for (segment, deletions) in inputs {
            guard let file = try segment.signatures(in: directory) else { return nil }
            let own = try self.words(in: file)
            guard words == nil || words == own else { throw file.malformed("duplicate signatures (a sketch unlike the other segments')") }
            words = own
            var numbers = [Int](repeating: -1, count: segment.units.count)
            for local in 0..<segment.units.count where !(deletions?.isDeleted(unit: local) ?? false) {
                numbers[local] = next
                next += 1
            }
            signatures += try self.signatures(in: file, unitCount: segment.units.count) { numbers[$0] >= 0 ? numbers[$0] : nil }
            file.release()
        }
        return body(signatures, words: words ?? 0)
    }
}
