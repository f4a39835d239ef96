import Reporting

/// The cross-document table put together a file at a time: each file's own `StatisticPivot` gives
/// the rows of its documents, and the columns are met in the order the whole collection meets them,
/// so the table is the one `StatisticPivot` makes of every figure at once, while only its cells are
/// held, never the figures or the documents.
public struct StatisticPivotAccumulator: Sendable {
    /// The columns, in the order they were first met.
    public private(set) var columns: [String] = []
    private var seen = Set<String>()
    /// Each row's key fields (`source, document_index, document`) and its non-empty cells.
    private var rowCells: [(key: [(String, Value)], cells: [String: Value])] = []

    public init() {}

    /// Adds the rows of `pivot`, made of figures of documents no earlier pivot had.
    public mutating func add(_ pivot: StatisticPivot) {
        for column in pivot.columns where seen.insert(column).inserted { columns.append(column) }
        for row in pivot.rows {
            let key = Array(row.prefix(StatisticPivotAccumulator.keyFields))
            var cells: [String: Value] = [:]
            for (column, value) in row.dropFirst(StatisticPivotAccumulator.keyFields) where value != .null { cells[column] = value }
            rowCells.append((key, cells))
        }
    }

    /// Hands the rows to `body` one at a time, one field per column (null where the document has no
    /// such figure): over a large collection the full rows, mostly null, are far larger than the cells.
    public func forEachRow(_ body: ([(String, Value)]) -> Void) {
        for row in rowCells { body(row.key + columns.map { ($0, row.cells[$0] ?? .null) }) }
    }

    /// `source, document_index, document` lead every row.
    private static let keyFields = 3
}
