import Testing
@testable import Extraction

/// A State Council programme and order of `laws/行政法规` (test23) and the notice of State Council 18 (test10): points on how a
/// body is built, staffed and paid, rules on what may be used or set up, and grants of power.
private let arbitration = "重新组建仲裁机构方案"
private let units = "国务院关于在我国统一实行法定计量单位的命令"
private let culture = "国务院办公厅关于印发文化体制改革中经营性文化事业单位转制为企业和进一步支持文化企业发展两个规定的通知"

private func coded(_ title: String, _ text: String, headline: String? = nil) -> PolicyInstrument? {
    let headline = headline ?? SectionTree.firstClause(text)
    let lead = SectionTree.lead(of: text, after: headline)
    return PolicyCoder(forPlans: true).code(headline: headline, lead: lead, text: text, domain: PolicyCoder.domain(ofTitle: title)).0
}

/// The posts, appointment and pay of a body's staff (专职, 聘任, 聘用, its 编制, 报酬, 薪酬) are organisation and accountability (the
/// codebook's rule 6), not the money or the office they name beside them.
@Test(arguments: [
    (arbitration, "仲裁委员会不设专职仲裁员。"),
    (arbitration, "聘任仲裁员、聘用办事机构工作人员，应当优先从现有仲裁机构符合条件的仲裁员、工作人员中考虑。"),
    (culture, "完善国有文化企业负责人薪酬管理机制，国有独资及国有控股公司的负责人收入分配应与社会效益和经济效益综合评价考核结果挂钩。"),
])
func postsAppointmentAndPayOfStaffAreOrganisation(title: String, text: String) {
    #expect(coded(title, text) == .organisationAccountability)
}

/// 编制 is a body's posts only as a noun after 的 (关于仲裁委员会的编制、经费和用房: the list's first member decides); as a verb it
/// drafts what follows (编制…标准), and a public institution's posts cancelled (核销事业编制) are no posts given.
@Test func aBodysPostsAreANounNotTheVerbThatDrafts() {
    let posts = "关于仲裁委员会的编制、经费和用房。仲裁委员会设立初期，其所在地的市人民政府应当参照有关事业单位的规定，解决仲裁委员会的人员编制、经费、用房等。"
    #expect(coded(arbitration, posts, headline: "关于仲裁委员会的编制、经费和用房") == .organisationAccountability)
    // State Council 60, 形成标准规范: the standards drafted decide
    let standards = "形成标准规范。编制集约化平台建设标准，对平台上各类信息数据的分类、格式和接口等提出要求，制定信息数据标准规范。"
    #expect(coded("国务院办公厅关于印发《政府网站集约化试点工作方案》的通知", standards) == .legalRegulation)
}

/// A body set up under the one setting it up (下设办事机构) is organisation; a clause that only permits or limits which bodies may
/// be set up (只能组建…，不得…设立) is a rule; a body only named by its setting up (新组建的仲裁委员会的名称…) is the subject of
/// what the clause goes on to do, which decides.
@Test func aBodySetUpIsToldApartFromARuleOnBodiesAndABodyNamed() {
    #expect(coded(arbitration, "仲裁委员会下设办事机构，负责办理仲裁案件受理、仲裁文书送达、档案管理、仲裁费用的收取与管理等事务。") == .organisationAccountability)
    #expect(coded(arbitration, "依法可以设立仲裁委员会的市只能组建一个统一的仲裁委员会，不得按照不同专业设立专业仲裁委员会或者专业仲裁庭。") == .legalRegulation)
    #expect(coded(arbitration, "新组建的仲裁委员会的名称应当规范，一律在仲裁委员会之前冠以仲裁委员会所在市的地名(地名＋仲裁委员会)。") == .legalRegulation)
    #expect(coded(arbitration, "仲裁员由依法重新组建的仲裁委员会聘任。仲裁委员会应当主要在本省、自治区、直辖市范围内符合仲裁法第十三条规定的人员中聘任仲裁员。")
        == .organisationAccountability)
    // 长三角's decision (test18): the council two provinces and a city set up, the clause ending on it
    #expect(PolicyCoder.bodySetUp(in: "上海市会同江苏省、浙江省联合成立的示范区理事会") == "成立")
}

/// A lead that opens with 由 names who does the act: the headline before it is the act's occasion, and the lead decides.
@Test func aLeadOpeningWithItsAgentDecides() {
    #expect(coded(arbitration, "仲裁员办理仲裁案件，由仲裁委员会依照仲裁规则的规定给付报酬。仲裁员没有办理仲裁案件的，不能取得报酬或者其他费用。")
        == .organisationAccountability)
}

/// What may be used and until when (可以延续使用), what is used without exception (一律采用) and a power handed to a body (授权…审查和
/// 批准) are set by rule (the codebook's rules 8 and 9); the body made responsible for carrying an order out (负责贯彻执行) is
/// organisation and accountability.
@Test func anOrdersPointsAreRulesAndTheBodyResponsible() {
    #expect(coded(units, "我国的计量单位一律采用《中华人民共和国法定计量单位》(缚后)。") == .legalRegulation)
    #expect(coded(units, "我国目前在人民生活中采用的市制计量单位，可以延续使用到一九九0年，一九九0年底以前要完成向国家法定计量单位的过渡。")
        == .legalRegulation)
    #expect(coded(units, "本命令责成国家计量局负责贯彻执行。") == .organisationAccountability)
    let grant = "会议同意国务院的建议，授权全国人民代表大会常务委员会审查和批准我国第二个五年计划后两年的国民经济调整计划和相应的国家预算。"
    #expect(coded("第二届全国人民代表大会第三次会议关于政府工作报告的决议", grant) == .legalRegulation)
    #expect(coded("第二届全国人民代表大会第三次会议关于政府工作报告的决议", grant, headline: "授权全国人民代表大会常务委员会审查和批准") == .legalRegulation)
}

/// A payment forgone (可免缴国有资本收益) is money (rule 5's money named), and a report made on a schedule (定期报告财务状况) is a check
/// (monitoring: statistics and reporting), whatever the document's area.
@Test func aPaymentForgoneIsMoneyAndAScheduledReportIsACheck() {
    #expect(coded(culture, "经省级人民政府批准，2020年年底前省属重点文化企业可免缴国有资本收益。") == .economicIncentive)
    #expect(coded(culture, "国有文化企业依照相关规定定期报告财务状况、生产经营状况、国有资产保值增值状况和社会效益情况。加强国有文化企业社会效益和经济效益综合考核。")
        == .monitoring)
}

/// A lead opening with 可以 is a permission unless its first clause names money first: then who may be paid is widened, and the
/// money decides (指导外商投资方向规定, 2002: …列入《中西部地区外商投资优势产业目录》的，可以享受鼓励类外商投资项目优惠政策).
@Test func aPermissionThatNamesMoneyFirstIsMoney() {
    let coder = PolicyCoder(forPlans: true)
    #expect(coder.code(headline: "列入《中西部地区外商投资优势产业目录》的", lead: "可以享受鼓励类外商投资项目优惠政策",
                       text: "列入《中西部地区外商投资优势产业目录》的，可以享受鼓励类外商投资项目优惠政策。").0 == .economicIncentive)
    #expect(coder.code(headline: "经营国家没有统一定价的新技术产品", lead: "可以自行定价",
                       text: "经营国家没有统一定价的新技术产品，可以自行定价。").0 == .legalRegulation)
}
