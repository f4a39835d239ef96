import Testing
@testable import Extraction

@Test func aMeasureThatGrantsAPermissionSetsARuleWhateverItsHeadlineSupports() {
    // 国务院关于促进综合保税区高水平开放高质量发展的若干意见, （十六）
    let lead = "允许综合保税区内企业开展高技术含量、高附加值的航空航天、工程机械、数控机床等再制造业务"
    let coded = PolicyCoder(forPlans: true).code(headline: "支持再制造业", lead: lead, text: "支持再制造业。" + lead + "。（商务部、发展改革委、工业和信息化部、海关总署负责）")
    #expect(coded.0 == .legalRegulation)
}

/// Work reports' broad tasks of the 2010s and 2020s, coded by the area their headline governs.
@Test(arguments: [
    ("推动形成绿色生产生活方式", PolicyInstrument.enforcement),
    ("推动绿色发展", .enforcement),
    ("强化创新引领", .servicesAdministration),
    ("坚持创新驱动发展", .servicesAdministration),
    ("以创新引领实体经济转型升级", .economicIncentive),
    ("全面推进乡村振兴", .economicIncentive),
    ("着力稳增长调结构防风险", .economicIncentive),
])
func greenDevelopmentIsFoughtInnovationServedAndTheRealEconomyAndCountrysideSteeredWithMoney(headline: String, code: PolicyInstrument) {
    #expect(PolicyCoder().code(headline: headline, text: headline).0 == code)
}

/// A platform that holds the data of a check is the check's, as 举报制度 is a means of monitoring.
@Test(arguments: [
    // 国务院办公厅关于加强三级公立医院绩效考核工作的意见, 三、（三）
    ("完善满意度调查平台", "国家建立公立医院满意度管理制度，根据满意度调查结果，不断完善公立医院建设、发展和管理工作"),
    // 国务院办公厅关于全面推行行政规范性文件合法性审核机制的指导意见, 三、（九）
    ("发挥审核管理信息平台作用", "要积极探索利用信息化手段推进规范性文件合法性审核机制建设，完善合法性审核管理信息平台，制定建设标准"),
])
func aPlatformForTheDataOfACheckIsMonitoring(headline: String, lead: String) {
    #expect(PolicyCoder(forPlans: true).code(headline: headline, lead: lead, text: headline + "。" + lead).0 == .monitoring)
}
