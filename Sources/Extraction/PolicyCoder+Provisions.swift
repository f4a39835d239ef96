extension PolicyCoder {
    /// Words of an article that fix a sum paid or forgone (按照每月1000元的标准定额扣除, 在80000元限额内据实扣除): the money
    /// comes first, whatever the article then lets a person choose.
    static let amountWords = ["定额", "限额"]
    /// Words of an article that carry out a check of what the regulated file or claim (税务机关核查…, 协助核实…信息,
    /// 发现纳税人提供的信息与实际情况不符的): how officials check, not what the regulated must do (the codebook's rules 7 and 9).
    static let checkWords = ["核查", "核实", "检查", "抽查", "不符"]
    /// The persons and firms a rule binds (纳税人, 承租人, 被征收人 …), read as the article's first party.
    static let boundParties = ["纳税人", "个人", "公民", "父母", "夫妻", "配偶", "子女", "承租人", "申请人", "当事人", "经营者", "企业",
                               "用人单位", "被征收人"]
    /// Names of a tax or a scheme that hold a party's word without naming a party (个人所得税).
    static let partyFreeNames = ["个人所得税"]
    /// The administrations an article may bind instead (市、县级人民政府负责…, 税务机关…, 有关部门和单位…).
    static let administrations = ["国务院", "政府", "部门", "机关", "机构"]

    /// The code of an article of rules a notice issues (`MeasureExtractor.issuedProvisions`) read from its lead sentence,
    /// with the word that decides it, by the codebook's rules for what a provision does: a sum it fixes is
    /// `economicIncentive` (tax forgone, as an exemption is); a check it carries out `monitoring` (rule 7); else, where
    /// its first party is a person or firm, what that party must, may or may not do (可以选择由其中一方扣除, 应当留存…备查,
    /// 不能同时享受, 由…承租人扣除) is `legalRegulation` (rule 9), whatever area its objects name (教育, 贷款, 财政票据).
    /// Nil where the article binds an administration or names no party: it is coded as any measure, by its means.
    static func provision(_ lead: String) -> (instrument: PolicyInstrument, cue: String)? {
        if let amount = amountWords.first(where: { lead.containsScalars($0) }) { return (.economicIncentive, amount) }
        if let check = checkWords.first(where: { lead.containsScalars($0) }) { return (.monitoring, check) }
        var text = lead
        for name in partyFreeNames { text = text.replacingOccurrences(of: name, with: "") }
        func first(of words: [String]) -> (word: String, at: String.Index)? {
            words.compactMap { word in text.scalarRange(of: word).map { (word, $0.lowerBound) } }.min { $0.at < $1.at }
        }
        guard let party = first(of: boundParties) else { return nil }
        if let administration = first(of: administrations), administration.at < party.at { return nil }
        return (.legalRegulation, party.word)
    }
}
