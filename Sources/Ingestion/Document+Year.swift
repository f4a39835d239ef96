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
            SessionCalendar.partyCongress(in: text) != nil && (text.contains("报告") || text.contains(/[(（][一二三四五六七八九十]+大[)）]/))
        }
    }

    /// Whether the document was given late in its year and so reviews that year: it plans the year after
    /// it, speaking of 明年 (next year) at least three times, as the 1981 report, given in November, does of
    /// 1982, where a report given in March says 今年 of the year it plans.
    public var plansTheYearAfterIt: Bool {
        let nextYear = Document.nextYear
        var count = 0
        for section in sections {
            // Sought in the text's UTF-8 as it is stored, not in UTF-16 made character by character.
            var text = section.text
            count += text.withUTF8 { bytes in
                var found = 0, offset = 0
                while offset + nextYear.count <= bytes.count {
                    if nextYear.indices.allSatisfy({ bytes[offset + $0] == nextYear[$0] }) {
                        found += 1
                        offset += nextYear.count
                    } else {
                        offset += 1
                    }
                }
                return found
            }
            if count >= Document.nextYearMentions { return true }
        }
        return false
    }

    private static let nextYear = Array("明年".utf8)

    private static let nextYearMentions = 3

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
