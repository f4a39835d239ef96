import Foundation
import TextNormalization

extension Document {
    /// The year the document is dated, the first found of:
    /// 1. a year in its file name (`劳动法(2018-12-29).md`, `2025年政府工作报告.txt`);
    /// 2. a session of the National People's Congress or a national congress of the Party named in the
    ///    file name (`第十一届全国人民代表大会第一次会议关于政府工作报告的决议` → 2008, `…_(十六大)` → 2002);
    /// 3. the same two in its title;
    /// 4. the latest year in its metadata (a law's 沿革, an 发布日期);
    /// 5. the latest year in its first section (a law's preamble lists its revisions), else a session
    ///    named there.
    ///
    /// A resolution on a work report names its session, not its year, and may cite other years (`1958年以来`):
    /// the session calendar comes before the years of the text.
    public var year: Int? {
        let name = (source as NSString).lastPathComponent
        if let year = Document.years(in: name).first ?? SessionCalendar.year(in: name) { return year }
        if let year = Document.years(in: title).first ?? SessionCalendar.year(in: title) { return year }
        if let year = metadata.flatMap({ Document.years(in: $0.value) }).max() { return year }
        guard let first = sections.first else { return nil }
        return Document.years(in: first.text).max() ?? SessionCalendar.year(in: first.text)
    }

    /// Whether the document is a report to a national congress of the Party, as its file name or title
    /// says (`…_(十六大).txt`, `在中国共产党第九次全国代表大会上的报告`); a text that only mentions one
    /// (`学习贯彻党的十九大精神`) is not.
    public var isPartyCongressReport: Bool {
        let name = (source as NSString).lastPathComponent
        return [name, title].contains { text in
            SessionCalendar.partyCongress(in: text) != nil && (text.contains("报告") || text.contains(SessionCalendar.congressInBrackets))
        }
    }

    /// Whether the document was given late in its year and so reviews that year: it plans the year after
    /// it, speaking of 明年 (next year) at least three times, as the 1981 report, given in November, does of
    /// 1982, where a report given in March says 今年 of the year it plans; or naming the year after its own
    /// three times as the year of a plan or a budget (一九六五年发展国民经济计划, 一九六五年的国家预算: the 1964
    /// report, given in December), where a report given in March names its own.
    public var plansTheYearAfterIt: Bool {
        let nextYear = year.map { $0 + 1 }
        var count = 0
        var plans = 0
        for section in sections {
            // Only 明年 counts, and a plan or budget named after a year: a section with neither word is not read
            // unit by unit (a byte search is a tenth of the walk).
            guard ["明年", "计划", "预算"].contains(where: section.text.containsBytes) else { continue }
            // The four units before the current one, the last of them latest: a year is read from them only at a 年, so the
            // scan of every unit stays a few moves and compares.
            var last: (UInt16, UInt16, UInt16, UInt16) = (0, 0, 0, 0)
            // Units left to read for 计划 or 预算 after the year after the document's own.
            var planWindow = 0
            for unit in section.text.utf16 {
                let previous = last.3
                if previous == Document.ming, unit == Document.nian {
                    count += 1
                    if count >= Document.nextYearMentions { return true }
                }
                if planWindow > 0 {
                    planWindow -= 1
                    if previous == Document.ji && unit == Document.hua || previous == Document.yu && unit == Document.suan {
                        planWindow = 0
                        plans += 1
                        if plans >= Document.nextYearMentions { return true }
                    }
                }
                if unit == Document.nian, let nextYear, Document.year(written: last) == nextYear { planWindow = Document.planDistance }
                last = (last.1, last.2, last.3, unit)
            }
        }
        return false
    }

    /// The year four units write (1965, １９６５, 一九六五, 一九○○), nil where one of them is no digit.
    private static func year(written units: (UInt16, UInt16, UInt16, UInt16)) -> Int? {
        guard let a = yearDigit(units.0), let b = yearDigit(units.1), let c = yearDigit(units.2), let d = yearDigit(units.3) else { return nil }
        return ((a * 10 + b) * 10 + c) * 10 + d
    }

    /// The digit a year is written with: 0–9 in ASCII or full width, or a Chinese digit (一九六五, 〇, ○).
    private static func yearDigit(_ unit: UInt16) -> Int? {
        switch unit {
        case 0x30...0x39: return Int(unit - 0x30)
        case 0xFF10...0xFF19: return Int(unit - 0xFF10)
        default: return unit == Document.circle ? 0 : ChineseNumeral.digitValue(unit)
        }
    }

    private static let ming = "明".utf16.first!
    private static let nian = "年".utf16.first!
    private static let ji = "计".utf16.first!
    private static let hua = "划".utf16.first!
    private static let yu = "预".utf16.first!
    private static let suan = "算".utf16.first!
    private static let circle = "○".utf16.first!
    private static let nextYearMentions = 3
    /// How far after the year its plan or budget may be named (一九六五年发展国民经济计划).
    private static let planDistance = 10

    /// Four-digit years from 1900 to 2100 standing alone (not inside a longer number).
    static func years(in text: String) -> [Int] {
        let scalars = Array(text.folded.unicodeScalars)
        var years: [Int] = []
        var index = 0
        while index < scalars.count {
            guard scalars[index].properties.numericType != nil, scalars[index].isASCII else { index += 1; continue }
            var end = index
            while end < scalars.count, scalars[end].isASCII, scalars[end].properties.numericType != nil { end += 1 }
            if end - index == 4, let year = Int(String(String.UnicodeScalarView(scalars[index..<end]))), (1900...2100).contains(year) {
                years.append(year)
            }
            index = end
        }
        return years
    }
}
