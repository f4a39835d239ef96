/// A table's row as one line of text: its cells in order, joined by `separator`, so that every command
/// reads a row of a list of measures, indicators or units as one line whose cells keep their columns
/// (序号 | 改革举措 | 主要内容 | 指导部门 | 推广范围), the header row among them.
/// A row of header fields (索 引 号： | 000000-2025-00012) is read as fields by `DocumentHeader`.
public enum TableRow {
    /// What stands between two cells of a row.
    public static let separator = " | "

    /// The line of a row of `cells` (each cell's paragraphs joined by a space).
    static func line(_ cells: [String]) -> String {
        cells.joined(separator: separator)
    }

    /// The cells of `line` where it is a row of two or more cells; nil for a line of running text. A row
    /// whose first or last cell is empty may have lost the spaces around its outer separator to trimming.
    public static func cells(of line: some StringProtocol) -> [String]? {
        guard line.contains(separator) else { return nil }
        let cells = line.split(separator: "|", omittingEmptySubsequences: false).map { String($0).trimmingSpaces() }
        return cells.count >= 2 ? cells : nil
    }
}
