/// The coding scheme of policy instruments for measures: seven codes, each defined by the cue words of
/// its means and the words of the policy areas it stands for (`PolicyCoder` weighs them), so that
/// every assignment can be traced to words of the text (`zhili measures --explain`).
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

    /// The cue words of the code's means — its verbs and their objects, as written in reports (制定…办法,
    /// 查处, 补贴, 考核, 监测, 宣传; the 1950s' 社会主义改造 of ownership, a change of systems; 镇压, a crackdown):
    /// wherever they stand in a measure, they say what it does. Education aimed at beliefs is persuasion, not a
    /// school service (思想政治工作, 社会主义教育, 再教育, 教育人民; 揭批 a campaign of criticism): the speeches' 教育
    /// that the codebook codes with 宣传 and 学习 (ideology, campaigns, persuasion), longer words than the area 教育.
    /// A review (审查: a congress's 初步审查 of a budget) is monitoring, as 审核 and 审计 are (rule 7); a body's 主要职能 and
    /// 工作规则 (the parts of a committee's charter) say who does what in it, organisation; so do its 组成人员 (who sits on it: the
    /// posts of staff, the codebook's rule 6 — 国务院组成人员必须坚决执行国务院的决定; 国务院由下列人员组成).
    /// The days a notice fixes off and at work for everyone (2018年12月30日至2019年1月1日放假调休，共3天) are what every person
    /// and employer must keep, a rule (rule 9). A supervising body's own means of oversight — hearing and deliberating reports,
    /// inspecting how a law is enforced, questioning, a procuratorate's 法律监督 — are checks (rule 7), not the law they check
    /// (执法, 法律). A 联系机制 or 联动机制 between bodies is coordination (rule 2: a 机制 by its object). Publishing to the
    /// public — budgets and final accounts (推进预算决算公开), the courts' and procuratorates' work, a list posted (公示) — is
    /// publicity (rule 8), whatever it serves. Suits a procuratorate brings or presses against whoever harms the public
    /// interest (提起公益诉讼) are proceedings against the wrongdoers, enforcement; liaison between bodies (加强与检察机关的沟通联系)
    /// is coordination, as a 联系机制. A responsibility system (行政首长负责制, 环保责任追究制) says who answers for the work, organisation
    /// and accountability (rule 7), not the punishment (追究) it may end in. The posts, appointment and pay of a body's staff
    /// (不设专职仲裁员, 聘任仲裁员, 人员编制, 给付报酬, 负责人薪酬) are organisation (rule 6), and so is the body made responsible for
    /// carrying a text out (本命令责成国家计量局负责贯彻执行); 劳动报酬 is the workers' income, money. What is used without exception
    /// (一律采用…) is a rule. Money appropriated or forgone (拨款, 拨付, 免缴, 减征, 减按…税率, 退税) and medical security (医疗保障, social
    /// security) are money. A report made on a
    /// schedule or by a system (定期报告, 报告制度) is monitoring: reporting, whatever is reported.
    public var cues: [String] {
        switch self {
        case .legalRegulation:
            ["立法", "法律", "法规", "条例", "规章", "细则", "制度", "规范", "依法", "法制", "法治", "村规民约", "衔接", "配套规定", "政策法规",
             "标准", "体制", "改革", "办法", "不得", "准入", "允许", "准许", "放宽", "授权", "社会主义改造", "放假", "调休", "一律"]
        case .enforcement:
            ["打击", "查处", "严惩", "处罚", "整治", "清查", "取缔", "没收", "执法", "查封", "追究", "案件", "两非", "专项治理",
             "专项行动", "高压态势", "惩治", "问责", "追责", "整改", "责令", "吊销", "镇压", "公益诉讼"]
        case .publicityEducation:
            ["宣传", "宣传教育", "教育引导", "思想教育", "倡导", "培训", "舆论", "观念", "婚育新风", "标语", "宣传品", "知晓率", "宣传引导", "政务公开", "信息公开",
             "预算公开", "决算公开", "司法公开", "检务公开", "公示", "宣讲", "明白纸", "精神文明", "思想道德", "弘扬", "推介", "批判", "学习", "理念", "风气", "动员", "号召",
             "揭批", "活学活用", "再教育", "思想工作", "思想政治工作", "政治思想工作", "思想政治教育", "社会主义教育", "共产主义教育",
             "爱国主义教育", "阶级教育", "理想信念教育", "教育实践活动", "法治宣传", "教育人民", "教育群众", "教育干部", "教育党员"]
        case .economicIncentive:
            ["奖励", "奖扶", "扶助", "优惠", "补助", "补贴", "资金", "利益导向", "帮扶", "救助", "养老保险", "减免", "免除",
             "倾斜", "致富", "扶贫", "社会保障", "养老保障", "经费", "贷款", "担保", "融资", "贴息", "税收优惠", "免征", "奖补",
             "财政", "投入", "投资", "减税", "降费", "信贷", "货币政策", "财政政策", "惠农", "扶持", "收入", "激励", "宏观调控",
             "基础设施", "资助", "补偿", "基金", "失业保险", "医疗保险", "保险待遇", "注资", "费率", "返还", "拨款", "拨付", "免缴",
             "免交", "减征", "减按", "免税", "退税", "医疗保障", "劳动报酬"]
        case .servicesAdministration:
            ["服务", "登记", "随访", "孕情", "档案", "审批", "备案", "技术服务", "保健", "跟踪", "建册", "手术管理",
             "药品", "流动人口", "公共服务", "教育事业", "科教", "医疗", "卫生", "设施", "网点", "研发", "技术创新", "科研",
             "技术推广", "咨询", "培养", "场馆", "便民", "办事", "简化", "手续"]
        case .organisationAccountability:
            ["领导", "领导小组", "责任", "考核", "责任制", "目标管理", "责任书", "组织", "协调", "联席会议", "部门配合",
             "齐抓共管", "工作机制", "队伍建设", "督导", "约谈", "服务型政府", "政府建设", "纪律", "班子",
             "干部", "协作机制", "民主集中制", "带头", "职责", "分工", "主管", "配合", "机构建设", "考核激励", "绩效", "主要职能", "工作规则",
             "组成人员", "人员组成", "联系机制", "联动机制", "沟通联系", "负责制", "责任追究", "负责贯彻", "负责执行", "负责实施", "负责组织", "负责落实",
             "聘任", "聘用", "任免", "专职", "兼职", "编制", "人员编制", "机构编制", "报酬", "薪酬"]
        case .monitoring:
            ["监测", "监督", "检查", "监控", "统计", "排查", "摸底", "调查", "评估", "通报", "信息", "举报", "核查", "比对", "监管", "督促", "督查", "督察", "指标体系", "检验", "检测", "鉴定", "审核", "抽查", "预警",
             "审计", "验收", "信息系统", "审查", "听取和审议", "专题审议", "执法检查", "专题询问", "质询", "法律监督", "定期报告", "报告制度"]
        }
    }

    /// Cues of means read in plans, programmes and opinions only: there 支持, 鼓励 and 金融 name support and
    /// financial instruments (支持企业发展, 金融产品和融资模式); in a report's broad task they name a stance or
    /// an area (支持和保证人民…行使国家权力, 深入整顿金融秩序; 继续发展各种横向经济联合，鼓励建立企业群体和企业集团, a reform the
    /// spent halves' gold codes as rules: read as money, 鼓励 moved three of their matched report tasks off the gold and one onto it).
    var planCues: [String] {
        self == .economicIncentive ? ["支持", "鼓励", "金融"] : []
    }

    /// The policy areas whose broad tasks the code stands for, read in a measure's headline and lead
    /// sentence only (深化经济体制改革, 着力改善民生, 加强生态文明建设). A work report's task names an area,
    /// not a means; these words code it by the means that area is governed with, following the coding
    /// rules of the gold (`Scripts/gold/measures/README.md`): reform of systems and of the government's bodies (机构改革,
    /// rule 5: a reform of institutions, not the building of the party or the government) and opening up set rules;
    /// transforming the government's functions (转变政府职能) is that reform too, as 2005's, 2018's and State Council 47's
    /// gold codes it (2002's and 2003's code it as building the government);
    /// the economy, investment, farming, regions and livelihoods are steered with money (the 1950s'
    /// 社会主义建设 is the building of the economy); science,
    /// education, health and planning are services; party and government building is organisation;
    /// crime, corruption and pollution are fought; ideology, culture and morals are taught; safety and
    /// risk are watched. Named programmes are areas of the same defaults: the renewal of shanty towns (棚户区) is housing
    /// support and 双创 (大众创业、万众创新) support for start-ups (rules 4 and 6), a 医联体 (hospitals joined with clinics) a
    /// health service, 企业开办 (the filings that start a firm) what a firm must do (rule 9) — areas, so that a means the
    /// headline names first decides (以医保支付方式改革为抓手推进紧密型医联体建设: the reform). In a plan's body the same words name
    /// its domain and are not counted.
    var areas: [String] {
        switch self {
        case .legalRegulation:
            ["开放", "对外开放", "市场体系", "市场经济体制", "顶层设计", "依法行政", "法治政府", "法治建设", "民主法制", "机构改革", "政府职能",
             "企业开办"]
        case .enforcement:
            ["生态", "生态文明", "生态环境", "环境保护", "环境治理", "污染", "绿色发展", "绿色生产生活方式", "治安", "社会环境", "政治环境", "犯罪", "腐败", "廉政", "反腐败", "社会稳定"]
        case .publicityEducation:
            ["文化建设", "精神文明建设", "思想", "理论", "团结", "两手抓", "道德", "生活方式", "上层建筑", "阶级斗争", "路线", "艰苦奋斗",
             "勤俭", "意识形态", "国际主义", "品牌", "新风"]
        case .economicIncentive:
            ["民生", "人民生活", "生活水平", "宏观经济", "国民经济", "经济结构", "发展方式", "产业", "需求", "内需", "消费", "三农", "农业",
             "农村", "农民", "城乡", "区域", "协调发展", "增长", "经济发展", "供应链", "市场主体", "脱贫", "利益机制", "能源", "工业",
             "建设规模", "财政收支", "实体经济", "乡村", "调结构", "社会主义建设", "棚户区", "双创"]
        case .servicesAdministration:
            ["科技", "科学", "教育", "体育", "社会事业", "人才", "规划", "流通", "销售", "创新引领", "创新驱动", "医联体"]
        case .organisationAccountability:
            ["自身建设", "党的建设", "党组织", "作风", "群众路线"]
        case .monitoring:
            ["安全", "风险", "督促落实"]
        }
    }

    /// Areas outside the seven codes, read like `areas`: a task of diplomacy, defence or unification
    /// uses none of the instruments of domestic policy and is left uncoded.
    static let outsideAreas = ["外交", "对外政策", "国际形势", "军队", "国防", "防御", "打仗", "祖国统一", "统一大业", "台湾"]

    /// Words that hold a cue but name a body or a thing rather than a means: 组织 as a noun (国际组织,
    /// 行业组织, 组织机构) is no organising, 信息化 no reporting, 服务业 an industry, not a service given,
    /// 调整改造 (of an industrial base) no rectification (整改); 医疗机构 and 卫生健康委 are the bodies a measure
    /// binds or names as responsible (医疗机构作为药款结算第一责任人; 国家卫生健康委推行全国统一的疾病分类编码), not a
    /// health service it provides; 审计长 and 审计署 are an office and a body a rule names (国务院由…审计长、秘书长组成), not an audit;
    /// 实际需求 is what a body's work answers to (围绕…改革的实际需求，制定、修改相关地方性法规), not demand in the economy;
    /// a 街道办事处 is an office (乡、镇人民政府和街道办事处应当依法执行疫情防控要求), not 便民办事; the staff and bodies that enforce
    /// (提高地税执法人员整体素质, 执法机关) are people and offices a measure trains or charges, not enforcement done; a body's 办事机构
    /// is its office, not 便民办事; 千篇一律 (all alike) is no rule applied without exception (一律).
    static let neutralWords = ["执法人员", "执法机关", "执法部门", "执法机构", "国际组织", "社会组织", "行业组织", "中介组织", "经济组织", "群众组织", "组织机构", "组织方式", "组织形式",
                               "信息化", "信息技术", "服务业", "规律办事", "调整改造", "医疗机构", "医疗卫生机构", "卫生健康委", "卫生健康部门",
                               "审计长", "审计署", "实际需求", "办事处", "办事机构", "千篇一律"]

    /// Nouns that take the means of the cue before them (举报制度, 审批制度) and stand for rules only alone
    /// (健全制度). 管理 and 平台 are no cues at all: alone (加强物价管理, 完善社会管理, 打造发展平台) they name
    /// what is run or built, not how, and what they govern decides, as with 加强 or 完善 (the codebook's rule 2);
    /// read as services they decided 20 matched measures of the spent halves, 1 of them right (the fourteenth
    /// session's count; 12 are right without them).
    static let genericHeads: Set<String> = ["制度"]

    /// Cues that name a means only as a noun, after 的 and at the end of their phrase or in a list (仲裁委员会的编制、经费和用房),
    /// not as the verb they also write (编制规划: drafting a plan; 预算编制的监督) nor as a kind named (核销事业编制, 原事业编制内人员).
    static let nounOnlyCues: Set<String> = ["编制"]

    /// Cues that also modify the noun written right after them, or are made an adjective by the word before
    /// them: there the longer word names a thing, not a means (`boundNouns`, `boundAdjectives`).
    static let modifierCues: Set<String> = ["服务", "标准"]

    /// Heads of a noun a modifier cue binds into, the cue and its head one word: a body (社会化**服务组织**,
    /// 服务机构, 服务部门, 服务人员, 服务对象), a version (“单一窗口”**标准版**), a power, a procedure or a rule
    /// (服务权, 标准程序, 标准规定). Not 制度, 机制, 体系: a system's object decides what it does (服务制度), nor
    /// 窗口 or 中心, which serve.
    static let boundNouns = ["权", "机构", "程序", "规定", "组织", "版", "部门", "人员", "对象"]

    /// Words before a modifier cue that make it an adjective of what follows (**高标准**农田, 高标准建设).
    static let boundAdjectives = ["高"]
}
