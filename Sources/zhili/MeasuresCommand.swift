import ArgumentParser
import Extraction
import Foundation
import Reporting

/// `zhili measures PATH ... | --index DIR [--explain] [--summary [--by document|year] [--plot FILE.svg]] [--format ...]`.
struct MeasuresCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "measures",
        abstract: "Policy measures: what a document commits someone to do, or reports as done, with its instrument.",
        discussion: """
            Found by genre: the tasks of a report's work plan and review (role planned or done), the items \
            under 对策/措施/主要任务/保障措施, the numbered sections of a plan, opinion or notice; none in a law. \
            Level 1 is a task, level 2 one of its numbered sub-tasks. \
            Instruments: \(PolicyInstrument.allCases.map { "\($0.rawValue) (\($0.chineseName))" }.joined(separator: ", ")). \
            A measure's instrument is decided by its headline: the means its verbs name (查处, 补贴, 宣传) or the policy \
            area a broad task governs (民生, 生态, 对外开放); the lead sentence breaks ties and the body's means come last \
            (in a plan or opinion the headline's means decide and its areas are weighed with the lead sentence's \
            means); tasks of diplomacy, defence and unification get none. \
            With --index DIR and no paths, the measures of the indexed collection.
            """
    )

    @OptionGroup var input: ExtractionInput
    @OptionGroup var output: ExtractionOutputOptions

    @Flag(help: "Add the cue and area words that decided each measure's category (field `cues`).")
    var explain = false

    @Flag(help: "Print counts of level-1 measures per category instead of the measures.")
    var summary = false

    @Option(help: "With --summary: one row per `document` (default) or per `year`.")
    var by: MeasureSummary.Grouping = .document

    @Option(help: "With --summary: also write a stacked chart of the instrument mix per row to FILE.svg.")
    var plot: String?

    func validate() throws {
        if !summary && (plot != nil || by != .document) { throw ValidationError("--by and --plot go with --summary.") }
        try plot.map { try OutputFile(option: "--plot", path: $0).validate() }
    }

    func run() throws {
        let extractor = MeasureExtractor()
        let reader = try input.openIndex("measures")
        let unreadable: Bool
        if summary {
            // One row of counts per document is all the summary keeps.
            var documents: [(year: Int?, summary: MeasureSummary)] = []
            unreadable = try input.forEachBatch("measures", index: reader, transform: { batch in
                batch.map { (MeasureSummary.year(of: $0), MeasureSummary(document: $0, measures: extractor.measures(in: $0))) }
            }, consume: { documents += $0 })
            let rows = MeasureSummary.rows(documents, by: by)
            let head = by == .document ? ["document"] : ["year", "documents"]
            output.write(rows.map { $0.record(by) }, columns: head + ["measures"] + PolicyInstrument.allCases.map(\.rawValue) + ["uncategorised"])
            if let plot {
                try OutputFile(option: "--plot", path: plot).write(InstrumentChart().svg(rows))
            }
        } else {
            let explain = self.explain
            var columns = ["document", "level", "ordinal", "role", "headline", "category"]
            if explain { columns.append("cues") }
            var stream = output.stream(columns: columns)
            unreadable = try input.forEachBatch("measures", index: reader, transform: { batch in
                batch.flatMap(extractor.measures(in:)).map { $0.record(explain: explain) }
            }, consume: { stream.write($0) })
            stream.finish()
        }
        if unreadable { throw ExitCode.unreadableInput }
    }
}

extension MeasureSummary.Grouping: ExpressibleByArgument {}
