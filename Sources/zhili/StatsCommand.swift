import ArgumentParser
import Extraction

/// `zhili stats PATH ... [--format table|csv|json|jsonl|md]`: the statistics table.
struct StatsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "stats",
        abstract: "The statistics table: every figure with its value, range, unit, bounds, kind, subject and sentence."
    )

    @OptionGroup var input: InputOptions
    @OptionGroup var output: ExtractionOutputOptions

    func validate() throws {
        if input.paths.isEmpty { throw ValidationError("Give at least one file or folder.") }
    }

    func run() throws {
        let result = input.readCollection()
        let extractor = StatisticExtractor()
        let records = result.files.flatMap(\.documents).flatMap(extractor.statistics(in:)).map(\.record)
        output.write(records, columns: ["document_index", "document", "text", "value", "max", "unit", "approx", "kind", "subject"])
        if !result.errors.isEmpty { throw ExitCode.unreadableInput }
    }
}
