import Ingestion
/// The label that opens an article of a law (`第三十六条 `, `第一百三十三条之一　`), and the headings
/// that divide a law (第一章, 第二节, 第三编).
struct ArticleLabel {
    var text: String
    var number: Int
    var suffix: Int

    private static let ordinal = Unit.one("第")
    private static let article = Unit.one("条")
    private static let of = Unit.one("之")
    private static let divisions: Set<UInt16> = Set("章节编".utf16)

    /// The label at the start of `line`, where the line opens an article.
    static func parse(_ line: String) -> ArticleLabel? {
        let scan = ScanText(String(line.prefix(24)))
        guard scan[0] == ordinal, let number = ChineseNumeral.match(in: scan, at: 1), scan[number.end] == article,
              let value = number.value.integerValue else { return nil }
        var end = number.end + 1
        var suffix = 0
        if scan[end] == of, let sub = ChineseNumeral.match(in: scan, at: end + 1), let subValue = sub.value.integerValue {
            suffix = subValue
            end = sub.end
        }
        // The label stands alone: a space or the end follows (第三条规定 is a reference, not a label).
        guard end >= scan.count || Unit.isSpace(scan[end]) else { return nil }
        return ArticleLabel(text: scan.original(0..<end), number: value, suffix: suffix)
    }

    /// Whether `line` is a heading such as `第一章 总则` or `第二节`.
    static func isDivisionHeading(_ line: String) -> Bool {
        let scan = ScanText(String(line.prefix(16)))
        guard scan[0] == ordinal, let number = ChineseNumeral.match(in: scan, at: 1) else { return false }
        return divisions.contains(scan[number.end]) && (number.end + 1 >= scan.count || Unit.isSpace(scan[number.end + 1]))
    }
}
