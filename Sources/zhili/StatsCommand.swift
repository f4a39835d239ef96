import ArgumentParser
import Extraction

/// `zhili stats PATH ... | --index DIR [--format table|csv|json|jsonl|md]`: the statistics table.
struct StatsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "stats",
        abstract: "The statistics table: every figure with its value, range, unit, bounds, kind, subject and sentence.",
        discussion: "With --index DIR and no paths, the figures of the indexed collection."
    )

    @OptionGroup var input: ExtractionInput
    @OptionGroup var output: ExtractionOutputOptions

    func run() throws {
        let (documents, unreadable) = try input.documents("stats", index: try input.openIndex("stats"))
        let extractor = StatisticExtractor()
        let records = documents.flatMap(extractor.statistics(in:)).map(\.record)
        output.write(records, columns: ["document", "text", "value", "max", "start", "end", "unit", "approx", "kind", "subject"])
        if unreadable { throw ExitCode.unreadableInput }
    }
}
