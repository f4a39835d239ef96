import ArgumentParser
import Deduplication
import Foundation
import Ingestion
import Reporting

/// `zhili dedupe PATH ... [--threshold T] [--unit document|section] [--format ...] [--keep ...] [--diff] [--write DIR]`.
struct DedupeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "dedupe",
        abstract: "Find near-duplicate documents or sections, the copy to keep, and what the others changed.",
        discussion: """
        Texts are compared by 5-character shingles of their folded text (NFKC, traditional → simplified, \
        whitespace and punctuation left out, digits kept): MinHash and banded LSH find candidates, and \
        every candidate is verified by its exact Jaccard similarity, or by its containment where one \
        text is much smaller than the other. A cluster's members are all within the threshold of its \
        kept copy.
        """
    )

    @OptionGroup var input: InputOptions

    @Option(parsing: .unconditional, help: "The similarity (0–1) from which two texts are copies.")
    var threshold: Double = 0.8

    @Option(help: "Compare whole documents or single sections: document|section.")
    var unit: DedupeUnitKind = .document

    @Option(help: "table|csv|json|jsonl|md (default: table on a terminal, json otherwise).")
    var format: OutputFormat?

    @Option(help: "The copy to keep: complete (not truncated, fewest ～, longest)|newest|oldest|longest.")
    var keep: KeepRule = .complete

    @Flag(help: "Show what each copy inserted, deleted and changed against the kept one, shortest first.")
    var diff = false

    @Flag(help: "Also list every verified pair (JSON: a top-level \"pairs\" array).")
    var pairs = false

    @Flag(help: "Compare by Jaccard similarity alone: a text lying inside a much larger one is not its copy.")
    var jaccardOnly = false

    @Flag(help: "Find candidate pairs by exact prefix filtering instead of MinHash: slower, never misses a pair (to measure recall).")
    var exact = false

    @Option(help: "MinHash scheme: one-permutation (one hash per shingle, the default) or permutations (128 hash functions per shingle, for comparison).")
    var minhash: MinHasher.Scheme = .onePermutation

    @Flag(help: "Print each unit's MinHash signature and shingle sample instead of clusters (--format json|jsonl), for a job that pairs units elsewhere (Scripts/spark/dedupe.py).")
    var signatures = false

    @Flag(help: "With --signatures: every unit's sample holds all its distinct shingles, not only one in eight of a long unit's (for exact verification).")
    var allShingles = false

    @Flag(help: "Print the time spent reading and detecting to standard error.")
    var timings = false

    @Option(help: "Write the collection with each cluster reduced to its kept copy, and clusters.json, into this new or empty folder.")
    var write: String?

    func validate() throws {
        if input.paths.isEmpty { throw ValidationError("Give at least one file or folder to deduplicate.") }
        guard threshold > 0 && threshold <= 1 else { throw ValidationError("--threshold must be above 0 and at most 1.") }
        if signatures {
            if format == .table || format == .csv || format == .md { throw ValidationError("--signatures prints --format json or jsonl.") }
            if diff || pairs || exact || write != nil { throw ValidationError("--signatures takes no --diff, --pairs, --exact or --write.") }
        } else if allShingles {
            throw ValidationError("--all-shingles goes with --signatures.")
        }
        if let write {
            do {
                try DeduplicatedCollectionWriter(directory: write, inputs: input.paths).validate()
            } catch {
                throw ValidationError("--write \(error)")
            }
        }
    }

    func run() throws {
        let started = PhaseTime.now()
        let detector = NearDuplicateDetector(threshold: threshold, countsContainment: !jaccardOnly,
                                             candidateSearch: exact ? .exact : .minHash, signatureScheme: minhash)
        if signatures { return try printSignatures(detector) }
        let reader = CollectionReader(lossy: input.lossy)
        let (files, warnings) = reader.enumerate(input.paths)
        for warning in warnings { StandardError.print("warning: \(warning)") }
        var unreadable = false
        let report = DedupeReport.scan(files: files, reader: reader, threads: input.threads, kind: unit, detector: detector, keep: keep,
                                       listingPairs: pairs, loadingMemberTexts: diff,
                                       warned: { StandardError.print("warning: \($0)") }) { error in
            StandardError.print("error: \(error)")
            unreadable = true
        }
        if timings {
            StandardError.print("read and detect \(PhaseTime.now().since(started)) on \(input.threads) threads")
        }
        let format = format ?? (isatty(STDOUT_FILENO) == 1 ? .table : .json)
        let output: String
        switch format {
        case .json:
            output = report.json(diff: diff).json + "\n"
        case .jsonl:
            guard case let .object(fields) = report.json(diff: diff), case let .array(clusters)? = fields.first?.1 else { return }
            output = clusters.map { $0.json + "\n" }.joined()
        case .table, .csv, .md:
            output = RecordWriter(format: format, columns: DedupeCommand.columns(diff: diff)).render(report.records(diff: diff))
        }
        StandardOutput.write(output)

        let copies = report.clusters.reduce(0) { $0 + $1.members.count - 1 }
        StandardError.print("\(report.clusters.count) clusters, \(copies) copies among \(report.units.count) \(unit.rawValue)s "
            + "(threshold \(threshold), \(detector.banding.bands) bands × \(detector.banding.rows) rows)")
        if let write {
            do {
                // The collection is read once more, a file at a time, to write what it keeps.
                let written = try DeduplicatedCollectionWriter(directory: write, inputs: input.paths).write(report, kind: unit) { body in
                    reader.readEach(files, threads: input.threads, transform: { $0 }) { outcome in
                        if case .success(let file) = outcome { body(file) }
                    }
                }
                StandardError.print("wrote \(written.count - 1) documents and clusters.json to \(write)")
            } catch {
                StandardError.print("error: \(error)")
                throw ExitCode.unwritableOutput
            }
        }
        if unreadable { throw ExitCode.unreadableInput }
    }

    /// `--signatures`: each file's units signed on a worker thread and printed in order as they come.
    private func printSignatures(_ detector: NearDuplicateDetector) throws {
        let (kind, keep, allShingles) = (unit, self.keep, self.allShingles)
        var stream = RecordStream(writer: RecordWriter(format: format == .jsonl ? .jsonl : .json)) { text in
            StandardOutput.write(text)
        }
        var count = 0
        let unreadable = input.forEachFile(transform: { file in
            DedupeSignatureRecords.records(files: [file], kind: kind, detector: detector, keep: keep, allShingles: allShingles)
        }, consume: { records in
            stream.write(records)
            count += records.count
        })
        stream.finish()
        StandardError.print("\(count) \(unit.rawValue) signatures (threshold \(threshold), \(detector.banding.bands) bands × \(detector.banding.rows) rows)")
        if unreadable { throw ExitCode.unreadableInput }
    }

    /// The columns a table shows: the text of a diff is long, so it comes last.
    static func columns(diff: Bool) -> [String] {
        ["cluster", "keep", "source", "document_index", "document", "section", "chars", "similarity"] + (diff ? ["diff"] : [])
    }
}

extension DedupeUnitKind: ExpressibleByArgument {}
extension KeepRule: ExpressibleByArgument {}
extension MinHasher.Scheme: ExpressibleByArgument {}

/// Wall-clock and processor time at one moment, to tell how long a phase took even on a busy machine.
private struct PhaseTime {
    let wall: ContinuousClock.Instant
    /// Processor time of the whole process (all threads), in microseconds.
    let processor: Int

    static func now() -> PhaseTime {
        var usage = rusage()
        getrusage(RUSAGE_SELF.rawValue, &usage)
        let processor = (usage.ru_utime.tv_sec + usage.ru_stime.tv_sec) * 1_000_000 + Int(usage.ru_utime.tv_usec + usage.ru_stime.tv_usec)
        return PhaseTime(wall: ContinuousClock.now, processor: processor)
    }

    /// `1.234 s (CPU 1.100 s)`.
    func since(_ start: PhaseTime) -> String {
        let wall = (self.wall - start.wall).components
        let milliseconds = Int(wall.seconds) * 1000 + Int(wall.attoseconds / 1_000_000_000_000_000)
        return PhaseTime.seconds(milliseconds) + " s (CPU " + PhaseTime.seconds((processor - start.processor) / 1000) + " s)"
    }

    private static func seconds(_ milliseconds: Int) -> String {
        String(milliseconds / 1000) + "." + String(String(1000 + milliseconds % 1000).dropFirst())
    }
}
