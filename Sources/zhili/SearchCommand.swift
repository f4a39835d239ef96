import ArgumentParser
import Foundation
import Reporting
import SearchIndex
import Segmentation

/// `zhili search QUERY [--index DIR] [--limit N] [--offset N] [--kind K] [--per-document N] [--json] [--explain]`.
struct SearchCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "search",
        abstract: "Search the index: ranked sections and documents with the matches highlighted.",
        discussion: """
        Words are ANDed and each is found wherever its characters stand together (any substring, as grep \
        finds it). OR joins what stands on either side, AND binds tighter (a b OR c is (a AND b) OR c) and \
        parentheses group: (a OR b) c; -word or NOT word excludes; "an exact phrase" keeps its words in \
        order; a NEAR/5 b wants at most 5 characters between a and b. Filters: title:, doc: \
        (a document's number in its file, or its title), source:, section:, kind:, year:2019..2025. \
        Full-width and traditional characters are folded like the documents. With no index yet at the \
        default place, one is built from Corpus/ first. Results are ranked by BM25 with a phrase in the \
        document's title or the section's headings weighing more than in its text; a document lists at \
        most 3 sections (--per-document), with the count of the rest.
        """
    )

    @Argument(parsing: .allUnrecognized, help: "The query (several arguments are joined with spaces; -word excludes a word).")
    var query: [String]

    @Option(name: .customLong("index"), help: ArgumentHelp("The index folder.", valueName: "dir"))
    var index: String?

    @Option(parsing: .unconditional, help: "At most this many results (at least 1).")
    var limit = 10

    @Option(parsing: .unconditional, help: "Skip this many results first.")
    var offset = 0

    @Option(help: ArgumentHelp("""
        Results of this kind: section (the default), document, statistic, citation, measure, or all \
        (repeatable; a kind: filter in the query chooses too).
        """, valueName: "kind"))
    var kind: [String] = []

    @Option(name: .customLong("per-document"), parsing: .unconditional, help: ArgumentHelp("At most this many results of one document (0: any number).", valueName: "n"))
    var perDocument = SearchOptions.defaultPerDocument

    @Flag(help: "Print the contract's JSON-lines records.")
    var json = false

    @Flag(help: "Show how each score was made up.")
    var explain = false

    @Flag(help: "Show near-identical copies of a section or document as results of their own instead of once, with their count.")
    var all = false

    /// The kinds `--kind` accepts.
    static let knownKinds = UnitKind.known.map(\.rawValue) + ["all"]

    func validate() throws {
        if query.isEmpty { throw ValidationError("Give a query.") }
        if limit < 1 { throw ValidationError("--limit must be at least 1, not \(limit).") }
        if offset < 0 { throw ValidationError("--offset must not be negative, not \(offset).") }
        if perDocument < 0 { throw ValidationError("--per-document must not be negative, not \(perDocument).") }
        for kind in kind where !SearchCommand.knownKinds.contains(kind) {
            throw ValidationError("--kind \(kind) is not a kind; use one of \(SearchCommand.knownKinds.joined(separator: ", ")).")
        }
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
            let options = SearchCommand.options(limit: limit, offset: offset, kinds: kinds(for: parsed), explain: explain,
                                                all: all, perDocument: perDocument)
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
                record.append(("more_in_document", .int(hit.moreInDocument)))
                if all || hit.duplicates > 0 { record.append(("duplicates", .int(hit.duplicates))) }
                if all, let group = hit.unit.duplicateGroup { record.append(("duplicate_group", .int(group))) }
                if explain { record.append(("explain", .array(hit.explanation.map(Value.string)))) }
                return record
            }
            StandardOutput.write(RecordWriter(format: .jsonl).render(records))
        } else {
            StandardOutput.write(SearchCommand.render(results, offset: offset, colour: isatty(STDOUT_FILENO) != 0, explain: explain, all: all))
        }
        if results.hits.isEmpty { throw ExitCode.noHits }
    }

    /// What `zhili search` asks of the index (and `bench-queries` times): texts and snippets read,
    /// near-identical copies folded unless `all`, totals exact up to 10,000.
    static func options(limit: Int, offset: Int, kinds: Set<UnitKind>?, explain: Bool, all: Bool, perDocument: Int) -> SearchOptions {
        // The index collects offset + limit hits: an offset past any collection is the same as the largest that does not overflow.
        SearchOptions(limit: limit, offset: min(offset, Int.max - limit), kinds: kinds, explain: explain, collapseDuplicates: !all,
                      perDocument: perDocument)
    }

    /// Results for reading: rank, score, document and section, source, near-identical copies (folded
    /// into the hit, or with `all` the group the hit shares with them), and the snippet; `offset` the results skipped.
    static func render(_ results: SearchResults, offset: Int, colour: Bool, explain: Bool, all: Bool) -> String {
        let (bold, dim, mark, reset) = colour ? ("\u{1B}[1m", "\u{1B}[2m", "\u{1B}[1;31m", "\u{1B}[0m") : ("", "", "", "")
        var output = ""
        // "N more in this document" goes under the document's last hit listed.
        var lastOfDocument: [String: Int] = [:]
        for hit in results.hits { lastOfDocument["\(hit.unit.source)\u{0}\(hit.unit.documentIndex)"] = hit.rank }
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
            if hit.moreInDocument > 0, lastOfDocument["\(hit.unit.source)\u{0}\(hit.unit.documentIndex)"] == hit.rank {
                output += "   \(dim)\(hit.moreInDocument) more in this document\(reset)\n"
            }
            if explain { output += hit.explanation.map { "   = \($0)\n" }.joined() }
        }
        let more = results.totalIsExact ? "" : "+"
        let counted = results.copies == 0 ? "\(results.total)\(more) matching units"
            : "\(results.results)\(more) results (\(results.total)\(more) matching units, near-identical copies shown once; --all lists them)"
        if let last = results.hits.last {
            output += "\(dim)\(results.hits[0].rank)–\(last.rank) of \(counted)\(reset)\n"
        } else if results.total > 0 {
            // An --offset past the last result: there are matches, none on this page.
            output += "No results from \(offset + 1) on, of \(counted).\n"
        } else {
            output += "No matches.\n"
        }
        return output
    }
}
