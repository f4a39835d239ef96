import Foundation
import Ingestion

/// The units a measure names as lead or responsible, and the date it is due by.
///
/// Decided on State Council programmes and opinions: units stand in a parenthesis at the end of a
/// measure's paragraph — `（商务部、发展改革委等和各有关省级人民政府负责）`, `（生态环境部牵头，国家发展
/// 改革委、工业和信息化部参与）`, `（自然资源部、工业和信息化部指导）` — or after a label
/// (`牵头单位：县卫健局`, `责任单位：…`). Units that only take part (参与, 配合) are not actors.
enum ResponsibleUnits {
    /// The verbs that name a unit as responsible, and the labels that announce one.
    static let roles = ["牵头", "负责", "指导", "落实"]
    static let labels = ["牵头单位", "责任单位", "负责单位", "主责单位", "牵头部门", "责任部门", "负责部门"]

    /// The actors of `text` (the measure's own paragraph, not its sub-items): the first parenthesis or
    /// label that names them.
    static func actors(in text: String) -> [String] {
        // Most paragraphs name no unit: look for a parenthesis or a label's 单位/部门 before searching.
        let scalars = text.unicodeScalars
        let hasParenthesis = scalars.contains { $0 == "（" || $0 == "(" }
        var hasLabel = false
        var previous: Unicode.Scalar = " "
        for scalar in scalars {
            if (previous == "单" && scalar == "位") || (previous == "部" && scalar == "门") { hasLabel = true; break }
            previous = scalar
        }
        guard hasParenthesis || hasLabel else { return [] }
        for label in labels where hasLabel {
            guard let range = text.scalarRange(of: label) else { continue }
            var rest = text[range.upperBound...].drop { "：: ".contains($0) }
            rest = rest.prefix { !"）)；;，,。\n".contains($0) }
            let names = split(String(rest))
            if !names.isEmpty { return names }
        }
        var searchStart = text.startIndex
        while let open = text[searchStart...].firstIndex(where: { $0 == "（" || $0 == "(" }) {
            guard let close = text[open...].firstIndex(where: { $0 == "）" || $0 == ")" }) else { break }
            let inside = text[text.index(after: open)..<close]
            searchStart = text.index(after: close)
            guard inside.count <= 200 else { continue }
            // The responsible part comes before 参与/配合: （A牵头，B参与） → A. A list of units before it
            // belongs to it: （A、B，各省级人民政府按职责分工负责） → A, B, 各省级人民政府.
            var listed: [String] = []
            for clause in inside.split(whereSeparator: { "，,；;。".contains($0) }) {
                guard let role = roles.first(where: { clause.hasSuffix($0) || clause.containsScalars($0 + "落实") }),
                      let end = clause.scalarRange(of: role)?.lowerBound else {
                    let names = split(String(clause))
                    listed = !names.isEmpty && names.allSatisfy(isUnit) ? listed + names : []
                    continue
                }
                var named = Substring(clause[..<end])
                for qualifier in qualifiers where named.hasSuffix(qualifier) { named = named.dropLast(qualifier.count) }
                // （A、B牵头负责）: two roles written together name the same units, the lead's word before the last.
                for leading in roles where named.hasSuffix(leading) { named = named.dropLast(leading.count) }
                let names = split(String(named))
                if !names.isEmpty { return listed + names }
            }
        }
        return []
    }

    /// The part of a measure's text where its units are named: its first paragraph (the one after a
    /// heading that stands on its own line), and the paragraph after it when that one is a short labelled
    /// parenthesis — State Council lists of measures close each with a line `（负责部门：商务部；适用范围：…）`
    /// or `（适用范围：…；负责部门：海关总署）`.
    static func unitsText(of text: String) -> String {
        var paragraphs = text.lines().prefix(3)
        guard var units = paragraphs.popFirst().map(String.init) else { return text }
        if !units.unicodeScalars.contains("。"), let body = paragraphs.popFirst() { units += "\n" + body }
        guard let next = paragraphs.popFirst()?.drop(while: { $0 == " " || $0 == "\u{3000}" }),
              next.first == "（" || next.first == "(", next.count <= 200,
              labels.contains(where: { next.containsScalars($0) }) else { return units }
        return units + "\n" + next
    }

    /// `商务部、发展改革委等和各有关省级人民政府` → 商务部, 发展改革委, 各有关省级人民政府.
    static func split(_ list: String) -> [String] {
        var names: [String] = []
        // A会同B: the lead and the units it works with are responsible together (国家发展改革委会同有关部门负责).
        for part in list.components(separatedBy: "、").flatMap({ $0.components(separatedBy: "会同") }) {
            // 等和 and 等有关 join the units named to a group: A等和各省级人民政府, A等有关部门和单位.
            for piece in part.components(separatedBy: "等和").flatMap(splitGroup) {
                var name = piece.trimmingCharacters(in: .whitespaces)
                if name.hasSuffix("等") { name.removeLast() }
                if name.hasPrefix("由") { name.removeFirst() }
                // A unit is a short name, not a clause.
                guard !name.isEmpty, name.count <= 20, !name.contains(where: { "，,：:".contains($0) }) else { return [] }
                names.append(name)
            }
        }
        return names
    }

    /// `A等有关部门和单位` → A, 有关部门和单位; `人民银行等部门` → 人民银行, 部门 (State Council 57's （负责部门：人民银行等部门）);
    /// anything else as it is.
    private static func splitGroup(_ piece: String) -> [String] {
        for group in ["等有关", "等相关", "等部门", "等单位"] {
            if let range = piece.scalarRange(of: group) {
                return [String(piece[..<range.lowerBound]), String(piece[piece.index(after: range.lowerBound)...])]
            }
        }
        return [piece]
    }

    /// Words between the units and their role that say how, not who (按职责分工负责).
    static let qualifiers = ["按职责分工", "按照职责分工", "分别"]

    /// Whether `name` ends as the name of a body does (部, 委, 局, 办, 政府, 总工会, 有关单位 …).
    private static func isUnit(_ name: String) -> Bool {
        guard let last = name.unicodeScalars.last else { return false }
        return "部委局署办院会行府厅社室所团联央军位".unicodeScalars.contains(last)
    }

    /// The first deadline written in `text`: 到2020年, 到2027年底, 至2025年, 2019年6月底前, 2025年底前,
    /// 一九七五年 in a plan's sentence, 本意见印发之日起30日内, a span of years to finish in (确保1年内完成,
    /// 在2—3年内调整到位, 用三年时间), the end of a month of the year written in (六月底前), the later years of a five-year
    /// plan (在“十五”后两年); nil where none. With `year`, the year the document was written in, a date
    /// of an earlier year is passed over: it closes the span a review reports on (the 2013 report's 到2012年, the
    /// 1979 report's 到一九七八年), and nothing done by then is still to be finished.
    /// The year is asked for only where a date is found (most measures have none).
    static func deadline(in text: String, notBefore year: @autoclosure () -> Int? = nil) -> String? {
        // Every pattern needs a year of four digits before 年, a time counted from the document's issue
        // (之日起) or a span of years (年内, 年时间): most paragraphs have none.
        guard hasYear(text) || text.containsScalars("之日起") || text.containsScalars("年内") || text.containsScalars("年时间")
                || text.containsScalars("月底") || text.containsScalars("月末") || text.containsScalars("五”") else { return nil }
        var best: NSRange?
        let length = (text as NSString).length
        for expression in deadlineExpressions {
            var from = 0
            while let range = expression.firstMatch(in: text, range: NSRange(location: from, length: length - from))?.range,
                  best.map({ range.location < $0.location }) ?? true {
                let written = (text as NSString).substring(with: range)
                guard let dated = VersionDate.first(in: written)?.year, let year = year(), dated < year else {
                    best = range
                    break
                }
                from = range.location + range.length
            }
        }
        return best.map { (text as NSString).substring(with: $0) }
    }

    /// Whether four digits (ASCII or Chinese, as the patterns write them) stand before a 年 in `text`.
    private static func hasYear(_ text: String) -> Bool {
        var digits = 0
        for scalar in text.unicodeScalars {
            if scalar == "年" && digits >= 4 { return true }
            digits = ("0"..."9").contains(scalar) || yearDigits.contains(scalar) ? digits + 1 : 0
        }
        return false
    }

    private static let yearDigits: Set<Unicode.Scalar> = Set("一二〇○零０三四五六七八九".unicodeScalars)

    /// Compiled once: a measure's first paragraph is searched for each.
    nonisolated(unsafe) private static let deadlineExpressions: [NSRegularExpression] = deadlinePatterns.map { pattern in
        // The patterns are literals known to compile.
        try! NSRegularExpression(pattern: pattern)
    }

    /// A year written in Chinese numerals, its zeros as 〇, ○, 零 or the full-width or ASCII digit some typists used (到二０一０年,
    /// 一九九0年底以前).
    private static let chineseYear = "[一二〇○零０0三四五六七八九]{4}"

    private static let deadlinePatterns = [
        // Not the end of a span a date opens (2019年1月1日至2020年12月31日, 一九七一年到一九七八年): a period, not a time to finish by;
        // nor the end of a term a verb extends (可以延续使用到一九九0年, 保留到, 延长到, 推迟到): how long something may go on.
        "(?<![日月年用续留长迟])(?:到|至)(?:[0-9]{4}|\(chineseYear))年(?:[0-9]{1,2}月)?(?:底|末)?前?",
        // 在2019年2月底前完成: the 前 is the deadline's, as written.
        "(?<=在)(?:[0-9]{4}|\(chineseYear))年(?:[0-9]{1,2}月)?(?:底|末)?前?(?=[^，。；]{0,6}(?:完成|实现|建成|达到))",
        "(?:[0-9]{4}|\(chineseYear))年(?:[0-9]{1,2}月|上半年|下半年|年?底|年?末)?(?:底|末)?(?:前|以前)",
        // 本意见印发之日起30日内: a time counted from the document's issue.
        "本[^，。；（）]{1,6}?(?:印发|发布|施行|实施)之日起[0-9一二三四五六七八九十]+个?(?:工作日|日|天|月)内",
        // 确保1年内完成合同用量, 在2—3年内调整到位, 力争五到十年内取得突破性进展: a span of years that a verb of finishing
        // closes (not 十年内乱, nor a rule's time limit, 20个工作日内).
        "[0-9一二三四五六七八九十两]+(?:[—\\-至到][0-9一二三四五六七八九十两]+)?年内(?=[^，。；]{0,8}?(?:完成|到位|实现|建成|达到|取得))",
        "用[0-9一二三四五六七八九十两]+年(?:左右的?)?时间",
        // 各地应于六月底前将…报…备案: the end of a month with no year, the year the document is written in (not 2013年6月底前's month).
        "(?<![0-9一二三四五六七八九十〇○零０年])(?:[0-9]{1,2}|[一二三四五六七八九十]{1,2})月(?:底|末)(?:前|以前)",
        // 科技部拟在“十五”后两年，选择…: the later (or first) years of a five-year plan, not the plan's whole period (“十五”期间).
        "在“[一二三四五六七八九十]+五”(?:前|后)[两二三]年",
        // 力争今年年内推出: the current year as the span within which the act is finished (not 今年适当时候, nor 今年 alone).
        "今年年内(?=[^，。；]{0,8}?(?:完成|到位|实现|建成|达到|取得|推出))",
    ]
}
