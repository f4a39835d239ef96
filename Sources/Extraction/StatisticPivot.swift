import Reporting
import TextNormalization

/// The cross-document table: one row per document, one column per (indicator, aspect, role, period),
/// each cell the first such figure of the document as written in numbers (`5%`, `5-5.5%`, `33.5万亿元`).
/// Figures that name no indicator have no column.
public struct StatisticPivot: Sendable {
    /// The columns, in the order they were first met.
    public private(set) var columns: [String] = []
    public private(set) var rows: [[(String, Value)]] = []

    public init(_ statistics: [Statistic]) {
        var rowIndex: [String: Int] = [:]
        var seenColumns = Set<String>()
        var cells: [[String: String]] = []
        var keys: [[(String, Value)]] = []
        for statistic in statistics where statistic.kind != .period {
            guard let indicator = statistic.indicator else { continue }
            // One column for an indicator however it is written (党员, 黨員).
            let column = StatisticPivot.column(indicator: SimplifiedFolding.shared.fold(indicator), statistic: statistic)
            if seenColumns.insert(column).inserted { columns.append(column) }
            let key = statistic.source + "\u{1F}" + String(statistic.documentIndex)
            let row: Int
            if let known = rowIndex[key] {
                row = known
            } else {
                row = cells.count
                rowIndex[key] = row
                cells.append([:])
                keys.append([("source", .string(statistic.source)), ("document_index", .int(statistic.documentIndex)),
                             ("document", .string(statistic.document))])
            }
            if cells[row][column] == nil { cells[row][column] = StatisticPivot.cell(statistic) }
        }
        rows = zip(keys, cells).map { key, cell in key + columns.map { ($0, .string(cell[$0])) } }
    }

    /// `地区生产总值 · change · target · 2026`.
    static func column(indicator: String, statistic: Statistic) -> String {
        [indicator, statistic.aspect.rawValue, statistic.role.rawValue, statistic.period ?? "?"].joined(separator: " · ")
    }

    /// The figure in numbers with its unit: 5%, 5-5.5%, 33.5万亿元, 约3000人.
    static func cell(_ statistic: Statistic) -> String {
        var text = statistic.value.description
        if let maximum = statistic.maximum { text += "-" + maximum.description }
        text += statistic.unit ?? ""
        return statistic.approx ? "≈" + text : text
    }
}
