import ArgumentParser
import Foundation
import Reporting
import TextAnalysis

/// `zhili cooccur (PATH ... | --index DIR) [--window sentence|paragraph|section] [--top N] [--min-count N]`.
struct CooccurCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "cooccur",
        abstract: "Co-word network: pairs of terms and the number of sentences, paragraphs or sections holding both.",
        discussion: """
        Terms as zhili terms makes them. The nodes are the --top most frequent terms; an edge's weight \
        is the number of windows in which both occur (once per window, however often). CSV has the header \
        source,target,weight (Gephi's edge table); --format graphml or gexf writes the whole network, \
        nodes with their counts, for Gephi, VOSviewer (via GraphML) or networkx.
        """
    )

    /// The record formats and the two graph formats.
    enum Format: String, ExpressibleByArgument, CaseIterable {
        case table, csv, json, jsonl, md, graphml, gexf
    }

    @Argument(help: "Files and folders to read (folders recursively).")
    var paths: [String] = []

    @OptionGroup var input: AnalysisInput

    @Option(help: "The window within which terms co-occur: sentence, paragraph or section.")
    var window: CooccurrenceNetwork.Window = .sentence

    @Option(parsing: .unconditional, help: "The number of terms (nodes), most frequent first (0: all).")
    var top = 100

    @Option(name: .customLong("min-count"), parsing: .unconditional, help: "Only edges of at least this weight.")
    var minCount = 2

    @OptionGroup var stopWords: StopWordsOption
    @OptionGroup var words: SegmenterOptions

    @Option(help: "Output format: table, csv, json, jsonl, md, graphml or gexf (default: table on a terminal, jsonl otherwise).")
    var format: Format?

    func validate() throws {
        try input.validate(paths: paths)
        if top < 0 || minCount < 0 { throw ValidationError("--top and --min-count must not be negative.") }
    }

    func run() throws {
        let extractor = TermExtractor(segmenter: try words.segmenter("cooccur"), stopWords: try stopWords.load("cooccur"))
        var builder = CooccurrenceNetwork.Builder(window: window)
        let cutter = builder
        let unreadable = try input.forEachFile("cooccur", paths: paths, transform: { documents in
            documents.map { cutter.windows(of: $0, extractor: extractor) }
        }, consume: { windows in
            for document in windows { builder.add(document) }
        })
        let network = builder.network(top: top, minimumWeight: minCount)
        let text: String
        switch format ?? (isatty(STDOUT_FILENO) != 0 ? .table : .jsonl) {
        case .graphml: text = network.graphML
        case .gexf: text = network.gexf
        case .csv where network.edges.isEmpty:
            text = "source,target,weight\r\n"  // the header Gephi expects, even for no edges
        case let format:
            text = RecordWriter(format: OutputFormat(rawValue: format.rawValue)!).render(network.edges.map(\.record))
        }
        StandardOutput.write(text)
        if unreadable { throw ExitCode.unreadableInput }
    }
}
