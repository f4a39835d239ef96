/// The coding scheme of policy instruments for measures: seven codes, each defined by the cue words
/// that signal it. A measure's code is the one whose cues weigh most — a cue in the headline counts
/// three times, one in the text once — so that every assignment can be traced to words of the text
/// (`zhili measures --explain`).
public enum PolicyInstrument: String, Sendable, CaseIterable {
    /// 法规制度: making or completing laws, rules and institutions.
    case legalRegulation = "legal_regulation"
    /// 执法打击: investigating, punishing and cracking down.
    case enforcement
    /// 宣传教育: publicity, education, training and changing attitudes.
    case publicityEducation = "publicity_education"
    /// 利益导向: rewards, subsidies, preferential policies and social security for target groups.
    case economicIncentive = "economic_incentive"
    /// 服务管理: services and their administration: registration, follow-up, records, approval.
    case servicesAdministration = "services_administration"
    /// 组织领导与责任: leadership groups, responsibility systems, assessment and coordination.
    case organisationAccountability = "organisation_accountability"
    /// 监测监督: monitoring, inspection, statistics, investigation and reporting.
    case monitoring

    /// 法规制度, 执法打击 …: the code's name in Chinese.
    public var chineseName: String {
        switch self {
        case .legalRegulation: "法规制度"
        case .enforcement: "执法打击"
        case .publicityEducation: "宣传教育"
        case .economicIncentive: "利益导向"
        case .servicesAdministration: "服务管理"
        case .organisationAccountability: "组织领导与责任"
        case .monitoring: "监测监督"
        }
    }

    /// The cue words of the code, as written in reports.
    public var cues: [String] {
        switch self {
        case .legalRegulation:
            ["立法", "法律", "法规", "条例", "规章", "制度", "规范", "依法", "法制", "法治", "村规民约", "衔接", "配套规定", "政策法规",
             "标准", "体制", "改革"]
        case .enforcement:
            ["打击", "查处", "严惩", "处罚", "整治", "清查", "取缔", "没收", "执法", "查封", "追究", "案件", "两非", "专项治理",
             "专项行动", "高压态势", "惩治", "问责", "追责"]
        case .publicityEducation:
            ["宣传", "宣传教育", "教育引导", "思想教育", "倡导", "培训", "舆论", "观念", "婚育新风", "标语", "宣传品", "知晓率", "引导",
             "宣讲", "明白纸", "精神文明", "思想道德", "弘扬", "推介", "批判", "学习", "理念", "风气"]
        case .economicIncentive:
            ["奖励", "奖扶", "扶助", "优惠", "补助", "补贴", "资金", "利益导向", "帮扶", "救助", "养老保险", "减免", "免除",
             "倾斜", "致富", "扶贫", "社会保障", "养老保障", "经费", "贷款", "担保", "融资", "贴息", "税收优惠", "免征", "奖补",
             "财政", "投入", "投资", "减税", "降费", "信贷", "货币政策", "财政政策", "惠农", "扶持", "收入", "激励", "宏观调控"]
        case .servicesAdministration:
            ["服务", "管理", "登记", "随访", "孕情", "档案", "审批", "备案", "技术服务", "保健", "跟踪", "建册", "手术管理",
             "药品", "流动人口", "公共服务", "教育事业", "科教", "医疗", "卫生", "基础设施", "设施", "网点", "平台"]
        case .organisationAccountability:
            ["领导", "领导小组", "责任", "考核", "责任制", "目标管理", "责任书", "组织", "协调", "联席会议", "部门配合",
             "齐抓共管", "工作机制", "队伍建设", "督导", "约谈", "服务型政府", "政府建设", "纪律", "班子",
             "干部", "协作机制", "民主集中制"]
        case .monitoring:
            ["监测", "监督", "检查", "监控", "统计", "排查", "摸底", "调查", "评估", "通报", "信息", "举报", "核查", "比对", "监管", "督促", "督查", "督察", "指标体系"]
        }
    }
}
