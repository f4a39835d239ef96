import Testing
@testable import Extraction

/// Broad tasks of work reports that name a programme as a whole, coded by the first part of it they name
/// after their heading, not by the programme's area.
@Test(arguments: [
    // 2008年政府工作报告, 二、（六）: education first.
    ("更加注重社会建设", "（六） 更加注重社会建设，着力保障和改善民生\n坚持优先发展教育。\n一是在全国城乡普遍实行免费义务教育\n继续增加农村义务教育公用经费，提高保障水平。",
     PolicyInstrument.servicesAdministration),
    // 2024年政府工作报告, 三、（十）: jobs first.
    ("切实保障和改善民生", "（十）切实保障和改善民生\n加强和创新社会治理。坚持以人民为中心的发展思想，履行好保基本、兜底线职责，采取更多惠民生、暖民心举措，扎实推进共同富裕，促进社会和谐稳定，不断增强人民群众的获得感、幸福感、安全感。\n多措并举稳就业促增收。就业是最基本的民生。",
     .economicIncentive),
    // 2013年政府工作报告, 一、（三）: 物质文化生活 in the heading's sentence is its aim, not a cultural service.
    ("以保障和改善民生为重点", "（三）以保障和改善民生为重点，全面提高人民物质文化生活水平。\n2003年抗击突如其来的非典疫情给我们的重要启示之一，就是要统筹经济社会发展。这些年我们在发展经济的同时，更加重视保障改善民生和发展社会事业，政府工作力度之大、财政投入资金之多前所未有。千方百计扩大就业。",
     .economicIncentive),
    // 2022年政府工作报告, 三、（四）: science capacity first, R&D tax deductions later.
    ("深入实施创新驱动发展战略", "（四）深入实施创新驱动发展战略，巩固壮大实体经济根基。\n推进科技创新，促进产业优化升级，突破供给约束堵点，依靠创新提高发展质量。\n提升科技创新能力。实施基础研究十年规划，加强长期稳定支持。",
     .servicesAdministration),
    // 2019年政府工作报告, 三、（十）: the money put in first, public services after it.
    ("加快发展社会事业", "（十）加快发展社会事业，更好保障和改善民生。\n今年财政收支平衡压力加大，但基本民生投入确保只增不减。支持社会力量增加非基本公共服务供给，满足群众多层次、多样化需求。发展更加公平更有质量的教育。",
     .economicIncentive),
    // 2007年政府工作报告, 一、（五）: 增加社会事业的投入 before the science, education and health it pays for.
    ("大力发展社会事业", "（五）大力发展社会事业。增加社会事业的投入。全年中央财政用于科技、教育、卫生和文化事业的支出分别为774亿元、536亿元、138亿元和123亿元。\n推进科技创新。",
     .economicIncentive),
    // 2018年政府工作报告, 三、（六）: equal public services across regions first.
    ("扎实推进区域协调发展战略", "（六）扎实推进区域协调发展战略。完善区域发展政策，推进基本公共服务均等化，逐步缩小城乡区域发展差距，把各地比较优势和潜力充分发挥出来。\n塑造区域发展新格局。加强对革命老区、民族地区、边疆地区、贫困地区改革发展的支持。",
     .servicesAdministration),
    // 十九大报告, 五、（四）: support for the old revolutionary, ethnic, border and poor areas first.
    ("实施区域协调发展战略", "（四）实施区域协调发展战略。加大力度支持革命老区、民族地区、边疆地区、贫困地区加快发展，强化举措推进西部大开发形成新格局，深化改革加快东北等老工业基地振兴。",
     .economicIncentive),
])
func aProgrammeNamedAsAWholeIsCodedByTheFirstPartTheTaskNames(headline: String, text: String, code: PolicyInstrument) {
    #expect(PolicyCoder().code(headline: headline, lead: SectionTree.lead(of: text, after: headline), text: text).0 == code)
}

@Test func aProgrammeBesideTheAreaOfAnotherCodeIsCodedByTheHeadline() {
    // 2021年政府工作报告, 一、七是: 依法行政 names rules beside 社会建设.
    let text = "七是加强依法行政和社会建设，社会保持和谐稳定。\n提请全国人大常委会审议法律议案9件，制定修订行政法规37部。认真办理人大代表建议和政协委员提案。广泛开展线上教学，秋季学期实现全面复学。"
    #expect(PolicyCoder().code(headline: "加强依法行政和社会建设", text: text).0 == .legalRegulation)
}
