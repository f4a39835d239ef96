import ArgumentParser
import Ingestion
import SearchIndex

/// What `stats`, `cites`, `measures` and `export` read: files and folders, or with `--index DIR` and
/// no paths the documents of an indexed collection (rebuilt from the index's store).
struct ExtractionInput: ParsableArguments {
    @OptionGroup var files: InputOptions

    @Option(name: .customLong("index"), help: ArgumentHelp("An index (built by `zhili index`): with no paths, its collection is read from it.", valueName: "dir"))
    var index: String?

    func validate() throws {
        if files.paths.isEmpty && index == nil { throw ValidationError("Give at least one file or folder, or --index DIR.") }
    }

    /// The index, opened and verified; exits 4 with a message naming the file when it is missing or damaged.
    func openIndex(_ command: String) throws -> IndexReader? {
        guard let index else { return nil }
        do {
            return try IndexReader(directory: IndexDirectory(path: index))
        } catch {
            StandardError.print("zhili \(command): \(error)")
            throw ExitCode.damagedIndex
        }
    }

    /// Goes through the documents to extract from without holding them all: `transform` gets the
    /// documents of one file (or one indexed document) on one of `--threads` threads, and `consume`
    /// its results on this thread, in the collection's order. Returns whether some input could not be
    /// read (the command exits 3 after printing what it could).
    func forEachBatch<Output: Sendable>(_ command: String, index reader: IndexReader?, transform: @escaping @Sendable ([Document]) -> Output,
                                        consume: (Output) -> Void) throws -> Bool {
        guard let reader, files.paths.isEmpty else {
            return files.forEachFile(transform: { transform($0.documents) }, consume: consume)
        }
        // The store is read on this thread, a document at a time; their extraction runs on the others.
        do {
            try OrderedParallelMap(threads: files.threads).run(producing: { add in try reader.forEachDocument(add) },
                                                                transform: { transform([$0]) }, consume: consume)
        } catch {
            StandardError.print("zhili \(command): \(error)")
            throw ExitCode.damagedIndex
        }
        return false
    }
}
