/// One immutable segment of an index, open and verified: its term dictionary, postings, positions,
/// unit table, store and source table, all numbered from 0 within the segment, and the deletion
/// bitmap its generation gives it. Its units are numbered `base + local` in the whole index.
final class Segment: @unchecked Sendable {
    let meta: Manifest.Segment
    /// The global number of its first unit.
    let base: Int
    let dictionary: TermDictionary
    let postingsFile: MappedFile
    let positionsFile: MappedFile
    let units: UnitTable
    /// Its units' field lengths side by side, by which a term's positions are decoded (`PositionCodec`).
    let lengths: UnitLengths
    private let lengthStorage: UnitLengthStorage
    let store: TextStore
    /// Its sources, deleted ones included, numbered within the segment.
    let sources: [SourceRecord]
    let deletions: DeletionBitmap?

    /// Segment `meta`, its units numbered from `base`; its store's dictionary, when an `earlier` segment
    /// names the same file (the segments of an index share one, see `IndexWriter`), is that segment's,
    /// mapped and digested once: decompressing from any of them reads the same tables.
    init(_ meta: Manifest.Segment, base: Int, directory: IndexDirectory, earlier: [Segment] = []) throws(IndexError) {
        func open(_ role: String) throws(IndexError) -> MappedFile {
            guard let entry = meta.entry(role) else {
                throw IndexError.damaged(file: directory.file(Manifest.fileName), reason: "names no \(role) file for segment \(meta.id)")
            }
            return try directory.map(entry)
        }
        self.meta = meta
        self.base = base
        dictionary = try TermDictionary(file: try open("TERM"))
        postingsFile = try open("POST")
        positionsFile = try open("POSI")
        let units = try UnitTable(file: try open("UNIT"))
        self.units = units
        lengthStorage = UnitLengthStorage((0..<units.count).map { UInt32(units.length($0)) })
        lengths = lengthStorage.view
        var dictionary: StoreDictionary?
        if let entry = meta.entry(StoreDictionary.role) {
            if let shared = earlier.first(where: { $0.meta.entry(StoreDictionary.role) == entry })?.store.dictionary {
                dictionary = shared
            } else {
                dictionary = try StoreDictionary(file: try directory.map(entry))
            }
        }
        store = try TextStore(file: try open("STOR"), dictionary: dictionary)
        sources = try SourceTable.read(try open("SRCS"), unitCount: units.count)
        guard units.count == meta.unitCount, store.count == meta.unitCount else {
            throw IndexError.damaged(file: directory.file(Manifest.fileName), reason: "unit counts of segment \(meta.id)'s files disagree")
        }
        if meta.entry(DeletionBitmap.role) != nil {
            deletions = try DeletionBitmap(file: try open(DeletionBitmap.role), unitCount: units.count, sourceCount: sources.count)
        } else {
            deletions = nil
        }
        guard (deletions?.deletedUnits ?? 0) == meta.deletedCount else {
            throw IndexError.damaged(file: directory.file(Manifest.fileName), reason: "deleted units of segment \(meta.id) disagree with its bitmap")
        }
    }

    /// Its units' duplicate signatures, where near-duplicates are grouped (`DuplicateSignatureTable`),
    /// opened only by what needs them (a commit, a merge, `zhili check`), not by every search.
    func signatures(in directory: IndexDirectory) throws(IndexError) -> MappedFile? {
        guard let entry = meta.entry(DuplicateSignatureTable.role) else { return nil }
        return try directory.map(entry)
    }

    func isDeleted(local unit: Int) -> Bool { deletions?.isDeleted(unit: unit) ?? false }

    func cursor(_ info: TermInfo) throws(IndexError) -> PostingsCursor {
        do {
            return try PostingsCursor(info: info, postings: postingsFile.body, positions: positionsFile.body, lengths: lengths)
        } catch {
            throw malformedCursor(info)
        }
    }

    /// Moves `cursor` (of any segment) to `info`'s postings in this one, its buffers kept.
    func reopen(_ cursor: inout PostingsCursor, at info: TermInfo) throws(IndexError) {
        do {
            try cursor.reopen(info: info, postings: postingsFile.body, positions: positionsFile.body, lengths: lengths)
        } catch {
            throw malformedCursor(info)
        }
    }

    private func malformedCursor(_ info: TermInfo) -> IndexError {
        postingsFile.malformed("postings at offset \(info.postingsOffset)")
    }

    func malformedPostings(_ info: TermInfo) -> IndexError {
        postingsFile.malformed("postings or positions of the term at offset \(info.postingsOffset)")
    }
}
