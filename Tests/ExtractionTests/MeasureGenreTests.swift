import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import Ingestion
import Testing
import TestSupport
@testable import Extraction

/// Measures of real documents of each genre in ../shared/corpus (skipped where it is absent).
private func measures(_ relative: String) -> [Measure] {
    guard let url = Repository.shared(relative) else { return [] }
    return CollectionReader().readAll([url.path]).files.flatMap(\.documents).flatMap(MeasureExtractor().measures(in:))
}

private func isThere(_ relative: String) -> Bool { Repository.shared(relative) != nil }

private let report2010 = "corpus/reports/work-reports/2010年中华人民共和国国务院政府工作报告.txt"
private let speech1975 = "corpus/reports/work-reports/1975年中华人民共和国国务院政府工作报告.txt"
private let opinion = "corpus/state-council-2019/09-国务院办公厅关于深入开展消费扶贫助力打赢脱贫攻坚战的指导意见.html"
private let programme = "corpus/state-council-2019/07-国务院办公厅关于印发“无废城市”建设试点工作方案的通知.html"
private let congress = "corpus/reports/congress-reports/加快改革开放和现代化建设步伐_(十四大).txt"

@Test(.enabled(if: isThere(report2010)))
func aWorkReportsReviewHoldsMeasuresDoneAndItsWorkPlanMeasuresPlanned() {
    let tasks = measures(report2010).filter { $0.level == 1 }
    #expect(tasks.filter { $0.role == .done }.map(\.headline) == ["加强和改善宏观调控", "大力调整经济结构", "坚持深化改革开放", "着力改善民生"])
    #expect(tasks.filter { $0.role == .planned }.count == 8)
    #expect(tasks.first { $0.role == .planned }?.headline == "提高宏观调控水平")
    // The year's targets (主要预期目标) are statistics, not tasks.
    #expect(!tasks.contains { $0.headline.contains("预期目标") })
}

@Test(.enabled(if: isThere(speech1975)))
func anUnnumberedSpeechHasAsTasksTheParagraphsWhoseLeadSentencesCommit() {
    let tasks = measures(speech1975)
    #expect(tasks.count >= 15)
    #expect(tasks.allSatisfy { $0.role == .planned && $0.level == 1 })
    #expect(tasks.contains { $0.text.hasPrefix("我们的首要任务，是继续普及、深入、持久地开展批林批孔运动") })
    // Statements about other countries are no commitments.
    #expect(!tasks.contains { $0.text.hasPrefix("中美两国之间存在着根本分歧") })
    #expect(tasks.first { $0.text.hasPrefix("我们要在一九七五年完成") }?.deadline == "一九七五年")
}

@Test(.enabled(if: isThere(opinion)))
func anOpinionsNumberedSectionsAreMeasuresWithTheUnitsResponsible() {
    let tasks = measures(opinion).filter { $0.level == 1 }
    #expect(tasks.count == 17)
    #expect(!tasks.contains { $0.headline == "总体要求" })
    #expect(tasks[3].headline == "打通供应链条")
    #expect(tasks[3].actors == ["商务部", "发展改革委", "农业农村部", "各有关省级人民政府"])
    // 扶贫 is the opinion's domain (its title), not a means: 加大政策激励 is coded by its own words.
    #expect(tasks[15].category == .economicIncentive)
}

@Test(.enabled(if: isThere(programme)))
func aProgrammesTasksAndSafeguardsCarryTheirLeadUnitAndDeadline() {
    let tasks = measures(programme).filter { $0.level == 1 }
    #expect(tasks.count == 10)
    #expect(tasks[0].actors == ["生态环境部"], "the lead unit, not the units that take part (参与)")
    #expect(tasks[0].deadline == "2019年6月底前")
    #expect(!tasks.contains { $0.headline == "确定试点城市" }, "steps (实施步骤) are not measures")
}

@Test(.enabled(if: isThere(congress)))
func aCongressReportsTasksAreItsNumberedParagraphs() {
    let tasks = measures(congress).filter { $0.level == 1 }
    // 第一，…第十 of the tasks of the 1990s and 第一，…第五 of party building; the few extra tasks
    // found in the parts' own paragraphs are counted against precision in BENCHMARKS.md.
    #expect(tasks.filter { $0.text.hasPrefix("第") }.count == 15)
    #expect(tasks.first?.headline == "围绕社会主义市场经济体制的建立")
    #expect(tasks.allSatisfy { $0.role == .planned })
}

@Test(.enabled(if: isThere("corpus/laws")))
func lawsAndRegulationsHaveProvisionsNotMeasures() throws {
    let folder = try #require(Repository.shared("corpus/laws"))
    // Laws and regulations by their titles; the folder also holds decisions (决定), whose numbered
    // paragraphs are measures.
    let files = try FileManager.default.subpathsOfDirectory(atPath: folder.path).filter { path in
        let title = ((path as NSString).lastPathComponent as NSString).deletingPathExtension
        return path.hasSuffix(".md") && CitationKind.of(title: String(title.prefix { $0 != "(" })) != .document
    }.sorted().prefix(60)
    #expect(files.count == 60)
    let found = files.flatMap { measures("corpus/laws/" + $0) }
    #expect(found.isEmpty)
}

@Test func theTenseOfAPassageTellsAReviewFromAPlan() {
    #expect(MeasureRole.of("一年来，我们实行了积极的财政政策，增加了投入，完成了全年任务。") == .done)
    #expect(MeasureRole.of("今年要继续实施积极的财政政策，必须保持政策的连续性，为了稳增长要扩大投资。") == .planned)
}

@Test(arguments: [
    ("（商务部、发展改革委、农业农村部等和各有关省级人民政府负责）", ["商务部", "发展改革委", "农业农村部", "各有关省级人民政府"]),
    ("建立指标体系。（生态环境部牵头，国家发展改革委、国家统计局参与）", ["生态环境部"]),
    ("引导公众践行绿色生活方式。（生态环境部、住房城乡建设部指导）", ["生态环境部", "住房城乡建设部"]),
    ("牵头单位：县卫健局、县公安局。", ["县卫健局", "县公安局"]),
    ("加大宣传力度（含标语、横幅）。", []),
    // State Council 37: A 会同 B are responsible together.
    ("（国家发展改革委、财政部会同有关部门负责）", ["国家发展改革委", "财政部", "有关部门"]),
    // State Council 15, （十八）: two roles written together, the units those of both.
    ("重大问题及时向国务院报告。（农业农村部、工业和信息化部牵头负责）", ["农业农村部", "工业和信息化部"]),
    // State Council 57, （四十五）: a unit and the group it leads, as 等有关部门和单位 is read.
    ("（负责部门：人民银行等部门，适用范围：浙江自贸试验区）", ["人民银行", "部门"]),
])
func theUnitsNamedAsLeadOrResponsibleAreTheActors(text: String, actors: [String]) {
    #expect(ResponsibleUnits.actors(in: text) == actors)
}

@Test(arguments: [
    ("到2020年，试点城市大宗工业固体废物贮存处置总量趋零增长。", "到2020年"),
    ("2019年6月底前，研究建立指标体系。", "2019年6月底前"),
    ("我们要在一九七五年完成和超额完成第四个五年计划。", "一九七五年"),
    ("加强宣传教育，形成舆论氛围。", nil),
    // 国家组织药品集中采购和使用试点方案, 三、（二） and 四、（一）; 十二大, 六、第四: spans of years to finish in.
    ("保证使用。通过招标、议价、谈判等不同形式确定的集中采购品种，试点地区公立医疗机构应优先使用，确保1年内完成合同用量。", "1年内"),
    ("如患者使用的药品价格与中选药品集中采购价格差异较大，可渐进调整支付标准，在2—3年内调整到位，并制定配套政策措施", "2—3年内"),
    ("为了使党风根本好转，中央决定从明年下半年开始，用三年时间分期分批对党的作风和党的组织进行一次全面整顿。", "用三年时间"),
    ("这种现象过去就有，经过十年内乱更为严重，目前在有的地方还没有得到明显的改变。", nil),
    // State Council 12; 2001 and 十六大 (西部大开发); 十六大, 五、（二）, its zeros typed as the full-width digit.
    ("请科技部、教育部、财政部等部门在2019年2月底前完成。", "2019年2月底前"),
    ("着重加强基础设施和生态环境建设，力争五到十年内取得突破性进展，同时使科技、教育有较大发展。", "五到十年内"),
    ("重点抓好基础设施和生态环境建设，争取十年内取得突破性进展。", "十年内"),
    ("加强立法工作，提高立法质量，到二０一０年形成中国特色社会主义法律体系。", "到二０一０年"),
    // State Council 30, 二: the current year as the span to finish in.
    ("积极推进中央政府门户网站建设，构建政府网站服务体系。国办正在牵头组织建设中央政府门户网站，力争今年年内推出。", "今年年内"),
    // State Council 40, 一: the end of a month of the year written in; 25, 三: the later years of a five-year plan, not its period (42).
    ("各地应于六月底前将落实到生产队的基数情况报国家农委、农业部、粮食部、全国供销合作总社备案。", "六月底前"),
    ("科技部拟在“十五”后两年，选择石油、钢铁和有色三个行业安排相应的污水回用研究课题。", "在“十五”后两年"),
    ("“九五”期间，固定资产投资规模每年仍按10亿元安排，所需资金由有关专业银行筹措解决。", nil),
    // The 1984 order on the legal units of measurement (test23), 二: a year's zero typed as an ASCII digit; the term until which
    // the old units may still be used is no time to finish by.
    ("我国目前在人民生活中采用的市制计量单位，可以延续使用到一九九0年，一九九0年底以前要完成向国家法定计量单位的过渡。", "一九九0年底以前"),
] as [(String, String?)])
func theFirstDeadlineOfAMeasureIsKeptAsWritten(text: String, deadline: String?) {
    #expect(ResponsibleUnits.deadline(in: text) == deadline)
}

@Test func theSummaryByYearGroupsDocumentsAndTheChartIsWellFormedSVG() throws {
    func document(_ title: String, _ source: String) -> Document {
        Document(source: source, index: 1, title: title, sections: [
            Section(path: ["三、工作措施"], level: 1, text: ""),
            Section(path: ["三、工作措施", "（一）加强宣传教育"], level: 2, text: "要在全社会宣传。"),
            Section(path: ["三、工作措施", "（二）开展专项打击"], level: 2, text: "严厉打击“两非”。"),
        ])
    }
    let extractor = MeasureExtractor()
    let documents = [document("2024年工作计划", "a.txt"), document("工作计划", "2024年计划.txt"), document("工作计划", "c.txt")]
    let rows = MeasureSummary.rows(documents.map { ($0, extractor.measures(in: $0)) }, by: .year)
    #expect(rows.map(\.group) == ["2024", "unknown"])
    #expect(rows[0].documents == 2 && rows[0].total == 4)
    #expect(rows[0].counts[.enforcement] == 2)
    let svg = InstrumentChart().svg(rows)
    let parser = XMLParser(data: Data(svg.utf8))
    #expect(parser.parse(), "the chart parses as XML")
    #expect(svg.contains("执法打击 enforcement") && svg.contains(">100%<") && svg.contains(">2024<"))
}

private let report1995 = "corpus/reports/work-reports/1995年中华人民共和国国务院政府工作报告.txt"

@Test(.enabled(if: isThere(report1995)))
func aPartWhoseOnlyNumberingIsOneParagraphsItemsIsOneTaskAndATopicIsNone() {
    let tasks = measures(report1995).filter { $0.level == 1 }
    // 五's 一是…四是 are the items of its paragraph on public order, not the part's tasks.
    #expect(tasks.map(\.headline) == ["促进国民经济持续、快速、健康发展", "以国有企业为重点深化经济体制改革", "发展科技教育文化和卫生体育事业",
                                      "为改革和发展创造良好的社会环境", "积极促进祖国和平统一大业"])
    #expect(tasks[4].category == nil, "unification is none of the seven instruments")
    #expect(measures(report1995).contains { $0.level == 2 && $0.headline == "下大力气整顿和治理城乡社会治安" })
}

@Test(.enabled(if: isThere(congress)))
func itemsMarkedYiShiAmongNumberedTasksBelongToTheTaskBeforeThem() {
    let tasks = measures(congress).filter { $0.level == 1 }
    #expect(!tasks.contains { $0.headline == "加快市场体系的培育" })
    #expect(tasks.first?.headline == "围绕社会主义市场经济体制的建立")
    #expect(tasks.first?.text.contains("二是加快市场体系的培育") == true)
}

@Test(arguments: [
    ("着力改善民生", "", PolicyInstrument.economicIncentive),
    ("加强生态文明建设", "", .enforcement),
    ("扩大高水平对外开放", "", .legalRegulation),
    ("深入实施科教兴国战略", "", .servicesAdministration),
    ("依靠创新引领产业升级", "", .economicIncentive),
    ("更好统筹发展和安全", "", .monitoring),
    ("严格监管执法", "强化对试点城市的督导检查", .enforcement),
    ("加大政策激励", "统筹相关政策资源和资金项目", .economicIncentive),
    ("做好规划设计", "", .servicesAdministration),
] as [(String, String, PolicyInstrument?)])
func aBroadTaskIsCodedByTheAreaItsHeadlineGovernsAndAMeansByItsVerb(headline: String, lead: String, code: PolicyInstrument?) {
    #expect(PolicyCoder().code(headline: headline, lead: lead, text: headline + "。" + lead).0 == code)
}

@Test func aTaskOfDiplomacyOrDefenceIsLeftUncodedWhatEverItsTextSays() {
    #expect(PolicyCoder().code(headline: "加强国防建设", text: "加强国防建设。健全制度，加强领导。").0 == nil)
}

@Test func aSloganOfAThirdPartyIsNoCommitment() {
    #expect(TaskWording.commitment(in: "当前国际形势的特点，是天下大乱。国家要独立，民族要解放，人民要革命，已成为不可抗拒的历史潮流。") == nil)
    #expect(TaskWording.commitment(in: "我们要加强全国各族人民的大团结。要全心全意依靠工人阶级。")?.hasPrefix("加强全国各族人民的大团结") == true)
    #expect(TaskWording.commitment(in: "这是建设的关键，而且必须十分注意节约，反对一切浪费。") == "十分注意节约，反对一切浪费", "a linking word names no third party")
}

/// What the speaker quotes, reports or asserts commits no one (the 十大 report, 1973, test16): a leader's words in quotation
/// marks or after 教导我们, and 我们必须看到 / 我们应当指出, which introduce an assessment; the speaker's own 要 does.
@Test func quotedReportedAndAssertedWordsAreNoCommitment() {
    #expect(TaskWording.commitment(in: "列宁多次指出，帝国主义就是侵略，就是战争。毛主席在一九七○年五月二十日声明中指出：“新的世界大战的危险依然存在，各国人民必须有所准备。但是，当前世界的主要倾向是革命。") == nil)
    #expect(TaskWording.commitment(in: "毛主席经常教导我们，要注意一个倾向掩盖着另一个倾向。反对陈独秀的“一切联合，否认斗争”的右倾机会主义，掩盖着“一切斗争，否认联合”的王明“左”倾机会主义。纠正王明的“左”倾，又掩盖着王明的右倾。") == nil)
    #expect(TaskWording.commitment(in: "我们必须看到，我们的社会主义革命和社会主义建设虽然取得了很大的成绩，但是，总是赶不上客观形势的需要。我们的社会主义革命任务还很繁重。无产阶级文化大革命斗、批、改的任务，各条战线都需要继续深入。") == nil)
    #expect(TaskWording.commitment(in: "在这里，我们应当指出，需要把苏修、美帝的勾结、妥协，同革命的国家对帝国主义国家的必要的妥协区别开来。") == nil)
    #expect(TaskWording.commitment(in: "首先，要继续搞好批林整风。要充分利用林彪反党集团这个反面教员，向全党、全军和全国各族人民进行阶级斗争和路线斗争的教育。") == "继续搞好批林整风")
}

/// A speech's appeal to its audience (同志们！ …) is its closing, not a task, though it announces an act (the 十大 report's
/// 最近，我们还要举行第四届全国人民代表大会).
@Test func anAppealToTheAudienceIsNoTaskOfAnUnnumberedSpeech() {
    let text = """
        首先，要继续搞好批林整风。要充分利用林彪反党集团这个反面教员，向全党、全军和全国各族人民进行阶级斗争和路线斗争的教育，批判修正主义，批判资产阶级世界观。
        全党要认真学习马列著作和毛主席著作，坚持辩证唯物论和历史唯物论，反对唯心论和形而上学，改造世界观。
        同志们！党的十大在我们党的发展历史上将有深远的影响。最近，我们还要举行第四届全国人民代表大会。全国人民和各国革命人民对我们党、对我们国家寄托着很大的希望。
        """
    let speech = Document(source: "十大.txt", index: 1, title: "在中国共产党第十次全国代表大会上的报告", sections: [Section(path: [], level: 0, text: text)])
    #expect(MeasureExtractor().measures(in: speech).map { String($0.headline.prefix(6)) } == ["继续搞好批林", "认真学习马列"])
}

@Test(arguments: [
    ("（人力资源社会保障部、科技部，各省级人民政府按职责分工负责）", ["人力资源社会保障部", "科技部", "各省级人民政府"]),
    ("（人力资源社会保障部、财政部、教育部等有关部门和单位负责）", ["人力资源社会保障部", "财政部", "教育部", "有关部门和单位"]),
    ("（2020年底前完成，商务部负责）", ["商务部"]),
])
func unitsListedBeforeTheResponsibleClauseAndAGroupAfterThemAreActors(text: String, actors: [String]) {
    #expect(ResponsibleUnits.actors(in: text) == actors)
}

@Test(arguments: [
    ("（一）借鉴北京市服务业扩大开放综合试点经验，放宽外商投资建设工程设计企业外籍技术人员的比例要求、放宽人才中介机构限制。\n（负责部门：人力资源社会保障部、住房城乡建设部、商务部；适用范围：所有自贸试验区）",
     ["人力资源社会保障部", "住房城乡建设部", "商务部"]),
    ("（二十九）支持平潭口岸建设进境种苗、水果、食用水生动物等监管作业场所\n（负责部门：海关总署，适用范围：福建自贸试验区）", ["海关总署"]),
    ("（十六）加强顶层设计\n在自贸试验区探索创新政府储备与企业储备相结合的石油储备模式。（负责部门：发展改革委、粮食和储备局，适用范围：浙江自贸试验区）",
     ["发展改革委", "粮食和储备局"]),
    ("（三）加大宣传力度。\n各地要广泛宣传（含标语、横幅）。\n（负责部门：商务部）", []),
])
func aLabelledLineOfUnitsAfterAMeasureNamesItsActors(text: String, actors: [String]) {
    #expect(ResponsibleUnits.actors(in: ResponsibleUnits.unitsText(of: text)) == actors)
}

@Test func aTimeCountedFromTheDocumentsIssueIsADeadline() {
    #expect(ResponsibleUnits.deadline(in: "各省级人民政府要在本意见印发之日起30日内，制定出台具体实施办法。") == "本意见印发之日起30日内")
}

@Test func aPlanningPartsDashedMeasuresAreItsTasksWhenTheyOutnumberItsOtherList() throws {
    let report = Document(source: "r.txt", index: 1, title: "政府工作报告", sections: [
        Section(path: [], level: 0, text: "各位代表："),
        Section(path: ["一、过去一年的工作"], level: 1, text: "一年来，我们完成了任务，取得了成绩。"),
        Section(path: ["二、今后五年的主要目标任务和重大举措"], level: 1, text: """
            ——强化创新引领作用，为发展注入强大动力。
            ——推进新型城镇化，促进城乡区域协调发展。
            ——深化改革开放，构建发展新体制。
            必须着力把握好两点。
            """),
        Section(path: ["二、今后五年的主要目标任务和重大举措", "一是牢牢抓住发展第一要务不放松"], level: 2, text: String(repeating: "发展是硬道理。", count: 12)),
        Section(path: ["二、今后五年的主要目标任务和重大举措", "二是大力推进结构性改革"], level: 2, text: "改革是动力。"),
        Section(path: ["三、今年的工作"], level: 1, text: "要做好工作。"),
    ])
    let tasks = MeasureExtractor().measures(in: report).filter { $0.level == 1 && $0.section.hasPrefix("二") }
    #expect(tasks.map(\.headline) == ["强化创新引领作用", "推进新型城镇化", "深化改革开放"])
    #expect(tasks.allSatisfy { $0.role == .planned })
}

@Test func aListAnnouncedAsTasksAndNumberedAtTheLevelOfThePartsIsTheReportsTasks() {
    // The shape of the 1981 report: （二） announces 下列十条方针, numbered 一、… at the parts' level,
    // and the fourth lists its own items 一、–三、 before 五、 goes on.
    let report = Document(source: "r.txt", index: 1, title: "政府工作报告", sections: [
        Section(path: [], level: 0, text: "各位代表："),
        Section(path: ["（一）当前的经济形势"], level: 1, text: "过去的一年，经济稳定了，农业增产了，人民生活改善了。"),
        Section(path: ["（二）今后经济建设的方针"], level: 1, text: "围绕着提高经济效益，必须认真贯彻执行下列四条方针。这些方针，是经验的积累。"),
        Section(path: ["一、依靠政策和科学，加快农业的发展"], level: 1, text: "农业是国民经济的基础，要加快发展。"),
        Section(path: ["二、有重点有步骤地进行技术改造"], level: 1, text: "技术改造要做到："),
        Section(path: ["一、节约能源，降低消耗；"], level: 1, text: ""),
        Section(path: ["二、改革产品结构。"], level: 1, text: "产品要升级换代。"),
        Section(path: ["三、分批进行企业的全面整顿和必要改组"], level: 1, text: "企业要整顿。"),
        Section(path: ["四、讲究生财、聚财、用财之道"], level: 1, text: "要增加和节省建设资金。"),
    ])
    let measures = MeasureExtractor().measures(in: report)
    #expect(measures.filter { $0.level == 1 }.map(\.headline) == ["依靠政策和科学", "有重点有步骤地进行技术改造", "分批进行企业的全面整顿和必要改组", "讲究生财、聚财、用财之道"])
    #expect(measures.filter { $0.level == 2 }.map(\.headline) == ["节约能源", "改革产品结构"])
    #expect(measures.allSatisfy { $0.role == .planned })
}

@Test(arguments: [
    ("必须认真贯彻执行下列十条方针。这些方针，是经验的积累。", MeasureRole.planned),
    ("国务院决定采取以下措施：", .planned),
    ("一年来，我们采取了以下措施：", .done),
    ("我们着重研究了以下几个问题。", nil),
    ("下列情况除外。", nil),
] as [(String, MeasureRole?)])
func aParagraphAnnouncingAListOfTasksGivesItsRoleByItsTense(text: String, role: MeasureRole?) {
    #expect(ReportTaskFinder.announcement(in: "前文。\n" + text) == role)
}

@Test(arguments: [
    ("落实有奖举报制度", "", PolicyInstrument.monitoring),
    ("监督管理", "", .monitoring),
    ("健全内部管理制度", "", .legalRegulation),
    ("深化国际合作", "推动行业组织机构与国际组织等建立合作机制", nil),
    ("明确工作职责", "", .organisationAccountability),
    ("内容保障", "严格内容发布审核制度，坚持分级分类审核、先审后发", .monitoring),
] as [(String, String, PolicyInstrument?)])
func aGenericNounTakesTheMeansBeforeItAndANounOfABodyIsNoMeans(headline: String, lead: String, code: PolicyInstrument?) {
    #expect(PolicyCoder(forPlans: true).code(headline: headline, lead: lead, text: headline + "。" + lead).0 == code)
}

@Test func inAPlanTheLeadSentencesMeansOutweighTheAreaOfAShortHeadline() {
    let lead = "加强新建体育场地设施的科学规划与布局，推行体育场馆设计、建设、运营、管理一体化模式"
    #expect(PolicyCoder(forPlans: true).code(headline: "改善消费条件", lead: lead, text: lead).0 == .servicesAdministration)
    // A report's broad task names its area in the headline, which decides there.
    #expect(PolicyCoder().code(headline: "改善消费条件", lead: lead, text: lead).0 == .economicIncentive)
    // 支持 names support in a plan; in a report's task it may name a stance.
    #expect(PolicyCoder(forPlans: true).code(headline: "支持企业发展", text: "鼓励企业做大做强。").0 == .economicIncentive)
    #expect(PolicyCoder().code(headline: "支持和保证人民行使国家权力", text: "").0 != .economicIncentive)
}

private let newMedia = "corpus/state-council-2019/17-国务院办公厅关于推进政务新媒体健康有序发展的意见.html"

@Test(.enabled(if: isThere(newMedia)))
func aThemeWithAnIntroductoryParagraphStandsForTheNumberedMeasuresUnderIt() {
    let tasks = measures(newMedia).filter { $0.level == 1 }
    // 三、加强功能建设 opens with a paragraph for all; its （一）–（三） are the measures.
    #expect(tasks.map(\.headline).prefix(4) == ["明确工作职责", "推进政务公开", "加强政民互动", "突出民生事项"])
    #expect(tasks.count == 11)
}

// Tasks of the work reports of the 1980s and 1990s: lists numbered 第一，… inside a part's text, cut by
// sub-items that ingestion took for sections; lists numbered afresh inside a paragraph; one sentence's
// items written at the level of the parts; a part after the plan has begun.

private let report1987 = "corpus/reports/work-reports/1987年中华人民共和国国务院政府工作报告.txt"
private let report1992 = "corpus/reports/work-reports/1992年中华人民共和国国务院政府工作报告.txt"

@Test(.enabled(if: isThere(report1987)))
func aPartsListNumberedFirstSecondIsReadWholeAcrossTheSubItemsCutOutOfIt() {
    let measures = measures(report1987)
    let reform = measures.filter { $0.level == 1 && $0.section.hasPrefix("三、") }
    // 第二's 一是…四是 were cut out as sections; 第三…第六 stand in the text of the last of them.
    #expect(reform.map(\.headline) == ["深化企业改革", "继续发展各种横向经济联合", "深入进行金融体制改革", "进一步扩大生产资料市场",
                                       "改革企业劳动工资制度", "改进固定资产投资管理办法"])
    // 利用外资必须把握三条原则：第一、… numbered afresh inside the sixth's text are no tasks of their own.
    #expect(!measures.contains { $0.level == 1 && $0.text.hasPrefix("第一、借外债") })
}

@Test(.enabled(if: isThere(report1987)))
func aNumberedLineOpeningWithAFramingClauseIsNamedByItsTask() {
    let guidelines = measures(report1987).filter { $0.level == 1 && $0.section.hasPrefix("二、") }
    #expect(guidelines.count == 6)
    // 第六，从根本上说，要保持经济的长期稳定发展，必须坚定不移地全面推进经济体制改革
    #expect(guidelines.last?.headline == "必须坚定不移地全面推进经济体制改革")
    #expect(TaskWording.headline(of: "在试点的基础上，加快经济管理体制改革的进程，发挥优势") == "加快经济管理体制改革的进程")
    #expect(TaskWording.headline(of: "进一步稳定和加强农业\n农业事关全局。") == "进一步稳定和加强农业")
}

@Test(.enabled(if: isThere(report1987)))
func oneSentencesItemsWrittenAtThePartsLevelBelongToThePartBeforeThem() {
    let measures = measures(report1987)
    // 四、巩固和发展安定团结的政治局面 … 要集中力量抓好以下几件事：一、…； … 五、大力加强马克思主义理论队伍的建设。
    let level1 = measures.filter { $0.level == 1 }
    #expect(level1.count == 13)
    #expect(level1.last?.headline == "巩固和发展安定团结的政治局面")
    let items = measures.drop { $0.headline != "巩固和发展安定团结的政治局面" }.dropFirst()
    #expect(items.count == 5 && items.allSatisfy { $0.level == 2 })
    #expect(items.last?.headline == "大力加强马克思主义理论队伍的建设")
}

@Test(.enabled(if: isThere(report1992)))
func aPartHeadedByATaskAfterThePlanHasBegunPlansWhateverItsAccountOfThePast() {
    let parts = measures(report1992).filter { $0.level == 1 }
    #expect(parts.map(\.headline) == ["抓紧有利时机", "加快改革步伐", "为经济建设和改革开放创造更好的社会政治环境", "积极推进祖国和平统一大业"])
    #expect(parts.allSatisfy { $0.role == .planned })
    #expect(parts.last?.category == nil, "unification is none of the seven instruments")
}

private let guarantees = "corpus/state-council-2019/02-国务院办公厅关于有效发挥政府性融资担保基金作用切实支持小微企业和“三农”发展的指导意见.html"

@Test(.enabled(if: isThere(guarantees)))
func anOpinionsMeasuresAreCodedByWhatTheyDoNotByTheFinanceTheyAreAbout() {
    let coded = Dictionary(measures(guarantees).filter { $0.level == 1 }.map { ($0.headline, $0.category) }, uniquingKeysWith: { first, _ in first })
    // 担保, 融资, 基金 are the title's domain; the means are assessment, coordination, procedure, fees.
    #expect(coded["健全内部考核激励机制"] == .organisationAccountability)
    #expect(coded["完善绩效评价体系"] == .organisationAccountability)
    #expect(coded["加强协同配合"] == .organisationAccountability)
    // 取消反担保要求，简化审核手续: simpler filings change what a borrower must do (the codebook's rule 9).
    #expect(coded["简化担保要求"] == .legalRegulation)
    #expect(coded["实行差别费率"] == .economicIncentive)
    // Steering a business (引导) with entry rules and ratios (准入条件, 比例不得低于80%) is no persuasion.
    #expect(coded["加强业务引导"] == .legalRegulation)
}

@Test func whatAMeasureIsForNamesNoMeansWhatItCreatesDoes() {
    #expect(PolicyCoder.withoutPurpose("为经济建设和改革开放创造更好的社会政治环境") == "创造更好的社会政治环境")
    #expect(PolicyCoder().code(headline: "为经济建设和改革开放创造更好的社会政治环境", text: "").0 == .enforcement)
    #expect(PolicyCoder().code(headline: "为改革和发展创造良好的社会环境", text: "").0 == .enforcement)
}

private let report1984 = "corpus/reports/work-reports/1984年中华人民共和国国务院政府工作报告.txt"

@Test(.enabled(if: isThere(report1984)))
func aPartHeadedByAnAdverbOfDegreeBeforeItsVerbIsATask() {
    // 五、更加重视知识和知识分子的作用，加强智力开发
    #expect(measures(report1984).contains { $0.level == 1 && $0.headline == "更加重视知识和知识分子的作用" })
}

private let report2022 = "corpus/reports/work-reports/2022年中华人民共和国国务院政府工作报告.txt"

@Test(.enabled(if: isThere(report2022)))
func aPartHeadedAsAReviewHoldsMeasuresDoneWhateverItsClosingProblemsSay() {
    // 一、2021年工作回顾 closes on the problems still to solve (要…), which outnumber its 了.
    let review = measures(report2022).filter { $0.level == 1 && $0.section.hasPrefix("一、") }
    #expect(review.count == 8)
    #expect(review.allSatisfy { $0.role == .done })
    #expect(ReportTaskFinder.namesReview("关于过去五年的政府工作") && !ReportTaskFinder.namesReview("2022年政府工作任务"))
}

private let report2000 = "corpus/reports/work-reports/2000年中华人民共和国国务院政府工作报告.txt"

@Test(.enabled(if: isThere(report2000)))
func aReportsPartsHeadedByTheirTasksAreItsTasksAndTheirMarkedListsTheirItems() {
    let tasks = measures(report2000).filter { $0.level == 1 }
    #expect(tasks.map(\.headline) == ["坚持实行扩大内需的方针", "大力推进经济结构的战略性调整", "继续推进改革", "加快科技、教育发展",
                                      "进一步扩大对外开放", "搞好社会保障体系建设", "从严治政", "促进祖国和平统一大业"])
    #expect(tasks.allSatisfy { $0.role == .planned })
    // 八's 一是…三是 belong to its paragraph on 廉政建设: items of the part's task.
    #expect(tasks.first { $0.headline == "从严治政" }?.items.first?.hasPrefix("一是继续严格执行中央关于廉政准则等有关规定") == true)
}

private let report2011 = "corpus/reports/work-reports/2011年中华人民共和国国务院政府工作报告.txt"

@Test(.enabled(if: isThere(report2011)))
func aFivePlansDashedItemsUnderAHeadingOfTargetsAndTasksAreItsTasks() {
    let tasks = measures(report2011).filter { $0.level == 1 }
    let plan = tasks.filter { $0.section.hasPrefix("二、") }
    // 二、“十二五”时期的主要目标和任务: --我们要推动经济发展再上新台阶。… the task without the speaker.
    #expect(plan.map(\.headline) == ["推动经济发展再上新台阶", "加快转变经济发展方式和调整经济结构", "大力发展社会事业",
                                     "扎实推进资源节约和环境保护", "全面改善人民生活", "全面深化改革开放", "不断加强政府自身改革建设"])
    #expect(plan.allSatisfy { $0.role == .planned })
    #expect(tasks.count == 22)
}

private let clearance = "corpus/state-council-2019/50-国务院办公厅转发民政部关于清理整顿社会团体意见的通知.html"
private let pilot = "corpus/state-council-2019/60-国务院办公厅关于印发《政府网站集约化试点工作方案》的通知.html"

@Test(.enabled(if: isThere(clearance) && isThere(pilot)))
func conditionsListedUnderAMeasureAndAScheduleOfStepsAreNoMeasures() {
    let kept = measures(clearance).filter { $0.level == 1 }
    #expect(kept.count == 9)
    #expect(kept[1].headline.hasPrefix("符合下列要求的社会团体予以保留"))
    #expect(!kept.contains { $0.headline.hasPrefix("有规范的名称") })
    // 四、工作进度 （一）制定实施方案 … are the pilot's steps.
    let pilotTasks = measures(pilot).filter { $0.level == 1 }
    #expect(pilotTasks.map(\.headline) == ["建设集约化平台", "形成标准规范", "构建信息资源库", "提供一体化服务", "强化安全保障",
                                           "加强组织领导", "强化运维保障", "开展考核评估"])
    #expect(pilotTasks.last?.deadline == "2020年4月底前")
}

private let hospitals = "corpus/state-council-2019/04-国务院办公厅关于加强三级公立医院绩效考核工作的意见.html"

@Test(.enabled(if: isThere(hospitals)))
func anOpinionsMeasuresEndAtItsAnnexAndATopicStandsForTheStepsUnderIt() {
    let tasks = measures(hospitals).filter { $0.level == 1 }
    // Not the 55 indicators of its annex (1.门诊人次数与出院人次数比 定量 计算方法：…), nor 二、指标体系, what is measured.
    #expect(tasks.count == 12)
    #expect(!tasks.contains { $0.headline == "指标体系" || $0.headline.hasPrefix("门诊人次数") })
    // 四、考核程序, a topic with a paragraph of its own, stands for its three steps.
    #expect(tasks.filter { $0.section.hasPrefix("四、") }.map(\.headline) == ["医院自查自评", "省级年度考核", "国家监测分析"])
}

private let report1988 = "corpus/reports/work-reports/1988年中华人民共和国国务院政府工作报告.txt"

@Test(.enabled(if: isThere(report1988)))
func aListAnnouncedAsTheYearsTasksIsOneListThoughItsNumbersRunOnFromThePartsBefore() {
    // 国务院要在今后五年里努力实现以下的十项主要任务。一、… 十、, after two runs 一、–五、 at the same level.
    let tasks = measures(report1988).filter { $0.level == 1 }
    #expect(tasks.contains { $0.headline == "大力发展农业生产和加强基础工业、基础设施的建设" })
    #expect(tasks.contains { $0.headline == "进一步加强国防建设" })
    // The five price measures 决定…采取 before them are tasks each, their lists being items (三、 and 四、 too).
    #expect(tasks.contains { $0.headline == "积极发展生产资料市场" })
    #expect(tasks.count == 16)
}

private let report1997 = "corpus/reports/work-reports/1997年中华人民共和国国务院政府工作报告.txt"
private let report1999 = "corpus/reports/work-reports/1999年中华人民共和国国务院政府工作报告.txt"

@Test(.enabled(if: isThere(report1997) && isThere(report1999)))
func aPlanWhosePartsAreHeadedByTheirTasksHasItsTasksAtTheLevelOfThePartsAndTheirListsAsItems() {
    // 1997: 三、在国有企业改革方面迈出更大的步伐 holds 第一…第五, as 二、 holds unnumbered paragraphs: one task each.
    let parts1997 = measures(report1997).filter { $0.level == 1 }
    #expect(parts1997.map(\.headline) == ["保持国民经济发展的良好势头", "在国有企业改革方面迈出更大的步伐", "积极发展科技教育文化和各项社会事业",
                                          "巩固和发展团结稳定的社会政治局面", "确保香港政权的顺利交接与平稳过渡"])
    // 1999: 二、–九、, 八、贯彻依法治国方略… with its three lists among them.
    #expect(measures(report1999).filter { $0.level == 1 }.count == 8)
}

private let report1957 = "corpus/reports/work-reports/1957年中华人民共和国国务院政府工作报告.txt"
private let congress12 = "corpus/reports/congress-reports/全面开创社会主义现代化建设的新局面_(十二大).txt"

@Test(.enabled(if: isThere(report1957)))
func aSpeechInPartsEachHeadedByATopicHasThePartsAsItsTasks() {
    // 1957: 一、关于社会主义革命 … 五、关于国内外团結, no list of tasks in any part; its headings are quoted as
    // written, two of them with a traditional character (建設, 結).
    let parts = measures(report1957).filter { $0.level == 1 }
    #expect(parts.map(\.headline) == ["关于社会主义革命", "关于社会主义建設", "关于人民生活", "关于国家基本制度", "关于国内外团結"])
}

@Test(.enabled(if: isThere(congress12)))
func aPartsNumberedPassagesAreItsTasksWhereEachRunsOverSeveralParagraphs() {
    // 十二大: 六、把党建设成为…坚强核心's 第一、–第四、 each head a passage of several paragraphs; 二、–四、 are tasks.
    let level1 = measures(congress12).filter { $0.level == 1 }.map(\.headline)
    #expect(level1.starts(with: ["促进社会主义经济的全面高涨", "努力建设高度的社会主义精神文明", "努力建设高度的社会主义民主"]))
    #expect(level1.suffix(4) == ["健全党的民主集中制", "改革领导机构和干部制度", "加强党在工人、农民、知识分子中的工作", "有计划有步骤地进行整党"])
}

@Test func numberedParagraphsOfOneParagraphEachAreNoPassages() {
    // 1997, 三、: a numbered line and its paragraph; 十二大, 六、: a numbered line over several paragraphs.
    let items = ["第一，集中力量抓好国有大型企业和企业集团。\n要抓好一千家重点企业。", "第二，进一步放活国有小企业。\n要区别不同情况。"]
    #expect(!ReportTaskFinder.arePassages(items))
    let passages = ["第一、健全党的民主集中制。\n回顾党的历史。\n党内政治生活。\n必须坚持。", "第二、改革领导机构和干部制度。\n干部队伍。\n老干部。\n年轻干部。"]
    #expect(ReportTaskFinder.arePassages(passages))
}

private let report1958 = "corpus/reports/work-reports/1958年中华人民共和国国务院政府工作报告.txt"
private let reformList = "corpus/state-council-2019/10-国务院办公厅关于推广第二批支持创新相关改革举措的通知.html"

@Test(.enabled(if: isThere(report1958)))
func aPlanningPartsParagraphsHeadedEachByASectorAreItsTasksAndATaskWhoseMeasuresAreAnnouncedIsOne() {
    // 1958: （三）一九五八年国民经济各部门发展计划的安排 第一、关于基本建设 … 第五、关于文化教育 are the sector tasks;
    // （四）厉行节约，反对浪费 announces 我们准备采取以下各项主要措施。 and its 第一，–第四， are that task's items.
    let tasks = measures(report1958).filter { $0.level == 1 }
    #expect(tasks.map(\.headline) == ["关于基本建设", "关于工业生产", "关于农业生产", "关于人民物质生活和国内外贸易", "关于文化教育",
                                      "厉行节约", "充分依靠和发挥群众的积极性和创造性"])
    #expect(tasks.allSatisfy { $0.role == .planned })
}

@Test(.enabled(if: isThere(reformList)))
func aTableOfMeasuresHasARowAMeasureWithTheUnitsOfItsColumnAsActors() {
    // State Council 10's annex: 序号 | 改革举措 | 主要内容 | 指导部门 | 推广范围, 17 rows (the six 军民深度融合 rows cut from the
    // published text); the notice's own （一）–（五） only group them.
    let tasks = measures(reformList)
    #expect(tasks.count == 17)
    #expect(tasks.allSatisfy { $0.level == 1 && $0.role == .planned })
    #expect(tasks[0].headline == "知识产权民事、刑事、行政案件“三合一”审判")
    #expect(tasks[0].actors == ["最高人民法院", "最高人民检察院", "国家知识产权局"])
    #expect(tasks[0].text.contains("整合分散的审判资源"))
    #expect(tasks.last?.ordinal == 23)
    #expect(tasks.last?.actors == ["国家发展改革委", "国务院国资委", "审计署"])
}

@Test func aHeaderRowNamesTheColumnsOfMeasuresUnitsAndDueDates() throws {
    let document = Document(source: "plan.html", index: 1, title: "某县重点任务分工方案", sections: [
        Section(path: [], level: 0, text: "序号 | 重点任务 | 牵头单位 | 配合单位 | 完成时限\n1 | 建立孕情台账 | 县卫健局 | 各乡镇 | 2025年6月底前\n2 | 开展关爱女孩行动 | 县妇联 | 县卫健局 | 长期坚持"),
    ])
    let table = try #require(MeasureTable(document))
    #expect(table.rows.map(\.measure) == ["建立孕情台账", "开展关爱女孩行动"])
    #expect(table.rows.map(\.units) == ["县卫健局", "县妇联"], "the lead unit, not the units that take part (配合)")
    let tasks = MeasureExtractor().measures(in: document)
    #expect(tasks.map(\.deadline) == ["2025年6月底前", nil])
    #expect(tasks.map(\.actors) == [["县卫健局"], ["县妇联"]])
}

private let grainPlan = "corpus/state-council-2019/41-国务院办公厅关于印发国家粮食应急预案的函.html"
private let report1983 = "corpus/reports/work-reports/1983年中华人民共和国国务院政府工作报告.txt"
private let report1960 = "corpus/reports/work-reports/1960年中华人民共和国国务院政府工作报告.txt"

@Test(.enabled(if: isThere(grainPlan)))
func anEmergencyPlansDecimalClausesOfTheSecondLevelAreItsMeasures() {
    // 国家粮食应急预案: 1　总则 and 7　附则 hold none; 2.1 … 6.4 are the measures, 4.2's 4.2.1 – 4.2.3 its provisions.
    let tasks = measures(grainPlan).filter { $0.level == 1 }
    #expect(tasks.count == 17)
    #expect(tasks.first?.headline == "国家粮食应急工作指挥部")
    #expect(tasks.map(\.section).contains("4　应急响应 › 4.2　国家级（Ⅰ级）应急响应"))
    #expect(!tasks.contains { $0.section.hasPrefix("1　总则") || $0.section.hasPrefix("7　附则") })
}

@Test(.enabled(if: isThere(report1983)))
func aReportInDomesticTopicsHasEachTopicAsATaskAndItsNumberedParagraphsAsItems() {
    // 1983: 今后五年的主要任务 （一）关于经济建设 … （四）关于政法工作; （一）'s 第一、大力提高经济效益… are items.
    let tasks = measures(report1983).filter { $0.level == 1 }
    #expect(tasks.map(\.headline) == ["关于经济建设", "关于经济体制改革", "关于教育科技文化建设", "关于政法工作"])
    #expect(tasks.allSatisfy { $0.role == .planned })
}

@Test(.enabled(if: isThere(report1960)))
func aSpeechInPartsHasItsTasksInThePartWhoseParagraphsCommit() {
    // 1960: 一 (the 纲要's history) and 二 (its execution: 纲要要求…, what is still to do) hold no tasks; 三 commits.
    let tasks = measures(report1960).filter { $0.level == 1 }
    #expect(tasks.count == 6)
    #expect(tasks.first?.text.hasPrefix("人民公社制度是我们提前实现农业发展纲要的根本保障") == true)
    #expect(!tasks.contains { $0.text.contains("全国农业发展纲要要求") })
}

private let report2018 = "corpus/reports/work-reports/2018年中华人民共和国国务院政府工作报告.txt"

@Test(.enabled(if: isThere(report2018)))
func aTaskWhoseHeadingIsCutAtItsCommaReadsAsWritten() {
    // 2018: the review's headings are sentences of three clauses (坚持…，着力…，outcome。), cut at the first comma.
    let first = measures(report2018).first { $0.level == 1 }
    #expect(first?.headline == "坚持稳中求进工作总基调")
    #expect(first?.text.hasPrefix("（一）坚持稳中求进工作总基调，着力创新和完善宏观调控，经济运行保持在合理区间") == true)
}

private let accidentNotice = "corpus/state-council-2019/49-国务院办公厅关于山西、安徽省四起特大煤矿瓦斯爆炸事故调查处理情况的通报.html"

@Test(.enabled(if: isThere(accidentNotice)))
func theRequirementsANoticeLaysDownAfterItsAccountAreItsMeasures() {
    // State Council 49, a 通报: the four explosions and the punishments are findings; 特提出如下要求： 一、–四、 are the measures.
    let tasks = measures(accidentNotice).filter { $0.level == 1 }
    #expect(tasks.map(\.headline) == ["牢固树立“安全第一”思想", "建立煤矿安全生产长效机制", "深化煤矿安全生产专项整治", "加大煤矿安全监管监察工作力度"])
}

private let report1979 = "corpus/reports/work-reports/1979年中华人民共和国国务院政府工作报告.txt"

@Test(.enabled(if: isThere(report1979)))
func aListAnnouncedAsTheTasksInsideASectionOfAPartCarriesThePartsTasks() {
    // 1979: 二、打好四个现代化的第一个战役 › （一）–（五） are the year's targets; the text of （五） announces 要着重抓好以下的
    // 十项工作。 and numbers them 第一、 … 第十、, each marker alone on its line.
    let tasks = measures(report1979).filter { $0.level == 1 && $0.section.hasPrefix("二、") }
    #expect(tasks.count == 10)
    #expect(tasks.first?.headline == "坚持贯彻以农业为基础的指导思想")
    #expect(tasks.last?.text.hasPrefix("第十、进一步做好计划生育工作") == true)
    #expect(tasks.allSatisfy { $0.role == .planned })
}

private let congress18 = "corpus/reports/congress-reports/坚定不移沿着中国特色社会主义道路前进_为全面建成小康社会而奋斗_(十八大).txt"
private let congress13 = "corpus/reports/congress-reports/沿着有中国特色的社会主义道路前进_(十三大).txt"

@Test(.enabled(if: isThere(congress18) && isThere(congress13)))
func aListAnnouncedAsPrinciplesToGraspStatesTheStanceNotTheTasks() {
    // 十八大, 二: 必须牢牢把握以下基本要求 ——必须坚持人民主体地位 … (eight dashed paragraphs); 十三大, 二: 我们应当确立哪些具有长远意义的
    // 指导方针呢？ 第一，必须集中力量进行现代化建设 … 第六.
    let tasks18 = measures(congress18).filter { $0.level == 1 }
    #expect(!tasks18.contains { $0.headline.hasPrefix("必须坚持") })
    #expect(tasks18.contains { $0.headline == "全面深化经济体制改革" })
    let tasks13 = measures(congress13).filter { $0.level == 1 }
    #expect(!tasks13.contains { $0.headline.hasPrefix("必须") })
    #expect(tasks13.contains { $0.headline == "实行党政分开" })
}

@Test(.enabled(if: isThere(congress18)))
func aTaskWhoseHeadingIsCutAtItsFullStopReadsAsWritten() {
    let task = measures(congress18).first { $0.headline == "实施创新驱动发展战略" }
    #expect(task?.text.hasPrefix("（二）实施创新驱动发展战略。科技创新是提高社会生产力和综合国力的战略支撑") == true)
}

private let report1978 = "corpus/reports/work-reports/1978年中华人民共和国国务院政府工作报告.txt"

@Test(.enabled(if: isThere(report1978)))
func sectionsCutFromTheFirstParagraphOfAPartsListAreThatParagraphsItems() {
    // 1978, 三、加快社会主义经济建设: 第一，全国动员，大办农业 is a paragraph; its items （一）–（九） became sections, and 第二，–
    // 第六， sit in the text of （九）. (第一 itself is left out by the list's filter of headlines that open with no word of doing:
    // its subject 全国 comes before 动员.)
    let tasks = measures(report1978).filter { $0.level == 1 && $0.section.hasPrefix("三、") }
    #expect(tasks.map(\.headline) == ["加快发展基础工业", "搞好商业工作", "开展社会主义劳动竞赛", "加强统一计划", "坚持各尽所能、按劳分配原则"])
    #expect(!tasks.contains { $0.text.hasPrefix("（") })
    #expect(tasks.first?.text.contains("第三，") == false)
}

private let congress16 = "corpus/reports/congress-reports/全面建设小康社会，开创中国特色社会主义事业新局面_(十六大).txt"
private let congress17 = "corpus/reports/congress-reports/高举中国特色社会主义伟大旗帜，为夺取全面建设小康社会新胜利而奋斗_(十七大).txt"

@Test(.enabled(if: isThere(congress16) && isThere(congress17)))
func aPartHeadedByCarryingOutTheGuidingTheoryHoldsNoTask() {
    // 十六大, 二、全面贯彻“三个代表”重要思想 (（一）–（四） 贯彻“三个代表”重要思想，必须…); 十七大, 三、深入贯彻落实科学发展观.
    #expect(!measures(congress16).contains { $0.section.hasPrefix("二、") })
    #expect(!measures(congress17).contains { $0.section.hasPrefix("三、") })
    #expect(ReportTaskFinder.namesGuidingTheory("深入贯彻落实科学发展观"))
    #expect(!ReportTaskFinder.namesGuidingTheory("贯彻依法治国方略"))
}

private let congress19 = "corpus/reports/congress-reports/决胜全面建成小康社会_夺取新时代中国特色社会主义伟大胜利_(十九大).txt"

@Test(.enabled(if: isThere(congress16) && isThere(congress19)))
func aListSummedUpAsLessonsOrPrinciplesHoldsNoTask() {
    // 十六大, 一's 十三年的基本经验 （一）–（十）, closed by 以上十条，是…必须坚持的基本经验; 十九大, 三's 基本方略 （一）–（十四）,
    // closed by 以上十四条，构成…基本方略. The parts after them carry the tasks.
    #expect(!measures(congress16).contains { $0.headline == "坚持以邓小平理论为指导" })
    #expect(!measures(congress19).contains { $0.section.hasPrefix("三、") })
    #expect(measures(congress19).contains { $0.headline == "深化供给侧结构性改革" })
}

@Test(arguments: [
    ("以上十条，是党领导人民建设中国特色社会主义必须坚持的基本经验。这些经验，联系党成立以来的历史经验，归结起来就是，我们党必须始终代表中国先进生产力的发展要求。", true),
    ("以上十四条，构成新时代坚持和发展中国特色社会主义的基本方略。全党同志必须全面贯彻党的基本理论、基本路线、基本方略，更好引领党和人民事业发展。", true),
    ("以上所说的我们党在当前和今后一个时期内抓纲治国的八项任务，是光荣而艰巨的战斗任务。", false),
    ("以上这些经济改革措施，都是为了进一步促进国民经济的调整，调动各方面的积极性，发挥经济工作中的潜力，增加生产，厉行节约。", false),
    ("以上这些事实充分说明，这次进一步的调整，指导思想是正确的，发展过程是健康的，取得的成果是显著的。", false),
])
func aSummaryNamingTheListAsLessonsOrPrinciplesClosesNoTaskList(line: String, isPrinciples: Bool) {
    #expect(ReportTaskFinder.closesAsPrinciples("（十）坚持加强和改善党的领导。\n" + line) == isPrinciples)
}

@Test func aSpeechCommitsToWhatItRequiresNotToTheModalBeforeIt() {
    // 1964: the budget paragraph's 要求 is one word, not the modal 要 before 求工业….
    #expect(TaskWording.commitment(in: "一九六五年国家预算收支都比上年增长百分之十以上，收支平衡。为了实现国家预算，要求工业、交通运输企业进一步提高劳动生产率，降低成本。")?
        .hasPrefix("要求工业、交通运输企业") == true)
}

@Test(.enabled(if: isThere(congress12) && isThere(report1979)))
func aTaskOfForeignPolicyIsNoneOfTheGovernmentsDomesticTasks() {
    // 十二大: 五、坚持独立自主的对外政策; 1979: 四、反对霸权主义、维护世界和平.
    #expect(!measures(congress12).contains { $0.headline == "坚持独立自主的对外政策" })
    #expect(!measures(report1979).contains { $0.section.hasPrefix("四、") })
    #expect(measures(report1979).contains { $0.headline == "坚持贯彻以农业为基础的指导思想" })
}

private let requests22 = "corpus/state-council-2019/22-国务院办公厅关于四川省在温家宝总理考察工作时所提问题和建议办理情况的函.html"
private let requests21 = "corpus/state-council-2019/21-国务院办公厅关于辽宁省在曾培炎副总理考察工作时所提问题和建议办理情况的函.html"
private let proposal25 = "corpus/state-council-2019/25-国务院办公厅关于科技节水建议的复函.html"
private let approval55 = "corpus/state-council-2019/55-国务院关于同意建立国务院职业教育工作部际联席会议制度的批复.html"
private let approval14 = "corpus/state-council-2019/14-国务院关于河北雄安新区总体规划（2018—2035年）的批复.html"
private let approval45 = "corpus/state-council-2019/45-国务院、中央军委关于同意武警总部后勤部机关等迁址新建的批复.html"
private let approval53 = "corpus/state-council-2019/53-国务院关于同意乌鲁木齐、昌吉、石河子高新技术产业开发区建设国家自主创新示范区的批复.html"
private let reply27 = "corpus/state-council-2019/27-国务院办公厅对十届全国人大四次会议第7240号建议的答复.html"
private let reply29 = "corpus/state-council-2019/29-国务院办公厅对十届全国人大四次会议第7264号建议的答复.html"
private let reply30 = "corpus/state-council-2019/30-国务院办公厅对全国政协十届三次会议第2741号提案的答复.html"
private let congress11 = "corpus/reports/congress-reports/在中国共产党第十一次全国代表大会上的政治报告.txt"

@Test(.enabled(if: isThere(requests22) && isThere(requests21)))
func aReplyOnAProvincesRequestsHasEachAnsweredRequestAsAMeasure() {
    let tasks = measures(requests22).filter { $0.level == 1 }
    #expect(tasks.count == 11)
    #expect(tasks.first?.headline == "关于60万吨乙烯项目问题")
    // 十一's answer reports the investigation made and approved; every other answer commits to acts to come.
    #expect(tasks.map(\.role) == [MeasureRole](repeating: .planned, count: 10) + [.done])
    // State Council 21's 五、关于大连新机场建设项目问题 is published without its answer (（略）).
    #expect(measures(requests21).filter { $0.level == 1 }.map(\.ordinal) == [1, 2, 3, 4, 6, 7])
}

@Test(arguments: [
    // State Council 22, 一: the request and the answer that commits the department to a review to come.
    ("。你省请求，国家尽快审核60万吨乙烯项目的可行性研究报告。\n发展改革委研究提出了办理意见：发展改革委已向国务院上报了我国乙烯工业中长期发展规划，待国务院批准后，该委将按照《国务院关于投资体制改革的决定》精神，组织专家对该项目进行全面分析研究和评估论证。", MeasureRole.planned),
    // 十一: the investigation made, reported and approved.
    ("。你省广安市请求，国家帮助该市解决水淹区贫困群众生产生活问题。\n扶贫办已会同交通部、水利部、林业局等部门赴广安市水淹区进行了实地调查，并向国务院上报了《汇报》，国务院领导同志已批示同意。请你省有关部门指导广安市按《汇报》的意见办理。", .done),
])
func anAnswerToARequestIsPlannedWhileAnyActIsToCome(text: String, role: MeasureRole) {
    #expect(MeasureRole.ofAnswer(text) == role)
}

@Test(.enabled(if: isThere(proposal25)))
func aReplyToAProposalCommitsOnlyInThePartHeadedAsTheNextStep() {
    // 一 (a firm's practice) and 二 (the state of water saving) are no commitments; 三 is one paragraph of 拟… sentences.
    let tasks = measures(proposal25).filter { $0.level == 1 }
    #expect(tasks.map(\.headline) == ["有关部门下一步拟采取的措施"])
    #expect(tasks.first?.role == .planned)
}

@Test(.enabled(if: isThere(approval55) && isThere(approval14) && isThere(approval45) && isThere(approval53)))
func anApprovalsGrantIsAMeasureUnlessThePartsOfWhatItAttachesSpellItOut() {
    // 55: 同意建立…制度 grants the attached 制度, whose four parts are operative; 撤销… is an act of its own.
    #expect(measures(approval55).filter { $0.level == 1 }.map(\.headline) == ["撤销职业教育工作部际联席会议", "主要职能", "成员单位", "工作规则", "工作要求"])
    // 53 attaches nothing: its grants 一–三 are the acts decided, beside 四's duties.
    let zone = measures(approval53).filter { $0.level == 1 }
    #expect(zone.count == 4)
    #expect(zone.first?.headline.hasPrefix("同意乌鲁木齐、昌吉、石河子3个高新技术产业开发区") == true)
    // 14: 一、原则同意《总体规划》 with the plan not attached, then 二–十四 on how it is carried out.
    let points = measures(approval14).filter { $0.level == 1 }
    #expect(points.count == 14)
    #expect(points[1].headline == "紧扣雄安新区战略定位")
    // 45's one decision grants the move and its funding.
    #expect(measures(approval45).map(\.headline) == ["同意武警总部后勤部机关及部分直属单位迁址新建"])
}

@Test(.enabled(if: isThere(reply27) && isThere(reply29) && isThere(reply30)))
func aReplyWithoutANextStepHeadingCommitsInItsNumberedPointsOrItsParagraphsOfWhatWeWillDo() {
    // 27: two paragraphs commit (我们将认真研究…, 同时，我们也将积极督促…); the state of affairs and the thanks do not.
    let answers = measures(reply27).filter { $0.level == 1 }
    #expect(answers.map { String($0.text.prefix(11)) } == ["对于你们提出的建议，我", "同时，我们也将积极督促"])
    #expect(answers.allSatisfy { $0.role == .planned })
    // 29: 目前，我们正在研究改进有关栏目 is study under way; 我们将根据您的建议… commits.
    #expect(measures(reply29).filter { $0.level == 1 }.map { String($0.text.prefix(14)) } == ["我们将根据您的建议，认真研究"])
    // 30: the five measures 一、–五、 listed after 我们采取了以下几方面的措施, not the closing thanks.
    let points = measures(reply30).filter { $0.level == 1 }
    #expect(points.map(\.headline) == ["研究制定指导性文件", "积极推进中央政府门户网站建设", "加强政府网站绩效评估工作", "制定完善相关政策措施和标准规范", "抓紧推进政府网站及电子政务标准化体系建设工作"])
}

@Test(arguments: [
    ("目前，法律法规的公布实施涉及多个方面。对于你们提出的建议，我们将认真研究，进一步加强和改进有关工作。", "对于你们提出的建议，我们将认真研究，进一步加强和改进有关工作。"),
    ("同时，我们也将积极督促地方政府和政府部门加强地方性法规、地方政府规章的收集整理工作。", "同时，我们也将积极督促地方政府和政府部门加强地方性法规、地方政府规章的收集整理工作。"),
    ("目前，我们正在研究改进有关栏目，以进一步增强中央政府门户网站的互动性和服务性，提高为公众服务的能力。", nil),
    // State Council 26: the effect of measures is no act; the body that will act commits.
    ("今年初，中央政府门户网站正式开通，积极开展中央政府与公众的互动交流。这些措施将进一步方便人民群众及时反映意见和建议。", nil),
    ("总的来看，反映社情民意的渠道是畅通的。国务院办公厅将不断改进有关工作，进一步提高为政府与人民群众联系沟通服务的水平。",
     "国务院办公厅将不断改进有关工作，进一步提高为政府与人民群众联系沟通服务的水平。"),
])
func aReplysParagraphCommitsFromTheSentenceInWhichWeWillAct(paragraph: String, sentence: String?) {
    #expect(MeasureExtractor.replyCommitment(in: paragraph)?.sentence == sentence)
}

@Test func anApprovalsDecisionIsItsSentencesAfterTheFormulaUpToTheAnnexList() {
    let preamble = """
        教育部：
        你部《关于提请调整完善职业教育工作部际联席会议制度的请示》（教职成〔2018〕8号）收悉。现批复如下：
        同意建立由国务院领导同志牵头负责的国务院职业教育工作部际联席会议制度。联席会议不刻制印章，不正式行文，请按照国务院有关文件精神，认真组织开展工作。
        撤销职业教育工作部际联席会议，其职能并入国务院职业教育工作部际联席会议。
        附件：国务院职业教育工作部际联席会议制度
        国务院
        2018年11月20日
        """
    #expect(MeasureExtractor.decisionParagraphs(preamble) == [
        "同意建立由国务院领导同志牵头负责的国务院职业教育工作部际联席会议制度。联席会议不刻制印章，不正式行文，请按照国务院有关文件精神，认真组织开展工作。",
        "撤销职业教育工作部际联席会议，其职能并入国务院职业教育工作部际联席会议。",
    ])
}

@Test(.enabled(if: isThere(congress11)))
func aSpeechThatListsItsTasksByOrdinalWordsHasThoseParagraphsAsItsTasks() {
    // 十一大: 首先，一定要… 第二，… 第八，… — the eight 抓纲治国 tasks, not every paragraph that commits.
    let tasks = measures(congress11).filter { $0.level == 1 }
    #expect(tasks.count == 8)
    #expect(tasks.first?.text.hasPrefix("首先，一定要把揭批“四人帮”的伟大斗争进行到底") == true)
    #expect(tasks.last?.text == "第八，一定要贯彻执行统筹兼顾、全面安排的方针。")
}

@Test func aRunOfOrdinalWordsNeedsEachLeadToCommitAndTakesTheLinesBetweenAsItsText() {
    let lines = [
        "首先，一定要把揭批“四人帮”的伟大斗争进行到底。",
        "清查同“四人帮”篡党夺权阴谋活动有牵连的人和事，是揭批“四人帮”的重要组成部分。",
        "第二，一定要搞好整党整风，加强党的建设。",
        "第三，一定要把党的各级领导班子整顿好、建设好。",
        "我们这次大会之后，整党整风运动就要在全国范围内逐步展开。",
    ]
    #expect(ReportTaskFinder.ordinalRun(lines) == [lines[0] + "\n" + lines[1], lines[2], lines[3]])
    // 第一条，反对；第二条，不怕: ordinals that commit to nothing make no run.
    #expect(ReportTaskFinder.ordinalRun(["第一，反对。", "第二，不怕。", "第三，坚持。"]).isEmpty)
}

private let congress9 = "corpus/reports/congress-reports/在中国共产党第九次全国代表大会上的报告.txt"

@Test(.enabled(if: isThere(congress9) && isThere(report1957)))
func aSpeechToThePartyInTopicPartsHasItsCommittingParagraphsAsTasksNotItsTopics() {
    // 九大: 一、关于无产阶级文化大革命的准备 … 八、, each part a passage of paragraphs; the tasks are the paragraphs that commit.
    let tasks = measures(congress9).filter { $0.level == 1 }
    #expect(!tasks.contains { $0.headline.hasPrefix("关于") })
    #expect(tasks.contains { $0.text.hasPrefix("毛主席指出：“建立三结合的革命委员会") })
    #expect(tasks.contains { $0.text.hasPrefix("革命委员会的工作，千头万绪，必须抓根本") })
    #expect(tasks.contains { $0.text.hasPrefix("落实党的各项政策，要具体地研究本单位的情况") })
    #expect(tasks.allSatisfy { $0.role == .planned })
    // A report to the deputies in topic parts (1957) keeps its parts as its tasks.
    #expect(measures(report1957).filter { $0.level == 1 }.count == 5)
}

@Test func theLinesAQuotationWasCutIntoAreOneParagraphOfTheSpeech() {
    // 九大's text, as the corpus cut it at the quotation marks.
    let text = """
        毛主席指出：“
        建立三结合的革命委员会，大批判，清理阶级队伍，整党，精简机构、改革不合理的规章制度、下放科室人员，工厂里的斗、批、改，大体经历这么几个阶段。
        ”我们要按照毛主席的指示，一个一个工厂，一个一个学校，一个一个公社，一个一个单位，深入细致地、踏踏实实地、合理地完成这些任务。
        革命委员会的工作，千头万绪，必须抓根本，必须把活学活用毛泽东思想，放在各项工作的首位，用毛泽东思想统帅一切。
        """
    let paragraphs = ReportTaskFinder.speechParagraphs(text)
    #expect(paragraphs.count == 2)
    #expect(paragraphs.first?.hasSuffix("合理地完成这些任务。") == true)
    // The sentence after the closing mark is the speaker's commitment, not the words quoted.
    #expect(paragraphs.first.flatMap(TaskWording.commitment(in:))?.hasPrefix("按照毛主席的指示") == true)
}

@Test func aParagraphCommitsInItsClosingSentenceUnlessAQuotationHoldsIt() {
    // 九大, 六: the criticism of a line closes on the task.
    let paragraph = "刘少奇的修正主义建党路线，正是从根本上背叛了马克思列宁主义的无产阶级专政学说和党的建设的理论。当中国的社会主义革命深入发展、阶级斗争异常激烈的重要时刻，刘少奇又重新出版了他的黑《修养》，其目的就是为了推翻我国的无产阶级专政，复辟资产阶级专政。刘少奇在抄录我们在前面引证过的列宁关于无产阶级专政必要性的那一段话时，再一次故意删去了“无产阶级专政是必要的”这个最重要的结论，明确地暴露了他自己背叛无产阶级专政的反革命面目。刘少奇还继续散布“阶级斗争熄灭论”、“驯服工具论”、“群众落后论”、“入党作官论”、“党内和平论”、“公私溶化论”（即“吃小亏占大便宜”）等等反动谬论，就是妄图腐蚀和瓦解我们的党，使党员越“养”越“修”，使马克思列宁主义的党“和平演变”为修正主义的党，使无产阶级专政“和平演变”为资产阶级专政。我们应当继续开展革命大批判，彻底肃清它的恶劣影响。"
    #expect(TaskWording.commitment(in: paragraph) == nil)
    #expect(TaskWording.closingCommitment(in: paragraph) == "继续开展革命大批判，彻底肃清它的恶劣影响")
    // A closing sentence inside the quotation is the words of the one quoted.
    #expect(TaskWording.closingCommitment(in: "毛主席教导我们：“历史的经验值得注意。一个路线，一种观点，要经常讲，反复讲。只给少数人讲不行，要使广大革命群众都知道。”") == nil)
}

private let requests48 = "corpus/state-council-2019/48-国务院办公厅关于湖北省在温家宝总理考察工作时所提问题和建议办理情况的函.html"
private let decision16 = "corpus/state-council-2019/16-国务院关于在海南博鳌乐城国际医疗旅游先行区暂时调整实施《中华人民共和国药品管理法实施条例》有关规定的决定.html"
private let reply23 = "corpus/state-council-2019/23-国务院办公厅关于湖北省巴东县地质灾害险情有关问题的复函.html"

@Test(.enabled(if: isThere(requests48)))
func anAnswerThatRefusesAndCommitsNoOneIsNoMeasure() {
    // 48's 二: the rules on compensation restated, 因此，企业主辅分离改制分流不存在补助问题.
    #expect(measures(requests48).filter { $0.level == 1 }.map(\.ordinal) == [1, 3, 4, 5])
    #expect(MeasureExtractor.refuses("你省请求，国家对在湖北的中央企业实行主辅分离给予一定的补助。\n国资委会同财政部、劳动保障部提出了办理意见：根据有关规定，辅业改制企业职工解除劳动关系的经济补偿金的支付渠道是国有企业的净资产，补偿金在职工自愿的基础上可转成改制企业的股权或债权，职工在与国有企业解除劳动关系的同时，可与改制企业重新签订劳动合同，重新就业。因此，企业主辅分离改制分流不存在补助问题。"))
    // 四 declines but asks the province to act: a measure.
    #expect(!MeasureExtractor.refuses("有关部门研究提出了办理意见：因为南水北调工程丹江口水库移民的安置规模不大，湖北、河南两省各15万左右，且主要是农业人口，总体规划确定移民为省内安置；此外，受水区的河北省、天津市和北京市在南水北调工程建设方面筹资任务较重，均表示开展对口支援有一定难度。有关移民工作应请地方政府按照南水北调总体规划的要求，切实抓好实施工作，待移民工作开展后，根据工作情况再行研究。"))
}

@Test(.enabled(if: isThere(decision16) && isThere(reply23)))
func aOneParagraphDecisionIsOneMeasureAndAForwardingReplyHasTheReportsRecommendation() {
    // 16: 国务院决定在…暂时调整实施…的规定 with the duties that go with it, one paragraph.
    let decided = measures(decision16)
    #expect(decided.count == 1)
    #expect(decided.first?.text.contains("国务院决定在海南博鳌乐城国际医疗旅游先行区暂时调整实施") == true)
    #expect(decided.first?.role == .planned)
    // 23 forwards the ministry's report: its 四、建议意见, not its situation, causes or 三、处理情况.
    #expect(measures(reply23).filter { $0.level == 1 }.map(\.headline) == ["建议意见"])
}

private let members54 = "corpus/state-council-2019/54-国务院办公厅关于调整国家教材委员会组成人员的通知.html"
private let pudong = "corpus/laws/DLC/上海地方法规/地方性法规/上海/上海市人民代表大会常务委员会关于促进和保障浦东新区改革开放再出发实现新时代高质量发展的决定(2019-07-25).md"

@Test(.enabled(if: isThere(members54)))
func aNoticeOfABodysMembersHasTheDecisionToChangeThemAsItsMeasureNotItsListsOfMembers() {
    // 54: （一）部门委员 and （二）专家委员 list names and posts; the preamble's 国务院决定对…进行调整 is what the notice decides.
    let tasks = measures(members54)
    #expect(tasks.count == 1)
    #expect(tasks.first?.text.contains("国务院决定对国家教材委员会组成人员进行调整") == true)
    #expect(tasks.first?.role == .planned)
    #expect(MeasureExtractor.isMemberList("梁言顺　　中央宣传部副部长\n黄　卫　　科技部副部长\n陈改户　　国家民委副主任\n国家教材委员会办公室设在教育部，由教育部教材局承担办公室工作。"))
    // A paragraph of a plan is none, even where a name and a post open it.
    #expect(!MeasureExtractor.isMemberList("各地区、各部门要高度重视。\n梁言顺　　中央宣传部副部长\n黄　卫　　科技部副部长\n陈改户　　国家民委副主任"))
}

@Test(.enabled(if: isThere(pudong)))
func aDecisionsPointOnWhenItTakesEffectIsNoMeasure() {
    // 浦东新区改革开放再出发 (a Standing Committee decision): its 七、本决定自2019年7月26日起施行 frames it, as an article would.
    let tasks = measures(pudong)
    #expect(tasks.count == 6)
    #expect(!tasks.contains { $0.headline.contains("起施行") })
    #expect(MeasureExtractor().isBackground("七、本决定自2019年7月26日起施行。"))
    #expect(!MeasureExtractor().isBackground("五、本市推行统一的电子证照服务"))
}

@Test(arguments: [
    // 2013's review of five years (非金融类对外直接投资从2007年的248亿美元上升到2012年的772亿美元) and 1979's of the past years'
    // births (一九七一年到一九七八年的人口自然增长率): the end of the span reported on, before the report's year.
    ("加快实施“走出去”战略，非金融类对外直接投资从2007年的248亿美元上升到2012年的772亿美元，年均增长25.5%。", 2013, nil),
    ("正确的办法是能够收效的。一九七一年到一九七八年的人口自然增长率，四川省由千分之二十九降到千分之六点一。", 1979, nil),
    // A date of the document's year or later is its deadline, the first such one kept (到2012年 passed over).
    ("从2007年的248亿美元上升到2012年的772亿美元，到2020年实现翻一番。", 2013, "到2020年"),
    ("2019年6月底前，研究建立指标体系。", 2019, "2019年6月底前"),
    // A month's end after a past year's date is that year's, not a month of the document's year.
    ("2012年6月底前完成了清理。", 2013, nil),
    // State Council 39, （七）: the end of a span a date opens is a period of support, not a time to finish by.
    ("对培训合格的失业人员给予职业培训补贴；2019年1月1日至2020年12月31日，对其中就业困难人员和零就业家庭成员在培训期间再给予生活费补贴。", 2019, nil),
] as [(String, Int, String?)])
func aDateBeforeTheYearTheDocumentWasWrittenInIsNoDeadline(text: String, year: Int, deadline: String?) {
    #expect(ResponsibleUnits.deadline(in: text, notBefore: year) == deadline)
}

@Test func aDecisionsFirstPointThatNamesTheDecisionsOwnSubjectStatesItsAimNotAMeasure() {
    // The Shanghai Standing Committee's decisions (test18, spent): the aim of the whole restated as the first point.
    #expect(MeasureExtractor.restatesDecision("一、本市推进“一网通办”改革，整合数据资源，加强业务协同，优化服务流程",
                                              title: "上海市人民代表大会常务委员会关于进一步促进和保障“一网通办”改革的决定"))
    #expect(MeasureExtractor.restatesDecision("一、示范区建设要全面贯彻国务院批复的《长三角生态绿色一体化发展示范区总体方案》（以下简称《总体方案》），坚持新发展理念",
                                              title: "上海市人民代表大会常务委员会关于促进和保障长三角生态绿色一体化发展示范区建设若干问题的决定"))
    // A body acting for the subject is a measure (浦东新区), and so is a point on part of it (the Beijing budget decision's （一）).
    #expect(!MeasureExtractor.restatesDecision("一、市人民代表大会常务委员会围绕浦东新区改革开放再出发的实际需求，制定、修改相关地方性法规",
                                               title: "上海市人民代表大会常务委员会关于促进和保障浦东新区改革开放再出发实现新时代高质量发展的决定"))
    #expect(!MeasureExtractor.restatesDecision("（一）加强财政政策审查监督。", title: "北京市人民代表大会常务委员会关于加强市级预算审查监督的决定"))
    // Only a decision's: an opinion's first section is read by its own rules.
    #expect(!MeasureExtractor.restatesDecision("一、本市推进“一网通办”改革", title: "关于进一步促进和保障“一网通办”改革的意见"))
}

private let gold42 = "corpus/state-council-2019/42-国务院办公厅关于黄金经济政策有关问题的复函.html"
private let bid24 = "corpus/state-council-2019/24-国务院办公厅关于同意以哈尔滨市名义申办2009年第二十四届世界大学生冬季运动会的复函.html"
private let group59 = "corpus/state-council-2019/59-国务院办公厅关于调整国务院第二次全国污染源普查领导小组组成人员的通知.html"
private let beijingDecisions = "corpus/laws/DLC/北京地方法规/地方性法规/北京/"
private let epidemic = beijingDecisions + "北京市人民代表大会常务委员会关于依法防控新型冠状病毒感染肺炎疫情  坚决打赢疫情防控阻击战的决定(2020-02-07).md"
private let reform2018 = beijingDecisions + "北京市人民代表大会常务委员会关于市人民政府机构改革涉及地方性法规规定的行政机关职责调整问题的决定(2018-11-23).md"
private let landTax = beijingDecisions + "北京市人民代表大会常务委员会关于北京市耕地占用税适用税额的决定(2019-07-26).md"

@Test(.enabled(if: isThere(gold42)))
func aReplysPartsHeadedByTheQuestionsItSettlesAreItsMeasures() {
    // 42 (test19, spent): 一、关于黄金地质勘探资金问题 … 四、关于黄金产品增值税和黄金产地加工问题 name the questions the reply settles;
    // 二 has no lead paragraph, so its （一）–（三） are the measures.
    let tasks = measures(gold42).filter { $0.level == 1 }
    #expect(tasks.map(\.headline) == ["关于黄金地质勘探资金问题", "从1996年起", "“九五”期间", "对黄金建设项目实行“黄金贷款”（即“借金还金”）政策",
                                      "关于黄金行业管理经费问题", "关于黄金产品增值税和黄金产地加工问题"])
    #expect(!MeasureExtractor().isBackground("二、关于理顺黄金工业投资渠道问题"))
    // A problem found stays background.
    #expect(MeasureExtractor().isBackground("二、存在的主要问题"))
}

@Test(arguments: [
    // 24 (test19, a reply with no list): 同意以哈尔滨市名义申办…。运动会申办全部经费由黑龙江省人民政府承担；… — the grant and its terms.
    (bid24, "同意以哈尔滨市名义申办2009年第二十四届世界大学生冬季运动会。运动会申办全部经费由黑龙江省人民政府承担"),
    // 59 (test19): no numbered section; the names follow the announcement (…通知如下：), each after its place in the group.
    (group59, "根据机构设置、人员变动情况和工作需要，国务院决定对国务院第二次全国污染源普查领导小组"),
])
func aReplysOneParagraphGrantAndANoticesDecisionBeforeItsOwnListOfMembersAreEachItsOneMeasure(file: String, act: String) {
    guard isThere(file) else { return }
    let tasks = measures(file)
    #expect(tasks.map { $0.text.hasPrefix(act) && $0.role == .planned } == [true])
}

@Test func aMemberLineMayOpenWithTheMembersPlaceInTheBody() {
    #expect(MeasureExtractor.isMemberList("组　长：韩　正　　国务院副总理\n副组长：丁学东　　国务院副秘书长\n李干杰　　生态环境部部长\n领导小组办公室设在生态环境部。"))
    #expect(!MeasureExtractor.isMemberList("一、总体要求：坚持新发展理念　　推动高质量发展\n二、主要任务"))
}

@Test(.enabled(if: isThere(epidemic)))
func aPointThatLaysADutyOnABodyIsAMeasureWhateverItsObject() {
    // The Beijing decision on the epidemic (test19): 二、乡、镇人民政府和街道办事处应当依法执行疫情防控要求 ends on 要求, a duty's object.
    let tasks = measures(epidemic).filter { $0.level == 1 }
    #expect(tasks.count == 5)
    #expect(tasks.contains { $0.headline.hasPrefix("乡、镇人民政府和街道办事处应当依法执行疫情防控要求") })
    #expect(MeasureExtractor().isBackground("五、有关要求"))
}

@Test(.enabled(if: isThere(reform2018) && isThere(landTax)))
func aStandingCommitteeDecisionThatFixesRulesHasProvisionsNotMeasures() {
    // The 2018 Beijing decision moves the duties its regulations give (test19, gold zero); the land tax decision fixes rates.
    #expect(measures(reform2018).isEmpty)
    #expect(measures(landTax).isEmpty)
    #expect(MeasureExtractor.fixesRules(title: "北京市人民代表大会常务委员会关于北京市应税大气污染物和水污染物环境保护税适用税额的决定"))
    // A decision that directs bodies names its subject, not rules.
    #expect(!MeasureExtractor.fixesRules(title: "北京市人民代表大会常务委员会关于加强市级预算审查监督的决定"))
    #expect(measures(epidemic).count >= 5)
}

private let guangzhou1921 = "corpus/reports/congress-reports/廣州共產黨報告_(一大).txt"
private let beijing1921 = "corpus/reports/congress-reports/北京共产主义组织的报告_(一大).txt"
private let holidays38 = "corpus/state-council-2019/38-国务院办公厅关于2019年部分节假日安排的通知.html"
private let cottonGrain40 = "corpus/state-council-2019/40-国务院关于棉粮、糖粮挂钩奖售粮几个问题的通知.html"
private let resolution2020 = "corpus/reports/work-reports/第十三届全国人民代表大会第三次会议关于政府工作报告的决议.txt"

@Test(.enabled(if: isThere(guangzhou1921)))
func aReportThatClosesOnItsPlanAfterItsReviewHasThePlansNumberedSectionsAsItsTasks() {
    // The 廣州 group's report to the first congress (test20): 一、去年 and 二、现状 tell the past and the present, 三、今后意见 plans;
    // its 1．–5． are the tasks though 4．对农民的宣传工作 and 5．与士兵的联系 name a field, not an act.
    let tasks = measures(guangzhou1921).filter { $0.level == 1 }
    #expect(tasks.map(\.headline) == ["吸收新党员", "成立工会", "成立工人学校", "对农民的宣传工作", "与士兵的联系"])
    #expect(tasks.allSatisfy { $0.role == .planned })
    // 3．成立工人学校's ①工会学校 and ②工人夜校, the schools it sets up, are its items.
    #expect(tasks[2].items.count == 2 && tasks[2].items[0].hasPrefix("①工会学校"))
}

@Test(.enabled(if: isThere(beijing1921)))
func aReportThatTellsWhatItsGroupDidAndLeavesThePlanToTheCongressHasNoTasks() {
    // The 北京 group's report to the first congress (test20, gold zero): its parts tell the city's state and the group's work, and
    // close paragraphs on 应当…, 我们必须… — conclusions; the report asks the congress to set the tasks.
    #expect(measures(beijing1921).isEmpty)
}

@Test(.enabled(if: isThere(holidays38) && isThere(cottonGrain40)))
func aNoticesClosingDutyAfterItsOneParagraphPartsIsAMeasureOfItsOwn() {
    // 38 (test20): 一、元旦 … 七、国庆节, one paragraph each, then 节假日期间，各地区、各部门要妥善安排好值班… in 七's text.
    let tasks = measures(holidays38).filter { $0.level == 1 }
    #expect(tasks.count == 8)
    #expect(tasks.last?.text.hasPrefix("节假日期间，各地区、各部门要妥善安排好值班和安全、保卫等工作") == true)
    #expect(tasks.first { $0.headline == "国庆节" }?.text.hasPrefix("七、国庆节\n10月1日至7日放假调休") == true)
    // 40 (test16): its closing opens on an assessment of the scheme (国务院决定的棉粮、糖粮挂钩是一项政策性很强的工作。) and lays no duty.
    #expect(measures(cottonGrain40).filter { $0.level == 1 }.count == 2)
}

@Test(.enabled(if: isThere(epidemic) && isThere(resolution2020)))
func aStandingCommitteeResolutionIsReadAsItsDecisionsAre() throws {
    // A resolution's numbered points are read as a decision's: the Beijing epidemic decision's points (test19) under the title
    // of a resolution give the same five measures.
    let url = try #require(Repository.shared(epidemic))
    let decision = try #require(CollectionReader().readAll([url.path]).files.first?.documents.first)
    let resolution = Document(source: decision.source, index: 1, title: "北京市人民代表大会常务委员会关于依法防控新型冠状病毒感染肺炎疫情坚决打赢疫情防控阻击战的决议",
                              sections: decision.sections)
    #expect(MeasureExtractor().measures(in: resolution).filter { $0.level == 1 }.map(\.headline)
            == MeasureExtractor().measures(in: decision).filter { $0.level == 1 }.map(\.headline))
    // The NPC's resolution on a work report approves it in paragraphs, with no point (test17, gold zero).
    #expect(measures(resolution2020).isEmpty)
    #expect(MeasureExtractor.restatesDecision("一、本市推进“一网通办”改革", title: "上海市人民代表大会常务委员会关于进一步促进和保障“一网通办”改革的决议"))
}

private let unitsOrder = "corpus/laws/行政法规/国务院关于在我国统一实行法定计量单位的命令(1984-02-27).md"
private let resolution1962 = "corpus/reports/work-reports/第二届全国人民代表大会第三次会议关于政府工作报告的决议.txt"
private let resolution2012 = "corpus/reports/work-reports/第十一届全国人民代表大会第五次会议关于政府工作报告的决议.txt"

@Test(.enabled(if: isThere(unitsOrder)))
func anOrdersPointsArePlannedAndTheListItAdoptsAfterItsDateOfEffectIsNoneOfThem() {
    // test23: 一、–四、 are what the order orders, though its preamble recounts the 1959 order (…以来，…取得了显著成绩);
    // the list of units after 本命令自发布之日起生效 ((1)国际单位制的基本单位(见表1)；…), nested under 四 by ingestion, is the
    // adopted text's, neither measures nor 四's sub-tasks.
    let found = measures(unitsOrder)
    #expect(found.count == 4)
    #expect(found.allSatisfy { $0.level == 1 && $0.role == .planned })
    #expect(found.last?.headline == "本命令责成国家计量局负责贯彻执行")
    #expect(found.last?.items.isEmpty == true)
    #expect(found.dropFirst().first?.deadline == "一九九0年底以前")
    #expect(MeasureExtractor.putsInForce("本命令责成国家计量局负责贯彻执行。\n本命令自发布之日起生效。 过去颁布的有关规定，与本命令有抵触的，以本命令为准。"))
    #expect(!MeasureExtractor.putsInForce("各地区、各部门务必充分重视，制定积极稳妥的实施计划，保证顺利完成。"))
}

@Test(.enabled(if: isThere(resolution1962) && isThere(resolution2012)))
func aResolutionOnAWorkReportHasAsItsMeasureTheCongresssPowerItDelegates() {
    // test23: the 1962 resolution's one act the report cannot hold; its approval of the report and its closing call are none,
    // and the 2012 resolution, which delegates nothing, has no measure.
    let found = measures(resolution1962)
    #expect(found.count == 1)
    #expect(found.first?.role == .planned)
    #expect(found.first?.text.hasPrefix("会议同意国务院的建议，授权全国人民代表大会常务委员会审查和批准") == true)
    #expect(measures(resolution2012).isEmpty)
    #expect(!MeasureExtractor.delegatesPower("会议决定批准周恩来总理所作的政府工作报告。"))
    #expect(!MeasureExtractor.delegatesPower("会议号召，全国各族的工人、农民、知识分子和其他劳动人民，各民主党派和民主人士，更加紧密地团结起来。"))
}
