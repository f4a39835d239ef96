import ArgumentParser
import Extraction

/// `zhili stats PATH ... | --index DIR [--indicator NAME] [--role R] [--period P] [--aspect A] [--pivot]
/// [--format table|csv|json|jsonl|md]`: the statistics table, or the table across documents.
struct StatsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "stats",
        abstract: "The statistics table: every figure with its value, range, unit, bounds, kind, indicator, aspect, role, period and sentence.",
        discussion: """
        With --index DIR and no paths, the figures of the indexed collection. --pivot makes one row per document \
        and one column per indicator, aspect, role and period: \
        zhili stats FOLDER --indicator 地区生产总值 --role target --period 2026 --pivot lists each report's growth target.
        """
    )

    @OptionGroup var input: ExtractionInput
    @Option(help: ArgumentHelp("Only figures of this indicator, folded as the records are (全市生产总值 finds 地区生产总值).", valueName: "name"))
    var indicator: String?
    @Option(help: "Only figures of this role: actual, target or other.")
    var role: StatisticRole?
    @Option(help: ArgumentHelp("Only figures about this period, as the records write it: 2026, 2021-2025.", valueName: "period"))
    var period: String?
    @Option(help: "Only figures of this aspect: level, change or share.")
    var aspect: StatisticAspect?
    @Flag(help: "One row per document, one column per indicator, aspect, role and period.")
    var pivot = false
    @OptionGroup var output: ExtractionOutputOptions

    func run() throws {
        let extractor = StatisticExtractor()
        let filter = StatisticFilter(indicator: indicator, role: role, period: period, aspect: aspect)
        let reader = try input.openIndex("stats")
        let unreadable: Bool
        if pivot {
            // The table needs every column before its first row: only its cells are kept.
            var table = StatisticPivotAccumulator()
            unreadable = try input.forEachBatch("stats", index: reader, transform: { documents in
                StatisticPivot(documents.flatMap(extractor.statistics(in:)).filter(filter.admits))
            }, consume: { table.add($0) })
            var stream = output.stream(columns: ["document"] + table.columns)
            table.forEachRow { stream.write([$0]) }
            stream.finish()
        } else {
            var stream = output.stream(columns: ["document", "text", "value", "max", "start", "end", "unit", "approx", "kind", "indicator", "aspect", "role", "period"])
            unreadable = try input.forEachBatch("stats", index: reader, transform: { documents in
                documents.flatMap(extractor.statistics(in:)).filter(filter.admits).map(\.record)
            }, consume: { stream.write($0) })
            stream.finish()
        }
        if unreadable { throw ExitCode.unreadableInput }
    }
}

extension StatisticRole: ExpressibleByArgument {}
extension StatisticAspect: ExpressibleByArgument {}
