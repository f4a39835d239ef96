import ArgumentParser
import Extraction

/// `zhili cites PATH ... [--laws DIR ...] [--check] [--format ...]`: legal and policy citations.
struct CitesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "cites",
        abstract: "Legal and policy citations: law, article, paragraph, item, kind; resolved and checked against laws.",
        discussion: """
            With --laws (a folder of law Markdown files such as ../shared/corpus/laws; repeatable), `resolved` \
            holds the cited article's text in the law's current version. With --check, every citation of an \
            article gets `check` (ok, changed, mismatch, renumbered, missing_article, unknown_law), `suggestion` \
            (the article it most likely means) and `note`.
            """
    )

    @OptionGroup var input: InputOptions
    @OptionGroup var output: ExtractionOutputOptions

    @Option(name: .customLong("laws"), help: "A folder (or file) of laws to resolve citations against; repeatable.")
    var lawFolders: [String] = []

    @Flag(help: "Check each cited article: does it exist, does the sentence fit it, did its number or wording change.")
    var check = false

    func validate() throws {
        if input.paths.isEmpty { throw ValidationError("Give at least one file or folder.") }
        if check && lawFolders.isEmpty { throw ValidationError("--check needs the laws to check against: --laws DIR.") }
    }

    func run() throws {
        var resolver: CitationResolver?
        if !lawFolders.isEmpty {
            do {
                resolver = CitationResolver(laws: try LawFolder(paths: lawFolders))
            } catch {
                StandardError.print("error: \(error)")
                throw ExitCode.unreadableInput
            }
        }
        let result = input.readCollection()
        let extractor = CitationExtractor()
        var citations = result.files.flatMap(\.documents).flatMap(extractor.citations(in:))
        if let resolver { citations = citations.map(check ? resolver.check : resolver.resolve) }
        var columns = ["document_index", "document", "text", "law", "article", "paragraph", "item", "kind"]
        if check { columns += ["check", "suggestion"] } else if resolver != nil { columns.append("resolved") }
        output.write(citations.map(\.record), columns: columns)
        if !result.errors.isEmpty { throw ExitCode.unreadableInput }
    }
}
