import Testing
@testable import Extraction

/// The Beijing Standing Committee's decision on the epidemic (test19), whose points lay duties.
private let epidemicDecision = "北京市人民代表大会常务委员会关于依法防控新型冠状病毒感染肺炎疫情  坚决打赢疫情防控阻击战的决定"

/// A point of a decision or a plan that lays a duty on firms, units or persons sets by rule what they must do (the
/// codebook's rule 9), whatever the duty is about and whatever the words that describe who is bound.
@Test(arguments: [
    // the epidemic decision, 四
    (epidemicDecision, "在本市行政区域内居住、工作、生活、学习、旅游以及从事其他活动的个人", "应当增强法治意识，自觉遵守法律法规规定，依法履行疫情防控的法律义务"),
    // the epidemic decision, 三
    (epidemicDecision, "本市行政区域内的机关、企业事业单位、社会团体和其他组织应当依法做好本单位的疫情防控工作",
     "建立健全防控工作责任制和管理制度，配备必要的防护物品、设施，加强对本单位人员的健康监测"),
    // 国务院关于印发国家职业教育改革实施方案的通知, （十）
    ("国务院关于印发国家职业教育改革实施方案的通知", "推动校企全面加强深度合作",
     "职业院校应当根据自身特点和人才培养需要，主动与具备条件的企业在人才培养、技术创新、就业创业、社会服务、文化传承等方面开展合作"),
])
func aDutyLaidOnFirmsUnitsOrPersonsSetsARule(title: String, headline: String, lead: String) {
    let coded = PolicyCoder(forPlans: true).code(headline: headline, lead: lead, text: headline + "，" + lead, domain: PolicyCoder.domain(ofTitle: title))
    #expect(coded.0 == .legalRegulation)
}

/// A duty laid on administrations alone is coded by its means, as any act of government is.
@Test func aDutyLaidOnAnAdministrationIsCodedByItsMeans() {
    // 国务院办公厅关于印发文化体制改革中经营性文化事业单位转制为企业和进一步支持文化企业发展两个规定的通知, （九）
    #expect(PolicyCoder.duty(in: "对投资兴办文化企业的，有关行政主管部门应当提高行政审批效率，并不得收取国家规定之外的任何附加费用") == nil)
    // 北京市人民代表大会常务委员会关于依法防控新型冠状病毒感染肺炎疫情 坚决打赢疫情防控阻击战的决定, 二
    #expect(PolicyCoder.duty(in: "乡、镇人民政府和街道办事处应当依法执行疫情防控要求，落实属地责任") == nil)
}

/// A filing a rule requires (按…规定办理审批手续) is what the builder must do, a rule, not a service given.
@Test func aFilingARuleRequiresIsARequirement() {
    // 国务院办公厅关于广东与香港、澳门合建自动气象站网有关问题的复函, 三
    let coded = PolicyCoder(forPlans: true).code(headline: "合建的气象专用网", lead: "应按有关通信出入境管理的规定办理审批手续，并报国家安全部门和通信主管部门备案",
                                                  text: "三、合建的气象专用网，应按有关通信出入境管理的规定办理审批手续，并报国家安全部门和通信主管部门备案。")
    #expect(coded.0 == .legalRegulation)
    #expect(PolicyCoder.isRequiredByRule("按照国家规定办理退休手续"))
    // 国务院办公厅关于有效发挥政府性融资担保基金作用切实支持小微企业和“三农”发展的指导意见, （二十二）: a filing made simpler, by no rule named
    #expect(!PolicyCoder.isRequiredByRule("简化审核手续"))
}

/// Who sits on a body (its 组成人员) is organisation: the posts of its staff, whatever they are bound to.
@Test func theMembersOfABodyAreOrganisation() {
    // 国务院关于印发《国务院工作规则》的通知, 五十二 and 五
    let domain = PolicyCoder.domain(ofTitle: "国务院关于印发《国务院工作规则》的通知")
    let lead = "如有不同意见可在国务院内部提出，在没有重新作出决定前，不得有任何与国务院决定相违背的言论和行为"
    let bound = PolicyCoder(forPlans: true).code(headline: "国务院组成人员必须坚决执行国务院的决定", lead: lead,
                                                 text: "国务院组成人员必须坚决执行国务院的决定，" + lead, domain: domain)
    #expect(bound.0 == .organisationAccountability)
    let members = PolicyCoder(forPlans: true).code(headline: "国务院由下列人员组成", lead: "总理、副总理、国务委员、各部部长、各委员会主任、人民银行行长、审计长、秘书长",
                                                   text: "国务院由下列人员组成：总理、副总理、国务委员、各部部长、各委员会主任、人民银行行长、审计长、秘书长。", domain: domain)
    #expect(members.0 == .organisationAccountability)
}

/// A duty whose lead names the money paid is coded by the money, as a grant of a payment is.
@Test func aDutyToPayIsCodedByTheMoney() {
    // 国务院办公厅关于印发文化体制改革中经营性文化事业单位转制为企业和进一步支持文化企业发展两个规定的通知, （十九）
    let lead = "转制时，对提前离岗人员所需的基本待遇及各项社会保险费、分流人员所需的经济补偿金，可从评估后的净资产中预留或从国有产权转让收入中优先支付"
    let coded = PolicyCoder(forPlans: true).code(headline: "转制企业应当切实保障职工的合法权益", lead: lead, text: "转制企业应当切实保障职工的合法权益。" + lead)
    #expect(coded.0 == .economicIncentive)
}

/// A duty that names no one bound (the plan must be carried out) binds whoever the next one names: a prohibition on every
/// body and person is a rule.
@Test func aProhibitionOnEveryBodyAndPersonIsARule() {
    // 国务院关于河北雄安新区总体规划（2018—2035年）的批复, 十四
    let lead = "《总体规划》是雄安新区发展、建设、管理的基本依据，必须严格执行，任何部门和个人不得随意修改、违规变更"
    #expect(PolicyCoder.duty(in: "加强规划组织实施，" + lead) == "不得")
    #expect(PolicyCoder(forPlans: true).code(headline: "加强规划组织实施", lead: lead, text: "加强规划组织实施。" + lead).0 == .legalRegulation)
}
