import Testing
@testable import Extraction

/// Broad tasks of work reports whose headline names only an area, coded by the reform of an institution their
/// lead commits to (the codebook's rules 1a and 5) — not by reform as a frame, nor by a reform named later.
@Test(arguments: [
    // 2023年政府工作报告, 三、（五）: the area 风险 would code monitoring.
    ("有效防范化解重大经济金融风险", "（五）有效防范化解重大经济金融风险。深化金融体制改革，完善金融监管，压实各方责任，防止形成区域性、系统性金融风险。有效防范化解优质头部房企风险，改善资产负债状况。",
     "体制改革"),
    // 2014年政府工作报告, 三、（七）: a definition first, then the lead; the programme's first part (教育) would code a service.
    ("加强教育、卫生、文化等社会建设", "（七）加强教育、卫生、文化等社会建设。\n繁荣发展社会事业是促进社会公正、增进人民福祉的有效途径。要深化社会体制改革，以更大的投入和更有力的举措，推动经济社会协调发展。\n促进教育事业优先发展、公平发展。",
     "体制改革"),
    // 2013年政府工作报告, 一、八是: the reform in the rest of the heading's sentence; the area 自身建设 would code organisation.
    ("切实加强政府自身建设", "八是切实加强政府自身建设，进一步深化行政体制改革。推进政府机构改革，初步建立职能统一的大部门体制框架。",
     "体制改革"),
])
func aReformOfAnInstitutionInTheLeadDecidesOverTheHeadlinesArea(headline: String, text: String, reform: String) {
    let (code, cues) = PolicyCoder().code(headline: headline, lead: SectionTree.lead(of: text, after: headline), text: text)
    #expect(code == .legalRegulation)
    #expect(cues.contains { $0.cue == reform })
}

@Test func reformAsAFrameNamesNoInstitutionAndDecidesNothing() {
    // 1994年政府工作报告, 二、: 深化改革 stands beside 扩大开放 and the economy's other aims.
    let text = "二、保持国民经济持续快速健康发展\n１９９４年是国民经济继续保持良好发展势头的一年，也是推进改革的重要一年。今年的经济工作，要深化改革，扩大开放，加强和改善宏观调控，大力调整经济结构，推动技术进步，积极开拓市场，提高经济效益，控制通货膨胀，保持国民经济持续、快速、健康发展。"
    #expect(PolicyCoder.institutionReform(headline: "保持国民经济持续快速健康发展", text: text) == nil)
    #expect(PolicyCoder().code(headline: "保持国民经济持续快速健康发展", text: text).0 == .economicIncentive)
}

@Test func aReformNamedAfterTheLeadIsALaterItem() {
    // 2023年政府工作报告, 三、（八）: housing support first; the health reform comes two sentences later.
    let text = "（八）保障基本民生和发展社会事业。加强住房保障体系建设，支持刚性和改善性住房需求，解决好新市民、青年人等住房问题。加快建设高质量教育体系，推进义务教育优质均衡发展和城乡一体化。深化医药卫生体制改革，促进医保、医疗、医药协同发展和治理。"
    #expect(PolicyCoder.institutionReform(headline: "保障基本民生和发展社会事业", text: text) == nil)
    #expect(PolicyCoder().code(headline: "保障基本民生和发展社会事业", text: text).0 == .economicIncentive)
}

@Test func aReformListedAsTheSubjectOfANeedIsNoAct() {
    // 1984年政府工作报告, 五、: the reform is one of the things that 都迫切需要 trained people.
    let text = "五、更加重视知识和知识分子的作用，加强智力开发，不断提高职工队伍的素质\n改革经济体制，迎接技术革命，推进经济建设，都迫切需要大批掌握现代科学技术和管理知识的人才。"
    #expect(PolicyCoder.institutionReform(headline: "更加重视知识和知识分子的作用", text: text) == nil)
}

@Test(arguments: [
    ("城镇化是现代化的必由之路，是破除城乡二元结构的重要依托", true),
    ("繁荣发展社会事业是促进社会公正、增进人民福祉的有效途径", true),
    ("１９９４年是国民经济继续保持良好发展势头的一年，也是推进改革的重要一年", true),
    ("要深化社会体制改革，以更大的投入和更有力的举措，推动经济社会协调发展", false),
    ("实现发展成果由人民共享，必须深化收入分配制度改革", false),
])
func aDefinitionIsToldFromACommitment(sentence: String, isDefinition: Bool) {
    #expect(PolicyCoder.isDefinition(sentence) == isDefinition)
}

/// The reform of the government's bodies is a reform of institutions (the codebook's rule 5), as the gold codes it in 9 of
/// the 11 tasks that name it, not the building of the party or the government.
@Test(arguments: [
    // 1998年政府工作报告, 第七 (test13); 2005年政府工作报告, 六、第一 (test13); 十五大, 六、（三） (test9).
    "积极推进政府机构改革", "深化政府机构改革", "推进机构改革",
])
func aReformOfTheGovernmentsBodiesSetsRules(headline: String) {
    #expect(PolicyCoder().code(headline: headline, text: headline).0 == .legalRegulation)
}

/// A 体制 built or rebuilt — in a report's lead, a plan's headline or a plan's lead — sets rules (rule 5), whatever area
/// the headline names; a 制度, 机制 or 体系 built is read by its object, so 健全…体制 decides and 完善…机制 does not.
@Test(arguments: [
    // 2018年政府工作报告, 三、（五）: the area 乡村 would code money.
    ("大力实施乡村振兴战略", "（五）大力实施乡村振兴战略。科学制定规划，健全城乡融合发展体制机制，依靠改革创新壮大乡村发展新动能。\n推进农业供给侧结构性改革。",
     false, "健全城乡融合发展体制"),
    // 2014年政府工作报告, 三、（五）: a definition first; the area 城乡 would code money.
    ("推进以人为核心的新型城镇化", "（五）推进以人为核心的新型城镇化。\n城镇化是现代化的必由之路，是破除城乡二元结构的重要依托。要健全城乡发展一体化体制机制，坚持走以人为本、四化同步、优化布局、生态文明、传承文化的新型城镇化道路。",
     false, "健全城乡发展一体化体制"),
    // 国务院关于河北雄安新区总体规划（2018—2035年）的批复, 三: the lead's second clause, after a clause that names nothing.
    ("有序承接北京非首都功能疏解", "三、有序承接北京非首都功能疏解。要紧紧抓住疏解北京非首都功能这个“牛鼻子”，改革创新体制机制，建设完善基础设施，提供优质公共服务。",
     true, "改革创新体制"),
])
func aSystemOfGovernmentBuiltSetsRules(headline: String, text: String, forPlans: Bool, reform: String) {
    let (code, cues) = PolicyCoder(forPlans: forPlans).code(headline: headline, lead: SectionTree.lead(of: text, after: headline), text: text)
    #expect(code == .legalRegulation)
    #expect(cues.contains { $0.cue == reform })
}

@Test func aSystemBuiltAfterAListOfWorksOrAsTheConditionOfANeedIsNoLead() {
    // 2021年政府工作报告, ——全面推进乡村振兴: the sixth clause of its lead, after the farmland and seed works.
    let works = "——全面推进乡村振兴，完善新型城镇化战略。坚持农业农村优先发展，严守18亿亩耕地红线，实施高标准农田建设工程、黑土地保护工程，确保种源安全，实施乡村建设行动，健全城乡融合发展体制机制。"
    #expect(PolicyCoder.institutionReform(headline: "全面推进乡村振兴", text: works) == nil)
    // 2003年政府工作报告, （九）: the system is what 必须实行政企分开 serves.
    let need = "（九）坚持转变政府职能，努力建设廉洁勤政务实高效政府\n建立和完善社会主义市场经济体制，必须实行政企分开，转变政府职能，转变工作方式和工作作风。"
    #expect(PolicyCoder.institutionReform(headline: "坚持转变政府职能", text: need) == nil)
}

@Test func aMechanismBuiltIsReadByItsObjectNotAsASystem() {
    // 十七大报告, （六）: 完善…监督机制 is no 体制.
    let text = "（六）完善制约和监督机制，保证人民赋予的权力始终用来为人民谋利益。确保权力正确行使，必须让权力在阳光下运行。"
    #expect(PolicyCoder.institutionReform(headline: "完善制约和监督机制", text: text) == nil)
}
