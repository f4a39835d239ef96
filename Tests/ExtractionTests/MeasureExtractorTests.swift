import Foundation
import Ingestion
import Testing
@testable import Extraction

private func section(_ path: [String], _ text: String) -> Section {
    Section(path: path, level: path.count, text: text)
}

private let essay = Document(source: "essay.txt", index: 1, title: "关于出生人口性别比升高的思考与治理", sections: [
    section([], "出生人口性别比问题是人口安全的一个重要指标。"),
    section(["一、出生人口性别比现状及危害"], "出生性别比是118.06。"),
    section(["一、出生人口性别比现状及危害", "1、不利于女孩健康成长"], "由于父母受重男轻女思想的影响。"),
    section(["三、出生人口性别比失衡的对策"], "针对这一问题我认为坚持从五个方面入手。"),
    section(["三、出生人口性别比失衡的对策", "1、加强立法"], "用法律手段规范人们的行为。"),
    section(["三、出生人口性别比失衡的对策", "1、加强立法", "一是解决出生人口性别比失衡问题需要有一系列的配套法律法规"], "仅靠人口计生部门是难以奏效的。"),
    section(["三、出生人口性别比失衡的对策", "1、加强立法", "二是补充出台一些可操作的相应的刑事处罚规定"], "在《刑法》上作出明确规定。"),
    section(["三、出生人口性别比失衡的对策", "2、加强宣传教育"], "形成强大的舆论氛围。要在全社会宣传出生人口性别比失衡的危害性，倡导婚育新风。"),
    section(["三、出生人口性别比失衡的对策", "3、加快发展步伐"], "建立有利于控制出生人口性别升高的利益导向机制。一是落实奖励扶助政策；二是完善养老保险。"),
])

@Test func theItemsUnderACountermeasuresHeadingAreTheMeasures() throws {
    let measures = MeasureExtractor().measures(in: essay).filter { $0.level == 1 }
    #expect(measures.map(\.headline) == ["加强立法", "加强宣传教育", "加快发展步伐"])
    #expect(measures.map(\.ordinal) == [1, 2, 3])
    #expect(measures[0].section == "三、出生人口性别比失衡的对策 › 1、加强立法")
    #expect(measures[0].items.count == 2)
    #expect(measures[0].items[0].hasPrefix("一是解决出生人口性别比失衡问题"))
    #expect(measures[0].text.contains("在《刑法》上作出明确规定。"))
    #expect(measures[2].items == ["一是落实奖励扶助政策；", "二是完善养老保险。"])
}

@Test func eachMeasureIsCodedByItsCueWordsWithTheEvidenceKept() {
    let measures = MeasureExtractor().measures(in: essay).filter { $0.level == 1 }
    #expect(measures.map(\.category) == [.legalRegulation, .publicityEducation, .economicIncentive])
    #expect(measures[1].explanation.contains("publicity_education: 宣传教育×"))
    #expect(measures[1].record(explain: true).map(\.0).last == "cues")
}

@Test func aPlanWithoutSuchAHeadingListsItsNumberedSectionsButNotItsAimsAndSteps() {
    let plan = Document(source: "plan.txt", index: 1, title: "综合治理出生人口性别比失衡问题工作计划", sections: [
        section([], "工作计划如下："),
        section(["一、工作目标"], "确保出生人口性别比在正常范围。"),
        section(["二、制定并落实优惠政策"], "在社会救助、扶贫开发、养老保险等方面向有女户家庭倾斜。"),
        section(["三、加大“两非案件”查处力度"], "及时查处“两非案件”。"),
        section(["四、工作步骤"], "分三个阶段进行。"),
    ])
    let measures = MeasureExtractor().measures(in: plan)
    #expect(measures.map(\.headline) == ["制定并落实优惠政策", "加大“两非案件”查处力度"])
    #expect(measures.map(\.ordinal) == [2, 3])
    #expect(measures.map(\.category) == [.economicIncentive, .enforcement])
}

@Test func aThemeWithoutTextOfItsOwnGroupsTheMeasuresUnderIt() {
    let opinion = Document(source: "opinion.html", index: 1, title: "国务院关于做好当前和今后一个时期促进就业工作的若干意见", sections: [
        section(["一、支持企业稳定发展"], ""),
        section(["一、支持企业稳定发展", "（一）加大稳岗支持力度"], "可返还其上年度实际缴纳失业保险费的50%。"),
        section(["一、支持企业稳定发展", "（二）发挥政府性融资担保机构作用"], "引导更多金融资源支持创业就业。"),
        section(["二、积极实施培训"], ""),
        section(["二、积极实施培训", "（三）开展失业人员培训"], "对培训合格的失业人员给予职业培训补贴。"),
        section(["二、积极实施培训", "（四）放宽补贴申领条件"], "所需资金由失业保险基金列支。"),
    ])
    #expect(MeasureExtractor().measures(in: opinion).map(\.ordinal) == [1, 2, 3, 4])
}

@Test func aLawAndAnAnalysisWithoutMeasuresGiveNone() {
    let law = Document(source: "law.md", index: 1, title: "江源市禁止非医学需要的胎儿性别鉴定管理办法", sections: [
        section(["第一章 总则"], "第一条 为了规范管理，制定本办法。"), section(["第二章 管理"], "第二条 加强宣传教育。"),
    ])
    #expect(MeasureExtractor().measures(in: law).isEmpty)
}

@Test func theSummaryCountsMeasuresPerInstrument() {
    let summary = MeasureSummary(document: essay, measures: MeasureExtractor().measures(in: essay))
    #expect(summary.total == 3, "level-1 measures only")
    #expect(summary.counts[.legalRegulation] == 1)
    #expect(summary.record.map(\.0).prefix(4) == ["source", "document_index", "document", "measures"])
}

@Test(arguments: [("（二）加大宣传", 2, "加大宣传"), ("1、加强立法", 1, "加强立法"), ("一是集中宣传", 1, "集中宣传"), ("十五、附则", 15, "附则"), ("加强领导", nil, "加强领导")])
func headingNumbersAreReadAndStripped(heading: String, ordinal: Int?, rest: String) {
    let stripped = SectionTree.stripOrdinal(heading)
    #expect(stripped.ordinal == ordinal)
    #expect(stripped.text == rest)
}

@Test(arguments: [("（财政部、工业和信息化部负责）", "负责"), ("牵头单位：县卫健局", "牵头单位"), ("一是一是二是", "二是"), ("加强领导", "宣传"), ("", "是"), ("abc", ""), ("今后五年的主要任务", "任务"), ("任务", "主要任务")])
func aSearchByScalarsFindsWhatFoundationFinds(text: String, word: String) {
    #expect(text.scalarRange(of: word) == (word.isEmpty ? nil : text.range(of: word)))
    #expect(text.dropFirst().scalarRange(of: word) == (word.isEmpty ? nil : text.dropFirst().range(of: word)))
}

/// A part's text with a numbered line, blank lines, a line of an ideographic space and a closing line break; one line;
/// line breaks alone; nothing.
@Test(arguments: ["第二，发展横向经济联系。\n\n一是加强协作。\n　\n二是…\n", "坚持改革开放", "\n\n", ""])
func aSectionsLinesAreThoseSplittingByCharactersGives(text: String) {
    #expect(text.lines() == text.split(separator: "\n"))
    #expect(text.lines(keepingEmpty: true) == text.split(separator: "\n", omittingEmptySubsequences: false))
    #expect(text.dropFirst(2).lines() == text.dropFirst(2).split(separator: "\n"))
}

/// State Council 06's measures (real sentences), grouped here one level deeper — 二、主要任务 （一） 1. — as
/// opinions such as 若干意见 group their numbered measures under headings with no paragraph of their own.
private let groupedNotice = Document(source: "notice.html", index: 1, title: "国务院办公厅关于开展城镇小区配套幼儿园治理工作的通知", sections: [
    section([], "各省、自治区、直辖市人民政府，国务院各部委、各直属机构："),
    section(["一、总体要求"], "以习近平新时代中国特色社会主义思想为指导，坚持以人民为中心的发展思想。"),
    section(["二、主要任务"], ""),
    section(["二、主要任务", "（一）开展治理工作"], ""),
    section(["二、主要任务", "（一）开展治理工作", "1.摸底排查。"],
            "各地以县（市、区）为单位，对城镇小区配套幼儿园情况进行全面摸底排查，针对规划、配建、移交、使用不到位等情况，分别列出清单、建立台账。该项工作于2019年4月底前完成。"),
    section(["二、主要任务", "（一）开展治理工作", "2.全面整改。"],
            "针对摸底排查出的问题，从实际出发，认真制定有针对性的整改措施，按照“一事一议”、“一园一案”的要求逐一进行整改。"),
    section(["二、主要任务", "（二）加强组织实施"], ""),
    section(["二、主要任务", "（二）加强组织实施", "1.建立治理工作协调机制。"],
            "成立城镇小区配套幼儿园治理工作小组，组长由协助分管教育工作的国务院副秘书长担任。"),
    section(["二、主要任务", "（二）加强组织实施", "2.落实治理责任分工。"],
            "按照小区配套幼儿园规划、建设、移交、办园等各个环节的工作要求，明晰各项工作的主责部门及配合部门。"),
    // State Council 50: numbered conditions with no paragraph of their own are the measure's items.
    section(["二、主要任务", "（三）符合下列要求的社会团体予以保留。"], ""),
    section(["二、主要任务", "（三）符合下列要求的社会团体予以保留。", "1.遵守国家法律法规和有关政策规定，依照章程开展活动。"], ""),
    section(["二、主要任务", "（三）符合下列要求的社会团体予以保留。", "2.有规范的名称。"], ""),
])

@Test func measuresGroupedUnderHeadingsWithNoParagraphOfTheirOwnAreTheNumberedItemsBelow() {
    let measures = MeasureExtractor().measures(in: groupedNotice).filter { $0.level == 1 }
    #expect(measures.map(\.headline) == ["摸底排查", "全面整改", "建立治理工作协调机制", "落实治理责任分工", "符合下列要求的社会团体予以保留"])
    #expect(measures.first?.deadline == "2019年4月底前")
    #expect(measures.last?.items.count == 2)
}

/// 国务院办公厅关于加强三级公立医院绩效考核工作的意见: its measures, then the signature, the date and the
/// annex of indicators, whose numbered lines define what is measured.
private let opinionWithAnnex = Document(source: "04.html", index: 1, title: "国务院办公厅关于加强三级公立医院绩效考核工作的意见", sections: [
    section([], "各省、自治区、直辖市人民政府，国务院各部委、各直属机构：\n现就加强三级公立医院绩效考核工作提出以下意见。"),
    section(["五、组织实施"], ""),
    section(["五、组织实施", "（一）切实加强组织领导。"], "各地要充分认识三级公立医院绩效考核工作对于检验医改成效、促进公立医院改革发展的重要意义，加强组织领导。"),
    section(["五、组织实施", "（二）明确部门职责分工。"], "国家卫生健康委负责制定三级公立医院绩效考核工作的政策措施。"),
    section(["五、组织实施", "（三）充分运用考核结果。"], """
        各地要建立绩效考核信息和结果部门共享机制，强化绩效考核结果应用。
        附件：三级公立医院绩效考核指标
        国务院办公厅
        2019年1月16日
        （此件公开发布）
        附件
        三级公立医院绩效考核指标
        """),
    section(["一、医疗质量"], ""),
    section(["一、医疗质量", "（一）功能定位"], ""),
    section(["一、医疗质量", "（一）功能定位", "1.门诊人次数与出院人次数比"], "定量\n计算方法：\n门诊患者人次数/同期出院患者人次数。"),
    section(["一、医疗质量", "（一）功能定位", "2.下转患者人次数（门急诊、住院）"], "定量\n计算方法：\n本年度向二级医院或者基层医疗机构下转的患者人次数。"),
])

@Test func anAnnexAfterTheDocumentsSignatureAndDateHoldsNoMeasures() {
    let measures = MeasureExtractor().measures(in: opinionWithAnnex).filter { $0.level == 1 }
    #expect(measures.map(\.headline) == ["切实加强组织领导", "明确部门职责分工", "充分运用考核结果"])
    #expect(measures.last?.text.hasSuffix("强化绩效考核结果应用。\n附件：三级公立医院绩效考核指标\n国务院办公厅\n2019年1月16日\n（此件公开发布）") == true,
            "the body ends where the annex begins, the list of annexes before the signature kept")
}

/// 国务院办公厅关于对国务院第五次大督查发现的典型经验做法给予表扬的通报 (State Council 56): the body commends, the
/// signature and date close it, and the annex lists the practices commended, one numbered line each.
private let commendation = Document(source: "56.html", index: 1, title: "国务院办公厅关于对国务院第五次大督查发现的典型经验做法给予表扬的通报", sections: [
    section([], """
        各省、自治区、直辖市人民政府，国务院各部委、各直属机构：
        为表扬先进，树立典型，进一步激励各地区、各部门担当作为、狠抓政策见效，推动形成改革创新、干事创业的生动局面，经国务院同意，对北京市大力推进外国人来华工作许可制度改革等130项地方典型经验做法予以通报表扬。
        附件：国务院第五次大督查发现的典型经验做法（共130项）
        国务院办公厅
        2018年11月19日
        （此件公开发布）
        附件
        国务院第五次大督查发现的典型经验做法
        （共130项）
        """),
    section(["1.北京市大力推进外国人来华工作许可制度改革。"], ""),
    section(["2.北京市西城区推进“三纵两横一平台”紧密型医联体建设。"], ""),
    section(["17.山西省运城市盐湖区全面推进区、乡、村三级医疗机构一体化改革"], "，增强群众就医获得感。"),
])

@Test func theAnnexedPracticesACommendationPraisesAreItsMeasuresDone() {
    let measures = MeasureExtractor().measures(in: commendation).filter { $0.level == 1 }
    #expect(measures.map(\.headline) == ["北京市大力推进外国人来华工作许可制度改革", "北京市西城区推进“三纵两横一平台”紧密型医联体建设",
                                         "山西省运城市盐湖区全面推进区、乡、村三级医疗机构一体化改革"])
    #expect(measures.map(\.ordinal) == [1, 2, 17])
    #expect(measures.allSatisfy { $0.role == .done })
    #expect(measures.last?.text == "17.山西省运城市盐湖区全面推进区、乡、村三级医疗机构一体化改革，增强群众就医获得感。")
    // Without the commendation the annex is a list like any other, and holds none.
    var list = commendation
    list.sections[0].text = list.sections[0].text.replacingOccurrences(of: "予以通报表扬", with: "予以推广")
    list.sections[0].text = list.sections[0].text.replacingOccurrences(of: "为表扬先进，", with: "")
    #expect(MeasureExtractor().measures(in: list).isEmpty)
}

@Test(arguments: [("2019年1月16日", true), ("二〇〇四年十一月四日", true), ("2019年1月16日印发", false), ("国务院办公厅", false)])
func aSignaturesDateIsADateAloneOnItsLine(line: String, isDate: Bool) {
    #expect(DocumentBody.isDate(line) == isDate)
}

@Test func anAnnexNamedBeforeTheSignatureDoesNotEndTheBody() {
    let sections = [section(["三、认真抓好组织实施"], "各省（区、市）人民政府要把推广支持创新相关改革举措列为本地区重点工作。\n附件：第二批支持创新相关改革举措推广清单")]
    #expect(DocumentBody.sections(sections) == sections)
}

@Test(arguments: [
    ("做好今年政府工作，要把握好以下三点。", true),
    ("实现今年经济社会发展的目标任务，要把握好以下原则和政策取向。", true),
    ("为了胜利完成各项任务，今后在工作中要继续注意把握好以下几点：", true),
    ("我们要突出重点、把握关键，着重抓好以下几个方面工作。", false),
    ("面对今年艰巨繁重的改革发展稳定任务，我们要通观全局、统筹兼顾，突出重点、把握关键，正确处理好各方面关系，着重抓好以下几个方面工作。", false),
    ("一年来，我们主要做了以下工作：", false),
])
func aListAnnouncedAsPrinciplesToGraspIsNoListOfTasks(sentence: String, isPrinciples: Bool) {
    #expect(ReportTaskFinder.announcesPrinciples(sentence) == isPrinciples)
}

@Test func theNumberedPrinciplesOfAPartAreLeftOutAndTheTasksAfterThemKept() {
    let text = """
        做好今年政府工作，要把握好以下三点。
        第一，稳定和完善宏观经济政策。继续实施积极的财政政策和稳健的货币政策。
        积极的财政政策要加力增效。
        第二，保持稳增长与调结构的平衡。我国发展不平衡、不协调、不可持续问题依然突出。
        第三，培育和催生经济社会发展新动力。当前经济增长的传统动力减弱。
        今年要着力抓好以下工作：
        （一）加大简政放权、放管结合改革力度。
        （二）积极扩大国内需求。
        """
    // The lines between and after the points go with them, up to the next numbering.
    #expect(ReportTaskFinder.withoutPrinciples(text) == "做好今年政府工作，要把握好以下三点。\n（一）加大简政放权、放管结合改革力度。\n（二）积极扩大国内需求。")
}

@Test func aNoticeIssuingRulesInArticlesHasTheirOperativeArticlesAsMeasuresAndALawNone() {
    // The articles of 广东省城镇华侨房屋征收补偿规定 (corpus/laws), as a notice issuing them would carry them after its own paragraph.
    let articles = [
        ("第一条", "为妥善处理城镇华侨房屋的征收补偿，保护华侨房屋所有人的合法权益，根据《中华人民共和国归侨侨眷权益保护法》、《国有土地上房屋征收与补偿条例》和有关法律、法规，结合本省实际情况，制定本规定。"),
        ("第二条", "本规定适用于本省城市规划区内国有土地上华侨房屋征收的补偿、安置工作。"),
        ("第四条", "市、县级人民政府负责本行政区域的城镇华侨房屋的征收补偿工作。"),
        ("第五条", "上级人民政府应当对下级人民政府的华侨房屋征收补偿工作实施监督管理。"),
        ("第十条", "被征收人可以选择货币补偿或者房屋产权调换两种补偿方式。"),
        ("第十五条", "本规定自2005年1月1日起施行。"),
    ]
    let sections = [section([], "各市、县人民政府：\n现将《城镇华侨房屋征收补偿规定》印发给你们，请认真贯彻执行。")] + articles.map { section([$0.0], $0.1) }
    let notice = Document(source: "notice.html", index: 1, title: "关于印发城镇华侨房屋征收补偿规定的通知", sections: sections)
    let measures = MeasureExtractor().measures(in: notice)
    // Purpose, scope and entry into force frame the rules; the notice's own paragraph is none.
    #expect(measures.map { String($0.headline.prefix(8)) } == ["市、县级人民政府", "上级人民政府应当", "被征收人可以选择"])
    #expect(measures.allSatisfy { $0.level == 1 && $0.role == .planned })
    // The same articles under the regulation's own title are provisions of a regulation: none.
    let regulation = Document(source: "rules.md", index: 1, title: "城镇华侨房屋征收补偿规定", sections: sections)
    #expect(MeasureExtractor().measures(in: regulation).isEmpty)
}

@Test func issuedRulesInChaptersLoseTheirSpacedOutGeneralAndSupplementaryChaptersAndKeepADefinitionOfAnOperativeOne() {
    // 国务院关于印发个人所得税专项附加扣除暂行办法的通知: chapter titles spaced out (第一章　总　　则), a definition in 第六章.
    let chapters = ["第一章　总　　则", "第六章　住房租金", "第九章　附　　则"]
    let sections = [
        section([], "各省、自治区、直辖市人民政府：\n现将《个人所得税专项附加扣除暂行办法》印发给你们，请认真贯彻执行。"),
        section([chapters[0]], ""),
        section([chapters[0], "第二条"], "本办法所称个人所得税专项附加扣除，是指个人所得税法规定的子女教育、继续教育、大病医疗、住房贷款利息或者住房租金、赡养老人等6项专项附加扣除。"),
        section([chapters[0], "第三条"], "个人所得税专项附加扣除遵循公平合理、利于民生、简便易行的原则。"),
        section([chapters[1]], ""),
        section([chapters[1], "第十八条"], "本办法所称主要工作城市是指纳税人任职受雇的直辖市、计划单列市、副省级城市、地级市（地区、州、盟）全部行政区域范围。"),
        section([chapters[1], "第十九条"], "住房租金支出由签订租赁住房合同的承租人扣除。"),
        section([chapters[2]], ""),
        section([chapters[2], "第三十条"], "个人所得税专项附加扣除额一个纳税年度扣除不完的，不能结转以后年度扣除。"),
    ]
    let notice = Document(source: "32.html", index: 1, title: "国务院关于印发个人所得税专项附加扣除暂行办法的通知", sections: sections)
    let measures = MeasureExtractor().measures(in: notice)
    #expect(measures.map { String($0.headline.prefix(8)) } == ["本办法所称主要工", "住房租金支出由签"])
    #expect(measures.allSatisfy { $0.category == .legalRegulation })
}

/// The 1984 order on the legal units of measurement (test23), its adopted list of units made a point of its own.
private let order = Document(source: "order.md", index: 1, title: "国务院关于在我国统一实行法定计量单位的命令", sections: [
    section([], "国务院决定在采用先进的国际单位制的基础上，进一步统一我国的计量单位。现发布命令如下："),
    section(["一、我国的计量单位一律采用《中华人民共和国法定计量单位》。"], ""),
    section(["二、我国目前在人民生活中采用的市制计量单位，可以延续使用到一九九0年，一九九0年底以前要完成向国家法定计量单位的过渡。"], ""),
    section(["三、我国的法定计量单位(以下简称法定单位)包括："], ""),
    section(["三、我国的法定计量单位(以下简称法定单位)包括：", "(1)国际单位制的基本单位(见表1)；"], ""),
    section(["三、我国的法定计量单位(以下简称法定单位)包括：", "(2)国际单位制的辅助单位(见表2)；"], ""),
    section(["三、我国的法定计量单位(以下简称法定单位)包括：", "(3)国际单位制中具有专门名称的导出单位(见表3)；"], ""),
    section(["四、计量单位的改革是一项涉及到各行各业和广大人民群众的事，各地区、各部门务必充分重视，制定积极稳妥的实施计划。"], "保证顺利完成。"),
])

@Test func aPartThatListsWhatATermIncludesIsNoMeasureNorAreItsLines() {
    let measures = MeasureExtractor().measures(in: order)
    #expect(measures.filter { $0.level == 1 }.map(\.ordinal) == [1, 2, 4])
    #expect(measures.allSatisfy { $0.level == 1 && !$0.headline.hasPrefix("国际单位制") })
}
