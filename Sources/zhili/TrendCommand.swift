import ArgumentParser
import Foundation
import Ingestion
import TextAnalysis

/// `zhili trend TERM ... (PATH ... | --index DIR) [--by year|document|folder] [--plot FILE.svg]`.
struct TrendCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "trend",
        abstract: "How often terms occur per 10,000 characters, by year, document or folder; --plot draws the chart.",
        discussion: """
        Arguments that name an existing file or folder, hold a / or end in an extension zhili reads \
        (.txt, .md, .html, .docx ...) are the input; the others are the terms (with \
        --index DIR, every argument is a term). A term is counted as zhili kwic finds it (its \
        characters together, folded), so the counts agree with the concordance. per_10k is occurrences \
        per 10,000 characters of the group's text, whitespace not counted; chars is that number of \
        characters. A document's year is the first found of: a year in its file name; a session of \
        the National People's Congress or a national Party congress named in the file name \
        (第十一届全国人民代表大会第一次会议 → 2008, (十六大) → 2002); the same in its title; the latest \
        year in its metadata; the latest year in its first section, else a session named there. \
        Documents without one are grouped as `unknown` (and left out of the chart). --plot FILE.svg \
        writes a line chart (one line per term) as well as the table.
        """
    )

    @Argument(help: "Terms, then files and folders to read.")
    var arguments: [String] = []

    @OptionGroup var input: AnalysisInput

    @Option(help: "Group by year, document or folder.")
    var by: Grouping = .year

    @Option(help: ArgumentHelp("Also write the trend as an SVG line chart to this file.", valueName: "file.svg"))
    var plot: String?

    @OptionGroup var output: ExtractionOutputOptions

    /// The arguments that name files or folders (none with --index): those that exist, and those only a
    /// path looks like — holding a / or ending in an extension zhili reads — so that a mistyped path is
    /// reported as missing (exit 3) rather than counted as one more term.
    private var paths: [String] {
        input.index != nil ? [] : arguments.filter {
            FileManager.default.fileExists(atPath: $0) || $0.contains("/") || CollectionReader.isReadable($0)
        }
    }

    private var terms: [String] {
        let paths = Set(paths)
        return arguments.filter { !paths.contains($0) }
    }

    func validate() throws {
        if terms.isEmpty { throw ValidationError("Give at least one term.") }
        // A term with nothing to find (`""`) is refused as kwic refuses it, rather than left out of the table unsaid.
        if let empty = terms.first(where: { TextMatcher($0) == nil }) {
            throw ValidationError("The term \(empty) holds no characters to find.")
        }
        try input.validate(paths: paths)
        if by == .all { throw ValidationError("--by all has no trend: give year, document or folder.") }
        try plot.map { try OutputFile(option: "--plot", path: $0).validate() }
    }

    func run() throws {
        var table = TrendTable(terms: terms, by: by)
        let counter = table
        let unreadable = try input.forEachFile("trend", paths: paths, transform: { documents in
            documents.map { ($0, counter.counts($0)) }
        }, consume: { counted in
            for (document, counts) in counted { table.add(document, severalInFile: counted.count > 1, counts: counts) }
        })
        if let plot {
            try OutputFile(option: "--plot", path: plot).write(TrendChart(table).svg())
        }
        output.write(table.rows.map(\.record), columns: [])
        if unreadable { throw ExitCode.unreadableInput }
    }
}
