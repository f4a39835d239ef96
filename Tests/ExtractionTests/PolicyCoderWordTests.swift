import Testing
@testable import Extraction

/// A cue bound into a longer word is that word's part: 服务组织 is a body, 标准版 a version, 高标准 an
/// adjective — none of them a service given or a standard set.
@Test(arguments: [
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
    // 国务院办公厅关于印发《政府网站集约化试点工作方案》的通知, 三、（四）
    let cues = PolicyCoder(forPlans: true).code(headline: "提供一体化服务", text: "提供一体化服务").1
    #expect(cues.contains { $0.cue == "服务" })
}

/// 管理 and 平台 alone name what is run or built, not how (the codebook's rule 2, as 加强 or 完善): the means
/// the measure names next decides, not a service.
@Test(arguments: [
    // 1988年政府工作报告, 五、: the check the rest of the heading names
    ("加强物价管理和工商行政管理", "建立和健全群众性的社会监督制度", "", false, PolicyInstrument.monitoring),
    // 国务院办公厅关于全面推行行政规范性文件合法性审核机制的指导意见, 二、（三）: the standards of what is reviewed
    ("明确审核范围", "各地区、各部门要结合工作实际，从制定主体、公文种类、管理事项等方面，确定纳入规范性文件合法性审核的标准和范围",
     "国务院办公厅关于全面推行行政规范性文件合法性审核机制的指导意见", true, .legalRegulation),
    // 国务院办公厅关于全面推行行政执法公示制度执法全过程记录制度重大执法决定法制审核制度的指导意见, （十五）: a system for
    // the data of enforcement (rule 8)
    ("加强信息化平台建设", "依托大数据、云计算等信息技术手段，大力推进行政执法综合管理监督信息系统建设，充分利用已有信息系统和数据资源",
     "国务院办公厅关于全面推行行政执法公示制度执法全过程记录制度重大执法决定法制审核制度的指导意见", true, .monitoring),
] as [(String, String, String, Bool, PolicyInstrument)])
func whatIsManagedOrBuiltOnAPlatformNamesNoMeans(headline: String, lead: String, domain: String, forPlans: Bool, code: PolicyInstrument) {
    let coded = PolicyCoder(forPlans: forPlans).code(headline: headline, lead: lead, text: headline + "。" + lead + "。", domain: domain)
    #expect(coded.0 == code)
    #expect(!coded.1.contains { $0.cue == "管理" || $0.cue == "平台" })
}
