import ArgumentParser
import Foundation
import IndexedExtraction
import Ingestion
import SearchIndex
import Segmentation

/// `zhili index [PATH ...] [--index DIR] [--lexicon FILE]`: build or update the search index.
struct IndexCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "index",
        abstract: "Index files and folders (default Corpus/) for `zhili search`.",
        discussion: """
        Reads the files, splits them into documents and sections, and writes an index (default Index/) \
        in which every substring of the text can be found. Files are read and analysed on every core \
        (--threads), and the index is written in segments, each time the memory budget (--memory) fills, \
        merged as they accumulate. Re-running it updates the index: unchanged files are not read again, \
        changed and new files are written as a new segment and the old copies of changed and removed \
        files marked deleted; when nothing changed, nothing is written. The new index replaces the old \
        one atomically: an interrupted build leaves the previous index usable.
        """
    )

    @Argument(help: "Files and folders to index (default Corpus/).")
    var paths: [String] = []

    @Option(name: .customLong("index"), help: ArgumentHelp("The index folder.", valueName: "dir"))
    var index = "Index"

    @Option(name: .customLong("lexicon"), help: ArgumentHelp("Also index the segmenter's words, with this word list added to the built-in lexicon (repeatable; implies --words).", valueName: "file"))
    var lexicons: [String] = []

    @Flag(help: "Also index the words the segmenter finds (built-in lexicon): a query that stands as a whole word ranks higher. Slower to build; every substring is found without it.")
    var words = false

    @Flag(help: "Replace bytes that are invalid in the detected encoding with U+FFFD instead of failing the file.")
    var lossy = false

    @Option(parsing: .unconditional, help: ArgumentHelp("Sections (and documents) of at least 50 characters whose 5-character shingles are at least this similar (Jaccard) are near-identical copies, shown once by `zhili search`.", valueName: "T"))
    var duplicateThreshold = IndexWriter.defaultDuplicateThreshold

    @Flag(help: "Do not group near-identical copies: search shows every copy.")
    var noDuplicateGroups = false

    @Option(parsing: .unconditional, help: "Threads that read and analyse files (default: the machine's cores); the index is the same whatever the number.")
    var threads = OrderedParallelMap.defaultThreads

    @Option(parsing: .unconditional, help: ArgumentHelp("Megabytes of postings, records and texts held in memory before a segment is written.", valueName: "MB"))
    var memory = IndexWriter.defaultMemoryBudget >> 20

    @Flag(help: "Merge every segment into one (also when no file changed).")
    var merge = false

    func validate() throws {
        if !(duplicateThreshold > 0 && duplicateThreshold <= 1) { throw ValidationError("--duplicate-threshold must be above 0 and at most 1.") }
        try InputOptions.validate(threads: threads)
        // Held as bytes: a count of megabytes past Int.max >> 20 would wrap to a negative budget.
        if !(1...(Int.max >> 20)).contains(memory) { throw ValidationError("--memory must be between 1 and \(Int.max >> 20) (MB), not \(memory).") }
    }

    func run() throws {
        var lexicon: Lexicon?
        do {
            if words || !lexicons.isEmpty { lexicon = try IndexCommand.lexicon(lexicons) }
        } catch {
            StandardError.print("zhili index: lexicon \(error)")
            throw ExitCode.unreadableInput
        }
        var policy = MergePolicy()
        policy.mergeAll = merge
        try IndexCommand.build(paths: paths.isEmpty ? ["Corpus"] : paths, index: index, lexicon: lexicon, lossy: lossy,
                               duplicateThreshold: noDuplicateGroups ? nil : duplicateThreshold,
                               threads: threads, memoryBudget: memory << 20, mergePolicy: policy)
    }

    /// The built-in lexicon with the words of `files` added.
    static func lexicon(_ files: [String]) throws -> Lexicon {
        var lexicon = Lexicon.builtIn
        for path in files { lexicon = lexicon.merging(try Lexicon(contentsOf: path)) }
        return lexicon
    }

    /// Builds or updates `index` from `paths`, showing progress on a terminal and a summary line at the
    /// end (on standard error when `quiet`, so that a search's output stays data only).
    static func build(paths: [String], index: String, lexicon: Lexicon?, lossy: Bool,
                      duplicateThreshold: Double? = IndexWriter.defaultDuplicateThreshold,
                      threads: Int = OrderedParallelMap.defaultThreads, memoryBudget: Int = IndexWriter.defaultMemoryBudget,
                      mergePolicy: MergePolicy = MergePolicy(), quiet: Bool = false) throws {
        let started = Date()
        AllocatorTuning.returnLargeBlocksPromptly()
        let terminal = isatty(STDERR_FILENO) != 0
        var lastDrawn = Date.distantPast
        let extracted = ExtractedUnits()
        var indexer = CollectionIndexer(directory: IndexDirectory(path: index), lexicon: lexicon, lossy: lossy,
                                        additionalUnits: extracted.units(of:), additionalUnitsVersion: ExtractedUnits.version)
        indexer.duplicateThreshold = duplicateThreshold
        indexer.threads = threads
        indexer.memoryBudget = memoryBudget
        indexer.mergePolicy = mergePolicy
        let report: IndexReport
        do {
            report = try indexer.run(paths: paths) { progress in
                guard terminal else { return }
                let now = Date()
                guard now.timeIntervalSince(lastDrawn) > 0.1 || progress.filesDone == progress.filesTotal else { return }
                lastDrawn = now
                FileHandle.standardError.write(Data(("\r\u{1B}[K" + progress.bar()).utf8))
            }
        } catch {
            if terminal { FileHandle.standardError.write(Data("\r\u{1B}[K".utf8)) }
            StandardError.print("zhili index: \(error)")
            throw ExitCode.damagedIndex
        }
        if terminal { FileHandle.standardError.write(Data("\r\u{1B}[K".utf8)) }
        for warning in report.warnings { StandardError.print("warning: \(warning)") }
        for error in report.errors { StandardError.print("error: \(error)") }
        if let note = report.previousIndexNote(index: index) { StandardError.print("note: \(note)") }
        let summary = report.summary(index: index, seconds: Date().timeIntervalSince(started))
        if quiet { StandardError.print(summary) } else { StandardOutput.write(summary + "\n") }
        if !report.errors.isEmpty { throw ExitCode.unreadableInput }
    }
}
