import ArgumentParser
import Ingestion
import SearchIndex

/// What `stats`, `cites` and `measures` read: files and folders, or with `--index DIR` and no paths
/// the documents of an indexed collection (rebuilt from the index's store).
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

    /// The documents to extract from, and whether some input could not be read (exit 3 after printing).
    func documents(_ command: String, index reader: IndexReader?) throws -> (documents: [Document], unreadable: Bool) {
        if let reader, files.paths.isEmpty {
            var documents: [Document] = []
            do {
                try reader.forEachDocument { documents.append($0) }
            } catch {
                StandardError.print("zhili \(command): \(error)")
                throw ExitCode.damagedIndex
            }
            return (documents, false)
        }
        let result = files.readCollection()
        return (result.files.flatMap(\.documents), !result.errors.isEmpty)
    }
}
