import ArgumentParser
import Extraction
import IndexedExtraction
import SearchIndex

/// `--laws DIR`: the laws citations are resolved against, for `cites` and `export`. Without it, the
/// laws indexed in `--index DIR` (where given) resolve them; with neither, citations stay unresolved.
struct LawOptions: ParsableArguments {
    @Option(name: .customLong("laws"), help: "A folder (or file) of laws to resolve citations against; repeatable.")
    var lawFolders: [String] = []

    /// The laws to resolve against, or nil; exits 3 naming the folder or file where --laws cannot be read,
    /// and names the files of its folders passed over.
    func laws(index reader: IndexReader?) throws -> CitationLaws? {
        if !lawFolders.isEmpty {
            do {
                let folder = try LawFolder(paths: lawFolders)
                for warning in folder.warnings { StandardError.print("warning: \(warning)") }
                return CitationLaws(resolver: CitationResolver(laws: folder), indexed: nil)
            } catch {
                StandardError.print("error: \(error)")
                throw ExitCode.unreadableInput
            }
        }
        guard let reader else { return nil }
        let indexed = IndexedLaws(reader: reader)
        return CitationLaws(resolver: CitationResolver(laws: indexed), indexed: indexed)
    }
}

/// The resolver of a command's citations, and the index's laws behind it where they come from an index
/// (whose damage, found while reading a law, the command reports instead of printing what it resolved).
struct CitationLaws {
    let resolver: CitationResolver
    let indexed: IndexedLaws?

    /// The first damage found in the index's laws, if any.
    var damage: IndexError? { indexed?.damage }
}
