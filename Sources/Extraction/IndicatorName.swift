import TextNormalization

/// The name of what a figure measures, folded so that reports that word it differently meet in one
/// column: boilerplate that scopes rather than names (全市, 全年, 累计 …) removed, and synonyms folded
/// (全市生产总值, 全省地区生产总值, 生产总值, GDP, 经济 in 经济增长5% → 地区生产总值).
public enum IndicatorName {
    /// `name` folded; nil where nothing is left. `place`, the place a local text is for (`place(ofTitle:)`), scopes a name
    /// it opens as 全市 does (北京市人均耕地 in a Beijing decision → 人均耕地).
    public static func fold(_ name: String, place: String? = nil) -> String? {
        // Compared as UTF-8 rather than as Characters: the words are ideographs, and this runs for every figure.
        var name = Substring(String(String.UnicodeScalarView(name.folded.unicodeScalars.filter { !$0.properties.isWhitespace })))
        var changed = true
        while changed {
            changed = false
            // 上年度烟叶平均收购价格: a year word that is the start of 年度 is no boilerplate (the year before's, as the rule says).
            for prefix in leadingWords where name.utf8.count > prefix.utf8.count && name.utf8.starts(with: prefix.utf8)
                && !name.dropFirst(prefix.count).hasPrefix(yearOfAccount) {
                name = name.dropFirst(prefix.count)
                changed = true
            }
            if let place, name.utf8.count > place.utf8.count, name.utf8.starts(with: place.utf8) {
                name = name.dropFirst(place.count)
                changed = true
            }
        }
        // 粮食产量平均每年(的增长速度), 粮食产量连年(稳定在): an adverb of time left at the end names nothing.
        for suffix in timeAdverbs where name.utf8.count > suffix.utf8.count + 3 && name.utf8.reversed().starts(with: suffix.utf8.reversed()) {
            name = name.dropLast(suffix.count)
            break
        }
        // 居民消费价格总水平 is 居民消费价格: the general level of prices is what the index measures.
        if name.utf8.count > totalLevel.utf8.count + 3, name.utf8.reversed().starts(with: totalLevel.utf8.reversed()), name.contains("价") {
            name = name.dropLast(totalLevel.count)
        }
        if let folded = synonyms[String(name)] { return folded }
        // 经济增长, 经济增速, 国内生产总值增速: the growth of the product is the product's change.
        for suffix in ["增长速度", "增长", "增速", "增幅"] where name.utf8.count >= suffix.utf8.count && name.utf8.reversed().starts(with: suffix.utf8.reversed()) {
            if let folded = synonyms[String(name.dropLast(suffix.count))] { return folded }
        }
        return name.isEmpty ? nil : String(name)
    }

    /// The quantity a title says its text sets (北京市人民代表大会常务委员会关于北京市耕地占用税适用税额的决定 →
    /// 耕地占用税适用税额): what a figure its text leaves unnamed measures (朝阳区…为每平方米四十五元). The title's
    /// subject after its last 关于 and before its last 的, without the place it holds for (北京市) or the verb that changes
    /// it (调整); nil unless it ends in a quantity a rule sets (税额, 标准, 税率 …).
    public static func topic(ofTitle title: String) -> String? {
        guard let about = title.ranges(of: "关于").last, let de = title[about.upperBound...].lastIndex(of: "的") else { return nil }
        var topic = title[about.upperBound..<de]
        guard ruledQuantities.contains(where: topic.hasSuffix) else { return nil }
        if let verb = topicVerbs.first(where: topic.hasPrefix) { topic = topic.dropFirst(verb.count) }
        if let place = place(ofTitle: String(topic)), topic.count > place.count { topic = topic.dropFirst(place.count) }
        return topic.count > 2 ? String(topic) : nil
    }

    /// The province or city a local text's title opens with (北京市人民代表大会常务委员会关于…的决定, 上海市河道管理条例 → 北京市,
    /// 上海市): three or four characters up to the first 省 or 市; nil for a national text's title (国务院关于…).
    public static func place(ofTitle title: String) -> String? {
        guard let mark = title.prefix(4).firstIndex(where: { "省市".contains($0) }) else { return nil }
        let place = title[...mark]
        return (3...4).contains(place.count) ? String(place) : nil
    }

    /// Quantities a rule sets for those it applies to, that a title may name as its whole subject.
    private static let ruledQuantities = ["税额", "标准", "税率", "费率", "限额"]
    /// Verbs that open a title's subject with a change of the quantity (关于调整…标准的通知).
    private static let topicVerbs = ["调整", "提高", "降低", "确定"]

    /// Words that scope a figure to the whole reporting area or period: 全市 of 全市生产总值.
    static let boilerplate = ["全国", "全省", "全市", "全区", "全县", "全州", "全盟", "全镇", "全乡", "全年", "全社会", "全口径",
                              "累计", "其中", "每年", "我国", "我省", "我市", "我区", "我县", "本市", "本省", "今年", "去年", "上年"]

    /// Modal verbs a rule's clause opens its name with (应当减除费用 → 减除费用): they say what must be, not what is measured.
    static let modalVerbs = ["应当", "可以", "必须"]
    /// The words taken off the front of a name, boilerplate and modal verbs alike.
    private static let leadingWords = boilerplate + modalVerbs

    private static let totalLevel = "总水平"
    /// The 度 of 年度, which makes 上年 the start of a word (上年度).
    private static let yearOfAccount = "度"
    /// Adverbs of time that end a name cut before its verb, longest first.
    private static let timeAdverbs = ["平均每年", "每年", "年均", "连年", "逐年"]

    /// The product of an economy, however a report names it.
    private static let product = "地区生产总值"

    static let synonyms: [String: String] = {
        var table: [String: String] = [:]
        for name in ["地区生产总值", "国内生产总值", "生产总值", "全市生产总值", "全省生产总值", "全省地区生产总值", "全市地区生产总值",
                     "全区生产总值", "全区地区生产总值", "全县生产总值", "地区生产总值(GDP)", "国内生产总值(GDP)", "GDP", "经济", "国民经济",
                     "经济总量"] {
            table[name.folded] = product
        }
        return table
    }()
}
