extension PolicyCoder {
    /// Words that change what a firm, a person or an administration must or may do — a permission, an
    /// exemption, a power handed down, a pilot allowed — read where they open a clause (取消首次申请资质时…
    /// 的业绩要求; 对…企业，不再执行…的限制性规定) or where 将 has set out what is changed before them (将…审批权限
    /// 下放至自贸试验区). Not where they stand inside a noun (采用分级授权) or after another verb (逐步减少、
    /// 取消…要求).
    static let clauseGrants = ["允许", "准许", "放宽", "授权", "授予", "下放", "免于", "不再执行", "不受", "取消", "可不"]
    /// Grants read wherever they stand in a clause: 实行告知承诺制 replaces an approval by a promise,
    /// 先行先试 and 赋予…功能 give a status, 省级文化部门不再核发批准文件 drops a requirement.
    static let anywhereGrants = ["告知承诺", "先行先试", "赋予", "不再"]
    /// Adverbs that may stand before a grant at the opening of its clause (进一步放宽, 直接赋予).
    static let grantAdverbs = ["进一步", "直接", "研究", "逐步", "积极", "一律", "可以", "可", "均", "予以"]
    /// What a simplification must name to change a requirement (简化…审批, 简化…手续): 简化业务流程 or 轻简化栽培
    /// change how work is done, not what a firm must file.
    static let filings = ["审批", "手续", "备案", "许可", "核准"]
    /// Nouns after 试点 that make it a noun (试点地区, 试点经验): a pilot named, not one allowed.
    static let pilotNouns = ["地区", "城市", "工作", "经验", "方案", "省份", "单位", "范围", "内容", "小组", "品种", "企业", "县"]
    /// Eligibility conditions before a permitted activity (支持符合条件的自贸试验区开展汽车平行进口试点): who may
    /// act is set by rule.
    static let eligibility = ["符合条件", "有条件的", "资格条件"]
    /// A grant whose clause names a payment (将技术技能提升补贴申领条件…放宽至…) widens who is paid: the money
    /// decides. One whose clause names how officials check (允许在具备必要监管查验条件的综合保税区内查验)
    /// changes the check. A clause naming either before any grant is the measure's first element (the codebook's
    /// rule 3): 安排中央预算内投资给予奖励，并优先支持…先行先试 pays first, and no later grant makes it a rule.
    static let grantExceptions = ["补贴", "补助", "奖励", "奖补", "贴息", "资助", "查验", "监管模式", "核查", "比对"]

    /// The word by which `sentence` changes a requirement (codebook rule 9: permissions, exemptions,
    /// simpler filings, a status granted), nil where it changes none. Parenthesised asides (负责部门,
    /// 包括…) are skipped; a word of the document's title (`domain`: 试点 in a 试点方案) names its subject.
    static func requirementChange(in sentence: String, domain: String) -> String? {
        for clause in clauses(of: withoutAsides(sentence)) {
            if grantExceptions.contains(where: { clause.containsScalars($0) }) { return nil }
            var opening = withoutFrame(clause)
            if let grant = clauseGrants.first(where: { opening.hasPrefix($0) }) { return grant }
            while let adverb = grantAdverbs.first(where: { opening.hasPrefix($0) }) { opening = opening.dropFirst(adverb.count) }
            if let grant = clauseGrants.first(where: { opening.hasPrefix($0) }) { return grant }
            if let handed = clause.scalarRange(of: "将").map({ clause[$0.upperBound...] }),
               let grant = clauseGrants.first(where: { handed.containsScalars($0) }) { return grant }
            if let grant = anywhereGrants.first(where: { clause.containsScalars($0) }) { return grant }
            if opening.hasPrefix("简化"), filings.contains(where: { clause.containsScalars($0) }) { return "简化" }
            if !domain.containsScalars("试点"), isPilotAllowed(clause) { return "试点" }
            // 支持 a zone or firm in carrying out a line of business (支持综合保税区内企业开展跨境电商进出口业务) lets it do
            // what it could not: the means named after 支持 is a permission, not support paid (rule 6).
            if opening.hasPrefix("支持"), let carry = clause.scalarRange(of: "开展"), clause[carry.upperBound...].containsScalars("业务") { return "开展业务" }
            if let condition = eligibility.first(where: { clause.containsScalars($0) }),
               clause[clause.scalarRange(of: condition)!.upperBound...].containsScalars("开展") { return condition }
        }
        return nil
    }

    /// Words that lay a duty on whoever the words before them name (企业事业单位…**应当**依法做好…; 个人，**应当**…; 任何部门和
    /// 个人**不得**随意修改).
    static let dutyWords = ["应当", "必须", "不得"]
    /// The parties a duty may bind by rule: the persons and firms an article binds (`boundParties`), and units, schools and
    /// associations of every kind (机关、企业事业单位、社会团体和其他组织; 职业院校). An administration named with them
    /// (机关 in that list) is one of many bound, not the one charged.
    static let dutyParties = boundParties + ["单位", "社会团体", "院校", "学校"]

    /// The duty word by which `sentence` lays a duty on a firm, a unit or a person (the codebook's rule 9: what they must or
    /// must not do), read in its first four clauses; nil where a duty binds administrations alone first (市人民政府应当…;
    /// 有关行政主管部门应当提高行政审批效率) or none binds a party. The party is read in the duty's own clause before the word,
    /// or, where the word opens its clause, in the clause before it (在本市…从事其他活动的个人，应当…). A duty that names
    /// neither (《总体规划》…，必须严格执行) binds whoever a later one names (任何部门和个人不得随意修改). Asides are skipped.
    static func duty(in sentence: String) -> String? {
        let all = clauses(of: withoutAsides(sentence))
        for (index, clause) in all.prefix(4).enumerated() {
            let words = dutyWords.compactMap { word in clause.scalarRange(of: word).map { (word, $0.lowerBound) } }
            guard let (word, at) = words.min(by: { $0.1 < $1.1 }) else { continue }
            let subject = at == clause.startIndex && index > 0 ? all[index - 1] : String(clause[..<at])
            if dutyParties.contains(where: { subject.containsScalars($0) }) { return word }
            if administrations.contains(where: { subject.containsScalars($0) }) { return nil }
        }
        return nil
    }

    /// Words before 规定 that make a clause follow a rule (**按**有关…的规定办理审批手续, **依照**规定).
    static let byRule = ["按", "依"]

    /// Whether `clause` names a filing (`filings`: 审批, 手续, 备案) as what a rule requires (合建的气象专用网，应按有关通信出入境
    /// 管理的规定办理审批手续; 按照国家规定办理退休手续): what a firm or person must do is set by rule (the codebook's rule 9), not
    /// a service given. Read by `matches`, which counts such a filing as a cue of rules.
    static func isRequiredByRule(_ clause: String) -> Bool {
        guard let rule = clause.scalarRange(of: "规定") else { return false }
        let before = clause[..<rule.lowerBound]
        return byRule.contains { before.containsScalars($0) }
    }

    /// A clause after the frame it opens with (在平等互利的基础上允许外国航空公司…; 在…前提下): the frame sets the
    /// ground of the act, not the act.
    private static func withoutFrame(_ clause: String) -> Substring {
        guard clause.hasPrefix("在") else { return Substring(clause) }
        for ending in ["基础上", "前提下", "条件下", "范围内"] {
            if let range = clause.scalarRange(of: ending) { return clause[range.upperBound...] }
        }
        return Substring(clause)
    }

    /// Whether `clause` allows a pilot (开展…试点, 试点汽车平行进口保税仓储业务, 推广…资格试点) rather than naming
    /// one (试点地区, 改革试点经验).
    private static func isPilotAllowed(_ clause: String) -> Bool {
        var rest = Substring(clause)
        while let range = rest.scalarRange(of: "试点") {
            let after = rest[range.upperBound...]
            if !pilotNouns.contains(where: { after.hasPrefix($0) }) { return true }
            rest = after
        }
        return false
    }

    /// The clauses of `text`, split at commas, semicolons and full stops.
    static func clauses(of text: String) -> [String] {
        text.unicodeScalars.split { "，,；;。".unicodeScalars.contains($0) }.map { String($0).trimmingSpaces() }
    }

    /// The words of a document's title that name its domain (`code(…domain:)`): not the 支持 right after 关于
    /// (国务院关于支持自由贸易试验区深化改革创新若干措施的通知), which states what the document does, as its
    /// measures do (支持利用中欧班列开展…运输), rather than what it is about.
    static func domain(ofTitle title: String) -> String {
        title.replacingOccurrences(of: "关于支持", with: "关于")
    }

    /// `text` without what stands in full-width or ASCII parentheses.
    static func withoutAsides(_ text: String) -> String {
        var kept = String.UnicodeScalarView()
        var depth = 0
        for scalar in text.unicodeScalars {
            if scalar == "（" || scalar == "(" { depth += 1 } else if scalar == "）" || scalar == ")" { depth = max(0, depth - 1) } else if depth == 0 { kept.append(scalar) }
        }
        return String(kept)
    }
}
