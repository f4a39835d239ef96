/// The numbering mark a line opens with — （一）, 1., 一、, (1), ①, 4.2 — read as headings are read, for extractors
/// that follow a list inside a section's text (a schedule's items under its lead).
public struct ListMark: Sendable, Hashable {
    /// The mark's numbering style: the items of one list share it, a list of another style is nested in or around it.
    public let style: HeadingKind
    /// How many characters the mark takes, its brackets and separator included: the item's words start after them.
    public let length: Int

    /// The mark `line` opens with; nil where it opens with none (2019年…, 1.5万…, 一、二级…).
    public init?(opening line: String) {
        // As many scalars as `HeadingParser.parse` reads: a lone decimal number is a mark only on a short line.
        guard let (kind, _, end, _) = HeadingParser.marker(line.leadingScalars(HeadingParser.longestClause + 8)) else { return nil }
        style = kind
        length = end
    }

    /// `line` without the mark it opens with; `line` itself where it opens with none.
    public static func dropped(from line: String) -> String {
        guard let mark = ListMark(opening: line) else { return line }
        return String(line.unicodeScalars.dropFirst(mark.length))
    }
}
