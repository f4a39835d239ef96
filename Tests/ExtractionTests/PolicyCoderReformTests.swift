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
