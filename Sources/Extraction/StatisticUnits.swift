import TextNormalization

/// The words around a figure that make it a statistic: units and measure words with their kind,
/// bound and approximation words, and the words that show a number is not a figure at all.
///
/// Lists, not a model: every entry is a word a report writes, and each decision can be traced to one.
enum StatisticUnits {
    /// Units and measure words, as written (folded), with the kind of figure they make. 个 is not a
    /// unit of its own: `19个村` has the unit 村 (see `countedNouns`).
    static let kinds: [String: StatisticKind] = {
        var table: [String: StatisticKind] = [:]
        for word in ["元", "万元", "亿元", "千元", "百万元", "千万元", "万亿元", "美元", "欧元", "角"] { table[word] = .money }
        table["%"] = .percent
        table["‰"] = .ratio
        table["倍"] = .ratio
        table["成"] = .ratio
        table["百分点"] = .percentagePoints
        for word in ["年", "个月", "周", "天", "日", "小时", "分钟", "秒", "星期", "季度", "学年", "工作日", "年度"] { table[word] = .duration }
        for word in ["周岁", "岁"] { table[word] = .age }
        for word in ["平方公里", "平方米", "立方米", "公里", "千米", "米", "厘米", "毫米", "亩", "万亩", "公顷", "吨", "万吨",
                     "千克", "公斤", "斤", "千瓦时", "千瓦", "万千瓦", "兆瓦", "升", "度",
                     // 三千二百八十万担棉花: the picul of the old reports.
                     "担",
                     // 白天控制在六十分贝以内: a noise limit's decibels.
                     "分贝"] { table[word] = .measure }
        for word in ["人次", "万人次", "场次", "批次", "户次", "家次", "车次", "人", "万人", "亿人", "户", "万户", "村", "家", "期", "次", "场",
                     "份", "条", "块", "辆", "台", "件", "名", "位", "例", "起", "项", "批", "所", "座", "间", "张", "本",
                     "册", "套", "部", "篇", "类", "种", "处", "幅", "支", "队", "组", "对", "轮", "剂", "盒", "瓶", "箱",
                     "只", "头", "株", "棵", "床", "校", "乡", "镇", "县", "个", "款", "门", "艘", "架", "列", "户籍",
                     // 一亿六千三百七十二万匹棉布: bolts of cloth.
                     "匹",
                     // 建筑层数控制在两层以内: a building's storeys (a rule's only: `StatisticExtractor.unitAfter`).
                     "层"] { table[word] = .count }
        for word in ["微克", "毫克", "克", "立方米", "千米", "海里", "公顷", "标准箱", "吨标准煤", "千瓦时", "亿千瓦时"] { table[word] = .measure }
        table["番"] = .ratio
        return table
    }()

    /// `kinds`' keys as folded units, for longest-match lookup.
    static let words: [[UInt16]] = kinds.keys.map(Unit.of)

    /// Multipliers that a unit as written may begin with: 万元, 亿千瓦, 万亿斤 (千 only in 千元).
    static let multipliers: [[UInt16]] = ["万亿", "千亿", "百亿", "亿", "千万", "百万", "十万", "万"].map(Unit.of)

    /// The unit word written at `index` and its kind key: a unit of `kinds`, or a multiplier and one
    /// (996亿元, 27万吨, 9.37亿平方米), so that the multiplier is part of the unit as written (20万元 is
    /// 20 of 万元) while elsewhere it multiplies the number (2万余份 is 20000 份, 11.2万个 is 112000).
    static func unitWord(in scan: ScanText, at index: Int) -> (length: Int, key: String)? {
        let plain = scan.longest(of: words, at: index)
        if let multiplier = scan.longest(of: multipliers, at: index), let word = scan.longest(of: words, at: index + multiplier.count),
           word != ge, multiplier.count + word.count > plain?.count ?? 0 {
            return (multiplier.count + word.count, word.withUnsafeBufferPointer(FoldedText.string))
        }
        return plain.map { ($0.count, $0.withUnsafeBufferPointer(FoldedText.string)) }
    }

    private static let ge = Unit.of("个")

    /// Whether a multiplier written at `index` belongs to the unit after it (万元) rather than to the number.
    static func isCompoundUnit(in scan: ScanText, at index: Int) -> Bool {
        guard let multiplier = scan.longest(of: multipliers, at: index), let word = scan.longest(of: words, at: index + multiplier.count) else {
            return false
        }
        return word != ge
    }

    /// Nouns counted with 个 that researchers tabulate by: `19个村`, `三个阶段`, `六到八个老人`.
    static let countedNouns: [[UInt16]] = ["村", "社区", "乡镇", "镇", "县", "区", "市", "省", "部门", "单位", "项目", "阶段",
                                           "方面", "老人", "孩子", "子女", "家庭", "月", "工作日", "行业", "领域", "环节",
                                           "企业", "学校", "医院", "国家", "地区", "小组", "班子", "重点", "批次", "站点"].map(Unit.of)

    /// Nouns counted with 个 that divide the text itself (从五个方面入手, 分三个阶段实施): no statistic.
    static let structuralNouns: Set<String> = ["方面", "阶段"]

    /// Bound and approximation words before a figure.
    static let approxBefore: [[UInt16]] = (["约", "大约", "近", "将近", "接近", "超过", "超", "逾", "不足", "不到", "至少", "至少为", "最多", "最高",
                                            "最低", "多达", "达近", "上下", "突破", "满", "约为"] + ruleBounds).map(Unit.of)
    /// The bounds before a figure that set a limit rather than estimate (不超过1.5%, 不得低于80%, 不少于210万元): a rule's
    /// words, where 不足 and 不到 (能源增长不到3%) say how much there was.
    static let ruleBounds = ruleFloors + ruleCeilings
    /// A rule's bounds from below (不少于十日, 不得低于80%).
    static let ruleFloors = ["不少于", "不低于", "不得低于", "不得少于", "不得小于", "不小于"]
    /// A rule's bounds from above (不超过三年, 不得超过九十日).
    static let ruleCeilings = ["不高于", "不超过", "不得高于", "不得超过", "不得大于", "不大于"]
    /// What an accident does to people, counted right after it (死亡三人以上, 重伤十人): the count's name.
    static let casualties: [[UInt16]] = ["死亡", "重伤", "受伤", "轻伤", "失踪", "遇难", "中毒"].map(Unit.of)
    /// Approximation words between a figure and its unit (50余场, 3000多人, 十来个).
    static let approxInside: [[UInt16]] = ["余", "多", "来", "许"].map(Unit.of)
    /// Bound and approximation words after the unit.
    static let approxAfter: [[UInt16]] = ["多", "左右", "上下", "以上", "以下", "以内", "之内", "内", "许"].map(Unit.of)

    /// Ways of working after 24小时 that make it round the clock (24小时值班, 24小时在线监控), not a time limit.
    static let roundTheClock: [[UInt16]] = ["值班", "应急值班", "有人值班", "值守", "监测", "监管", "监控", "在线", "畅通", "检疫", "接听",
                                            "服务", "开放", "运行", "营业", "工作制", "不间断"].map(Unit.of)

    /// Joiners of a range's two ends: 103-107, 六到八个, 3至5年.
    static let rangeJoiners: [[UInt16]] = ["-", "–", "—", "―", "――", "~", "〜", "至", "到", "－"].map(Unit.of)

    /// Words right after a bare Arabic number that make it a name, an ordinal or a time of day rather than a figure.
    static let notFigureAfter: [[UInt16]] = ["世纪", "号", "届", "大", "版", "页", "时", "点", "分", "楼", "路", "栋", "室",
                                             "级", "型", "代", "后", "线", "章", "节", "款", "条", "项", "期间"].map(Unit.of)

    /// Verbs that tie a subject to the figure after them: 出生性别比是118.06, 知晓率达到100%.
    static let copulas: [[UInt16]] = ["是", "为", "达", "达到", "约为", "仅为", "高达", "占", "升至", "降至", "上升到", "提高到",
                                      "下降到", "增加到", "减少到", "增长到", "增长", "提高", "上升", "下降", "增加", "减少",
                                      "波动在", "保持在", "控制在", "稳定在", "维持在", "处在", "共有", "共", "计", "累计",
                                      "合计", "共计", "总计", "达到了", "提高了", "上升了", "下降了", "增加了", "减少了",
                                      // 高于107的上限, 低于4.6%: a comparison ties the figure to what it bounds.
                                      "高于", "低于", "大于", "小于", "多于", "少于", "等于"].map(Unit.of)

    /// Verbs of activity reports whose object is what a figure after it counts: 印发各类宣传品2万余份.
    static let actionVerbs: [[UInt16]] = ["举办", "开展", "悬挂", "演出", "放映", "播放", "刷写", "制作", "出动", "印发", "安装",
                                          "发放", "培训", "查处", "检查", "召开", "签订", "建立", "设立", "下达", "筹集",
                                          "完成", "覆盖", "组织", "张贴", "发送", "走访", "救助", "资助", "兑现", "受理", "办理",
                                          "立案", "结案", "没收", "封存", "收缴", "新建", "改造", "建成", "提供", "解决", "提出",
                                          "安排", "代发", "发行", "推广", "淘汰", "关停", "实施", "支持", "停建", "缓建", "扩建", "改扩建",
                                          "加固", "综合治理", "投产", "取消", "下放", "使用", "利用", "开工", "改建", "培养", "吸纳",
                                          "接待", "调解", "培育", "慰问", "帮扶", "清理", "排查", "查出", "查实", "处罚",
                                          "播发", "发布", "评选", "开设", "报送", "印制", "编印", "走访", "回访", "随访"].map(Unit.of)

    /// The first units of `actionVerbs`, for scans that try them at every position.
    static let actionVerbStarts = Unit.table(actionVerbs)

    /// Words in a sentence before a bare number that make it a ratio (出生人口性别比…116.4).
    static let ratioWords = ["性别比", "比值", "比例", "之比"]

    /// Quantifiers that open an object without naming it (各类宣传品 is about 宣传品).
    static let objectFillers: [[UInt16]] = ["各种类型", "各种", "各类", "各项", "各级", "全部", "所有", "其中", "全县共", "全镇共",
                                            "全市共", "全县", "全镇", "全市", "全省", "全国", "全乡", "全村", "全区"].map(Unit.of)

    /// Words before a figure that compare or aim rather than name (较上年下降, 力争控制在): no subject.
    static let notSubjects: [[UInt16]] = ["较上年", "比上年", "较去年", "比去年", "同比", "环比", "力争", "确保", "争取", "较"].map(Unit.of)
    /// Adverbs that close a subject and are no part of it (培训率均达到).
    static let subjectTails: [[UInt16]] = ["均", "都", "分别", "也", "仍", "已", "则", "总体", "原则上", "一般", "继续", "进一步",
                                           "实际", "平均", "年均",
                                           // 钢材的自给率已经达到, 工农业总产值就应当是: an adverb or a modal before the link.
                                           "已经", "就", "应当", "应该", "必须", "仍然",
                                           // 没有转为公私合营的资本主义工业只占, 可以等于: a limiting adverb or a modal.
                                           "只", "仅", "可以",
                                           // 共有职工大约八百万人: an approximation before the figure.
                                           "大约",
                                           // 付酬标准相应增加0.03%: the change follows the step before it.
                                           "相应"].map(Unit.of)

    /// Words between what a figure measures and the figure — verbs of amount and change, bounds,
    /// adverbs, aims — taken off the end of a phrase to leave its name (城镇登记失业率控制在 → 城镇登记失业率).
    static let linkWords: [[UInt16]] = ["增长", "增加", "提高", "上升", "上涨", "下降", "减少", "降低", "回落", "增产", "减产", "扩大",
                                        "缩小", "涨幅", "降幅", "增速", "增幅", "增长速度", "增长幅度", "上涨幅度", "下降幅度", "达到", "达", "为", "是", "约为", "仅为", "高达",
                                        "达到了", "突破", "实现", "完成", "控制在", "稳定在", "保持在", "维持在", "波动在", "处在", "提高到",
                                        "增加到", "增长到", "上升到", "下降到", "降到", "降至", "升至", "减少到", "由", "从", "共", "计",
                                        "共计", "合计", "总计", "累计", "共有", "可达", "将", "要", "拟", "拟按", "预计", "估计", "力争",
                                        "确保", "争取", "预定", "目标", "目标为", "目标是", "分别", "均", "总体", "已", "又", "也", "仍", "低于", "高于",
                                        "都", "则", "实际", "年均", "平均", "平均每年", "每年", "同比", "环比", "再", "即", "了", "翻",
                                        "增加了", "提高了", "下降了", "上升了", "减少了", "有", "超", "逾", "左右", "在",
                                        "使", "按可比价格计算", "按可比价格", "以上", "原则上", "一般", "连续", "到", "至", "预期", "预期为", "定为",
                                        "调控目标", "宏观调控目标", "预期目标", "增长目标", "计划", "计划增长",
                                        // 积累率由…降为33.6％, 可能进一步降到30％左右.
                                        "降为", "升为", "增为", "减为", "下降为", "上升为", "提高为", "进一步", "可能", "递增", "递减",
                                        // 节日假期由原来的10天增设为11天: a rule's amount set anew.
                                        "增设为", "调整为", "调整到", "调整至",
                                        // 参保人数增加1.4亿、覆盖10.5亿人: a reach, not the change before restated.
                                        "覆盖",
                                        // 竣工面积可达到, 基本建设投资缩减为, 基本建设投资多了十五亿元: a modal, a cut, a comparison.
                                        "可达到", "缩减为", "缩减到", "多了", "少了",
                                        // 各种粮食的播种面积安排为十八亿三千九百二十六万亩: a plan's allotment.
                                        "安排为",
                                        // 现代工业的总产值将等于一九四九年的四点二倍: a multiple of another amount.
                                        "等于", "相当于",
                                        // 优良天数比例上升至87.2%, 粮食产量首次跃上1.4万亿斤, 部门内设机构精简1／4, 沙化土地面积年均缩减.
                                        "上升至", "下降至", "提高至", "增加至", "增长至", "减少至", "提升", "提升到", "提升至", "跃上", "首次跃上",
                                        "精简", "缩减",
                                        // 中央财政赤字拟安排2450亿元, 中央财政赤字预算拟安排1800亿元: a budget's allotment.
                                        "拟安排", "预算拟安排",
                                        // 住房租金扣除标准为每月1500元, 扣除期限不能超过48个月, 扣除期限最长不超过240个月: a rule's
                                        // rate per month and its bounds.
                                        "每月", "不能", "不得", "不能超过", "不得超过", "不超过", "不低于", "不得低于", "最长",
                                        // 震级均小于2.0级, 原则上不高于…的0.5%: a bound.
                                        "小于", "大于", "少于", "多于", "不少于", "不多于", "不高于", "不大于", "不小于",
                                        // 固定资产投资规模每年仍按10亿元安排, 返还标准可按6个月的…: what an allotment is made by.
                                        "按", "仍按", "可按",
                                        // 股本总额超过人民币四亿元, 发起人认购的部分不少于人民币三千万元: a threshold's bound and the
                                        // currency written before the sum.
                                        "超过", "人民币"].map(Unit.of)

    /// The last units of `linkWords`, for the scan that takes them off a phrase's end.
    static let linkWordEnds = Unit.table(linkWords, last: true)

    /// Words of aim that open a phrase and are no part of the name after them: 今年计划国内生产总值.
    static let aimOpeners: [[UInt16]] = ["计划", "拟", "要", "力争", "确保", "争取", "预计", "估计", "将", "使",
                                         // 保证每年增产原煤, 努力做到每年增产钢, 原定为国民生产总值平均每年增长: aims and pledges.
                                         "保证", "努力做到", "做到", "原定为"].map(Unit.of)

    /// What a change is measured from, after 比 or 较: 比上年, 较去年同期.
    static let comparisonBases: [[UInt16]] = ["上年", "去年", "上一年", "前一年", "同期", "年初", "上次", "上期", "前年", "上年同期",
                                              "去年同期", "五年前", "十年前", "上年末", "上年底", "基期"].map(Unit.of)

    /// Words naming a year relative to the document's: 今年, 去年.
    static let timeWords: [[UInt16]] = ["今年", "去年", "上年", "明年", "全年", "当年", "同年", "上半年", "下半年", "年内", "年底",
                                        "年末", "年初", "目前", "现在", "当前",
                                        // 就业率去年底达到83%: the end of a relative year is one date, not 去 and 年底.
                                        "去年底", "今年底", "上年底", "去年末", "今年末", "上年末",
                                        // 本世纪末国民生产总值比1980年翻两番: the century's end is a date.
                                        "本世纪末", "本世纪中叶", "下世纪中叶",
                                        // 工业总产值第一季度下降0.2%，第二季度增长1.7%: a quarter is a date.
                                        "第一季度", "第二季度", "第三季度", "第四季度", "一季度", "二季度", "三季度", "四季度",
                                        "前三季度"].map(Unit.of)

    /// Parts of a month or year a date may name instead of a day: 8月下旬, 2025年底.
    static let dateParts: [[UInt16]] = ["上旬", "中旬", "下旬", "初", "底", "末", "中", "份"].map(Unit.of)

    /// Nouns ending a phrase that names a measured quantity (出生人口性别比116.86, 出生率12‰).
    static let quantityNouns: [[UInt16]] = ["比", "比值", "比例", "率", "量", "数", "总数", "人数", "额", "值", "指数", "人口"].map(Unit.of)

    /// Heads of names a figure may stand inside (0.1微克攻坚行动, 中央八项规定, 扩大开放2.0任务).
    static let nameHeads = ["行动", "工程", "规定", "战略", "任务", "攻坚战", "会议", "大会", "全会", "计划", "方针", "政策", "精神",
                            "思想", "原则", "目标", "要求", "体系", "格局", "布局", "机制", "模式", "理念", "纲要", "条例", "办法"]
    /// What follows the ordinal of a session: 十六次全国代表大会, 七次全会, 三次会议.
    static let sessionHeads = ["全国代表大会", "代表大会", "全体会议", "会议", "全会", "大会", "中全会"]
    /// Ends of the names of rates, which a clause may name before the places it gives them for.
    static let rateNames = ["率", "比例", "比重", "性别比", "比值"]
    /// Heads of indicators a threshold may stand inside: 50米内换乘比例.
    static let rateHeads = ["比例", "比重", "率", "占比"]

    /// Verbs that count what follows them, so that a numeral of one digit is a figure: 新建两所学校.
    static let countingVerbs: [[UInt16]] = ["新增", "新建", "建成", "建设", "共", "有", "设立", "开设", "培育", "认定", "命名", "评选",
                                            "引进", "签约", "落地", "开工", "竣工", "投产", "完成", "办结", "增加", "减少", "达",
                                            "举办", "召开", "开展", "出台", "制定", "修订", "发布", "获得", "荣获", "获批", "入选",
                                            "打造", "创建", "实施", "推出", "派出", "选派",
                                            // 被依法处罚两次的驾驶人员: the times one was penalised, a rule's threshold of repeat offending.
                                            "处罚"].map(Unit.of)
    /// Words that make a number of years a duration rather than a span that dates the text: 连续6年, 用三年时间.
    static let durationVerbs: [[UInt16]] = ["连续", "达", "为", "用", "提前", "满", "期限", "长达", "缩短", "延长",
                                            "服役", "工作", "每", "超过", "至少", "不少于", "不超过", "以", "有效期"].map(Unit.of)
    /// Words before a number of years that make it the time an effort took, which leads to a result
    /// and measures nothing: 经过五年持续奋斗, 经过九十多年艰苦奋斗, 历时两年多的经济普查.
    static let effortOpeners: [[UInt16]] = ["经过", "历时"].map(Unit.of)
    /// Words before a number of years that make it a span dating the text: 过去五年, 这五年, 今后五年.
    static let spanOpeners: [[UInt16]] = ["过去", "近", "这", "最近", "以来的", "今后", "未来", "前", "后", "头", "最后", "这些", "的"].map(Unit.of)
    /// Words after a number of years that make it a span: 五年来, 这两年中, 十年间.
    static let spanClosers: [[UInt16]] = ["来", "中", "间", "里", "以来", "内", "前", "后", "的"].map(Unit.of)
}
