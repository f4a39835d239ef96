import Testing
@testable import Extraction

/// A cue bound into a longer word is that word's part: 管理权 is a power, 服务组织 a body, 标准版 a version,
/// 高标准 an adjective — none of them a service given or a standard set.
@Test(arguments: [
    // 国务院办公厅关于抓好赋予科研机构和人员更大自主权有关文件贯彻落实工作的通知, 三、（二）
    ("推动预算调剂和仪器采购管理权落实到位", "管理"),
    // 国务院关于加快推进农业机械化和农机装备产业转型升级的指导意见, （十二）
    ("发展农机社会化服务组织", "服务"),
    // 国务院关于支持自由贸易试验区深化改革创新若干措施的通知, （十六）
    ("国际贸易“单一窗口”标准版增加航空、铁路舱单申报功能", "标准"),
    // 国务院关于加快推进农业机械化和农机装备产业转型升级的指导意见, （十五）
    ("有条件的地区可以将晒场、烘干、机具库棚等配套设施纳入高标准农田建设范围", "标准"),
])
func aCueInsideALongerWordIsNotMatched(headline: String, cue: String) {
    let cues = PolicyCoder(forPlans: true).code(headline: headline, text: headline).1
    #expect(!cues.contains { $0.cue == cue })
}

@Test func aCueStandingAsAWordIsStillMatched() {
    // 1988年政府工作报告, 五、
    let cues = PolicyCoder().code(headline: "加强物价管理和工商行政管理", text: "加强物价管理和工商行政管理").1
    #expect(cues.contains { $0.cue == "管理" })
}
