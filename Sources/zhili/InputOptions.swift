import ArgumentParser
import Foundation
import Ingestion

/// The input of every command that reads reports: files and folders, how to treat bad bytes, and
/// how many files to read and process at once.
struct InputOptions: ParsableArguments {
    @Argument(help: "Files and folders to read (folders recursively): .txt, .md, .html, .htm, .docx.")
    var paths: [String] = []

    @Flag(help: "Replace bytes that are invalid in the detected encoding with U+FFFD instead of failing the file.")
    var lossy = false

    @Option(parsing: .unconditional, help: "Files read and processed at once, each on a thread of its own (default: the machine's cores); the output is the same whatever the number.")
    var threads = OrderedParallelMap.defaultThreads

    func validate() throws {
        try InputOptions.validate(threads: threads)
    }

    /// Exits 2 unless `--threads` is a number of threads a map starts (see `OrderedParallelMap.maximumThreads`).
    static func validate(threads: Int) throws {
        guard (1...OrderedParallelMap.maximumThreads).contains(threads) else {
            throw ValidationError("--threads must be between 1 and \(OrderedParallelMap.maximumThreads), not \(threads).")
        }
    }

    /// Reads `paths` (or `defaultPaths` when none were given), printing warnings and errors to
    /// standard error; a command with errors prints what it could and exits with `unreadableInput`.
    func readCollection(defaultPaths: [String] = []) -> CollectionReadResult {
        InputOptions.read(paths.isEmpty ? defaultPaths : paths, lossy: lossy, threads: threads)
    }

    /// Reads `paths`, printing warnings and errors to standard error.
    static func read(_ paths: [String], lossy: Bool, threads: Int = OrderedParallelMap.defaultThreads) -> CollectionReadResult {
        let result = CollectionReader(lossy: lossy).readAll(paths, threads: threads)
        for warning in result.warnings { StandardError.print("warning: \(warning)") }
        for error in result.errors { StandardError.print("error: \(error)") }
        return result
    }

    /// Goes through the files of `paths` one at a time without holding the collection: each file is
    /// read and handed to `transform` on one of `threads` threads, and `consume` gets the results on
    /// this thread in the files' order. Warnings and the errors of files that could not be read go to
    /// standard error as they are met; returns whether there were such errors.
    func forEachFile<Output: Sendable>(transform: @escaping @Sendable (SourceFile) -> Output, consume: (Output) -> Void) -> Bool {
        InputOptions.forEachFile(paths, lossy: lossy, threads: threads, transform: transform, consume: consume)
    }

    /// `forEachFile` over any paths, for commands whose paths are arguments of their own.
    static func forEachFile<Output: Sendable>(_ paths: [String], lossy: Bool, threads: Int,
                                              transform: @escaping @Sendable (SourceFile) -> Output,
                                              consume: (Output) -> Void) -> Bool {
        let reader = CollectionReader(lossy: lossy)
        let (files, warnings) = reader.enumerate(paths)
        for warning in warnings { StandardError.print("warning: \(warning)") }
        var unreadable = false
        reader.readEach(files, threads: threads, transform: { $0.map(transform) }, warned: { StandardError.print("warning: \($0)") }) { outcome in
            switch outcome {
            case .success(let output): consume(output)
            case .failure(let error):
                StandardError.print("error: \(error)")
                unreadable = true
            }
        }
        return unreadable
    }
}

/// Messages for standard error, which never carries data.
enum StandardError {
    static func print(_ message: String) {
        FileHandle.standardError.write(Data((message + "\n").utf8))
    }
}
