import ArgumentParser
import Extraction
import Reporting

/// `zhili measures PATH ... | --index DIR [--explain] [--summary] [--format ...]`: policy measures.
struct MeasuresCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "measures",
        abstract: "Policy measures: each enumerated countermeasure with its headline, text, sub-items and instrument.",
        discussion: """
            Instruments: \(PolicyInstrument.allCases.map { "\($0.rawValue) (\($0.chineseName))" }.joined(separator: ", ")). \
            A measure's instrument is the one whose cue words weigh most (a cue in the headline counts three times). \
            With --index DIR and no paths, the measures of the indexed collection.
            """
    )

    @OptionGroup var input: ExtractionInput
    @OptionGroup var output: ExtractionOutputOptions

    @Flag(help: "Add the cue words that decided each measure's category (field `cues`).")
    var explain = false

    @Flag(help: "Print counts of measures per category per document instead of the measures.")
    var summary = false

    func run() throws {
        let (documents, unreadable) = try input.documents("measures", index: try input.openIndex("measures"))
        let extractor = MeasureExtractor()
        if summary {
            let rows = documents.map { MeasureSummary(document: $0, measures: extractor.measures(in: $0)) }
            output.write(rows.map(\.record), columns: ["document", "measures"]
                + PolicyInstrument.allCases.map(\.rawValue) + ["uncategorised"])
        } else {
            let measures = documents.flatMap(extractor.measures(in:))
            var columns = ["document", "ordinal", "headline", "category"]
            if explain { columns.append("cues") }
            output.write(measures.map { $0.record(explain: explain) }, columns: columns)
        }
        if unreadable { throw ExitCode.unreadableInput }
    }
}
