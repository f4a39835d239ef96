import Ingestion
/// Dates as reports write them — 2025年, 2025年8月下旬, 10月中旬, 2025年9月30日, 二〇二五年八月 —
/// and periods between two of them, so that dates are never mistaken for figures.
struct DateExpression {
    var start: Int
    var end: Int
    var year: Int?
    var month: Int?
    var day: Int?
    /// Names a part of a month or year (下旬, 初, 底) rather than a day.
    var isVague: Bool

    /// The date as ISO 8601, as precise as written (`2025`, `2025-08`, `2025-09-30`; `--08` without a year).
    var iso: String {
        var text = year.map(format4) ?? "-"
        if let month { text += "-" + two(month) }
        if month != nil, let day { text += "-" + two(day) }
        return text
    }

    private func format4(_ value: Int) -> String { String(repeating: "0", count: max(0, 4 - String(value).count)) + String(value) }
    private func two(_ value: Int) -> String { value < 10 ? "0" + String(value) : String(value) }

    /// Two dates joined by 至, 到 or a dash: 2025年8月下旬至10月中旬.
    struct Period {
        var start: DateExpression
        var finish: DateExpression
        var end: Int
    }

    private static let yearMark = Unit.one("年")
    private static let monthMark = Unit.one("月")
    private static let monthSuffix = Unit.of("份")
    private static let dayMarks: Set<UInt16> = [Unit.one("日"), Unit.one("号")]
    private static let ge = Unit.one("个")

    /// The date starting at `start`: a year of four digits, or a month (with a day or part) of one.
    static func match(in scan: ScanText, at start: Int) -> DateExpression? {
        guard let first = ChineseNumeral.match(in: scan, at: start), first.maximum == nil else { return nil }
        var date = DateExpression(start: start, end: first.end, isVague: false)
        var index = first.end
        if scan[index] == yearMark, first.length == 4, first.isArabic || first.isDigitString,
           let year = first.value.integerValue, (1000...2999).contains(year) {
            date.year = year
            index += 1
            if let part = scan.longest(of: StatisticUnits.dateParts, at: index), part != DateExpression.monthSuffix {
                date.isVague = true
                date.end = index + part.count
                return date
            }
            date.end = index
            guard let month = ChineseNumeral.match(in: scan, at: index), scan[month.end] == monthMark,
                  let value = month.value.integerValue, (1...12).contains(value) else { return date }
            date.month = value
            index = month.end + 1
        } else if scan[index] == monthMark, scan[start - 1] != ge, !Unit.isASCIIDigit(scan[start - 1]),
                  let value = first.value.integerValue, (1...12).contains(value), first.maximum == nil {
            date.month = value
            index += 1
        } else {
            return nil
        }
        date.end = index
        if let day = ChineseNumeral.match(in: scan, at: index), dayMarks.contains(scan[day.end]),
           let value = day.value.integerValue, (1...31).contains(value) {
            date.day = value
            date.end = day.end + 1
        } else if let part = scan.longest(of: StatisticUnits.dateParts, at: index) {
            date.isVague = part != DateExpression.monthSuffix
            date.end = index + part.count
        }
        return date
    }

    /// The period that `first` opens, where a joiner and a second date follow; the second date takes
    /// the first's year (and month) where it leaves them out.
    static func period(in scan: ScanText, startingWith first: DateExpression) -> Period? {
        guard let joiner = scan.longest(of: StatisticUnits.rangeJoiners, at: first.end) else { return nil }
        let next = first.end + joiner.count
        if var second = match(in: scan, at: next) {
            if second.year == nil { second.year = first.year }
            return Period(start: first, finish: second, end: second.end)
        }
        // 8月1日至15日: a bare day after a full date.
        if first.day != nil, let day = ChineseNumeral.match(in: scan, at: next), dayMarks.contains(scan[day.end]),
           let value = day.value.integerValue, (1...31).contains(value) {
            var second = first
            second.start = next
            second.day = value
            second.end = day.end + 1
            return Period(start: first, finish: second, end: second.end)
        }
        return nil
    }
}
