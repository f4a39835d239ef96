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

/// A change in what a firm or an administration must or may do sets a rule (the codebook's rule 9), wherever
/// the measure's sentence opens with it or 将 sets out what it changes; a pilot allowed is one too.
@Test(arguments: [
    // 国务院关于支持自由贸易试验区深化改革创新若干措施的通知, （三）, （八）, （二十）
    ("将建筑工程施工许可、建筑施工企业安全生产许可等工程审批类权限下放至自贸试验区", "（负责部门：住房城乡建设部）"),
    ("对于自贸试验区内为本省（市）服务的外商投资工程设计（工程勘察除外）企业", "取消首次申请资质时对投资者的工程设计业绩要求"),
    ("支持符合条件的自贸试验区开展汽车平行进口试点", "（负责部门：商务部、工业和信息化部、公安部、生态环境部、交通运输部、海关总署、市场监管总局）"),
    // 国务院关于促进综合保税区高水平开放高质量发展的若干意见, 6., 18.
    ("促进研发创新", "除禁止进境的外，综合保税区内企业从境外进口且在区内用于研发的货物、物品，免于提交许可证件"),
    ("促进跨境电商发展", "支持综合保税区内企业开展跨境电商进出口业务，逐步实现综合保税区全面适用跨境电商零售进口政策"),
])
func aMeasureThatChangesARequirementSetsARule(headline: String, lead: String) {
    #expect(PolicyCoder(forPlans: true).code(headline: headline, lead: lead, text: headline + "。" + lead).0 == .legalRegulation)
}

/// A requirement eased for a payment widens who is paid, and an inspection allowed elsewhere changes how
/// officials check: neither is coded as a rule for its grant.
@Test func aGrantOfAPaymentOrOfACheckIsNoRule() {
    // 国务院关于做好当前和今后一个时期促进就业工作的若干意见, （八）
    let subsidy = PolicyCoder(forPlans: true).code(headline: "放宽技术技能提升补贴申领条件",
        lead: "2019年1月1日至2020年12月31日，将技术技能提升补贴申领条件由企业在职职工参加失业保险3年以上放宽至参保1年以上",
        text: "放宽技术技能提升补贴申领条件。")
    #expect(subsidy.0 == .economicIncentive)
    // 国务院关于促进综合保税区高水平开放高质量发展的若干意见, 16.
    let check = PolicyCoder.requirementChange(in: "综合保税区内企业从境外进口已获批的人用疫苗或体外诊断试剂，允许在具备必要监管查验条件的综合保税区内查验", domain: "")
    #expect(check == nil)
    #expect(PolicyCoder.requirementChange(in: "采用分级授权、等级评价等方式", domain: "") == nil)
    // 国务院办公厅关于对真抓实干成效明显地方进一步加大激励支持力度的通知, 十七、: the reward comes first.
    #expect(PolicyCoder.requirementChange(in: "安排中央预算内投资给予奖励，并优先支持在重大改革和重大政策方面先行先试，促进产业向高端化、集聚化、智能化升级", domain: "") == nil)
}

/// The 1950s' two programmes, named in a speech's topic parts: the 社会主义改造 of ownership changes systems,
/// 社会主义建设 builds the economy.
@Test func theSocialistTransformationOfOwnershipIsARuleAndSocialistConstructionIsSteeredWithMoney() {
    // 1957年政府工作报告, 一、 and 二、
    let transformation = PolicyCoder().code(headline: "关于社会主义革命",
        lead: "1956年，我国基本上完成了对农业、手工业和资本主义工商业在生产资料私有制方面的社会主义改造",
        text: "关于社会主义革命。1956年，我国基本上完成了对农业、手工业和资本主义工商业在生产资料私有制方面的社会主义改造。")
    #expect(transformation.0 == .legalRegulation)
    let construction = PolicyCoder().code(headline: "关于社会主义建设", lead: "我国的社会主义建设是同社会主义革命同时进行的",
        text: "关于社会主义建设。我国的社会主义建设是同社会主义革命同时进行的。")
    #expect(construction.0 == .economicIncentive)
}

/// 支持 a line of business carried out is a permission; 支持 a service run is not (国务院关于支持自由贸易试验区深化改革
/// 创新若干措施的通知, （三十九） and （三十三）).
@Test func supportForCarryingOutABusinessIsAPermissionAndSupportForAServiceIsNot() {
    #expect(PolicyCoder.requirementChange(in: "支持自贸试验区依托适合自身特点的账户体系开展人民币跨境业务", domain: "") == "开展业务")
    #expect(PolicyCoder.requirementChange(in: "支持利用中欧班列开展邮件快件进出口常态化运输", domain: "") == nil)
}

/// A measure that names its recipients by what they achieved (对…成效显著的省（区、市）) is coded by what its lead
/// does to them — a larger share of funds — not by the achievement (高标准农田, 扶贫, 整治), which names no means.
@Test func aRecipientChosenByWhatItAchievedIsCodedByWhatItIsGiven() {
    // 国务院办公厅关于对真抓实干成效明显地方进一步加大激励支持力度的通知, 十、 and 二十九、
    let domain = PolicyCoder.domain(ofTitle: "国务院办公厅关于对真抓实干成效明显地方进一步加大激励支持力度的通知")
    let farmland = PolicyCoder(forPlans: true).code(headline: "对按时完成高标准农田建设任务且成效显著的省（区、市）",
        lead: "根据高标准农田建设考核结果，在分配年度中央财政资金时予以适当倾斜",
        text: "十、对按时完成高标准农田建设任务且成效显著的省（区、市）\n根据高标准农田建设考核结果，在分配年度中央财政资金时予以适当倾斜。（农业农村部负责）", domain: domain)
    #expect(farmland.0 == .economicIncentive)
    let villages = PolicyCoder(forPlans: true).code(headline: "对开展农村人居环境整治成效明显的县（市、区、旗）",
        lead: "在分配年度中央财政资金时予以适当倾斜",
        text: "二十九、对开展农村人居环境整治成效明显的县（市、区、旗）\n在分配年度中央财政资金时予以适当倾斜。（农业农村部、财政部负责）", domain: domain)
    #expect(villages.0 == .economicIncentive)
    // 国家粮食应急预案: a headline that acts on its object (进行评估) keeps it.
    #expect(PolicyCoder.withoutRecipient("对应急处理的效果进行评估") == "对应急处理的效果进行评估")
}

/// 医疗机构 and 卫生健康委 are the bodies a measure binds or names as responsible, not a health service it gives
/// (国务院办公厅关于印发国家组织药品集中采购和使用试点方案的通知, 三、（四）).
@Test func aHospitalNamedAsTheBodyBoundIsNoHealthService() {
    let coded = PolicyCoder(forPlans: true).code(headline: "保证回款",
        lead: "医疗机构作为药款结算第一责任人，应按合同规定与企业及时结算，降低企业交易成本",
        text: "（四）保证回款降低交易成本。医疗机构作为药款结算第一责任人，应按合同规定与企业及时结算，降低企业交易成本。")
    #expect(!coded.1.contains { $0.instrument == .servicesAdministration })
}

/// An article of issued rules is coded by what it does: a sum it fixes pays (tax forgone), a check it makes monitors, and
/// what a person bound must, may or may not do is a rule (the codebook's rules 7 and 9) — not the area its objects name
/// (教育, 贷款, 财政票据). An article that binds an administration is coded as any measure.
@Test(arguments: [
    // 国务院关于印发个人所得税专项附加扣除暂行办法的通知, 第五条, 第十一条, 第七条, 第十九条, 第二十条, 第二十四条, 第二十八条
    ("纳税人的子女接受全日制学历教育的相关支出，按照每个子女每月1000元的标准定额扣除。", PolicyInstrument?.some(.economicIncentive)),
    ("在一个纳税年度内，纳税人发生的与基本医保相关的医药费用支出，扣除医保报销后个人负担（指医保目录范围内的自付部分）累计超过15000元的部分，由纳税人在办理年度汇算清缴时，在80000元限额内据实扣除。", .economicIncentive),
    ("纳税人子女在中国境外接受教育的，纳税人应当留存境外学校录取通知书、留学签证等相关教育的证明资料备查。", .legalRegulation),
    ("住房租金支出由签订租赁住房合同的承租人扣除。", .legalRegulation),
    ("纳税人及其配偶在一个纳税年度内不能同时分别享受住房贷款利息和住房租金专项附加扣除。", .legalRegulation),
    ("纳税人向收款单位索取发票、财政票据、支出凭证，收款单位不能拒绝提供。", .legalRegulation),
    ("税务机关核查专项附加扣除情况时，纳税人任职受雇单位所在地、经常居住地、户籍所在地的公安派出所、居民委员会或者村民委员会等有关单位和个人应当协助核查。", .monitoring),
    // 广东省城镇华侨房屋征收补偿规定 (corpus/laws), 第四条: an administration bound.
    ("市、县级人民政府负责本行政区域的城镇华侨房屋的征收补偿工作。", nil),
])
func anArticleIsCodedByTheSumItFixesTheCheckItMakesOrWhatItsPartyMustDo(lead: String, code: PolicyInstrument?) {
    #expect(PolicyCoder.provision(lead)?.instrument == code)
}

/// An approval's grant of what was asked — a plan approved, a zone or its policies granted — is the act decided and
/// sets a rule (the codebook's rule 9, a status granted), whatever area the plan or the zone names; a grant whose own
/// clause names a means (纳入…部际协调小组统筹指导) is coded by that means.
@Test(arguments: [
    // 国务院关于河北雄安新区总体规划（2018—2035年）的批复, 一
    ("原则同意《河北雄安新区总体规划（2018—2035年）》（以下简称《总体规划》）",
     "一、原则同意《河北雄安新区总体规划（2018—2035年）》（以下简称《总体规划》）。《总体规划》以习近平新时代中国特色社会主义思想为指导，深入贯彻党的十九大和十九届二中、三中全会精神，坚持生态优先、绿色发展，坚持以人民为中心、注重保障和改善民生，坚持保护弘扬中华优秀传统文化、延续历史文脉。",
     PolicyInstrument.legalRegulation),
    // 国务院关于同意乌鲁木齐、昌吉、石河子高新技术产业开发区建设国家自主创新示范区的批复, 一, 二, 三
    ("同意乌鲁木齐、昌吉、石河子3个高新技术产业开发区（以下统称乌鲁木齐、昌吉、石河子高新区）建设国家自主创新示范区",
     "一、同意乌鲁木齐、昌吉、石河子3个高新技术产业开发区（以下统称乌鲁木齐、昌吉、石河子高新区）建设国家自主创新示范区，区域范围为国务院有关部门公布的开发区审核公告确定的四至范围。",
     .legalRegulation),
    ("同意乌鲁木齐、昌吉、石河子高新区享受国家自主创新示范区相关政策",
     "二、同意乌鲁木齐、昌吉、石河子高新区享受国家自主创新示范区相关政策，同时结合自身特点，不断深化简政放权、放管结合、优化服务改革，积极开展科技体制改革和机制创新。",
     .legalRegulation),
    ("同意将乌鲁木齐、昌吉、石河子高新区建设国家自主创新示范区工作纳入国家自主创新示范区部际协调小组统筹指导",
     "三、同意将乌鲁木齐、昌吉、石河子高新区建设国家自主创新示范区工作纳入国家自主创新示范区部际协调小组统筹指导，落实相关政策措施，研究解决发展中的重大问题。",
     .organisationAccountability),
])
func anApprovalsGrantSetsARuleUnlessItsClauseNamesAMeans(headline: String, text: String, code: PolicyInstrument) {
    let coded = PolicyCoder(forPlans: true).code(headline: headline, lead: SectionTree.lead(of: text, after: headline), text: text)
    #expect(coded.0 == code)
}

/// Education aimed at what people believe — political work, socialist education, re-education, a campaign of
/// criticism — is persuasion (publicity_education), as the codebook codes a speech's 教育, 宣传 and 学习; schooling
/// as a service stays a service.
@Test(arguments: [
    // 在中国共产党第九次全国代表大会上的报告 (1969), 四
    ("对于犯错误的人，必须着重于教育和再教育",
     "对于犯错误的人，必须着重于教育和再教育，做耐心的细致的思想政治工作，真正“实行惩前毖后、治病救人的方针，借以达到既要弄清思想又要团结同志这样两个目的。”",
     PolicyInstrument.publicityEducation),
    // 1978年政府工作报告, 二
    ("把揭批“四人帮”的斗争进行到底",
     "二、把揭批“四人帮”的斗争进行到底\n我国人民当前和今后一个时期的头等大事，仍然是把揭批“四人帮”这场伟大斗争进行到底。我们要通过深入揭批“ 四人帮”，进一步分清路线是非，整顿好各方面的工作，恢复和发扬党的优良传统和作风。",
     .publicityEducation),
    // 1959年政府工作报告
    ("认真地进行社会主义、共产主义的思想政治教育，提高学生的社会主义觉悟",
     "为工人阶级的政治服务，为社会主义事业服务，是我们的教育事业的根本出发点。在我们的学校里必须认真地进行社会主义、共产主义的思想政治教育，提高学生的社会主义觉悟；必须使我们的儿童和青年有系统地一步步地掌握文化知识和现代科学成就。",
     .publicityEducation),
    // 2008年政府工作报告, 二、（六）
    ("坚持优先发展教育", "坚持优先发展教育。\n一是在全国城乡普遍实行免费义务教育", .servicesAdministration),
])
func educationAimedAtBeliefsIsPersuasionAndSchoolingAService(headline: String, text: String, code: PolicyInstrument) {
    #expect(PolicyCoder().code(headline: headline, lead: SectionTree.lead(of: text, after: headline), text: text).0 == code)
}

/// A congress's review of a budget, a debt or a fund is monitoring, whatever the money reviewed: the point ends on the
/// act the decision's title closes on (审查监督), not on its domain.
@Test(arguments: [
    // 北京市人民代表大会常务委员会关于加强市级预算审查监督的决定, 一、（三）, 三, 十二
    ("加强政府债务审查监督", "审查监督政府债务重点包括：结合首都城市功能定位及区域发展战略、国民经济和社会发展规划，以及中期财政规划，审查政府债务总规模、新增债务限额的合理性情况"),
    ("加强对预算的初步审查", "市人民政府财政部门应当及时向市人大常委员会预算工作机构通报有关市级预算编制的情况"),
    ("加强预算联网监督工作", "市人大常委会利用现代信息技术开展预算联网监督，实现预算审查监督信息化和智能化"),
])
func aCongressReviewingABudgetMonitorsWhateverTheMoneyReviewed(headline: String, lead: String) {
    let title = "北京市人民代表大会常务委员会关于加强市级预算审查监督的决定"
    let coded = PolicyCoder(forPlans: true).code(headline: headline, lead: lead, text: headline + "。" + lead, domain: PolicyCoder.domain(ofTitle: title))
    #expect(coded.0 == .monitoring)
}

/// A title's word that a point ends on names the domain where the title does not close on it: 消费扶贫 is what 开展
/// governs in the title, and what the point's 动员 (persuasion) asks the firms to join.
@Test func aPointEndingOnTheTitlesDomainIsCodedByItsOwnMeans() {
    // 国务院办公厅关于深入开展消费扶贫助力打赢脱贫攻坚战的指导意见, （三）
    let title = "国务院办公厅关于深入开展消费扶贫助力打赢脱贫攻坚战的指导意见"
    let coded = PolicyCoder(forPlans: true).code(headline: "动员民营企业等社会力量参与消费扶贫",
        lead: "将消费扶贫纳入“万企帮万村”精准扶贫行动，鼓励民营企业采取“以购代捐”、“以买代帮”等方式采购贫困地区产品和服务",
        text: "动员民营企业等社会力量参与消费扶贫。", domain: PolicyCoder.domain(ofTitle: title))
    #expect(coded.0 == .publicityEducation)
}

/// Setting up or dissolving a body, and a body's functions, organise (组织领导与责任), whatever the body is charged with.
@Test(arguments: [
    // 上海市人民代表大会常务委员会关于促进和保障长三角生态绿色一体化发展示范区建设若干问题的决定, 三
    ("上海市会同江苏省、浙江省（以下简称两省一市）联合成立的示范区理事会", "作为示范区建设重要事项的决策平台，负责研究确定示范区建设的发展规划、改革事项和支持政策，协调推进重大项目"),
    // 国务院关于同意建立国务院职业教育工作部际联席会议制度的批复
    ("撤销职业教育工作部际联席会议", "其职能并入国务院职业教育工作部际联席会议"),
    ("主要职能", "贯彻落实党中央、国务院关于职业教育工作的重大决策部署；统筹协调全国职业教育工作，研究解决职业教育重大问题"),
])
func aBodySetUpDissolvedOrChargedOrganises(headline: String, lead: String) {
    #expect(PolicyCoder(forPlans: true).code(headline: headline, lead: lead, text: headline + "。" + lead).0 == .organisationAccountability)
}

/// Support followed in its clause by another means is that means (the codebook's rule 6), even where the title names
/// it; a manner (依法合规) is no other means, and support alone is money.
@Test func supportIsMoneyOnlyWhereNoOtherMeansFollowsIt() {
    // 上海市人民代表大会常务委员会关于进一步促进和保障“一网通办”改革的决定, 六
    let reform = PolicyCoder(forPlans: true).code(headline: "本市支持“一业一证”改革",
        lead: "将一个行业准入涉及的多张许可证整合为一张行业综合许可证，通过“一网通办”平台集成办理",
        text: "本市支持“一业一证”改革。", domain: PolicyCoder.domain(ofTitle: "上海市人民代表大会常务委员会关于进一步促进和保障“一网通办”改革的决定"))
    #expect(reform.0 == .legalRegulation)
    // 国务院关于支持自由贸易试验区深化改革创新若干措施的通知, （二十一）
    let headline = "支持在自贸试验区依法合规建设能源、工业原材料、大宗农产品等国际贸易平台和现货交易市场"
    let platform = PolicyCoder(forPlans: true).code(headline: headline, lead: "（负责部门：商务部）", text: headline + "。",
        domain: PolicyCoder.domain(ofTitle: "国务院关于支持自由贸易试验区深化改革创新若干措施的通知"))
    #expect(platform.0 == .economicIncentive)
}

/// A body's practical needs (实际需求) name no area of demand: the congress's point is the rules it makes.
@Test func aCongressMakingRulesForItsPracticalNeedsSetsRules() {
    // 上海市人民代表大会常务委员会关于进一步促进和保障“一网通办”改革的决定, 十四
    let lead = "制定、修改相关地方性法规或者在有关地方性法规中作出规定，促进和保障“一网通办”改革"
    let coded = PolicyCoder(forPlans: true).code(headline: "市人民代表大会常务委员会围绕“一网通办”改革的实际需求", lead: lead, text: lead,
        domain: PolicyCoder.domain(ofTitle: "上海市人民代表大会常务委员会关于进一步促进和保障“一网通办”改革的决定"))
    #expect(coded.0 == .legalRegulation)
}

/// Transforming the government's functions is a reform of the government's institutions (rule 5, as 机构改革).
@Test func transformingTheGovernmentsFunctionsIsAReformOfInstitutions() {
    // 2005年政府工作报告
    #expect(PolicyCoder().code(headline: "加快转变政府职能", text: "加快转变政府职能。").0 == .legalRegulation)
}

/// A 对…的 phrase is the recipient however long what it names, and where it ends on its 的: the lead says what is done.
@Test func aLongRecipientOrAConditionNamesNoMeans() {
    // 国务院办公厅关于印发文化体制改革中经营性文化事业单位转制为企业和进一步支持文化企业发展两个规定的通知, （二十五） and （九）
    let taxes = "对经营性文化事业单位转制中资产评估增值、资产转让或划转涉及的企业所得税、增值税、城市维护建设税、契税等"
    #expect(PolicyCoder.withoutRecipient(taxes) == "")
    #expect(PolicyCoder(forPlans: true).code(headline: taxes, lead: "符合现行规定的享受相应税收优惠政策", text: taxes + "，符合现行规定的享受相应税收优惠政策。").0 == .economicIncentive)
    #expect(PolicyCoder.withoutRecipient("对投资兴办文化企业的") == "")
}

/// A notice that fixes the days everyone rests and works lays down what every person and employer must keep (rule 9),
/// though its headline is only the holiday's name.
@Test(arguments: [
    // 国务院办公厅关于2019年部分节假日安排的通知, 一 and 三
    ("元旦", "2018年12月30日至2019年1月1日放假调休，共3天", "2018年12月30日至2019年1月1日放假调休，共3天。2018年12月29日（星期六）上班。"),
    ("清明节", "4月5日放假，与周末连休", "三、清明节：4月5日放假，与周末连休。"),
])
func aNoticeFixingTheDaysOffSetsARule(headline: String, lead: String, text: String) {
    let coded = PolicyCoder(forPlans: true).code(headline: headline, lead: lead, text: text,
        domain: PolicyCoder.domain(ofTitle: "国务院办公厅关于2019年部分节假日安排的通知"))
    #expect(coded.0 == .legalRegulation)
}

/// A decision in one act does what its title names: the title's word after 决定 is the act (an adjustment of members
/// organises, an award pays), not the document's domain; 本决定 names the document and decides nothing.
@Test(arguments: [
    // 国务院办公厅关于调整国家教材委员会组成人员的通知
    ("国务院办公厅关于调整国家教材委员会组成人员的通知", "根据机构设置、人员变动情况和工作需要",
     "国务院决定对国家教材委员会组成人员进行调整", PolicyInstrument.organisationAccountability),
    // 国务院关于2018年度国家科学技术奖励的决定
    ("国务院关于2018年度国家科学技术奖励的决定", "为深入贯彻落实习近平新时代中国特色社会主义思想",
     "全面贯彻党的十九大和十九届二中、三中全会精神，坚定实施科教兴国战略、人才强国战略和创新驱动发展战略，国务院决定，对为我国科学技术进步、经济社会发展、国防现代化建设作出突出贡献的科学技术人员和组织给予奖励",
     .economicIncentive),
])
func aDecisionInOneActIsCodedByTheActItsTitleNames(title: String, headline: String, lead: String, code: PolicyInstrument) {
    let coded = PolicyCoder(forPlans: true).code(headline: headline, lead: lead, text: headline + "，" + lead + "。",
        domain: PolicyCoder.domain(ofTitle: title))
    #expect(coded.0 == code)
}

/// A supervising body's own means — hearing and deliberating reports, inspecting how laws are enforced, questioning — are
/// checks (rule 7), not the law or the enforcement they check.
@Test func aStandingCommitteesHearingsAndInspectionsAreMonitoring() {
    // 北京市人民代表大会常务委员会关于加强市级预算审查监督的决定, 四、加强对预算执行的监督
    let lead = "市人大常委会可以采取听取审议专项工作报告、执法检查、规范性文件备案审查、询问和质询、特定问题调查等方式，加强对重点收支政策贯彻实施、重点领域财政资金分配和使用、重大财税改革和政策调整、政府债务管理情况等方面的监督"
    #expect(PolicyCoder(forPlans: true).code(headline: "", lead: lead, text: lead + "。").0 == .monitoring)
    #expect(PolicyCoder(forPlans: true).code(headline: "开展执法检查", text: "开展执法检查。").0 == .monitoring)
}

/// A 街道办事处 is an office the duty binds, not a service of 便民办事: the duty's means decide (落实属地责任).
@Test func aStreetOfficeIsNoService() {
    // 北京市人民代表大会常务委员会关于依法防控新型冠状病毒感染肺炎疫情坚决打赢疫情防控阻击战的决定, 二
    let headline = "乡、镇人民政府和街道办事处应当依法执行疫情防控要求"
    let lead = "落实属地责任，组织指导社区（村）、物业服务企业、志愿者组织等有针对性地采取防控措施，做好本辖区的防控工作"
    let coded = PolicyCoder(forPlans: true).code(headline: headline, lead: lead, text: headline + "，" + lead + "。",
        domain: PolicyCoder.domain(ofTitle: "北京市人民代表大会常务委员会关于依法防控新型冠状病毒感染肺炎疫情  坚决打赢疫情防控阻击战的决定"))
    #expect(coded.0 == .organisationAccountability)
}

/// Publishing budgets and final accounts to the public is publicity (rule 8), whatever it serves.
@Test func publishingBudgetsIsPublicity() {
    // 北京市人民代表大会常务委员会关于加强市级预算审查监督的决定, 一（七）
    let text = "进一步推进预算决算公开，提高预算决算透明度。以公开为常态、不公开为例外，监督市人民政府及其部门和单位依法及时公开预算决算信息，细化政府和部门预算决算公开内容及相关报表，主动回应社会普遍关注的问题，接受社会监督。"
    let coded = PolicyCoder(forPlans: true).code(headline: "进一步推进预算决算公开", lead: "提高预算决算透明度", text: text,
        domain: PolicyCoder.domain(ofTitle: "北京市人民代表大会常务委员会关于加强市级预算审查监督的决定"))
    #expect(coded.0 == .publicityEducation)
}

/// The title of test21's Shandong resolution, whose points the procuratorates' supervision tests read.
private let procuratorateResolution = PolicyCoder.domain(ofTitle: "山东省人民代表大会常务委员会关于加强新时代检察机关法律监督工作的决议")

/// A headline that assesses its subject (…是…的重要手段) names its means in the subject: the assessment after 是 names none
/// (rule 2), and a procuratorate's 检察监督 is the supervision the resolution's title closes on (法律监督), a check (rule 7).
@Test func anAssessedHeadlineIsCodedByTheSupervisionItsSubjectNames() {
    // 山东省人民代表大会常务委员会关于加强新时代检察机关法律监督工作的决议, 三 and 四
    let civil = "民事检察监督工作是依法平等保护当事人合法权益的重要手段"
    let civilLead = "全省各级检察机关应当坚持以人民群众司法需求为导向，全面开展民事检察监督工作，维护社会公平正义和司法权威"
    #expect(PolicyCoder(forPlans: true).code(headline: civil, lead: civilLead, text: civil + "。" + civilLead + "。", domain: procuratorateResolution).0 == .monitoring)
    let administrative = "行政检察监督工作是保证依法公正审理行政案件、明确行政责任、规范行政行为的重要手段"
    let administrativeLead = "全省各级检察机关应当充分履行行政诉讼和行政执法检察监督职责，积极构建多元化行政检察工作新格局，促进依法行政和公正司法"
    let coded = PolicyCoder(forPlans: true).code(headline: administrative, lead: administrativeLead,
        text: administrative + "。" + administrativeLead + "。", domain: procuratorateResolution)
    #expect(coded.0 == .monitoring)
}

/// A gloss that defines what a task means (这就是…) names no means (rule 2): the task's own words before it decide.
@Test func aGlossAfterATaskNamesNoMeans() {
    // 1954年政府工作报告: 必須逐步實行對農業的社會主義改造，這就是逐步改變農業中的落後的個體經營…
    let headline = "逐步實行對農業的社會主義改造，這就是逐步改變農業中的落後的個體經營，按自願的原則"
    let text = "爲了使農業能够更快地和更有計劃地發展，必須" + headline + "用互助組和合作社的形式把農民組織起來進行集體的生産。"
    #expect(PolicyCoder().code(headline: headline, text: text).0 == .legalRegulation)
}

/// Suits a procuratorate brings or presses against those who harm the public interest (公益诉讼) are proceedings against the
/// wrongdoers: enforcement.
@Test func aPublicInterestSuitIsEnforcement() {
    // 山东省人民代表大会常务委员会关于加强新时代检察机关法律监督工作的决议, 五
    let headline = "检察机关提起公益诉讼制度是新时代维护国家利益和社会公共利益的重要举措"
    let lead = "全省各级检察机关应当充分运用督促起诉、支持起诉、提出检察建议、提起公益诉讼等监督方式，全面加强公益诉讼工作"
    let coded = PolicyCoder(forPlans: true).code(headline: headline, lead: lead, text: headline + "。" + lead + "。", domain: procuratorateResolution)
    #expect(coded.0 == .enforcement)
}

/// Liaison between bodies (加强与检察机关的沟通联系) is coordination (organisation), whatever support it comes with.
@Test func liaisonWithAnotherBodyIsCoordination() {
    // 山东省人民代表大会常务委员会关于加强新时代检察机关法律监督工作的决议, 八
    let headline = "全省各级人民政府、监察机关、公安机关、司法行政机关、新闻媒体应当加强与检察机关的沟通联系"
    let lead = "为检察机关开展法律监督工作提供必要的支持和保障"
    let coded = PolicyCoder(forPlans: true).code(headline: headline, lead: lead, text: headline + "，" + lead + "。", domain: procuratorateResolution)
    #expect(coded.0 == .organisationAccountability)
}
