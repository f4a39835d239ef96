import Deduplication

/// What `checkInvariants()` verified.
public struct IndexCheck: Sendable, CustomStringConvertible {
    public var files: Int
    public var units: Int
    public var terms: Int
    public var postings: Int
    public var positions: Int
    public var storeBlocks: Int

    public var description: String {
        "\(files) files verified (format version, CRC32), \(units) units, \(terms) terms, \(postings) postings, "
            + "\(positions) positions, \(storeBlocks) store blocks; all invariants hold"
    }
}

extension IndexReader {
    /// Decodes every structure of every segment and checks what must hold between them: terms strictly
    /// ascending; every term's units strictly ascending and within its segment's unit table, as many
    /// as its document frequency, each with as many positions as its frequency; positions strictly
    /// ascending within each unit and below its field length; sources within the units and
    /// not overlapping; every store opened with the dictionary file its segment names, whose zstd
    /// dictionary ID is the one the store records, and every block decompressing with it to its units'
    /// texts; duplicate signatures in
    /// order and within their segments, each naming units of its role's kind of one document, each key
    /// the key of its unit's text as the store holds it (24 bits of it since format 18, so that the
    /// grouping's reading back of shared keys compares what was signed), and the generation's verified
    /// pairs decoding. Throws on the first violation.
    @discardableResult
    public func checkInvariants() throws(IndexError) -> IndexCheck {
        var check = IndexCheck(files: manifest.allFiles.count + 1, units: unitCount, terms: 0, postings: 0, positions: 0,
                               storeBlocks: store.blockCount)
        for segment in segments { try verify(segment, into: &check) }
        var covered = 0
        for source in sources.sorted(by: { $0.firstUnit < $1.firstUnit }) {
            guard source.firstUnit >= covered || source.unitCount == 0 else {
                throw IndexError.damaged(file: directory.file(Manifest.fileName), reason: "source \(source.path) overlaps another's units")
            }
            covered = source.firstUnit + source.unitCount
        }
        for block in 0..<store.blockCount { _ = try store.entries(block: block) }
        for segment in segments {
            guard let file = try segment.signatures(in: directory) else { continue }
            var keyed: [(unit: Int, units: [Int], key: ExactKey, isShort: Bool)] = []
            try DuplicateSignatureTable.forEach(in: file, unitCount: segment.units.count) { record throws(IndexError) in
                try checkSignature(record, in: file, units: segment.units)
                let units = record.role == .document
                    ? DuplicateSignatureTable.sections(ofDocument: record.unit, at: record.sectionsOffset, in: file) : [record.unit]
                keyed.append((record.unit, units, record.key, record.role == .shortSection))
            }
            try checkKeys(keyed, of: GroupedSegment(segment, directory: directory, sketches: nil), in: file)
            file.release()
        }
        if let entry = manifest.entry(DuplicatePairTable.role) { _ = try DuplicatePairTable.read(try directory.map(entry)) }
        return check
    }

    /// Checks that a duplicate signature names units of its role's kind: a section (long or short) a
    /// section, a document a document; a short section's document and a document's sections the units
    /// of that one document.
    private func checkSignature(_ record: DuplicateSignatureTable.Record, in file: MappedFile, units: UnitTable) throws(IndexError) {
        let own = units.record(record.unit)
        let document: UnitRecord
        var sections: [Int] = []
        switch record.role {
        case .section:
            guard own.kind == .section else { throw file.malformed("duplicate signatures (unit \(record.unit) signed as a section is a \(own.kind))") }
            return
        case .shortSection:
            document = units.record(record.document)
            guard own.kind == .section, document.kind == .document else {
                throw file.malformed("duplicate signatures (short section \(record.unit) or its document \(record.document) of another kind)")
            }
            sections = [record.unit]
        case .document:
            document = own
            guard own.kind == .document else { throw file.malformed("duplicate signatures (unit \(record.unit) signed as a document is a \(own.kind))") }
            sections = DuplicateSignatureTable.sections(ofDocument: record.unit, at: record.sectionsOffset, in: file)
        }
        for section in sections {
            let unit = units.record(section)
            guard unit.kind == .section, unit.source == document.source, unit.documentIndex == document.documentIndex else {
                throw file.malformed("duplicate signatures (section \(section) is not of the document signed with it)")
            }
        }
    }

    /// Checks that each signed text's stored key is its text's, the text read back from the store.
    private func checkKeys(_ keyed: [(unit: Int, units: [Int], key: ExactKey, isShort: Bool)], of segment: GroupedSegment,
                           in file: MappedFile) throws(IndexError) {
        let locals = Array(Set(keyed.flatMap(\.units))).sorted()
        var texts = [String](repeating: "", count: segment.unitCount)
        try segment.forEachText(of: locals) { index, text in texts[locals[index]] = text }
        for (unit, units, key, isShort) in keyed {
            let text = units.map { texts[$0] }.joined(separator: "\n")
            let full = isShort ? DuplicateSigner.shortSectionKey(text) : DuplicateSigner.comparedKey(text)
            guard DuplicateSignatureTable.stored(full) == key else {
                throw file.malformed("duplicate signatures (unit \(unit)'s key is not its text's)")
            }
        }
    }

    private func verify(_ segment: Segment, into check: inout IndexCheck) throws(IndexError) {
        let unitCount = segment.units.count
        let dictionary = segment.dictionary
        var previous: [UInt8]?
        var failure: IndexError?
        var terms = 0
        try dictionary.forEach { term, info in
            func fail(_ reason: String) -> Bool {
                failure = .damaged(file: segment.postingsFile.path, reason: "term \(Term(bytes: term).text): \(reason)")
                return false
            }
            if let previous, !previous.lexicographicallyPrecedes(term) {
                failure = dictionary.file.malformed("dictionary: terms out of order at \(Term(bytes: term).text)")
                return false
            }
            previous = term
            terms += 1
            guard info.documentFrequency > 0 else { return fail("no units") }
            do {
                var cursor = try PostingsCursor(info: info, postings: segment.postingsFile.body, positions: segment.positionsFile.body,
                                                lengths: segment.lengths)
                var count = 0
                var frequencies = 0
                var last: Int64 = -1
                while cursor.document != PostingsCursor.exhausted {
                    let unit = cursor.document
                    guard Int64(unit) > last else { return fail("units not ascending at \(unit)") }
                    guard Int(unit) < unitCount else { return fail("unit \(unit) beyond the segment's \(unitCount) units") }
                    let positions = try cursor.positions()
                    guard positions.count == cursor.frequency, cursor.frequency > 0 else { return fail("frequency of unit \(unit)") }
                    let length = segment.units.length(Int(unit))
                    for index in positions.indices {
                        guard Int(positions[index]) < length else { return fail("position \(positions[index]) beyond unit \(unit)'s length \(length)") }
                        guard index == 0 || positions[index] > positions[index - 1] else { return fail("positions not ascending in unit \(unit)") }
                    }
                    frequencies += positions.count
                    count += 1
                    last = Int64(unit)
                    try cursor.next()
                }
                guard count == info.documentFrequency else { return fail("\(count) units, the dictionary says \(info.documentFrequency)") }
                check.postings += count
                check.positions += frequencies
            } catch {
                return fail("postings or positions cannot be decoded")
            }
            return true
        }
        if let failure { throw failure }
        guard terms == dictionary.termCount else {
            throw dictionary.file.malformed("dictionary: \(terms) terms, its header says \(dictionary.termCount)")
        }
        check.terms += terms
    }
}
