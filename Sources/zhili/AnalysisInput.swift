import ArgumentParser
import Foundation
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

    /// Exits 2 unless there are paths or an index.
    func validate(paths: [String]) throws {
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

    /// The documents of `paths`, or of the index when there are none, and whether some input could not
    /// be read (the command exits 3 after printing what it could).
    func documents(_ command: String, paths: [String]) throws -> (documents: [AnalysisDocument], unreadable: Bool) {
        if let reader = try openIndex(command, paths: paths) {
            var documents: [AnalysisDocument] = []
            do {
                try reader.forEachDocument { documents.append(AnalysisDocument($0)) }
            } catch {
                StandardError.print("zhili \(command): \(error)")
                throw ExitCode.damagedIndex
            }
            return (documents, false)
        }
        let result = InputOptions.read(paths, lossy: lossy)
        return (result.files.flatMap(\.documents).map(AnalysisDocument.init), !result.errors.isEmpty)
    }
}
