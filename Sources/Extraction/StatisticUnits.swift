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
        table["百分点"] = .percentagePoints
        for word in ["年", "个月", "周", "天", "日", "小时", "分钟", "秒", "星期", "季度", "学年", "工作日", "年度"] { table[word] = .duration }
        for word in ["周岁", "岁"] { table[word] = .age }
        for word in ["平方公里", "平方米", "立方米", "公里", "千米", "米", "厘米", "亩", "万亩", "公顷", "吨", "万吨",
                     "千克", "公斤", "斤", "千瓦时", "千瓦", "万千瓦", "兆瓦", "升", "度"] { table[word] = .measure }
        for word in ["人次", "万人次", "户次", "家次", "车次", "人", "万人", "亿人", "户", "万户", "村", "家", "期", "次", "场",
                     "份", "条", "块", "辆", "台", "件", "名", "位", "例", "起", "项", "批", "所", "座", "间", "张", "本",
                     "册", "套", "部", "篇", "类", "种", "处", "幅", "支", "队", "组", "对", "轮", "剂", "盒", "瓶", "箱",
                     "只", "头", "株", "棵", "床", "校", "乡", "镇", "县", "个"] { table[word] = .count }
        return table
    }()

    /// `kinds`' keys as folded units, for longest-match lookup.
    static let words: [[UInt16]] = kinds.keys.map(Unit.of)

    /// Units that begin with 万, 亿 …: there the multiplier is part of the unit as written (20万元 is
    /// 20 of 万元), elsewhere it multiplies the number (2万余份 is 20000 份).
    static let compoundUnits: [[UInt16]] = kinds.keys.filter { $0.hasPrefix("万") || $0.hasPrefix("亿") || $0.hasPrefix("千万") || $0.hasPrefix("百万") }.map(Unit.of)

    /// Nouns counted with 个 that researchers tabulate by: `19个村`, `三个阶段`, `六到八个老人`.
    static let countedNouns: [[UInt16]] = ["村", "社区", "乡镇", "镇", "县", "区", "市", "省", "部门", "单位", "项目", "阶段",
                                           "方面", "老人", "孩子", "子女", "家庭", "月", "工作日", "行业", "领域", "环节",
                                           "企业", "学校", "医院", "国家", "地区", "小组", "班子", "重点", "批次", "站点"].map(Unit.of)

    /// Bound and approximation words before a figure.
    static let approxBefore: [[UInt16]] = ["约", "大约", "近", "将近", "接近", "超过", "逾", "不足", "不到", "不少于", "不低于",
                                           "不高于", "不超过", "至少", "最多", "多达", "达近", "上下"].map(Unit.of)
    /// Approximation words between a figure and its unit (50余场, 3000多人, 十来个).
    static let approxInside: [[UInt16]] = ["余", "多", "来", "许"].map(Unit.of)
    /// Bound and approximation words after the unit.
    static let approxAfter: [[UInt16]] = ["多", "左右", "上下", "以上", "以下", "以内", "之内", "内", "许"].map(Unit.of)

    /// Joiners of a range's two ends: 103-107, 六到八个, 3至5年.
    static let rangeJoiners: [[UInt16]] = ["-", "–", "—", "~", "〜", "至", "到", "－"].map(Unit.of)

    /// Words right after a bare Arabic number that make it a name, an ordinal or a time of day rather than a figure.
    static let notFigureAfter: [[UInt16]] = ["世纪", "号", "届", "大", "版", "页", "时", "点", "分", "楼", "路", "栋", "室",
                                             "级", "型", "代", "后", "线", "章", "节", "款", "条", "项", "期间"].map(Unit.of)

    /// Verbs that tie a subject to the figure after them: 出生性别比是118.06, 知晓率达到100%.
    static let copulas: [[UInt16]] = ["是", "为", "达", "达到", "约为", "仅为", "高达", "占", "升至", "降至", "上升到", "提高到",
                                      "下降到", "增加到", "减少到", "增长到", "增长", "提高", "上升", "下降", "增加", "减少",
                                      "波动在", "保持在", "控制在", "稳定在", "维持在", "处在", "共有", "共", "计", "累计",
                                      "合计", "共计", "总计", "达到了", "提高了", "上升了", "下降了", "增加了", "减少了"].map(Unit.of)

    /// Verbs of activity reports whose object is what a figure after it counts: 印发各类宣传品2万余份.
    static let actionVerbs: [[UInt16]] = ["举办", "开展", "悬挂", "演出", "放映", "播放", "刷写", "制作", "出动", "印发", "安装",
                                          "发放", "培训", "查处", "检查", "召开", "签订", "建立", "设立", "下达", "投入", "筹集",
                                          "完成", "覆盖", "组织", "张贴", "发送", "走访", "救助", "资助", "兑现", "受理", "办理",
                                          "立案", "结案", "没收", "封存", "收缴", "新建", "改造", "建成", "新增", "提供", "解决",
                                          "接待", "调解", "培育", "慰问", "帮扶", "清理", "排查", "查出", "查实", "处罚"].map(Unit.of)

    /// Quantifiers that open an object without naming it (各类宣传品 is about 宣传品).
    static let objectFillers: [[UInt16]] = ["各种类型", "各种", "各类", "各项", "各级", "全部", "所有"].map(Unit.of)

    /// Parts of a month or year a date may name instead of a day: 8月下旬, 2025年底.
    static let dateParts: [[UInt16]] = ["上旬", "中旬", "下旬", "初", "底", "末", "中", "份"].map(Unit.of)

    /// Nouns ending a phrase that names a measured quantity (出生人口性别比116.86, 出生率12‰).
    static let quantityNouns: [[UInt16]] = ["比", "比值", "比例", "率", "量", "数", "总数", "人数", "额", "值", "指数", "人口"].map(Unit.of)
}
