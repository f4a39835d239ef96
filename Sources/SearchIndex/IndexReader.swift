/// An open, verified generation of an index: the files of every live segment and of the generation
/// memory-mapped and their CRC32 checked against their footers and the manifest before anything is read.
///
/// Units are numbered across segments (a segment's base plus the unit's number within it); units that
/// the generation deleted keep their numbers until a merge drops them, and nothing here returns them.
public final class IndexReader: @unchecked Sendable {
    public let directory: IndexDirectory
    let manifest: Manifest
    /// The live segments, in unit order.
    let segments: [Segment]
    let units: SegmentedUnitTable
    let store: SegmentedStore
    /// The indexed files (deleted ones left out), with their content hashes and global unit numbers.
    public let sources: [SourceRecord]
    /// Deleted units, one bit each (empty when none are).
    private let deleted: [UInt64]
    /// The mean field length of the units, for BM25.
    let averageLength: Double
    /// Every unit's lengths, document and kind, copied out of the unit tables so that scoring reads
    /// them from one compact array rather than a record each.
    let facts: [UnitFacts]
    /// Every unit's kind again, a byte each (a quarter of a megabyte where `facts` take several): a
    /// search for one kind passes over the others' units without reading their facts.
    let kindOfUnit: [UInt8]
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
                throw directory.notAFolder ?? IndexError.missing(file: directory.file(Manifest.fileName))
            }
            let manifest = try directory.manifest()
            do throws(IndexError) {
                var segments: [Segment] = []
                var base = 0
                for meta in manifest.segments {
                    segments.append(try Segment(meta, base: base, directory: directory, earlier: segments))
                    base += meta.unitCount
                }
                guard let groupsEntry = manifest.entry(DuplicateTable.role) else {
                    throw IndexError.damaged(file: directory.file(Manifest.fileName), reason: "names no \(DuplicateTable.role) file")
                }
                let groups = try DuplicateTable.read(try directory.map(groupsEntry), unitCount: base)
                self.manifest = manifest
                self.segments = segments
                let units = SegmentedUnitTable(segments: segments, groups: groups)
                self.units = units
                store = SegmentedStore(segments: segments, units: units)
                var sources: [SourceRecord] = []
                var deleted: [UInt64] = []
                for segment in segments {
                    for (index, source) in segment.sources.enumerated() where !(segment.deletions?.isDeleted(source: index) ?? false) {
                        sources.append(SourceRecord(path: source.path, hash: source.hash, firstUnit: segment.base + source.firstUnit,
                                                    unitCount: source.unitCount))
                    }
                    if segment.meta.deletedCount > 0 {
                        if deleted.isEmpty { deleted = [UInt64](repeating: 0, count: (base + 63) / 64) }
                        for local in 0..<segment.units.count where segment.isDeleted(local: local) {
                            let unit = segment.base + local
                            deleted[unit >> 6] |= 1 << UInt64(unit & 63)
                        }
                    }
                }
                self.sources = sources
                self.deleted = deleted
                var facts: [UnitFacts] = []
                facts.reserveCapacity(base)
                for segment in segments {
                    for local in 0..<segment.units.count {
                        facts.append(UnitFacts(length: segment.lengths.lengths[local],
                                               headingLength: UInt32(segment.units.headingLength(local)), document: 0, kind: 0))
                    }
                }
                var documentStarts: [UInt32] = []
                var titleIDs: [Int] = []
                var previous: (source: Int, index: Int) = (-1, -1)
                let kinds = units.kindIndices()
                for unit in 0..<base {
                    let record = units.record(unit)
                    if record.source != previous.source || record.documentIndex != previous.index {
                        documentStarts.append(UInt32(unit))
                        titleIDs.append(record.document)
                        previous = (record.source, record.documentIndex)
                    }
                    facts[unit].document = UInt32(documentStarts.count - 1)
                    facts[unit].kind = kinds[unit]
                    facts[unit].isGrouped = units.duplicateGroup(unit) != nil
                }
                documentStarts.append(UInt32(base))
                self.facts = facts
                self.kindOfUnit = kinds
                self.documentStarts = documentStarts
                titles = TitleIndex(titles: titleIDs.map { units.string($0) })
                let total = facts.reduce(0) { $0 + Int($1.length) }
                averageLength = base == 0 ? 1 : max(1, Double(total) / Double(base))
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

    /// The number of units (deleted ones left out).
    public var unitCount: Int { manifest.unitCount }

    /// Global unit numbers in use: the units of every live segment, deleted ones included. Collection
    /// statistics for scoring (the unit count of idf, the mean length) count deleted units until a
    /// merge drops them, as Lucene's and tantivy's do.
    var unitSlots: Int { units.count }

    /// Whether unit `unit` was deleted (its file changed or was removed) and waits for a merge.
    func isDeleted(_ unit: Int) -> Bool {
        !deleted.isEmpty && deleted[unit >> 6] >> UInt64(unit & 63) & 1 == 1
    }

    /// The number of live segments.
    public var segmentCount: Int { segments.count }

    /// Bytes on disk per structure (`TERM`, `POST`, `POSI`, `UNIT`, `STOR`, `SDIC`, `SRCS`, `DELE`, `DUPS`),
    /// summed over the segments (a store dictionary shared by several counted once).
    public var fileSizes: [String: Int] {
        manifest.allFiles.reduce(into: [:]) { $0[$1.role, default: 0] += $1.size }
    }

    /// The number of terms in the segments' dictionaries (a term in several segments counts in each).
    public var termCount: Int { segments.reduce(0) { $0 + $1.dictionary.termCount } }

    /// Unit `index` whole, its text read from the store.
    public func unit(_ index: Int) throws(IndexError) -> IndexUnit {
        unit(index, stored: try store.entry(index))
    }

    /// Every unit in order (deleted ones left out), the store read a block at a time.
    public func forEachUnit(_ body: (Int, IndexUnit) throws -> Void) throws {
        for block in 0..<store.blockCount {
            let first = store.firstUnit(of: block)
            for (offset, stored) in try store.entries(block: block).enumerated() where !isDeleted(first + offset) {
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
}
