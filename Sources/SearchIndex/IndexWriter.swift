#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Foundation
import Ingestion
import Segmentation
import TextNormalization

/// Builds the next generation of an index in bounded memory: units are analysed and inverted into an
/// in-memory segment, which is written out as an immutable segment whenever it reaches the memory
/// budget; the commit writes the last one, merges segments as the `MergePolicy` says, groups
/// near-duplicates over every live segment, and publishes the generation atomically.
///
/// Units of any kind can be added — sections and documents from `CollectionIndexer`, statistics,
/// citations or measures from the extraction module — each with its source, document and section.
/// An update (`begin(in:updating:)`) keeps the previous generation's segments: a changed or removed
/// file's units are marked deleted there (`delete(source:)`), and only what is added is written.
public final class IndexWriter {
    private let analyser: SourceAnalyser
    private var builder = SegmentBuilder()
    private let grouper: DuplicateGrouper?
    /// With a grouper, the duplicate signatures of the segment being built, by unit number in it.
    private var signatures: [DuplicateSignature] = []
    private var signatureBytes = 0
    /// What one held duplicate signature is counted for against the memory budget: its record and its sketch (an
    /// array of its own), with room for a document's section list — a rough bound, kept at the 192 bytes the 16
    /// band keys were counted for, so that segments are cut where they were.
    private static let bytesPerSignature = 192
    /// With a grouper, units added one at a time, signed when their segment is written (a document's
    /// signature needs its sections).
    private var unsigned: [(number: Int, unit: IndexUnit, textLength: Int)] = []
    /// With a grouper, the sources and compared texts of the segment being built, for the commit's grouping.
    private var held = HeldUnits()
    /// With no grouper, the groups the added units came with, by their number in the writer.
    private var givenGroups: [(unit: Int, group: Int)] = []
    /// The in-memory segment is written out when it holds about this many bytes.
    public let memoryBudget: Int
    /// Which segments the commit merges.
    public var mergePolicy = MergePolicy()
    /// Threads that write a segment's postings (the files are the same whatever their number).
    public var threads = 1 {
        // Set before anything is added: the segment being built works beside the adding only with more than one.
        didSet { if builder.isEmpty { builder = emptyBuilder() } }
    }
    /// The dictionary every segment's store compresses with once it is known: the previous generation's
    /// (the first full-size one its segments name), or else the one the first segment this writer
    /// writes trains. One dictionary for all the segments of an index keeps a search over unmerged
    /// segments from decompressing its hits' texts with a dictionary per segment, which do not stay in
    /// a core's cache as one does, and is stored once (`StoreDictionary`); a merge trains anew, as a
    /// build into one segment does.
    private var storeDictionary: BackgroundTask<[UInt8]>?
    /// The manifest entry of that dictionary's file, once written (nil when zstd found too little to
    /// train on): every segment compressed with it names it.
    private var storeDictionaryFile: BackgroundTask<Result<Manifest.Entry?, IndexError>>?
    /// A moment (nanoseconds since 1970, `FileStatus.now()`) at or before which every source of the
    /// generation, added or kept, was last checked against its recorded content hash: the manifest is
    /// dated it, so that the next build trusts files unchanged since (`IndexDirectory.sourcesCheckedAt`).
    /// Unknown (nil), it is dated 1970 and the next build reads every file again.
    public var sourcesCheckedAt: Int64?

    private var directory: IndexDirectory?
    private var lock: Int32 = -1
    private var generation = 0
    private var previous: IndexReader?
    /// Deletions of the previous generation's segments, by segment index, as this update changes them.
    private var deletions: [Int: DeletionBitmap] = [:]
    /// Segments written since `begin`, with their term counts.
    private var flushed: [(segment: Manifest.Segment, terms: Int)] = []
    /// With a grouper, the sketches of the written segments this writer signed, by segment id: the
    /// commit's grouping reads them here rather than signing those texts again from their stores.
    private var signedSketches: [Int: HeldSketches] = [:]
    private var nextSegment = 0
    private var added = 0
    private var flushFailure: IndexError?
    /// The segments being written, in the order of their ids: while the next one fills, the one before
    /// it; at the commit, the last two, while the grouping reads them from memory.
    private var writing: [Writing] = []
    private var analysedUnits = 0

    /// The name recorded in the manifest for how text is analysed: a generation analysed otherwise is
    /// not reused.
    public let analyzerName: String

    /// A writer; with a `lexicon`, the words of three or more characters that `WordSegmenter` finds
    /// with it are indexed beside the bigrams (they add to ranking only: every substring is found
    /// without them). Without one, bigrams alone.
    /// `unitsVersion` names what made the units beyond sections and documents (see
    /// `CollectionIndexer.additionalUnits`); it is recorded with the analyser's name.
    /// With a `duplicateThreshold`, the commit groups near-identical sections and documents (see
    /// `DuplicateGrouper`) and replaces whatever groups the units came with; without, units keep theirs.
    /// `memoryBudget` bounds (roughly) the bytes of the segment being built.
    public init(lexicon: Lexicon?, unitsVersion: String = "", duplicateThreshold: Double? = IndexWriter.defaultDuplicateThreshold,
                memoryBudget: Int = IndexWriter.defaultMemoryBudget) {
        var name = lexicon.map { "bigrams+words/1 lexicon \(IndexWriter.fingerprint($0))" } ?? "bigrams/1"
        if let duplicateThreshold {
            grouper = DuplicateGrouper(threshold: duplicateThreshold)
            name += " duplicates/3 \(duplicateThreshold)"
        } else {
            grouper = nil
        }
        analyser = SourceAnalyser(lexicon: lexicon, signer: grouper?.signer)
        analyzerName = unitsVersion.isEmpty ? name : name + " units \(unitsVersion)"
        self.memoryBudget = max(1, memoryBudget)
    }

    deinit { if lock >= 0 { close(lock) } }

    /// The similarity from which sections (or documents) are grouped as near-identical copies.
    public static let defaultDuplicateThreshold = DuplicateGrouper.defaultThreshold

    /// 128 MB: the 58 MB of the laws make two segments, and a build peaks at about 250 MB whatever
    /// the collection's size, near-duplicate grouping included (see BENCHMARKS.md).
    public static let defaultMemoryBudget = 128 << 20

    /// A hash of a lexicon's words and frequencies, so that a changed lexicon rebuilds the index.
    static func fingerprint(_ lexicon: Lexicon) -> String {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for (word, frequency) in lexicon.frequencies.sorted(by: { $0.key < $1.key }) {
            for byte in "\(word)\t\(frequency)\n".utf8 { hash = (hash ^ UInt64(byte)) &* 0x0000_0100_0000_01B3 }
        }
        return "\(lexicon.count):" + String(hash, radix: 16)
    }

    /// What analyses units for this writer, on any thread.
    public var sourceAnalyser: SourceAnalyser { analyser }

    /// The number of units added so far.
    public var unitCount: Int { added }

    /// The number of units that were analysed (not carried over).
    public var analysedUnitCount: Int { analysedUnits }

    /// Takes the index's lock and removes what killed builds left: the generation to come is written
    /// from here on, a segment at a time. Without this, `commit(to:)` begins a generation of the added
    /// units alone.
    public func begin(in directory: IndexDirectory) throws(IndexError) {
        precondition(self.directory == nil, "begin(in:) once")
        lock = try directory.lock()
        self.directory = directory
        let current = directory.exists ? try? directory.manifest() : nil
        directory.removeFiles(except: Set(current?.allFiles.map(\.name) ?? []))
        generation = max(current?.generation ?? 0, directory.generationsOnDisk().max() ?? 0) + 1
        nextSegment = max(current?.segments.map(\.id).max() ?? 0, directory.segmentsOnDisk().max() ?? 0) + 1
    }

    /// Makes the generation an update of `previous` (the current one, opened after `begin(in:)`): its
    /// segments are kept, and only what `delete(source:)` and the additions change is written.
    public func update(_ previous: IndexReader) {
        precondition(directory != nil && added == 0 && self.previous == nil, "update(_:) right after begin(in:)")
        self.previous = previous
        for (index, segment) in previous.segments.enumerated() where segment.deletions != nil {
            deletions[index] = segment.deletions
        }
        // A dictionary smaller than it could be (trained on less than ten times its capacity: an index
        // begun with a few files) is not handed on: the update's segments train their own, which a
        // later update takes when it is full-size.
        for segment in previous.segments {
            guard let dictionary = segment.store.dictionary, dictionary.zstdDictionary.count == TextStoreWriter.dictionaryCapacity,
                  let entry = segment.meta.entry(StoreDictionary.role) else { continue }
            let bytes = Array(dictionary.bytes)
            storeDictionary = BackgroundTask(concurrently: false) { bytes }
            storeDictionaryFile = BackgroundTask(concurrently: false) { .success(entry) }
            builder = emptyBuilder()
            break
        }
    }

    /// A segment to fill, working beside the adding with more than one thread, its store compressing
    /// with the index's dictionary once there is one.
    private func emptyBuilder() -> SegmentBuilder {
        SegmentBuilder(concurrently: threads > 1, storeDictionary: storeDictionary)
    }

    /// Deletes the units of source `path` from the previous generation (a changed or removed file).
    public func delete(source path: String) {
        guard let previous else { return }
        for (index, segment) in previous.segments.enumerated() {
            for (number, source) in segment.sources.enumerated() where source.path == path {
                var bitmap = deletions[index] ?? DeletionBitmap(unitCount: segment.units.count, sourceCount: segment.sources.count)
                bitmap.delete(source: number, units: source.firstUnit..<(source.firstUnit + source.unitCount))
                deletions[index] = bitmap
            }
        }
    }

    /// Adds one unit that belongs to no recorded source file. A unit that is not `searchable` is stored
    /// (for outlines and extraction) but gets no postings; `headingsAbove` are the headings of the
    /// sections above it that gave way to it, indexed as part of its heading.
    public func add(unit: IndexUnit, searchable: Bool = true, headingsAbove: [String] = []) {
        let batch = analyser.analyse(unit: unit, searchable: searchable, headingsAbove: headingsAbove)
        let number = builder.count
        append(batch)
        if grouper != nil, let analysed = batch.units.first {
            unsigned.append((number, unit, analysed.textLength))
            held.keepText(of: number, unit.text)
        }
    }

    /// Appends analysed units and their postings to the segment being built.
    private func append(_ batch: AnalysedSource) {
        if grouper == nil {
            for (offset, analysed) in batch.units.enumerated() {
                if let group = analysed.unit.duplicateGroup { givenGroups.append((added + offset, group)) }
            }
        } else {
            for analysed in batch.units { held.add(source: analysed.unit.source) }
        }
        builder.add(batch.units, postings: batch.postings)
        added += batch.units.count
        analysedUnits += batch.units.count
    }

    /// Adds the units of a source file, recording its content hash for the next incremental build
    /// (see `SourceAnalyser.analyse(source:hash:units:)` for how its sections are indexed).
    public func add(source path: String, hash: ContentHash, units: [IndexUnit]) {
        add(analyser.analyse(source: path, hash: hash, units: units))
    }

    /// Adds a source file analysed beforehand (on another thread); writes the segment being built
    /// when it has reached the memory budget (a failure to write it is thrown by `commit(to:)`).
    public func add(_ source: AnalysedSource) {
        let first = builder.count
        append(source)
        if grouper != nil {
            for signature in source.signatures {
                signatures.append(signature.shifted(by: first))
                signatureBytes += IndexWriter.bytesPerSignature
                switch signature.role {
                case .section: held.keepText(of: first + signature.unit, source.units[signature.unit].unit.text)
                case .document(_, let sections): for section in sections { held.keepText(of: first + section, source.units[section].unit.text) }
                case .shortSection: break
                }
            }
        }
        builder.addSource(path: source.path, hash: source.hash, unitCount: source.units.count)
        // A segment being written still holds its memory: beside it, the next one fills only a quarter
        // of the budget (most of the time the writing takes), so that a build keeps to about the
        // memory it takes when nothing overlaps.
        if !writing.isEmpty, bufferedBytes >= memoryBudget / 4 {
            do throws(IndexError) { try finishWriting() } catch { flushFailure = flushFailure ?? error }
        }
        guard bufferedBytes >= memoryBudget, let directory, flushFailure == nil else { return }
        do throws(IndexError) { try flush(to: directory, last: false) } catch { flushFailure = error }
    }

    /// Roughly the bytes the segment being built holds, which the budget bounds: its postings, records and
    /// store, its duplicate signatures, and the texts held for the commit's grouping (`HeldUnits`: as many
    /// bytes again as the store holds compressed, which left the laws ×3 peaking at 1.29 times the laws).
    private var bufferedBytes: Int { builder.estimatedBytes + signatureBytes + held.textBytes }

    /// A segment being written: its files, the store dictionary's file it names, and its duplicate
    /// signatures (written first, so that the commit's grouping can read them), with the units that
    /// grouping reads from memory meanwhile.
    private struct Writing {
        let unitCount: Int
        let files: BackgroundTask<Result<(segment: Manifest.Segment, terms: Int), IndexError>>
        let dictionary: BackgroundTask<Result<Manifest.Entry?, IndexError>>
        let signatures: BackgroundTask<Result<(entry: Manifest.Entry, sketches: HeldSketches), IndexError>>?
        let held: HeldUnits

        /// Waits for it; its manifest entry (the dictionary and then the signatures last, as the merges
        /// write them), terms, and the sketches of its signatures.
        func written() throws(IndexError) -> (segment: Manifest.Segment, terms: Int, sketches: HeldSketches?) {
            var (segment, terms) = try files.value().get()
            if let entry = try dictionary.value().get() { segment.files.append(entry) }
            let signed = try signatures?.value().get()
            if let signed { segment.files.append(signed.entry) }
            return (segment, terms, signed?.sketches)
        }
    }

    /// Writes the segment being built. With more than one thread it is written on threads of its own:
    /// its terms are sorted, its term dictionary's and unit table's blocks compressed and its store's
    /// dictionary trained on one thread each, which left the other cores idle. While the reading goes
    /// on, the next segment fills beside it (see `add(_:)` for how much) and the segment written before
    /// it is finished first; the `last` (the commit's) is written beside the one before it, both left
    /// running for the grouping to work beside them (see `commit(to:)`).
    private func flush(to directory: IndexDirectory, last: Bool) throws(IndexError) {
        if !last { try finishWriting() }
        guard !builder.isEmpty else { return }
        if storeDictionary == nil {
            let dictionary = builder.storeDictionaryForLater(concurrently: threads > 1)
            let name = IndexDirectory.fileName(segment: nextSegment, role: StoreDictionary.role)
            storeDictionary = dictionary
            storeDictionaryFile = BackgroundTask(concurrently: threads > 1) { () -> Result<Manifest.Entry?, IndexError> in
                let bytes = dictionary.value()
                guard !bytes.isEmpty else { return .success(nil) }
                do throws(IndexError) {
                    return .success(try directory.write(role: StoreDictionary.role, name: name, body: bytes, syncing: false))
                } catch {
                    return .failure(error)
                }
            }
        }
        var segment = builder
        let (id, unitCount, threads, signatures, unsigned) = (nextSegment, builder.count, threads, signatures, unsigned)
        builder = emptyBuilder()
        (self.signatures, signatureBytes, self.unsigned) = ([], 0, [])
        nextSegment += 1
        let files = BackgroundTask(concurrently: threads > 1) { () -> Result<(segment: Manifest.Segment, terms: Int), IndexError> in
            do throws(IndexError) { return .success(try segment.write(id: id, threads: threads, to: directory)) } catch { return .failure(error) }
        }
        let signing = grouper.map { grouper in
            BackgroundTask(concurrently: threads > 1) { () -> Result<(entry: Manifest.Entry, sketches: HeldSketches), IndexError> in
                do throws(IndexError) {
                    return .success(try IndexWriter.writeSignatures(signatures, unsigned: unsigned, signer: grouper.signer, segment: id, to: directory))
                } catch {
                    return .failure(error)
                }
            }
        }
        writing.append(Writing(unitCount: unitCount, files: files, dictionary: storeDictionaryFile!, signatures: signing, held: held))
        held = HeldUnits()
    }

    /// Waits for the segments being written and records them, in order (a failure is thrown once all have ended).
    private func finishWriting() throws(IndexError) {
        let pending = writing
        writing = []
        var failure: IndexError?
        for segment in pending {
            do throws(IndexError) {
                let written = try segment.written()
                flushed.append((written.segment, written.terms))
                signedSketches[written.segment.id] = written.sketches
            } catch {
                failure = failure ?? error
            }
        }
        if let failure { throw failure }
    }

    /// Writes the duplicate signatures of segment `id`: `signatures` of the units added with their
    /// source, and those of `unsigned`, signed here; with their sketches, which the file does not keep.
    private static func writeSignatures(_ signatures: [DuplicateSignature], unsigned: [(number: Int, unit: IndexUnit, textLength: Int)],
                                        signer: DuplicateSigner, segment id: Int,
                                        to directory: IndexDirectory) throws(IndexError) -> (entry: Manifest.Entry, sketches: HeldSketches) {
        var signatures = signatures
        if !unsigned.isEmpty {
            signatures += signer.signatures(of: unsigned.map { ($0.unit, $0.textLength) }).map { signature in
                DuplicateSignature(unit: unsigned[signature.unit].number, role: signature.role.renumbered { unsigned[$0].number })
            }
            signatures.sort { $0.unit < $1.unit }
        }
        let entry = try directory.write(role: DuplicateSignatureTable.role, name: IndexDirectory.fileName(segment: id, role: DuplicateSignatureTable.role),
                                        body: DuplicateSignatureTable.body(signatures, words: signer.layout.words), syncing: false)
        return (entry, HeldSketches(signatures, words: signer.layout.words))
    }

    /// Writes what remains, merges, groups near-duplicates and publishes the generation in `directory`.
    @discardableResult
    public func commit(to directory: IndexDirectory) throws(IndexError) -> IndexStatistics {
        if self.directory == nil { try begin(in: directory) }
        defer {
            close(lock)
            lock = -1
        }
        if let flushFailure {
            try? finishWriting()
            throw flushFailure
        }
        let replaced = try? directory.manifest()
        // The last segment is written beside the one before it, if that is still being written, and
        // the grouping below reads both from memory meanwhile.
        try flush(to: directory, last: true)
        // The written segments' files are fsynced here rather than as each was written, where a slow
        // disk held up the writing — and, beyond a quarter of a budget, the reading — while its data
        // went out; by now most of it has. Beside the grouping, which only reads them.
        func sync(_ written: ArraySlice<(segment: Manifest.Segment, terms: Int)>) -> BackgroundTask<Result<Void, IndexError>> {
            // The segments of a build name one store dictionary: synced once.
            let names = Set(written.flatMap { $0.segment.files.map(\.name) }).sorted()
            return BackgroundTask(concurrently: threads > 1) { () -> Result<Void, IndexError> in
                do throws(IndexError) { return .success(try directory.sync(names)) } catch { return .failure(error) }
            }
        }
        let writtenBefore = flushed.count
        let synced = sync(flushed[...])

        // The generation's segments in order: the previous ones (with this update's deletions), then
        // the new ones; each as (manifest entry, opened segment, deletions).
        var metas: [Manifest.Segment] = []
        var opened: [Segment] = []
        var bitmaps: [DeletionBitmap?] = []
        for (index, segment) in (previous?.segments ?? []).enumerated() {
            metas.append(segment.meta)
            opened.append(segment)
            bitmaps.append(deletions[index])
        }
        // Flushed segments are numbered after the previous ones, as the added units were.
        let addedBase = metas.reduce(0) { $0 + $1.unitCount }
        var base = addedBase
        func open(_ written: ArraySlice<(segment: Manifest.Segment, terms: Int)>) throws(IndexError) {
            for (segment, _) in written {
                metas.append(segment)
                opened.append(try Segment(segment, base: base, directory: directory, earlier: opened))
                bitmaps.append(nil)
                base += segment.unitCount
            }
        }
        try open(flushed[...])
        // Near-duplicate groups over every live unit, numbered as above (the merges renumber them below);
        // the segments still being written are read from memory.
        var grouping = DuplicateGrouping()
        var outcome: DuplicateGrouper.Outcome?
        if let grouper {
            let clock = ContinuousClock.now
            let known = try previous?.manifest.entry(DuplicatePairTable.role).map { entry throws(IndexError) in
                try DuplicatePairTable.read(try directory.map(entry))
            }
            let found: DuplicateGrouper.Outcome
            do throws(IndexError) {
                var grouped: [GroupedSegment] = []
                for segment in opened { grouped.append(try GroupedSegment(segment, directory: directory, sketches: signedSketches[segment.meta.id])) }
                var heldBase = base
                for segment in writing {
                    // A writer with a grouper signs every segment.
                    let signed = try segment.signatures!.value().get()
                    grouped.append(GroupedSegment(base: heldBase, unitCount: segment.unitCount, signatures: try directory.map(signed.entry),
                                                  units: .held(segment.held), sketches: signed.sketches))
                    heldBase += segment.unitCount
                }
                found = try grouper.groups(segments: grouped, deletions: bitmaps + writing.map { _ in nil }, kept: previous?.segments.count ?? 0,
                                           previousPairs: known, threads: threads)
            } catch {
                try? finishWriting()
                throw error
            }
            grouping = DuplicateGrouping(groups: Set(found.groups.map(\.group)).count, units: found.groups.count, verified: found.verified,
                                         seconds: (ContinuousClock.now - clock) / .seconds(1))
            outcome = found
            signedSketches = [:]
        }
        try finishWriting()
        let lastSynced = sync(flushed[writtenBefore...])
        try open(flushed[writtenBefore...])
        // Segments with nothing live go; the policy's merges replace their inputs by one segment in the
        // place of the first.
        let live = opened.indices.map { opened[$0].units.count - (bitmaps[$0]?.deletedUnits ?? 0) }
        let empty = Set(opened.indices.filter { index in
            live[index] == 0 && opened[index].sources.indices.allSatisfy { bitmaps[index]?.isDeleted(source: $0) ?? false }
        })
        var merges = mergePolicy.merges(live: opened.indices.map { empty.contains($0) ? 0 : live[$0] }, total: opened.map(\.units.count))
        merges = merges.filter { !$0.isEmpty }
        var mergedInto: [Int: Int] = [:]
        for (number, merge) in merges.enumerated() { for index in merge { mergedInto[index] = number } }
        var final: [PlannedSegment] = []
        for index in opened.indices where !empty.contains(index) {
            if let number = mergedInto[index] {
                guard merges[number].first == index else { continue }
                let inputs = merges[number].map { (segment: opened[$0], deletions: bitmaps[$0]) }
                var meta = try SegmentMerger(inputs: inputs).write(id: nextSegment, to: directory)
                if grouper != nil, let body = try DuplicateSignatureTable.merged(inputs, in: directory) {
                    meta.files.append(try directory.write(role: DuplicateSignatureTable.role,
                                                          name: IndexDirectory.fileName(segment: meta.id, role: DuplicateSignatureTable.role), body: body))
                }
                nextSegment += 1
                final.append(PlannedSegment(meta: meta, bitmap: nil, inputs: merges[number], merged: true))
            } else {
                final.append(PlannedSegment(meta: metas[index], bitmap: bitmaps[index], inputs: [index], merged: false))
            }
        }
        // Deletion bitmaps changed by this generation are written under its number.
        var segments: [Manifest.Segment] = []
        for planned in final {
            let (meta, bitmap) = (planned.meta, planned.bitmap)
            var segment = meta
            segment.files.removeAll { $0.role == DeletionBitmap.role }
            segment.deletedCount = bitmap?.deletedUnits ?? 0
            if let bitmap, bitmap.deletedUnits > 0 || bitmap.sources.contains(where: { $0 != 0 }) {
                if let old = meta.entry(DeletionBitmap.role), opened[planned.inputs[0]].deletions == bitmap {
                    segment.files.append(old)
                } else {
                    segment.files.append(try directory.write(role: DeletionBitmap.role,
                                                             name: IndexDirectory.deletionFileName(segment: meta.id, generation: generation),
                                                             body: bitmap.body()))
                }
            }
            segments.append(segment)
        }
        // The generation's segments' bases, terms and live sources: a kept segment's from the one opened
        // above (opening it again decoded its unit table a second time: a twentieth of an update's work), a
        // merged one's from its files.
        var bases: [Int] = []
        var terms = 0
        var liveSources = 0
        base = 0
        for (planned, segment) in zip(final, segments) {
            bases.append(base)
            let written = planned.merged ? try Segment(segment, base: base, directory: directory) : opened[planned.inputs[0]]
            terms += written.dictionary.termCount
            liveSources += written.sources.indices.filter { !(planned.bitmap?.isDeleted(source: $0) ?? false) }.count
            base += segment.unitCount
        }
        // Near-duplicate groups, over every live unit of the generation.
        let groups: [(unit: Int, group: Int)]
        if let outcome {
            groups = renumbered(Dictionary(uniqueKeysWithValues: outcome.groups), final: final, segments: opened, bitmaps: bitmaps, bases: bases)
        } else {
            groups = carriedGroups(final: final, segments: opened, bitmaps: bitmaps, bases: bases, addedBase: addedBase)
        }
        let groupsFile = try directory.write(role: DuplicateTable.role, name: IndexDirectory.fileName(generation: generation, role: DuplicateTable.role),
                                             body: DuplicateTable.body(groups))
        var generationFiles = [groupsFile]
        if let outcome {
            generationFiles.append(try directory.write(role: DuplicatePairTable.role,
                                                       name: IndexDirectory.fileName(generation: generation, role: DuplicatePairTable.role),
                                                       body: DuplicatePairTable.body(outcome.pairs)))
        }
        try synced.value().get()
        try lastSynced.value().get()
        directory.syncFolder()
        let liveUnits = segments.reduce(0) { $0 + $1.liveCount }
        let manifest = Manifest(generation: generation, analyzer: analyzerName, unitCount: liveUnits, segments: segments, files: generationFiles)
        try directory.publish(manifest, sourcesCheckedAt: sourcesCheckedAt ?? 0)
        directory.removeFiles(except: Set(manifest.allFiles.map(\.name) + (replaced?.allFiles.map(\.name) ?? [])))
        var bytes: [String: Int] = [:]
        for file in manifest.allFiles { bytes[file.role, default: 0] += file.size }
        return IndexStatistics(generation: generation, units: liveUnits, sources: liveSources,
                               terms: terms, segments: segments.count,
                               flushed: flushed.count, merged: merges.reduce(0) { $0 + $1.count }, bytes: bytes, duplicates: grouping)
    }

    /// Without a grouper: the groups the previous generation's live units had and those the added
    /// units came with, renumbered as the generation's segments and merges number them.
    private func carriedGroups(final: [PlannedSegment], segments: [Segment], bitmaps: [DeletionBitmap?], bases: [Int],
                               addedBase: Int) -> [(unit: Int, group: Int)] {
        var groupOf: [Int: Int] = [:]
        if let previous {
            for unit in 0..<previous.unitSlots { if let group = previous.units.duplicateGroup(unit) { groupOf[unit] = group } }
        }
        for (unit, group) in givenGroups { groupOf[addedBase + unit] = group }
        return renumbered(groupOf, final: final, segments: segments, bitmaps: bitmaps, bases: bases)
    }

    /// Groups by the generation's unit numbers before its merges, renumbered as its segments (the first
    /// units of which are `bases`) and merges number the units.
    private func renumbered(_ groupOf: [Int: Int], final: [PlannedSegment], segments: [Segment], bitmaps: [DeletionBitmap?],
                            bases: [Int]) -> [(unit: Int, group: Int)] {
        var result: [(unit: Int, group: Int)] = []
        for (position, planned) in final.enumerated() {
            var next = bases[position]
            for index in planned.inputs {
                for local in 0..<segments[index].units.count {
                    let deleted = bitmaps[index]?.isDeleted(unit: local) ?? false
                    // A merge drops deleted units; a kept segment keeps their numbers.
                    if deleted && planned.merged { continue }
                    if !deleted, let group = groupOf[segments[index].base + local] { result.append((next, group)) }
                    next += 1
                }
            }
        }
        return result
    }
}

/// A segment of the generation being committed: kept (with this generation's deletions) or made by
/// merging `inputs`.
private struct PlannedSegment {
    var meta: Manifest.Segment
    var bitmap: DeletionBitmap?
    /// Indices of the segments it holds, among the previous generation's and the flushed ones.
    var inputs: [Int]
    var merged: Bool
}

/// What a commit wrote.
public struct IndexStatistics: Sendable {
    public var generation: Int
    public var units: Int
    public var sources: Int
    /// Terms of the segments' dictionaries (a term in several segments counts in each).
    public var terms: Int
    /// Live segments of the generation.
    public var segments: Int
    /// Segments written by this build before merging.
    public var flushed: Int
    /// Segments merged into others.
    public var merged: Int
    /// Bytes on disk per structure: `TERM` (dictionary), `POST` (postings), `POSI` (positions), `UNIT`
    /// (unit table), `STOR` (store), `SDIC` (the store's dictionaries), `SRCS` (source table), `DELE`
    /// (deletions), `DUPS` (groups).
    public var bytes: [String: Int]
    /// The near-duplicate groups found (none when grouping was off).
    public var duplicates: DuplicateGrouping
}

/// What grouping near-identical units found at a commit, and what it cost.
public struct DuplicateGrouping: Sendable {
    /// Groups of near-identical units.
    public var groups = 0
    /// Units in them.
    public var units = 0
    /// Candidate pairs verified by reading their texts back (an update verifies only its new texts').
    public var verified = 0
    /// Wall-clock seconds spent finding them.
    public var seconds = 0.0
}
