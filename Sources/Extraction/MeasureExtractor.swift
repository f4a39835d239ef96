import Foundation
import Ingestion

/// Finds the measures of a document — what it commits someone to do, or reports as done — by genre,
/// on the section tree ingestion builds:
///
/// - a report or speech (政府工作报告, a congress report): the numbered tasks of each part that is not
///   background or targets, the part's tense deciding `planned` or `done` (the review of the past year);
///   a part without a list of tasks is one task where it is a plan; an unnumbered speech's tasks are the
///   paragraphs whose lead sentences commit to one (`TaskWording`);
/// - an essay, an account of practice or a plan with a heading such as 对策, 措施, 主要做法, 主要任务,
///   保障措施: the items under it;
/// - a plan, programme, opinion or notice without such a heading: its numbered top-level sections other
///   than aims, principles, steps and background;
/// - a law or regulation, or a Standing Committee's decision that fixes rules (regulations, a tax's rates:
///   `fixesRules`): none (its articles are provisions, not measures) — but a notice that issues rules written
///   in articles (印发…暂行办法的通知) has their operative articles as its measures, as an issued 规定's items are;
/// - an annex after the document's signature and date (附件: a table of indicators, a list): none
///   (`DocumentBody`), but for the practices a commendation praises, listed in its annex: those, done;
/// - a reply or an approval (办理情况的函, a proposal's 复函 or 答复, 批复): where its genre puts them
///   (`MeasureExtractor+Replies`);
/// - a decision written as paragraphs with no list, or a notice whose only list names a body's members: the paragraph
///   stating what it decides (`MeasureExtractor+Decisions`); a decision's first point restating its own subject and its
///   date of effect are none;
///   a reply forwarding a ministry's report: the report's part of recommendations (`MeasureExtractor+Replies`).
///
/// Each measure's numbered sub-sections follow it as measures of level 2.
public struct MeasureExtractor: Sendable {
    private let coder = PolicyCoder()
    /// The coder of plans, opinions and replies (a reply's answers are coded again by `codedByAnswer`).
    let planCoder = PolicyCoder(forPlans: true)

    public init() {}

    /// Headings (without their number) that announce a list of measures, by how they end.
    static let containerEndings = ["对策", "措施", "做法", "建议", "举措", "打算", "工作计划", "重点工作", "工作重点", "主要任务",
                                   "重点任务", "工作任务", "路径", "途径", "对策建议", "意见建议", "几点思考", "工作思路"]
    /// Longer headings are sentences that mention measures rather than announce them.
    static let longestContainerHeading = 16
    /// Title words of documents whose numbered sections are themselves measures; a Standing Committee's resolution (决议) that
    /// directs the government, courts and procuratorates in numbered points is read as its decisions are, and so is an order
    /// (命令), whose numbered points are what it orders.
    static let planTitleWords = ["计划", "方案", "要点", "做法", "措施", "意见", "经验", "打算", "规划", "安排", "部署", "通知", "决定", "决议", "预案",
                                 "命令"]
    /// Headlines of a plan's sections that are not measures: aims, targets, steps, background, closing
    /// (一、指导思想, 四、工作步骤, 二、存在的问题), by the words they contain …
    static let nonMeasureWords = ["指导思想", "工作目标", "总体目标", "主要目标", "目标任务", "具体目标", "具体指标", "基本原则",
                                  "总体要求", "工作步骤", "实施步骤", "时间安排", "进度安排", "基本情况", "附则", "总则", "适用范围",
                                  "附件", "预期目标", "奋斗目标", "试点目标", "试点范围"]
    /// … or end with (原因分析, 现状及危害).
    static let nonMeasureEndings = ["问题", "原因", "分析", "现状", "成效", "情况", "背景", "危害", "步骤", "原则", "结语", "意义"]
    /// Endings of a heading that name aims, schedules or closing remarks (三、发展目标, 四、工作进度, 五、有关要求)
    /// unless the heading reads as a task (实现…目标, 落实…要求).
    /// 二、指标体系 names what is measured, not an action (建立考核指标体系 is one).
    static let nonTaskEndings = ["目标", "进度", "要求", "指标体系"]

    func isBackground(_ heading: String) -> Bool {
        // A chapter's title may be spaced out (第九章　附　　则).
        let headline = SectionTree.firstClause(SectionTree.stripOrdinal(heading).text).filter { !$0.isWhitespace }
        // 主要目标任务和重大举措 names its measures beside its targets.
        if headline.containsScalars("举措") || headline.containsScalars("措施") { return false }
        // 七、本决定自2019年7月26日起施行: when the document takes effect, a decision's last point, as an article's would be.
        if headline.hasPrefix("本") && MeasureExtractor.framingProvisionWords.contains(where: headline.containsScalars) { return true }
        // 二、乡、镇人民政府和街道办事处应当依法执行疫情防控要求: a duty laid on someone, whatever its object.
        let laysDuty = MeasureExtractor.dutyWords.contains(where: headline.containsScalars)
        return MeasureExtractor.nonMeasureWords.contains { headline.containsScalars($0) }
            || !MeasureExtractor.settlesQuestion(headline) && MeasureExtractor.nonMeasureEndings.contains { headline.hasSuffix($0) }
            || !TaskWording.isTask(headline) && !laysDuty && MeasureExtractor.nonTaskEndings.contains { headline.hasSuffix($0) }
    }

    /// Whether `headline` names a question that the document settles under it (State Council 42's 二、关于理顺黄金工业投资渠道问题,
    /// 40's 一、关于棉粮挂钩的奖售基数问题): the subject of a ruling, whose paragraph or items give the answer — not a problem found
    /// (二、存在的主要问题), nor a topic whose measures are only its items.
    static func settlesQuestion(_ headline: String) -> Bool {
        headline.hasPrefix("关于") && headline.hasSuffix("问题")
    }

    /// Modal words by which a headline lays a duty on the body it names (…街道办事处应当依法执行疫情防控要求).
    static let dutyWords = ["应当", "必须"]

    /// Every measure of `document`, in reading order: each level-1 task followed by its sub-tasks.
    /// A document in traditional characters is read folded to simplified ones, as the rules are
    /// written, and its measures quote it as written.
    public func measures(in document: Document) -> [Measure] {
        guard let simplified = SimplifiedDocument(document) else { return measures(ofSimplified: document) }
        return measures(ofSimplified: simplified.folded).map(simplified.asWritten)
    }

    private func measures(ofSimplified document: Document) -> [Measure] {
        // Before the test for a law: a State Council's 批复 approves, where a court's interprets the law.
        if let reply = Reply(title: document.title) {
            let (body, annex) = DocumentBody.split(document.sections)
            return replyMeasures(reply, body: body, annex: annex, in: document)
        }
        if isLaw(document) { return issuesProvisions(document) ? issuedProvisions(in: document) : [] }
        if !isReport(document), let table = MeasureTable(document) { return tableMeasures(table, in: document) }
        let (body, annex) = DocumentBody.split(document.sections)
        let tree = SectionTree(body)
        if isReport(document) {
            return ReportTaskFinder(extractor: self, tree: tree, document: document).measures()
        }
        var lists: [(parent: Int?, items: [Int])] = []
        // A plan, programme or opinion lists its measures in its numbered sections, the task and
        // safeguard parts alike; an essay or an account of practice under a heading such as 对策.
        let plan = isPlan(document)
        if plan {
            var items = planItems(tree.topSections(), in: tree, topicsGroup: true)
            if let first = items.first, MeasureExtractor.restatesDecision(tree.sections[first].heading, title: document.title) { items.removeFirst() }
            if items.count >= 2 { lists.append((nil, items)) }
        }
        for index in tree.sections.indices where lists.isEmpty && isContainer(tree.sections[index]) || !plan && isContainer(tree.sections[index]) {
            // A container inside a container (措施 under 对策) lists the outer's items once.
            if lists.contains(where: { $0.parent.map { tree.isAncestor($0, of: index) } ?? false }) { continue }
            let children = tree.children(of: index)
            // A heading over nothing listable does not stand in for the document's own list.
            if children.isEmpty && SubItems.numberedParagraphs(tree.sections[index].text).isEmpty { continue }
            lists.append((index, children))
        }
        var measures: [Measure] = []
        for list in lists {
            // A document that announces its points as what it orders or directs (现发布命令如下：, 通知如下：) commits to them, though
            // its preamble recounts what was done before (一九五九年国务院发布…以来，…取得了显著成绩).
            let role: MeasureRole = list.parent == nil && announcesDirectives(document)
                ? .planned : MeasureRole.of(list.parent.map { tree.fullText(of: $0) } ?? document.text)
            if list.items.isEmpty, let parent = list.parent {
                measures += paragraphMeasures(of: parent, in: tree, document: document, role: role)
                continue
            }
            for (position, index) in list.items.enumerated() {
                measures += measureWithSubtasks(at: index, position: position + 1, in: tree, document: document, role: role)
            }
            if list.parent == nil, let closing = closingDuty(after: list.items, in: tree, document: document) { measures.append(closing) }
        }
        measures += commendedPractices(body: body, annex: annex, in: document)
        guard measures.isEmpty else { return measures }
        return decidedActs(in: tree, document: document) + forwardedRecommendations(body: body, annex: annex, in: document)
    }

    /// The measures among `top`: sections other than background, where a theme with no more than an
    /// introductory sentence of its own (二、主要任务; 一、支持企业稳定发展), an introductory paragraph
    /// shorter than each of the numbered sections under it (三、加强功能建设 各地区、各部门要…), or a heading
    /// that names a topic rather than a task, whatever its paragraph (四、考核程序 over （一）医院自查自评 …),
    /// stands for the numbered measures under it — a question settled (一、关于…适用税种问题) with a paragraph of its own answers
    /// there, its numbered lines being the answer's items; so does a part whose numbered sections go on from the part before's.
    /// A report's tasks are grouped by the first rule only (`topicsGroup` false): its topics are parts, and its
    /// numbering is read by `ReportTaskFinder`. A section's numbered lines that are not its steps (`pointChildren`) are none,
    /// and a section that defines a term over them (`definesATerm`) is none either.
    func planItems(_ top: [Int], in tree: SectionTree, topicsGroup: Bool = false) -> [Int] {
        top.filter { !isBackground(tree.sections[$0].heading) && !MeasureExtractor.isMemberList(tree.sections[$0].text) && !definesATerm($0, in: tree) }
            .flatMap { index -> [Int] in
                let numbered = numberedChildren(of: index, in: tree)
                guard numbered.count >= 2 else { return [index] }
                let own = tree.sections[index].text.unicodeScalars
                let headline = SectionTree.firstClause(SectionTree.stripOrdinal(tree.sections[index].heading).text)
                // 二、全面推行行政执法公示制度 over （四）–（六), numbered on from 一、总体要求's （一）–（三）: the document numbers its
                // measures through its parts, whatever the length of a part's introduction.
                let numberedOn = (SectionTree.stripOrdinal(tree.sections[numbered[0]].heading).ordinal ?? 1) > 1
                let topic = !TaskWording.isTask(headline) && !MeasureExtractor.settlesQuestion(headline)
                if own.dropFirst(80).isEmpty || topicsGroup && (numberedOn || topic) {
                    return numbered.flatMap { groupedItems(under: $0, in: tree) }
                }
                let isIntroduction = !own.contains("\n") && numbered.allSatisfy { tree.fullText(of: $0).unicodeScalars.dropFirst(own.count).count > 0 }
                return isIntroduction ? numbered.flatMap { groupedItems(under: $0, in: tree) } : [index]
            }
    }

    /// The sub-sections of `index` numbered at a level of their own (not 一是, 二是 … items).
    private func numberedChildren(of index: Int, in tree: SectionTree) -> [Int] {
        pointChildren(of: index, in: tree).filter { SectionTree.stripOrdinal(tree.sections[$0].heading).ordinal != nil && !SubItems.isMarked(tree.sections[$0].heading) }
    }

    /// The measures a task's numbered section stands for: itself, or — where it only groups them, with
    /// no lead paragraph of its own (（一）开展治理工作 over 1.摸底排查。…, 2.全面整改。…, each a heading with its paragraph)
    /// — the numbered sections under it. Numbered lines with no paragraph of their own (1.有规范的名称。
    /// under （二）符合下列要求的社会团体予以保留) are the conditions or items of the section, not measures.
    /// A decimal clause (4.2　国家级应急响应) is one measure whatever its text: its sub-clauses (4.2.1, 4.2.2)
    /// are numbered as its provisions.
    func groupedItems(under index: Int, in tree: SectionTree) -> [Int] {
        let numbered = numberedChildren(of: index, in: tree)
        guard numbered.count >= 2, !SectionTree.isDecimalClause(tree.sections[index].heading),
              tree.sections[index].text.unicodeScalars.allSatisfy({ $0.properties.isWhitespace }),
              numbered.allSatisfy({ !tree.sections[$0].text.unicodeScalars.allSatisfy { $0.properties.isWhitespace } })
        else { return [index] }
        return numbered
    }

    private func isContainer(_ section: Section) -> Bool {
        // 二是…落实优惠奖励措施 is a sub-item that mentions measures, not a heading over them.
        guard !section.heading.isEmpty, !SubItems.isMarked(section.heading) else { return false }
        var heading = SectionTree.stripOrdinal(section.heading).text
        while let last = heading.last, "：:。 ".contains(last) { heading.removeLast() }
        return heading.count <= MeasureExtractor.longestContainerHeading && MeasureExtractor.containerEndings.contains { heading.hasSuffix($0) }
    }

    /// A law or regulation by its title, a Standing Committee's decision that fixes rules, or any document made of articles (第一条 …).
    private func isLaw(_ document: Document) -> Bool {
        if DocumentGenre(title: document.title).kind != .document || MeasureExtractor.fixesRules(title: document.title) { return true }
        let articles = document.sections.lazy.filter { $0.heading.hasPrefix("第") && $0.heading.hasSuffix("条") }.prefix(3).count
        return articles >= 3
    }

    /// Words of an article's lead sentence that frame the rules rather than lay one down, where no 总则 or 附则 chapter
    /// holds them: purpose and basis (为…，制定本规定), scope (适用于), definition (所称…是指), entry into force (自…起施行),
    /// interpretation (由…负责解释).
    static let framingProvisionWords = ["制定本", "适用于", "是指", "起施行", "负责解释"]

    /// Whether `document` is a notice issuing rules written in articles (第一条 …), not a law or regulation itself.
    private func issuesProvisions(_ document: Document) -> Bool {
        DocumentGenre(title: document.title).issued != nil
    }

    /// The articles of the rules a notice issues, each a level-1 measure planned — the rules it puts in force, as State
    /// Council 18's issued 规定 have their numbered items — but for those of the general and supplementary chapters (第一章
    /// 总则: purpose, basis, scope; 附则: interpretation, entry into force), which frame the rules rather than lay them down,
    /// and, where the rules have no such chapter, the articles that frame them. A definition inside an operative chapter
    /// (第十八条 本办法所称主要工作城市是指…) says whom that chapter's rule binds: a provision like the others. The notice's own
    /// paragraph (现将…印发给你们，请认真贯彻执行) is none, as a forwarding notice's is not. Each article is coded as a
    /// provision (`PolicyCoder.provision`) where what it sets or whom it binds decides.
    private func issuedProvisions(in document: Document) -> [Measure] {
        // The rules stand after the notice's signature and date, where an annex would: all sections are read.
        let tree = SectionTree(document.sections)
        let isArticle = { (index: Int) in tree.sections[index].heading.hasPrefix("第") && tree.sections[index].heading.hasSuffix("条") }
        let framingChapters = tree.sections.indices.filter { index in
            isBackground(tree.sections[index].heading) && tree.sections.indices.contains { isArticle($0) && tree.isAncestor(index, of: $0) }
        }
        let articles = tree.sections.indices.filter { index in
            isArticle(index) && !framingChapters.contains { tree.isAncestor($0, of: index) }
                && (!framingChapters.isEmpty
                    || !MeasureExtractor.framingProvisionWords.contains { SectionTree.leadSentence(tree.sections[index].text).containsScalars($0) })
        }
        // An article's heading is its number alone (第五条): its provision is its text.
        return articles.enumerated().map { position, index in
            let section = tree.sections[index]
            var measure = make(document: document, section: section.pathString, ordinal: position + 1, headline: TaskWording.headline(of: section.text),
                               text: tree.fullText(of: index), own: section.text, items: [], level: 1, role: .planned)
            if let provision = PolicyCoder.provision(SectionTree.leadSentence(String(section.text.drop { "\n 　".contains($0) }))) {
                measure.category = provision.instrument
                measure.cues = [(provision.instrument, provision.cue, 1)]
            }
            return measure
        }
    }

    /// A report or speech: its title says 报告, or it addresses an audience (各位代表, 同志们).
    private func isReport(_ document: Document) -> Bool {
        if MeasureExtractor.planTitleWords.contains(where: { document.title.containsScalars($0) }) && !document.title.containsScalars("报告") { return false }
        if document.title.containsScalars("报告") && !document.title.containsScalars("决议") { return true }
        let opening = document.sections.first?.text.prefix(200) ?? ""
        return opening.containsScalars("各位代表") || opening.containsScalars("同志们")
    }

    private func isPlan(_ document: Document) -> Bool {
        let title = document.title
        if MeasureExtractor.planTitleWords.contains(where: { title.containsScalars($0) }) { return true }
        return announcement(of: document) != nil
    }

    /// Whether the preamble of `document` ends announcing its points as directives (现发布命令如下：, 现就有关事项通知如下：,
    /// 特提出如下要求：), not as an account of practice (我们的主要做法是：), whose points are done.
    private func announcesDirectives(_ document: Document) -> Bool {
        announcement(of: document).map { !MeasureExtractor.accountAnnouncements.contains($0) } ?? false
    }

    /// The words of `listAnnouncements` the preamble of `document` ends on, if any.
    private func announcement(of document: Document) -> String? {
        let preamble = document.sections.first { $0.path.isEmpty }?.text ?? ""
        let ending = preamble.trimmingSpaces().suffix(8)
        return MeasureExtractor.listAnnouncements.first { ending.hasSuffix($0) }
    }

    /// How a preamble that announces an account of practice ends: its points report what was done.
    static let accountAnnouncements = ["做法是：", "措施是："]

    /// How a preamble that announces the document's list of measures ends: 现就有关事项通知如下：, 主要做法是：, and the
    /// requirements a 通报 lays down after its account of a case (State Council 49: 特提出如下要求：).
    static let listAnnouncements = ["如下：", "做法是：", "措施是：", "如下要求：", "以下要求：", "如下要求。", "以下要求。"]

    /// The measure of section `index` and, as level 2, its numbered sub-sections.
    func measureWithSubtasks(at index: Int, position: Int, in tree: SectionTree, document: Document, role: MeasureRole) -> [Measure] {
        var result = [measure(at: index, position: position, level: 1, in: tree, document: document, role: role)]
        for (number, child) in pointChildren(of: index, in: tree).enumerated() where SectionTree.stripOrdinal(tree.sections[child].heading).ordinal != nil {
            result.append(measure(at: child, position: number + 1, level: 2, in: tree, document: document, role: role))
        }
        return result
    }

    func measure(at index: Int, position: Int, level: Int, in tree: SectionTree, document: Document, role: MeasureRole) -> Measure {
        let section = tree.sections[index]
        let (ordinal, rest) = SectionTree.stripOrdinal(section.heading)
        let own = rest + (section.continuesHeading ? "" : "。") + section.text
        return make(document: document, section: section.pathString, ordinal: ordinal ?? position, headline: TaskWording.headline(of: rest),
                    text: tree.fullText(of: index), own: own, items: pointChildren(of: index, in: tree).map { tree.fullText(of: $0) },
                    level: level, role: role)
    }

    /// A measure from its parts; `own` is its heading and paragraph without sub-items, where its lead
    /// sentence, actors and deadline are read.
    func make(document: Document, section: String, ordinal: Int, headline: String, text: String, own: String, items: [String],
              level: Int, role: MeasureRole) -> Measure {
        let items = items.isEmpty ? SubItems.split(own) : items
        let (category, cues) = (isReport(document) ? coder : planCoder)
            .code(headline: headline, lead: SectionTree.lead(of: own, after: headline), text: text, domain: PolicyCoder.domain(ofTitle: document.title))
        return Measure(source: document.source, documentIndex: document.index, document: document.title, section: section,
                       ordinal: ordinal, headline: headline, text: text, category: category, items: items, cues: cues,
                       level: level, role: role, actors: ResponsibleUnits.actors(in: ResponsibleUnits.unitsText(of: own)),
                       deadline: ResponsibleUnits.deadline(in: firstParagraph(own), notBefore: MeasureSummary.year(of: document)))
    }

    /// The measures of a table of them, one a row: its measure cell the headline, its content cell the lead,
    /// its unit cell the actors and its time cell, where it dates, the deadline.
    private func tableMeasures(_ table: MeasureTable, in document: Document) -> [Measure] {
        table.rows.enumerated().map { position, row in
            let text = row.content.isEmpty ? row.measure : row.measure + "。" + row.content
            var measure = make(document: document, section: row.section, ordinal: row.number ?? position + 1, headline: row.measure,
                               text: text, own: text, items: [], level: 1, role: .planned)
            measure.actors = ResponsibleUnits.split(row.units)
            if !row.deadline.isEmpty { measure.deadline = ResponsibleUnits.deadline(in: row.deadline) ?? MeasureTable.date(row.deadline) }
            return measure
        }
    }

    private func firstParagraph(_ text: String) -> String {
        let scalars = text.unicodeScalars
        return String(scalars[..<(scalars.firstIndex(of: "\n") ?? scalars.endIndex)])
    }

    /// Measures written as numbered paragraphs inside one section's text (a container without
    /// subsections), or as the `paragraphs` given (a report's —— items).
    func paragraphMeasures(of index: Int, in tree: SectionTree, document: Document, role: MeasureRole, paragraphs: [String]? = nil) -> [Measure] {
        let section = tree.sections[index]
        return (paragraphs ?? SubItems.numberedParagraphs(section.text)).enumerated().map { position, paragraph in
            var (ordinal, rest) = SectionTree.stripOrdinal(paragraph)
            if ordinal == nil { rest = TaskWording.droppingSpeaker(String(rest.drop(while: SubItems.isDash))) }
            return make(document: document, section: section.pathString, ordinal: ordinal ?? position + 1,
                        headline: TaskWording.headline(of: rest), text: paragraph, own: rest, items: [], level: 1, role: role)
        }
    }
}
