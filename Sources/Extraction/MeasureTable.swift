import Ingestion

/// A table whose rows are measures, one a row (State Council 10's annex: 序号 | 改革举措 | 主要内容 | 指导部门 |
/// 推广范围): its header names a column of measures, and may name their content, the units responsible and
/// the time they are due. Read from the rows ingestion writes as lines of cells (`TableRow`).
///
/// Such a table is the document's list of measures: the notice before it introduces or groups them
/// (一、推广的改革举措（共23项） （一）知识产权保护方面5项：…；…), so its rows are the measures and the unit
/// column gives their actors, which the body's summary does not name.
struct MeasureTable {
    /// A header cell ending with one of these heads the column of measures (改革举措, 重点任务, 具体措施) …
    static let measureHeaders = ["举措", "措施", "任务", "重点工作", "工作事项"]
    /// … with one of these the content (主要内容, 具体内容, 工作内容) …
    static let contentHeaders = ["内容"]
    /// … with one of these the units (指导部门, 牵头单位, 责任单位), unless it names units that only take part
    /// (配合单位, 参与部门) …
    static let unitHeaders = ["部门", "单位"]
    static let partakingUnits = ["配合", "参与", "协同"]
    /// … and with one of these the due date (完成时限, 完成时间, 时间进度).
    static let deadlineHeaders = ["时限", "时间", "进度"]
    /// The fewest rows of a table of measures.
    static let fewestRows = 2

    /// One row: the section it stands in, its number (序号) where given, and its cells by column.
    struct Row {
        var section: String
        var number: Int?
        var measure: String
        var content: String
        var units: String
        var deadline: String
    }

    let rows: [Row]

    /// The table of measures among `document`'s lines — the rows after the first header naming a column of
    /// measures, with as many cells as the header — or nil where there is none with `fewestRows` rows.
    init?(_ document: Document) {
        // Most documents have no table: look for a row's separator before reading line by line.
        guard document.sections.contains(where: { $0.text.contains(TableRow.separator) }) else { return nil }
        var columns: (count: Int, measure: Int, content: Int?, units: Int?, deadline: Int?, number: Int?)?
        var rows: [Row] = []
        for section in document.sections {
            for line in ([section.heading] + section.text.split(separator: "\n").map(String.init)) {
                guard let cells = TableRow.cells(of: line) else { continue }
                if let header = columns, cells.count == header.count {
                    let measure = cells[header.measure]
                    guard !measure.isEmpty else { continue }
                    func cell(_ column: Int?) -> String { column.map { cells[$0] } ?? "" }
                    rows.append(Row(section: section.pathString, number: header.number.flatMap { Int(cells[$0]) }, measure: measure,
                                    content: cell(header.content), units: cell(header.units), deadline: cell(header.deadline)))
                } else if columns == nil {
                    columns = MeasureTable.header(cells)
                }
            }
        }
        guard rows.count >= MeasureTable.fewestRows else { return nil }
        self.rows = rows
    }

    /// The columns a header row names, where one of them is a column of measures.
    private static func header(_ cells: [String]) -> (count: Int, measure: Int, content: Int?, units: Int?, deadline: Int?, number: Int?)? {
        // Header cells are spaced out to fill their width: 主 要 内 容.
        let names = cells.map { String($0.unicodeScalars.filter { !$0.properties.isWhitespace }) }
        func column(_ endings: [String], unless excluded: [String] = []) -> Int? {
            names.firstIndex { name in endings.contains { name.hasSuffix($0) } && !excluded.contains { name.containsScalars($0) } }
        }
        guard let measure = column(measureHeaders) else { return nil }
        return (cells.count, measure, column(contentHeaders), column(unitHeaders, unless: partakingUnits),
                column(deadlineHeaders), names.firstIndex { $0 == "序号" || $0 == "编号" })
    }

    /// A time cell as written where it names a year or a month (2019年6月, 2020年底); nil for 长期坚持, 持续推进.
    static func date(_ cell: String) -> String? {
        let scalars = cell.unicodeScalars
        return scalars.contains { ("0"..."9").contains($0) } && (scalars.contains("年") || scalars.contains("月")) ? cell : nil
    }
}
