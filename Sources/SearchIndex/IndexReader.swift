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
                throw IndexError(file: directory.file(Manifest.fileName), reason: "missing: no index here (build one with `zhili index`)")
            }
            let manifest = try directory.manifest()
            do throws(IndexError) {
                func open(_ role: String) throws(IndexError) -> MappedFile {
                    guard let entry = manifest.entry(role) else {
                        throw IndexError(file: directory.file(Manifest.fileName), reason: "names no \(role) file")
                    }
                    let path = directory.file(entry.name)
                    let file = try MappedFile(path: path, kind: role)
                    guard file.whole.count == entry.size, file.checksum == entry.crc32 else {
                        throw IndexError(file: path, reason: "does not match the manifest (size or CRC32 differs): damaged or from another build")
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
                    throw IndexError(file: directory.file(Manifest.fileName), reason: "unit counts of its files disagree")
                }
                self.manifest = manifest
                self.dictionary = dictionary
                self.postingsFile = postingsFile
                self.positionsFile = positionsFile
                self.units = units
                self.store = store
                self.sources = sources
                var total = 0
                for unit in 0..<units.count { total += units.length(unit) }
                averageLength = units.count == 0 ? 1 : max(1, Double(total) / Double(units.count))
                return
            } catch {
                let current = try? directory.manifest()
                guard error.reason.hasPrefix("missing"), attempt < 3, let current, current != manifest else { throw error }
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
        let record = units.record(index)
        let stored = try store.entry(index)
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
