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
