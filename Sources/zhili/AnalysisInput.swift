import ArgumentParser
import Foundation
import Ingestion
import SearchIndex
import TextAnalysis

/// What the text-analysis commands (`terms`, `kwic`, `trend`, `cooccur`) read: the files and folders
/// each command takes as arguments, or with `--index DIR` and no paths an indexed collection, rebuilt
/// from the index's store (no source file is opened).
struct AnalysisInput: ParsableArguments {
    @Option(name: .customLong("index"), help: ArgumentHelp("An index (built by `zhili index`): with no paths, its collection is read from it.", valueName: "dir"))
    var index: String?

    @Flag(help: "Replace bytes that are invalid in the detected encoding with U+FFFD instead of failing the file.")
    var lossy = false

    @Option(parsing: .unconditional, help: "Files read and processed at once, each on a thread of its own (default: the machine's cores); the output is the same whatever the number.")
    var threads = OrderedParallelMap.defaultThreads

    /// Exits 2 unless there are paths or an index.
    func validate(paths: [String]) throws {
        try InputOptions.validate(threads: threads)
        if paths.isEmpty && index == nil { throw ValidationError("Give at least one file or folder, or --index DIR.") }
    }

    /// The index, opened and verified; nil when there are paths to read instead. Exits 4 with a message
    /// naming the file when it is missing or damaged.
    func openIndex(_ command: String, paths: [String]) throws -> IndexReader? {
        guard let index, paths.isEmpty else { return nil }
        do {
            return try IndexReader(directory: IndexDirectory(path: index))
        } catch {
            StandardError.print("zhili \(command): \(error)")
            throw ExitCode.damagedIndex
        }
    }

    /// Goes through the documents of `paths`, or of the index when there are none, a file at a time:
    /// `transform` gets each file's documents on one of `threads` threads, and `consume` its result on
    /// this thread in the files' order, so the output is the same whatever the number of threads.
    /// Returns whether some input could not be read (the command exits 3 after printing what it could).
    func forEachFile<Output: Sendable>(_ command: String, paths: [String],
                                       transform: @escaping @Sendable ([AnalysisDocument]) -> Output,
                                       consume: (Output) -> Void) throws -> Bool {
        if let reader = try openIndex(command, paths: paths) {
            // The store is read on this thread, a file's documents at a time; the analysis runs on the others.
            do {
                try OrderedParallelMap(threads: threads).run(producing: { add in try reader.forEachFile(add) },
                                                             transform: { transform($0.map(AnalysisDocument.init)) }, consume: consume)
            } catch {
                StandardError.print("zhili \(command): \(error)")
                throw ExitCode.damagedIndex
            }
            return false
        }
        return InputOptions.forEachFile(paths, lossy: lossy, threads: threads, transform: { file in
            transform(file.documents.map(AnalysisDocument.init))
        }, consume: consume)
    }
}
