import ArgumentParser
import Foundation
import Reporting
import SearchIndex
import Segmentation

/// `zhili search QUERY [--index DIR] [--limit N] [--offset N] [--kind K] [--json] [--explain]`.
struct SearchCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "search",
        abstract: "Search the index: ranked sections and documents with the matches highlighted.",
        discussion: """
        Words are ANDed and each is found wherever its characters stand together (any substring, as grep \
        finds it). OR joins the words on either side; -word or NOT word excludes; "an exact phrase" keeps \
        its words in order; a NEAR/5 b wants at most 5 characters between a and b. Filters: title:, doc: \
        (a document's number in its file, or its title), source:, section:, kind:, year:2019..2025. \
        Full-width and traditional characters are folded like the documents. With no index yet at the \
        default place, one is built from Corpus/ first.
        """
    )

    @Argument(parsing: .allUnrecognized, help: "The query (several arguments are joined with spaces; -word excludes a word).")
    var query: [String]

    @Option(name: .customLong("index"), help: ArgumentHelp("The index folder.", valueName: "dir"))
    var index: String?

    @Option(help: "At most this many results.")
    var limit = 10

    @Option(help: "Skip this many results first.")
    var offset = 0

    @Option(help: ArgumentHelp("""
        Results of this kind: section (the default), document, statistic, citation, measure, or all \
        (repeatable; a kind: filter in the query chooses too).
        """, valueName: "kind"))
    var kind: [String] = []

    @Flag(help: "Print the contract's JSON-lines records.")
    var json = false

    @Flag(help: "Show how each score was made up.")
    var explain = false

    @Flag(help: "Show near-identical copies of a section or document as results of their own instead of once, with their count.")
    var all = false

    func validate() throws {
        if query.isEmpty { throw ValidationError("Give a query.") }
        if limit < 0 || offset < 0 { throw ValidationError("--limit and --offset must not be negative.") }
    }

    /// The kinds to search: sections unless `--kind` or a `kind:` filter says otherwise, so that a plain
    /// search lists passages once rather than also every figure and citation quoted from them.
    private func kinds(for query: Query) -> Set<UnitKind>? {
        if kind.contains("all") { return nil }
        if kind.isEmpty { return query.filtersKind ? nil : [.section] }
        return Set(kind.map { UnitKind(rawValue: $0) })
    }

    func run() throws {
        let parsed: Query
        do {
            parsed = try QueryParser.parse(query.joined(separator: " "))
        } catch {
            StandardError.print("zhili search: \(error)")
            throw ExitCode.badUsage
        }
        let directory = IndexDirectory(path: index ?? "Index")
        if index == nil, !directory.exists, FileManager.default.fileExists(atPath: "Corpus") {
            StandardError.print("No index yet: building Index/ from Corpus/ first.")
            try IndexCommand.build(paths: ["Corpus"], index: "Index", lexicon: nil, lossy: false, quiet: true)
        }
        let results: SearchResults
        do {
            let reader = try IndexReader(directory: directory)
            let options = SearchOptions(limit: limit, offset: offset, kinds: kinds(for: parsed),
                                        explain: explain, collapseDuplicates: !all)
            results = try reader.search(parsed, options: options)
        } catch {
            StandardError.print("zhili search: \(error)")
            throw ExitCode.damagedIndex
        }
        if json {
            let records = results.hits.map { hit in
                var record: [(String, Value)] = [
                    ("rank", .int(hit.rank)), ("score", .number(String(format: "%.4f", hit.score))),
                    ("kind", .string(hit.unit.kind.rawValue)), ("source", .string(hit.unit.source)),
                    ("document_index", .int(hit.unit.documentIndex)), ("document", .string(hit.unit.document)),
                    ("section", .string(hit.unit.section)),
                    ("snippet", .string(hit.snippet?.marked(open: "[", close: "]") ?? "")),
                ]
                if all || hit.duplicates > 0 { record.append(("duplicates", .int(hit.duplicates))) }
                if all, let group = hit.unit.duplicateGroup { record.append(("duplicate_group", .int(group))) }
                if explain { record.append(("explain", .array(hit.explanation.map(Value.string)))) }
                return record
            }
            FileHandle.standardOutput.write(Data(RecordWriter(format: .jsonl).render(records).utf8))
        } else {
            print(SearchCommand.render(results, colour: isatty(STDOUT_FILENO) != 0, explain: explain, all: all), terminator: "")
        }
        if results.hits.isEmpty { throw ExitCode.noHits }
    }

    /// Results for reading: rank, score, document and section, source, near-identical copies (folded
    /// into the hit, or with `all` the group the hit shares with them), and the snippet.
    static func render(_ results: SearchResults, colour: Bool, explain: Bool, all: Bool) -> String {
        let (bold, dim, mark, reset) = colour ? ("\u{1B}[1m", "\u{1B}[2m", "\u{1B}[1;31m", "\u{1B}[0m") : ("", "", "", "")
        var output = ""
        for hit in results.hits {
            let place = [hit.unit.document, hit.unit.section].filter { !$0.isEmpty }.joined(separator: " › ")
            output += "\(hit.rank). \(bold)\(place)\(reset)  " + String(format: "%.2f", hit.score) + "\n"
            var origin = "\(hit.unit.source) · document \(hit.unit.documentIndex) · \(hit.unit.kind)"
            if hit.duplicates > 0 { origin += " · and \(hit.duplicates) near-identical " + (hit.duplicates == 1 ? "copy" : "copies") }
            if all, let group = hit.unit.duplicateGroup { origin += " · near-identical group \(group)" }
            output += "   \(dim)\(origin)\(reset)\n"
            if let snippet = hit.snippet {
                output += "   " + (colour ? snippet.marked(open: mark, close: reset) : snippet.marked(open: "[", close: "]")) + "\n"
            }
            if explain { output += hit.explanation.map { "   = \($0)\n" }.joined() }
        }
        if let last = results.hits.last {
            let more = results.totalIsExact ? "" : "+"
            let counted = results.copies == 0 ? "\(results.total)\(more) matching units"
                : "\(results.results)\(more) results (\(results.total)\(more) matching units, near-identical copies shown once; --all lists them)"
            output += "\(dim)\(results.hits[0].rank)–\(last.rank) of \(counted)\(reset)\n"
        } else {
            output += "No matches.\n"
        }
        return output
    }
}
