import Testing
@testable import Extraction

/// Henan's Standing Committee resolutions (test22), whose numbered points direct the governments and the congresses.
private let waterResolution = "河南省人民代表大会常务委员会关于进一步加强水污染防治工作的决议"
private let sarsResolution = "河南省人大常委会关于努力夺取传染性非典型肺炎防治工作和经济建设双胜利的决议"
private let taxResolution = "河南省人民代表大会常务委员会关于进一步加强省地方税务工作的决议"

private func coded(_ title: String, _ headline: String, _ text: String) -> PolicyInstrument? {
    let lead = SectionTree.lead(of: text, after: headline)
    return PolicyCoder(forPlans: true).code(headline: headline, lead: lead, text: text, domain: PolicyCoder.domain(ofTitle: title)).0
}

/// A point headed as an understanding (提高认识, 转变观念) is coded by the first clause with a cue in the first sentence of its
/// body that commits someone to an act, not by the words of the view it asks for nor by the background before the commitment.
@Test func aPointHeadedAsAnUnderstandingIsCodedByItsFirstCommitment() {
    // the SARS resolution, 一: leadership first, then the epidemic watched
    let sars = "提高认识，认清形势，坚定信心，克服麻痹思想，进一步加强非典防治工作。非典防治工作事关全局、责任重大。我省流动人口多，外出务工返乡人员数量多，"
        + "防治非典任务十分艰巨。全省各级人民政府要在认真总结前段工作的基础上，继续按照党中央、国务院的指示和省委的部署，进一步加强领导，密切关注疫情动态，把各项应对措施落到实处。"
    #expect(coded(sarsResolution, "提高认识", sars) == .organisationAccountability)
    // the taxation resolution, 一: after the understanding asked for, the growth of taxes and the economy they steer
    let tax = "提高认识，正确处理依法征管与经济社会发展的关系。税收是国家财政收入的主要来源，是国家宏观调控的重要手段，对促进经济建设和社会各项事业的发展具有重要意义。"
        + "各级人民政府要进一步提高对地方税务工作重要性的认识，正确处理好税收增长与经济社会发展的关系，紧紧围绕发展这个执政兴国的第一要务，充分发挥税收对经济的调控职能。"
    #expect(coded(taxResolution, "提高认识", tax) == .economicIncentive)
}

/// A law named as what is publicised or carried out is that act's object, no rule made: the publicity decides.
@Test(arguments: [
    (waterResolution, "认真做好水污染防治法等环保法律、法规的宣传教育工作，增强水忧患意识和依法治水的责任感。"),
    (sarsResolution, "进一步做好《传染病防治法》等法律、法规的宣传贯彻工作。《传染病防治法》从法律上明确了公民、社会有关组织和政府有关部门在传染病防治工作中的责任。"),
])
func aLawPublicisedIsPublicityNotARule(title: String, text: String) {
    #expect(coded(title, SectionTree.firstClause(text), text) == .publicityEducation)
    #expect(PolicyCoder().code(headline: "加强立法", text: "加强立法").0 == .legalRegulation)
}

/// A responsibility system (行政首长负责制, 责任追究制) says who answers for the work, and the staff who enforce are whom a point
/// builds: organisation and accountability, not the enforcement they serve or the punishment they may end in.
@Test(arguments: [
    (waterResolution, "实行环境质量行政首长负责制，全面推进水污染防治工作。各级人民政府要切实履行对本辖区环境质量负责的法定职责，实行环境质量行政首长负责制。"),
    (waterResolution, "建立和完善环保责任追究制，加大环境违法惩戒力度。各级人民政府及其环保部门要认真贯彻执行水污染防治法等环保法律、法规，加强环保队伍建设。"),
    (taxResolution, "加强队伍建设、提高地税执法人员整体素质。要认真抓好地方税务机关各级领导班子建设。"),
])
func aResponsibilitySystemOrTheStaffWhoEnforceAreOrganisation(title: String, text: String) {
    #expect(coded(title, SectionTree.firstClause(text), text) == .organisationAccountability)
}

/// A headline that closes on a list of means (立法和监督) is coded by its first member (the codebook's rule 3), and an act that
/// orders implementing rules drawn up (制定…实施细则) makes rules.
@Test func aListOfMeansIsCodedByItsFirstAndImplementingRulesAreRules() {
    let water = "加强水污染防治地方立法和监督工作，切实增强监督实效。要结合我省实际，加强水污染防治地方立法，为水污染防治工作提供执法依据。"
    #expect(coded(waterResolution, SectionTree.firstClause(water), water) == .legalRegulation)
    // 河南省第六届人民代表大会关于进一步开展全民义务植树运动的决议, 五
    let rules = "会议责成省人民政府根据本决议精神，制定《河南省开展全民义务植树运动的实施细则》，提交省六届人大常委会审议通过，并公布施行。"
    #expect(coded("河南省第六届人民代表大会关于进一步开展全民义务植树运动的决议", SectionTree.firstClause(rules), rules) == .legalRegulation)
}
