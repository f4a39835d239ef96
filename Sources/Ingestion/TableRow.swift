/// A table's row as one line of text: its cells in order, joined by `separator`, so that every command
/// reads a row of a list of measures, indicators or units as one line whose cells keep their columns
/// (序号 | 改革举措 | 主要内容 | 指导部门 | 推广范围), the header row among them.
///
/// A cell that ends with a colon labels the next one (索引号： | 000000-2025-00012): the two are written as one,
/// `索引号：000000-2025-00012`, as header fields are written in running text.
public enum TableRow {
    /// What stands between two cells of a row.
    public static let separator = " | "

    /// The line of a row of `cells` (each cell's paragraphs joined by a space).
    static func line(_ cells: [String]) -> String {
        var text = ""
        for (position, cell) in cells.enumerated() {
            if position > 0, !(text.hasSuffix("：") || text.hasSuffix(":")) { text += separator }
            text += cell
        }
        return text
    }

    /// The cells of `line` where it is a row of two or more cells; nil for a line of running text. A row
    /// whose first or last cell is empty may have lost the spaces around its outer separator to trimming.
    public static func cells(of line: some StringProtocol) -> [String]? {
        guard line.contains(separator) else { return nil }
        let cells = line.split(separator: "|", omittingEmptySubsequences: false).map { String($0).trimmingSpaces() }
        return cells.count >= 2 ? cells : nil
    }
}
