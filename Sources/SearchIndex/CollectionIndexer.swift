import Foundation
import Ingestion
import Segmentation
import TextNormalization

/// Indexes a collection of files: reads them with `CollectionReader`, makes a `section` unit of every
/// section (heading and text) and a `document` unit of every document (title and metadata), and
/// commits a new generation — unless nothing changed.
///
/// Files are read, decoded, cleaned, split, extracted from, analysed and inverted on `threads`
/// threads, and appended to the segment being built in their order, so that the index is the same
/// whatever the number of threads; the writer keeps its buffer under `memoryBudget`, writing a
/// segment (its postings on `threads` threads too) each time it fills.
///
/// Incremental: every file's content hash is recorded. On the next run the previous generation's
/// segments are kept as they are: a changed or removed file's units are marked deleted in them,
/// changed and added files are read and analysed into a new segment; when no file changed at all,
/// nothing is written.
public struct CollectionIndexer {
    public let directory: IndexDirectory
    /// With a lexicon, the segmenter's words are indexed beside the bigrams (see `IndexWriter`).
    public var lexicon: Lexicon?
    public var lossy: Bool
    /// More units to index for each file read, beside its sections and documents: the statistics,
    /// citations or measures another module extracts from it (kinds `statistic`, `citation`,
    /// `measure`). They are carried over with their file while it does not change.
    public var additionalUnits: (@Sendable (SourceFile) -> [IndexUnit])?
    /// Names the producer of `additionalUnits` and its version: a generation built with another is
    /// rebuilt rather than reused.
    public var additionalUnitsVersion: String
    /// Sections (and documents) at least this similar are grouped as near-identical copies, which
    /// search shows once (see `IndexWriter.init`); nil groups none. A generation grouped otherwise is
    /// rebuilt rather than reused.
    public var duplicateThreshold: Double? = IndexWriter.defaultDuplicateThreshold
    /// Threads that read, analyse and invert files, and write postings.
    public var threads = OrderedParallelMap.defaultThreads
    /// Roughly the bytes of postings, records and texts held before a segment is written.
    public var memoryBudget = IndexWriter.defaultMemoryBudget
    /// Which segments a commit merges; with `mergeAll`, a run with nothing changed merges too.
    public var mergePolicy = MergePolicy()

    public init(directory: IndexDirectory, lexicon: Lexicon? = nil, lossy: Bool = false,
                additionalUnits: (@Sendable (SourceFile) -> [IndexUnit])? = nil, additionalUnitsVersion: String = "") {
        self.directory = directory
        self.lexicon = lexicon
        self.lossy = lossy
        self.additionalUnits = additionalUnits
        self.additionalUnitsVersion = additionalUnitsVersion
    }

    /// Indexes the files found under `paths`.
    public func run(paths: [String], progress: ((IndexProgress) -> Void)? = nil) throws(IndexError) -> IndexReport {
        let started = Date()
        let reader = CollectionReader(lossy: lossy)
        var report = IndexReport()
        let (files, warnings) = reader.enumerate(paths)
        report.warnings = warnings
        report.files = files.count

        let writer = IndexWriter(lexicon: lexicon, unitsVersion: CollectionIndexer.sectionsVersion + (additionalUnits == nil ? "" : " " + additionalUnitsVersion),
                                 duplicateThreshold: duplicateThreshold, memoryBudget: memoryBudget)
        writer.mergePolicy = mergePolicy
        writer.threads = threads
        var previous: IndexReader?
        var locked = false
        // The lock first, so that the generation read is the one this build replaces.
        func lockAndOpen() throws(IndexError) {
            try writer.begin(in: directory)
            locked = true
            guard directory.exists else { return }
            do {
                let old = try IndexReader(directory: directory)
                try CollectionIndexer.verifyFilesOnlyBuildsRead(of: old)
                if old.analyzerName == writer.analyzerName {
                    previous = old
                } else {
                    report.rebuildReason = "analysed differently (\(old.analyzerName))"
                }
            } catch {
                report.rebuildReason = "\(error)"
            }
        }
        // With an index already there, its records first: a file whose status has not changed since
        // the last build checked it keeps its recorded hash without being read. (Without one, the lock
        // waits until some file proves readable, so that a mistyped path creates no index folder.)
        if directory.exists { try lockAndOpen() }
        let checkedAt = FileStatus.now()
        let trustedBefore = previous == nil ? nil : directory.sourcesCheckedAt
        let recorded = Dictionary((previous?.sources ?? []).map { ($0.path, $0.hash) }, uniquingKeysWith: { first, _ in first })
        var hashes: [String: ContentHash] = [:]
        var sizes: [String: Int] = [:]
        // Every other file hashed, on every thread (reading them is the first pass over the collection), a
        // chunk of files at a time: where a file's status is enough, handing each to a thread and back cost
        // more than its `stat` (two thirds of an update's system calls were the threads' wake-ups).
        let chunks = stride(from: 0, to: files.count, by: CollectionIndexer.filesPerChunk).map {
            files[$0..<min($0 + CollectionIndexer.filesPerChunk, files.count)]
        }
        OrderedParallelMap(threads: threads).run(chunks, transform: { chunk in
            chunk.map { path -> (String, Result<ContentHash, IngestionError>) in
                if let trustedBefore, let hash = recorded[path], let status = FileStatus(path: path),
                   status.isUnchanged(size: hash.size, before: trustedBefore) {
                    return (path, .success(hash))
                }
                do {
                    let data = try Data(contentsOf: URL(fileURLWithPath: path), options: .alwaysMapped)
                    return (path, .success(data.withUnsafeBytes { ContentHash(of: $0) }))
                } catch {
                    return (path, .failure(CollectionReader.readFailure(path, error)))
                }
            }
        }, consume: { hashed in
            for (path, outcome) in hashed {
                switch outcome {
                case .success(let hash):
                    hashes[path] = hash
                    sizes[path] = hash.size
                case .failure(let error):
                    report.errors.append(error)
                }
            }
        })
        report.bytes = sizes.values.reduce(0, +)
        // A mistyped path must not replace an index with an empty one.
        if hashes.isEmpty && !(report.errors.isEmpty && report.warnings.isEmpty) {
            report.leftAsItWas = true
            report.indexExisted = directory.exists
            return report
        }
        if !locked { try lockAndOpen() }
        writer.sourcesCheckedAt = checkedAt

        var reused: [SourceRecord] = []
        var oldPaths = Set<String>()
        for source in previous?.sources ?? [] {
            oldPaths.insert(source.path)
            if hashes[source.path] == source.hash { reused.append(source) } else if hashes[source.path] != nil { report.changed += 1 }
        }
        report.unchanged = reused.count
        let removed = oldPaths.subtracting(hashes.keys)
        report.removed = removed.count
        let reusedPaths = Set(reused.map(\.path))
        let toRead = files.filter { hashes[$0] != nil && !reusedPaths.contains($0) }
        let mergesAnyway = previous.map { mergePolicy.mergeAll && $0.segmentCount > 1 } ?? false

        if let previous {
            writer.update(previous)
            for path in removed.sorted() { writer.delete(source: path) }
            for path in toRead where oldPaths.contains(path) { writer.delete(source: path) }
        }
        var done = IndexProgress(filesDone: reused.count, filesTotal: reused.count + toRead.count,
                                 bytesDone: reused.reduce(0) { $0 + $1.hash.size }, bytesTotal: report.bytes, elapsed: 0)
        progress?(done)
        let analyser = writer.sourceAnalyser
        let additionalUnits = additionalUnits
        let fileHashes = hashes
        reader.readEach(toRead, threads: threads, transform: { read in
            read.map { file in
                analyser.analyse(source: file.path, hash: fileHashes[file.path]!, units: CollectionIndexer.units(of: file) + (additionalUnits?(file) ?? []))
            }
        }, warned: { report.warnings.append($0) }, consume: { outcome in
            switch outcome {
            case .success(let source):
                writer.add(source)
                if !oldPaths.contains(source.path) { report.added += 1 }
            case .failure(let error):
                report.errors.append(error)
            }
            done.filesDone += 1
            done.bytesDone += sizes[toRead[done.filesDone - reused.count - 1]] ?? 0
            done.elapsed = Date().timeIntervalSince(started)
            progress?(done)
        })
        // Nothing changed: nothing is written. A new file that fails to decode changes nothing (it is
        // not in the index, and fails again on every run), nor does it make a first index of nothing.
        if report.added == 0, report.changed == 0, report.removed == 0, !mergesAnyway {
            if let previous {
                report.units = previous.unitCount
                directory.markSourcesChecked(at: checkedAt)
                return report
            } else if !report.errors.isEmpty {
                report.leftAsItWas = true
                report.indexExisted = directory.exists
                return report
            }
        }
        report.statistics = try writer.commit(to: directory)
        report.units = report.statistics?.units ?? 0
        return report
    }

    /// Files checked (stated or hashed) by one task of the first pass.
    static let filesPerChunk = 32

    /// Checks the CRC32 of the files a search never opens but an update reads (the segments'
    /// near-duplicate signatures, the generation's verified pairs): damage there must rebuild the
    /// index, as damage anywhere else does, rather than fail every later `zhili index`.
    static func verifyFilesOnlyBuildsRead(of index: IndexReader) throws(IndexError) {
        for segment in index.segments { _ = try segment.signatures(in: index.directory) }
        if let pairs = index.manifest.entry(DuplicatePairTable.role) { _ = try index.directory.map(pairs) }
    }

    /// Names how `units(of:)` stores a section in the manifest (2: its `Section.headedText`, a text that runs on from
    /// its heading stored run on, where 1 put a line break between them), so that an index of the other form is
    /// rebuilt rather than carried over file by file.
    static let sectionsVersion = "sections/2"

    /// The units of a file: per document, a `document` unit and a `section` unit for every section
    /// with a heading or text (its `Section.headedText`).
    public static func units(of file: SourceFile) -> [IndexUnit] {
        var units: [IndexUnit] = []
        for document in file.documents {
            let year = document.year
            let metadata = document.metadata.map { "\($0.key)：\($0.value)" }
            units.append(IndexUnit(kind: .document, source: file.path, documentIndex: document.index, document: document.title,
                                   section: "", text: ([document.title] + metadata).joined(separator: "\n"), year: year))
            for section in document.sections {
                let text = section.headedText
                guard !text.isEmpty else { continue }
                units.append(IndexUnit(kind: .section, source: file.path, documentIndex: document.index, document: document.title,
                                       section: section.pathString, text: text, year: year))
            }
        }
        return units
    }
}
