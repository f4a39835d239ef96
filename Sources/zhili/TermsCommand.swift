import ArgumentParser
import TextAnalysis

/// `zhili terms (PATH ... | --index DIR) [--by all|document|year|folder] [--top N] [--min-count N] [--keywords] [--stopwords FILE]`.
struct TermsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "terms",
        abstract: "Term frequency tables: by collection, document, year or folder; --keywords for each group's distinctive terms.",
        discussion: """
        Terms are the segmenter's words (see zhili segment) that hold a letter or an ideograph, folded \
        (traditional → simplified, ASCII lowercased), stop words left out (a built-in list of function \
        words and governance boilerplate, or --stopwords FILE). per_10k is occurrences per 10,000 \
        characters of the group's text (whitespace not counted); documents the number of the group's \
        documents that hold the term. --keywords ranks each group's terms by log-likelihood (G², as \
        AntConc's keyness) against the rest of the collection and lists those the group uses more \
        than the rest (score ≥ 3.84: p < 0.05; ≥ 10.83: p < 0.001). A document's year comes from its \
        file name, title, metadata or text (see zhili trend).
        """
    )

    @Argument(help: "Files and folders to read (folders recursively).")
    var paths: [String] = []

    @OptionGroup var input: AnalysisInput

    @Option(help: "Group by all (the collection), document, year or folder.")
    var by: Grouping = .all

    @Option(parsing: .unconditional, help: "At most this many terms per group (0: all).")
    var top = 50

    @Option(name: .customLong("min-count"), parsing: .unconditional, help: "Only terms occurring at least this often in the group.")
    var minCount = 1

    @Flag(help: "Rank each group's terms by log-likelihood keyness against the rest of the collection (needs --by other than all).")
    var keywords = false

    @OptionGroup var stopWords: StopWordsOption
    @OptionGroup var words: SegmenterOptions
    @OptionGroup var output: ExtractionOutputOptions

    func validate() throws {
        try input.validate(paths: paths)
        if top < 0 || minCount < 0 { throw ValidationError("--top and --min-count must not be negative.") }
        if keywords && by == .all { throw ValidationError("--keywords compares groups: give --by document, year or folder.") }
    }

    func run() throws {
        let extractor = TermExtractor(segmenter: try words.segmenter("terms"), stopWords: try stopWords.load("terms"))
        var table = TermTable(by: by)
        let unreadable = try input.forEachFile("terms", paths: paths, transform: { documents in
            documents.map { ($0, extractor.counts($0)) }
        }, consume: { counted in
            for (document, counts) in counted { table.add(document, severalInFile: counted.count > 1, counts: counts) }
        })
        if keywords, table.groupLabels.count == 1 {
            // Scored against nothing, every term would be left out: say why the table is empty.
            StandardError.print("warning: --keywords compares each group with the rest, and every document is in one group "
                + "(\(by.rawValue) \(table.groupLabels[0])): no keywords; group the documents by another --by")
        }
        output.write(table.rows(top: top, minimumCount: minCount, keywords: keywords).map(\.record), columns: [])
        if unreadable { throw ExitCode.unreadableInput }
    }
}
