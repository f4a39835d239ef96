/// An open, verified generation of an index: every file memory-mapped and its CRC32 checked against
/// its footer and the manifest before anything is read.
public final class IndexReader: @unchecked Sendable {
    public let directory: IndexDirectory
    let manifest: Manifest
    let dictionary: TermDictionary
    let postingsFile: MappedFile
    let positionsFile: MappedFile
    let units: UnitTable
    let store: TextStore
    /// The indexed files, with their content hashes and units.
    public let sources: [SourceRecord]
    /// The mean field length of the units, for BM25.
    let averageLength: Double
    /// Every unit's field length, copied out of the unit table so that scoring reads 4 bytes a unit
    /// from one compact array rather than a 24-byte record each.
    let lengths: [UInt32]
    /// Every unit's heading length (its first positions that are its title or heading path).
    let headingLengths: [UInt32]
    /// Every unit's document, numbered from 0 in unit order (the units of a document are consecutive).
    let documentOf: [UInt32]
    /// The first unit of every document, and one past the last unit at the end.
    let documentStarts: [UInt32]
    /// The documents' titles, for title matches.
    let titles: TitleIndex

    /// Opens the current generation of the index in `directory`.
    ///
    /// A writer may publish a new generation and remove the one before the last while this opens: a
    /// file found missing makes it read the manifest again, so a search sees the old generation or the
    /// new one, never parts of both.
    public init(directory: IndexDirectory) throws(IndexError) {
        self.directory = directory
        var attempt = 0
        while true {
            guard directory.exists else {
                throw IndexError.missing(file: directory.file(Manifest.fileName))
            }
            let manifest = try directory.manifest()
            do throws(IndexError) {
                func open(_ role: String) throws(IndexError) -> MappedFile {
                    guard let entry = manifest.entry(role) else {
                        throw IndexError.damaged(file: directory.file(Manifest.fileName), reason: "names no \(role) file")
                    }
                    let path = directory.file(entry.name)
                    let file = try MappedFile(path: path, kind: role)
                    guard file.whole.count == entry.size, file.checksum == entry.crc32 else {
                        throw IndexError.damaged(file: path, reason: "does not match the manifest (size or CRC32 differs): damaged or from another build")
                    }
                    return file
                }
                let dictionary = try TermDictionary(file: try open("TERM"))
                let postingsFile = try open("POST")
                let positionsFile = try open("POSI")
                let units = try UnitTable(file: try open("UNIT"))
                let store = try TextStore(file: try open("STOR"))
                let sources = try SourceTable.read(try open("SRCS"), unitCount: units.count)
                guard units.count == manifest.unitCount, store.count == manifest.unitCount else {
                    throw IndexError.damaged(file: directory.file(Manifest.fileName), reason: "unit counts of its files disagree")
                }
                self.manifest = manifest
                self.dictionary = dictionary
                self.postingsFile = postingsFile
                self.positionsFile = positionsFile
                self.units = units
                self.store = store
                self.sources = sources
                lengths = (0..<units.count).map { UInt32(units.length($0)) }
                headingLengths = (0..<units.count).map { UInt32(units.headingLength($0)) }
                var documentOf = [UInt32](repeating: 0, count: units.count)
                var documentStarts: [UInt32] = []
                var titleIDs: [Int] = []
                var previous: (source: Int, index: Int) = (-1, -1)
                for unit in 0..<units.count {
                    let record = units.record(unit)
                    if record.source != previous.source || record.documentIndex != previous.index {
                        documentStarts.append(UInt32(unit))
                        titleIDs.append(record.document)
                        previous = (record.source, record.documentIndex)
                    }
                    documentOf[unit] = UInt32(documentStarts.count - 1)
                }
                documentStarts.append(UInt32(units.count))
                self.documentOf = documentOf
                self.documentStarts = documentStarts
                titles = TitleIndex(titles: titleIDs.map { units.string($0) })
                let total = lengths.reduce(0) { $0 + Int($1) }
                averageLength = units.count == 0 ? 1 : max(1, Double(total) / Double(units.count))
                return
            } catch {
                let current = try? directory.manifest()
                guard case .missing = error, attempt < 3, let current, current != manifest else { throw error }
                attempt += 1
            }
        }
    }

    /// The generation number.
    public var generation: Int { manifest.generation }

    /// How the text was analysed.
    public var analyzerName: String { manifest.analyzer }

    /// The number of units.
    public var unitCount: Int { units.count }

    /// Bytes on disk per structure (`TERM`, `POST`, `POSI`, `UNIT`, `STOR`, `SRCS`).
    public var fileSizes: [String: Int] {
        Dictionary(uniqueKeysWithValues: manifest.files.map { ($0.role, $0.size) })
    }

    /// The number of distinct terms.
    public var termCount: Int { dictionary.termCount }

    /// Unit `index` whole, its text read from the store.
    public func unit(_ index: Int) throws(IndexError) -> IndexUnit {
        unit(index, stored: try store.entry(index))
    }

    /// Every unit in order, the store read a block at a time.
    public func forEachUnit(_ body: (Int, IndexUnit) throws -> Void) throws {
        for block in 0..<store.blockCount {
            let first = store.firstUnit(of: block)
            for (offset, stored) in try store.entries(block: block).enumerated() {
                try body(first + offset, unit(first + offset, stored: stored))
            }
        }
    }

    func unit(_ index: Int, stored: StoredUnit) -> IndexUnit {
        let record = units.record(index)
        return IndexUnit(kind: record.kind, source: units.string(record.source), documentIndex: record.documentIndex,
                         document: units.string(record.document), section: stored.section,
                         text: stored.text, year: record.year, duplicateGroup: record.duplicateGroup)
    }

    func cursor(_ info: TermInfo) throws(IndexError) -> PostingsCursor {
        do {
            return try PostingsCursor(info: info, postings: postingsFile.body, positions: positionsFile.body)
        } catch {
            throw postingsFile.malformed("postings at offset \(info.postingsOffset)")
        }
    }

    func malformedPostings(_ info: TermInfo) -> IndexError {
        postingsFile.malformed("postings or positions of the term at offset \(info.postingsOffset)")
    }

    /// Calls `body` with every (term, unit, positions) of the index, term by term.
    func forEachPosting(_ body: (Term, UInt32, [UInt32]) -> Void) throws(IndexError) {
        var failure: IndexError?
        try dictionary.forEach { bytes, info in
            do {
                let term = Term(bytes: bytes)
                var cursor = try cursor(info)
                while cursor.document != PostingsCursor.exhausted {
                    body(term, cursor.document, try cursor.positions())
                    try cursor.next()
                }
                return true
            } catch let error as IndexError {
                failure = error
            } catch {
                failure = malformedPostings(info)
            }
            return false
        }
        if let failure { throw failure }
    }
}
