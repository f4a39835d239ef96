import Ingestion

/// The measure of a decision written as paragraphs with no list of its own, or with a list of members only.
extension MeasureExtractor {
    /// How a decision's title ends (国务院关于在…暂时调整实施《…条例》有关规定的决定).
    static let decisionTitleEnding = "决定"
    /// How a resolution's title ends (…人民代表大会常务委员会关于…的决议): its numbered points are read as a decision's.
    static let resolutionTitleEnding = "决议"

    /// The paragraphs of a decision's preamble that state what it decides (State Council 16: 为…，国务院决定在…暂时调整实施…的规定，
    /// …由海南省人民政府实施审批。…), each one measure, planned, as an approval's grant is one: the duties that go with the act (明确
    /// 审批的条件和程序, 严格审查, the 具体管理办法) are its items, not measures beside it. Read only where the decision holds no
    /// numbered sections or heading over measures, whose items would be its measures; and in a notice whose list is one of
    /// members — its numbered sections all such lists (State Council 54: 国务院决定对国家教材委员会组成人员进行调整。现将调整后的组成人员名单
    /// 通知如下：（一）部门委员 …), or the lines after its announcement (59: …通知如下：组　长：韩　正　　国务院副总理 …) — which name
    /// who sits on a body, not what anyone is to do. In a reply with no list (复函), the paragraphs that grant what was asked
    /// (24: 同意以哈尔滨市名义申办…。运动会申办全部经费由黑龙江省人民政府承担；…), as an approval's grant with nothing attached.
    /// In a resolution with no list (决议), the paragraphs that delegate the congress's power (`delegatesPower`).
    /// Empty for any other document.
    func decidedActs(in tree: SectionTree, document: Document) -> [Measure] {
        guard let preamble = tree.sections.firstIndex(where: { $0.path.isEmpty }) else { return [] }
        let top = tree.topSections().filter { $0 != preamble }
        let paragraphs = tree.sections[preamble].text.lines().map { String($0).trimmingSpaces() }
        let announced = paragraphs.drop { !MeasureExtractor.listAnnouncements.contains(where: $0.hasSuffix) }.dropFirst()
        let decides = document.title.hasSuffix(MeasureExtractor.decisionTitleEnding)
            || !top.isEmpty && top.allSatisfy({ MeasureExtractor.isMemberList(tree.sections[$0].text) })
            || top.isEmpty && MeasureExtractor.isMemberList(announced.joined(separator: "\n"))
        let grantsInReply = document.title.hasSuffix(MeasureExtractor.replyTitleEnding)
        let resolves = document.title.hasSuffix(MeasureExtractor.resolutionTitleEnding)
        guard decides || grantsInReply || resolves else { return [] }
        let acts = paragraphs.filter { paragraph in
            if decides { return SectionTree.leadSentence(paragraph).containsScalars(MeasureExtractor.decisionTitleEnding) }
            return resolves ? MeasureExtractor.delegatesPower(paragraph) : grants(paragraph)
        }
        return paragraphMeasures(of: preamble, in: tree, document: document, role: .planned, paragraphs: acts)
    }

    /// Whether a resolution's paragraph delegates the congress's own power to another body: a clause of its lead sentence opens
    /// with 授权 (the 1962 NPC resolution on the work report: 会议同意国务院的建议，授权全国人民代表大会常务委员会审查和批准…国民经济调整
    /// 计划和相应的国家预算) — an act the congress decides, which the report it endorses cannot hold, where its agreement with the
    /// report, its approval of it, what it restates and its closing call (会议号召) are none.
    static func delegatesPower(_ paragraph: String) -> Bool {
        SectionTree.leadSentence(paragraph).split(whereSeparator: { "，,；;".contains($0) }).contains { clause in
            var words = clause.drop { $0.isWhitespace }
            for opening in ["会议", "并", "决定", "同意"] where words.hasPrefix(opening) { words = words.dropFirst(opening.count) }
            return words.hasPrefix("授权")
        }
    }

    /// How the issuer of a people's congress Standing Committee's decision is named (北京市人民代表大会常务委员会关于…的决定).
    static let standingCommittee = "常务委员会关于"
    /// Words of a Standing Committee decision's subject that name rules it fixes: regulations repealed, amended or whose
    /// duties it moves (市人民政府机构改革涉及地方性法规规定的行政机关职责调整问题), a tax's rates (耕地占用税适用税额).
    static let fixedRuleWords = ["法规", "税额", "税率"]

    /// Whether a Standing Committee's decision fixes rules rather than directs bodies to act (Scripts/gold/measures/README.md,
    /// test18 and test19): its subject, after 关于, is a text of rules or a rate — its points are provisions, as a law's articles
    /// are, and give no measure, though some of them ask the government to act for them (the 2018 Beijing decision's 三、…市人民
    /// 政府应当及时提出议案, serving the duties it moves). A decision that directs or grants (依法防控…疫情, 加强市级预算审查监督,
    /// 浦东新区改革开放再出发) names what it is about, not rules.
    static func fixesRules(title: String) -> Bool {
        guard title.hasSuffix(decisionTitleEnding), let about = title.range(of: standingCommittee) else { return false }
        let subject = title[about.upperBound...]
        return fixedRuleWords.contains { subject.contains($0) }
    }

    /// Whether the heading of a decision's first point names the decision's own subject — the last five characters of what its
    /// title is about, after 关于 and without 若干问题 — in its first clause: the aim of the whole, as an opinion's 总体要求 states it,
    /// not one of the points that carry it out (the Shanghai Standing Committee's “一网通办” decision, 一、本市推进“一网通办”改革，
    /// 整合数据资源…; its 长三角 示范区 decision, 一、示范区建设要全面贯彻…《总体方案》，坚持新发展理念…). A first point whose subject is
    /// a body acting about something else is kept (浦东新区: 一、市人民代表大会常务委员会围绕浦东新区改革开放再出发的实际需求，制定…).
    /// A resolution's first point (…关于…的决议) is read the same way.
    static func restatesDecision(_ heading: String, title: String) -> Bool {
        guard [decisionTitleEnding, resolutionTitleEnding].contains(where: { title.hasSuffix("的" + $0) }), let about = title.range(of: "关于") else { return false }
        var subject = String(title[about.upperBound...].dropLast(decisionTitleEnding.count + 1))
        for vague in ["若干问题", "有关问题"] where subject.hasSuffix(vague) { subject.removeLast(vague.count) }
        guard subject.count >= 5 else { return false }
        return SectionTree.firstClause(SectionTree.stripOrdinal(heading).text).contains(String(subject.suffix(5)))
    }

    /// Whether `text` is a list of members, a name and a post a line (梁言顺　　中央宣传部副部长, 黄　卫　　科技部副部长): at least
    /// three such lines, the first among them, and no fewer than the other lines (the closing 办公室设在… and the signature).
    static func isMemberList(_ text: String) -> Bool {
        var members = 0
        var others = 0
        for line in text.lines() {
            let scalars = Array(line.unicodeScalars.drop { $0.properties.isWhitespace })
            guard !scalars.isEmpty else { continue }
            if isMember(scalars) { members += 1 } else { others += 1 }
            // Most sections open with a sentence: the rest is not read.
            if members == 0 { return false }
        }
        return members >= 3 && members >= others
    }

    /// A line that opens with a person's name — two to four Han characters, a single space allowed between them — and
    /// then, after a run of two or more spaces, the person's post; the name may follow the member's place in the body
    /// (组　长：韩　正　　国务院副总理, 成　员：郭卫民　　…).
    private static func isMember(_ line: [Unicode.Scalar]) -> Bool {
        var name = 0
        var index = 0
        if let colon = line.prefix(6).firstIndex(where: { $0 == "：" || $0 == ":" }),
           line[..<colon].allSatisfy({ $0.properties.isIdeographic || $0.properties.isWhitespace }) {
            index = colon + 1
        }
        while index < line.count {
            let scalar = line[index]
            if scalar.properties.isWhitespace {
                // A run of two or more spaces ends the name; a single one may stand inside it (黄　卫).
                if index + 1 < line.count, line[index + 1].properties.isWhitespace {
                    return (2...4).contains(name) && line[(index + 2)...].contains { !$0.properties.isWhitespace }
                }
            } else if scalar.properties.isIdeographic {
                name += 1
                if name > 4 { return false }
            } else {
                return false
            }
            index += 1
        }
        return false
    }
}
