import ArgumentParser
import Extraction
import Reporting

/// `zhili cites PATH ... | --index DIR [--laws DIR ...] [--check] [--format ...]`: legal and policy citations.
struct CitesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "cites",
        abstract: "Legal and policy citations: law, article, paragraph, item, kind; resolved and checked against laws.",
        discussion: """
            With --index DIR, citations are resolved against the laws indexed there (and with no paths, \
            the citations of the indexed collection are listed); with --laws (a folder of law Markdown files \
            such as ../shared/corpus/laws; repeatable) against those files instead. `resolved` holds the cited \
            article's text in the law's current version. With --check, every citation of an article gets \
            `check` (ok, changed, mismatch, renumbered, missing_article, unknown_law), `suggestion` (the \
            article it most likely means) and `note`.
            """
    )

    @OptionGroup var input: ExtractionInput
    @OptionGroup var output: ExtractionOutputOptions
    @OptionGroup var laws: LawOptions

    @Flag(help: "Check each cited article: does it exist, does the sentence fit it, did its number or wording change.")
    var check = false

    func validate() throws {
        if check && laws.lawFolders.isEmpty && input.index == nil {
            throw ValidationError("--check needs the laws to check against: --laws DIR or --index DIR.")
        }
    }

    func run() throws {
        let reader = try input.openIndex("cites")
        let citationLaws = try laws.laws(index: reader)
        let resolver = citationLaws?.resolver
        let extractor = CitationExtractor()
        let check = self.check
        var columns = ["document", "text", "law", "article", "paragraph", "item", "kind"]
        if check { columns += ["check", "suggestion"] } else if resolver != nil { columns.append("resolved") }
        // With --check, CSV's header always has the check's fields (empty for a citation of no article).
        var stream = output.stream(columns: columns, optionalFields: check ? Citation.checkFields : [])
        var damaged = false
        let unreadable = try input.forEachBatch("cites", index: reader, transform: { documents in
            var citations = documents.flatMap(extractor.citations(in:))
            if let resolver { citations = citations.map(check ? resolver.check : resolver.resolve) }
            return citations.map(\.record)
        }, consume: { (records: [[(String, Value)]]) in
            // A law the index could not give back leaves its citations unresolved: report it, print no more.
            if !damaged, let damage = citationLaws?.damage {
                damaged = true
                StandardError.print("zhili cites: \(damage)")
            }
            if !damaged { stream.write(records) }
        })
        if damaged { throw ExitCode.damagedIndex }
        stream.finish()
        if unreadable { throw ExitCode.unreadableInput }
    }
}
