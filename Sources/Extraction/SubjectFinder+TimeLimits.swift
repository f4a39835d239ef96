import TextNormalization

extension SubjectFinder {
    /// The name of a time limit ending at `end` (三日内, 15日内) by what must be done in it, as a rule names it: the act
    /// after it and 期限 (人民法院应当自确定管理人报酬方案之日起三日内，书面通知管理人 → 书面通知管理人期限; 十日内，就是否调整管理人报酬问题
    /// 书面通知管理人、债权人委员会… → 书面通知管理人期限: the matter 就…问题 and the further parties of a list left out); a bare
    /// 作出 makes what the sentence opens with (复核决定应当自…15日内作出 → 复核决定期限), 作出是否X的决定 the decision on X
    /// (20日内作出是否颁发专利代理机构执业许可证的决定 → 颁发专利代理机构执业许可证决定期限); a term a suspension sets between its verb
    /// and the act (暂停其6个月以内从事报关业务或者执业, the limit starting at `figureStart`) is the suspension's (暂停从事报关业务或者执业期限);
    /// whom the act is done towards is left out where they are a list (向该公司、证券交易场所和证监会作出书面报告并公告 → 作出书面报告并
    /// 公告期限), and a bar is named from its 不得 (收购要约人不得撤回其收购要约 → 不得撤回收购要约期限).
    /// nil where no act follows (30日内的, 一年内绿化率95％以上).
    func limitedAct(from figureStart: Int, after end: Int, sentence: Range<Int>) -> String? {
        let suspension = SubjectFinder.suspensions.first { scan.has($0.written, endingAt: figureStart) }?.verb
        var start = end
        if scan[start] == SubjectFinder.comma { start += 1 }
        // The act runs to its clause's end; a gloss in brackets (街道办事处（镇人民政府）) is stepped over and left out.
        // The act's folded units, made a string once rather than a string a character.
        var written: [UInt16] = []
        var index = start
        while index < sentence.upperBound {
            let unit = scan[index]
            if unit == SubjectFinder.openBracket, let close = (index..<min(sentence.upperBound, index + 12)).first(where: { scan[$0] == SubjectFinder.closeBracket }) {
                index = close + 1
                continue
            }
            // 依照《中华人民共和国广告法》的有关规定查处: an act cut at a title or a quotation is cut short; none is read.
            if SubjectFinder.quoteOpenings.contains(unit) { return nil }
            if Unit.isClauseEnd(unit), unit != SubjectFinder.listComma { break }
            written.append(unit)
            index += 1
        }
        var act = Substring(String(decoding: written, as: UTF16.self))
        // 在收到通知的二十四小时内应当暂停违法行为人电话号码的使用: the modal after the limit says the act is owed, no part of it.
        if let modal = SubjectFinder.actModals.first(where: act.hasPrefix) { act = act.dropFirst(modal.count) }
        // 6个月内，建设单位应当向城市建设档案管理部门移交建设工程档案原件: who owes the act, before its modal, is no part of it.
        if let modal = SubjectFinder.actModals.lazy.compactMap({ act.range(of: $0) }).first,
           (2...SubjectFinder.longestDoer).contains(act.distance(from: act.startIndex, to: modal.lowerBound)),
           act.distance(from: modal.upperBound, to: act.endIndex) >= 2, !act[..<modal.lowerBound].contains("、") {
            act = act[modal.upperBound...]
        }
        // 就是否调整管理人报酬问题书面通知…: the matter the act is about is no part of it.
        if act.hasPrefix("就"), let matter = act.range(of: "问题") { act = act[matter.upperBound...] }
        // 10年内，进行纳税调整: the light verb 进行 says nothing of the act after it.
        if act.hasPrefix(SubjectFinder.carryOut) { act = act.dropFirst(SubjectFinder.carryOut.count) }
        // 5个工作日内，通过…在线政务服务平台向社会公布备案有关信息: the means an act is done by is no part of it.
        if act.hasPrefix(SubjectFinder.means),
           let verb = (["向"] + SubjectFinder.actsTowards + SubjectFinder.publishing).lazy.compactMap({ act.range(of: $0) })
               .min(by: { $0.lowerBound < $1.lowerBound }) {
            act = act[verb.lowerBound...]
        }
        // 二十日内到原注册机构申请注销注册: where the act is done is no part of it either.
        if act.hasPrefix(SubjectFinder.goTo), let verb = SubjectFinder.actsTowards.lazy.compactMap({ act.range(of: $0) }).min(by: { $0.lowerBound < $1.lowerBound }),
           act.distance(from: act.startIndex, to: verb.lowerBound) >= 3 {
            act = act[verb.lowerBound...]
        }
        // 3个工作日内将注册申请资料转交技术审评机构: what is handed on is the object of the handing, not whom it goes to.
        if let handed = SubjectFinder.handedOn(act) { act = handed }
        // 20个工作日内对该医疗器械的类别进行判定并告知申请人: 对 X 进行 V is the V of X (类别判定), the notice after it no part of it.
        if let nominal = SubjectFinder.nominalAct(act) { act = nominal }
        // 三日内，向债权人委员会或者债权人会议主席报告管理人报酬方案调整内容, 三个工作日内，向该公司、证券交易场所和证监会作出书面
        // 报告并公告: a long list of whom it is done for, or a list of them, is left out (before the act's own list is cut).
        // 向社会公布备案有关信息: whom a publishing addresses is no part of it either.
        if act.hasPrefix("向"),
           let verb = (SubjectFinder.actsTowards + SubjectFinder.publishing + SubjectFinder.handingVerbs).lazy.compactMap({ act.range(of: $0) })
               .min(by: { $0.lowerBound < $1.lowerBound }),
           act.count > SubjectFinder.longestAct || act[..<verb.lowerBound].contains("、")
               || SubjectFinder.publishing.contains(where: act[verb.lowerBound...].hasPrefix) {
            act = act[verb.lowerBound...]
            // 公布备案有关信息: 有关 between what is published and its head (信息, 情况) says it is that matter's (备案信息).
            if let related = act.range(of: SubjectFinder.related), act.distance(from: act.startIndex, to: related.lowerBound) >= 4 {
                act = Substring(act[..<related.lowerBound] + act[related.upperBound...])
            }
        }
        // 5年内禁止其法定代表人、主要负责人…从事医疗器械生产经营活动, 10年内不受理相关责任人以及单位提出的医疗器械许可申请: a ban
        // is named by what it bars (禁止从事医疗器械生产经营活动, 不受理医疗器械许可申请); whom it bars, or whose application it
        // refuses, is no part of it.
        if let barred = SubjectFinder.barredAct(act) { act = barred }
        // 收购要约人不得撤回其收购要约, 也不得购买该公司的股票: a bar names the limit from its 不得; who is barred (经营者及其法定代表人、
        // 实际控制人: a list before the bar is of them) and an adverb before it are no part of it, nor the 其 of what is barred
        // (不得撤回收购要约期限).
        if let bar = act.range(of: SubjectFinder.bar), bar.lowerBound > act.startIndex {
            act = act[bar.lowerBound...]
            if let its = act.firstIndex(of: "其") { act = Substring(act[..<its] + act[act.index(after: its)...]) }
        }
        // 一年内暂停承接工程质量检测、房屋安全鉴定业务: what a suspension stops is named whole, its list sharing the head after it;
        // another act's list is of further parties (书面通知管理人、债权人委员会).
        let stopsList = SubjectFinder.stoppingWords.contains(where: act.hasPrefix)
        if !stopsList, let list = act.firstIndex(of: "、") { act = act[..<list] }
        if act == SubjectFinder.decide {
            // 复核决定应当自收到当事人申请之日起15日内作出: what is made is what the sentence opens with, before its modal.
            let opening = scan.foldedString(sentence.lowerBound..<end)
            guard let modal = SubjectFinder.limitModals.lazy.compactMap({ opening.range(of: $0) }).first else { return nil }
            let made = opening[..<modal.lowerBound]
            return (2...8).contains(made.count) && made.unicodeScalars.allSatisfy(HanCharacter.contains) ? made + SubjectFinder.limit : nil
        }
        // 受理注册申请的药品监督管理部门应当自收到审评意见之日起20个工作日内作出决定: a bare decision is on what the sentence
        // says is applied for (注册) or approved (审批临床试验 → 临床试验审批); the notice after it (并通知…) is no part of it.
        if act == SubjectFinder.decision || act.hasPrefix(SubjectFinder.decision + "并") {
            guard let matter = decidedMatter(in: sentence.lowerBound..<end) else { return nil }
            return SubjectFinder.decide + matter + SubjectFinder.decisionNoun + SubjectFinder.limit
        }
        if act.hasPrefix(SubjectFinder.decide), act.hasSuffix("的决定") {
            var decided = act.dropFirst(SubjectFinder.decide.count).dropLast(3)
            if decided.hasPrefix("是否") { decided = decided.dropFirst(2) }
            act = decided + "决定"
        }
        // 暂停违法行为人电话号码的使用: what an act does to a thing, after the thing's 的, is named as one word with it (电话号码使用).
        if let of = act.firstIndex(of: "的"), act.lastIndex(of: "的") == of, act.distance(from: of, to: act.endIndex) == 3,
           act.distance(from: act.startIndex, to: of) >= 4 {
            act = Substring(act[..<of] + act[act.index(after: of)...])
        }
        // 行政许可、行政处罚的执法决定信息要在…7个工作日内公开: a publishing or a handing on with no object after it does it to
        // what the limit's clause opens with, before its modal (公开行政许可、行政处罚执法决定信息期限).
        if SubjectFinder.publishing.contains(String(act)) || SubjectFinder.handingVerbs.contains(String(act)),
           let topic = limitTopic(before: figureStart, sentence: sentence) {
            return act + topic + SubjectFinder.limit
        }
        // 原告在六个月内又起诉的, 二日内未种植的树穴, 在三日内…将失业人员的名单、档案…: a condition, a modifier or a clause of its own
        // is no act done within the limit.
        // A list a suspension stops is bounded item by item, as its items are names.
        let longestItem = act.split(separator: "、").map(\.count).max() ?? 0
        guard act.count >= 2, longestItem <= SubjectFinder.longestAct,
              act.unicodeScalars.allSatisfy({ HanCharacter.contains($0) || stopsList && $0 == "、" }),
              !act.hasSuffix("的"),
              act.hasPrefix(SubjectFinder.bar) || act.hasPrefix(SubjectFinder.refuse) || !SubjectFinder.notActs.contains(where: act.hasPrefix),
              !IndicatorName.modalVerbs.contains(where: act.containsScalars) else { return nil }
        return (suspension ?? "") + act + SubjectFinder.limit
    }

    /// The name of a term a thing must be kept for, where a verb of keeping stands right before the figure starting at
    /// `figureStart` (《船舶垃圾粪便污水接收证明》应当保存一年 → 船舶垃圾粪便污水接收证明保存期限): what the clause keeps, before
    /// its modal and without its title marks, the verb and 期限; the verb and 期限 alone where the clause names nothing before it.
    func keepingTerm(before figureStart: Int) -> String? {
        guard let verb = SubjectFinder.keepingVerbs.first(where: { scan.has($0, endingAt: figureStart) }) else { return nil }
        let verbStart = figureStart - verb.count
        var start = verbStart
        while start > 0, !SubjectFinder.topicBounds.contains(scan[start - 1]) { start -= 1 }
        var kept = scan.foldedString(start..<verbStart).filter { !SubjectFinder.titleMarks.contains($0) }
        if let modal = SubjectFinder.actModals.first(where: kept.hasSuffix) { kept = String(kept.dropLast(modal.count)) }
        let verbName = String(decoding: verb, as: UTF16.self)
        guard (2...SubjectFinder.longestAct).contains(kept.count), kept.unicodeScalars.allSatisfy(HanCharacter.contains),
              !IndicatorName.modalVerbs.contains(where: kept.containsScalars) else { return verbName + SubjectFinder.limit }
        return kept + verbName + SubjectFinder.limit
    }

    /// What the clause of a time limit starting at `figureStart` opens with, before the modal and preposition that lead to the
    /// limit (行政许可、行政处罚的执法决定信息要在…起 → 行政许可、行政处罚执法决定信息), its 的 left out as a name writes it; nil
    /// where the clause opens with no such topic of two to sixteen characters.
    private func limitTopic(before figureStart: Int, sentence: Range<Int>) -> String? {
        var start = figureStart
        while start > sentence.lowerBound, !SubjectFinder.topicBounds.contains(scan[start - 1]) { start -= 1 }
        let clause = scan.foldedString(start..<figureStart)
        guard let modal = SubjectFinder.limitLeads.lazy.compactMap({ clause.range(of: $0) }).min(by: { $0.lowerBound < $1.lowerBound }) else {
            return nil
        }
        let topic = clause[..<modal.lowerBound].filter { $0 != "的" }
        guard (2...SubjectFinder.longestAct).contains(topic.count),
              topic.unicodeScalars.allSatisfy({ HanCharacter.contains($0) || $0 == "、" }) else { return nil }
        return topic
    }

    /// What a bare decision (作出决定) decides, from the sentence before its limit: the matter of the application the
    /// deciding body accepts (受理注册申请的…部门 → 注册, 受理经营许可申请的 → 经营许可), else the matter it approves
    /// (…部门审批临床试验， → 临床试验审批); nil where the sentence says neither.
    private func decidedMatter(in opening: Range<Int>) -> String? {
        let text = scan.foldedString(opening)
        var searched = text[...]
        while let accept = searched.range(of: SubjectFinder.accept) {
            let rest = searched[accept.upperBound...]
            if let application = rest.range(of: SubjectFinder.application) {
                let matter = rest[..<application.lowerBound]
                if (2...8).contains(matter.count), matter.unicodeScalars.allSatisfy(HanCharacter.contains) { return String(matter) }
            }
            searched = rest
        }
        if let approve = text.range(of: SubjectFinder.approve) {
            let matter = text[approve.upperBound...].prefix { $0 != "，" && $0 != "," }
            if (2...8).contains(matter.count), matter.unicodeScalars.allSatisfy(HanCharacter.contains) {
                return matter + SubjectFinder.approve
            }
        }
        return nil
    }

    /// 将注册申请资料转交技术审评机构 → 转交注册申请资料: an act that hands something on (将 X 转交 Y) is the handing of X; nil where
    /// the act is no handing on, or what is handed is a list (将失业人员的名单、档案…).
    private static func handedOn(_ act: Substring) -> Substring? {
        guard act.hasPrefix(disposal),
              let verb = handingVerbs.lazy.compactMap({ act.range(of: $0) }).min(by: { $0.lowerBound < $1.lowerBound }) else { return nil }
        let object = act[act.index(after: act.startIndex)..<verb.lowerBound]
        guard object.count >= 2, !object.contains("、") else { return nil }
        return Substring(act[verb] + object)
    }

    /// 对该医疗器械的类别进行判定并告知申请人 → 类别判定: 对 X 进行 V names the V of X, X without whose it is (该医疗器械的); nil
    /// where the act is no such phrase.
    private static func nominalAct(_ act: Substring) -> Substring? {
        guard act.hasPrefix("对"), let light = act.range(of: carryOut) else { return nil }
        var object = act[act.index(after: act.startIndex)..<light.lowerBound]
        if let of = object.lastIndex(of: "的") { object = object[object.index(after: of)...] }
        let verb = act[light.upperBound...].prefix { $0 != "并" }
        guard object.count >= 2, verb.count >= 2 else { return nil }
        return Substring(object + verb)
    }

    /// 禁止其从事医疗器械生产经营活动, 禁止其法定代表人…和其他责任人员从事…, 不受理相关责任人以及单位提出的医疗器械许可申请: a ban
    /// named by what it bars, without whom it bars (其, a list of persons ending in 人员) or whose application it refuses (the
    /// clause up to its 的); nil where the act is no ban.
    private static func barredAct(_ act: Substring) -> Substring? {
        if act.hasPrefix(forbid) {
            var barred = act.dropFirst(forbid.count)
            if let persons = barred.range(of: staff, options: .backwards), persons.upperBound < barred.endIndex {
                barred = barred[persons.upperBound...]
            } else if barred.hasPrefix("其") {
                barred = barred.dropFirst()
            }
            return Substring(forbid + barred)
        }
        for refusal in [refuse, "不予" + accept] where act.hasPrefix(refusal) {
            var refused = act.dropFirst(refusal.count)
            if let whose = refused.lastIndex(of: "的") { refused = refused[refused.index(after: whose)...] }
            return Substring(refuse + refused)
        }
        return nil
    }

    private static let comma = Unit.one("，")
    /// Verbs of keeping a record for a term (保存一年, 保留三年).
    private static let keepingVerbs: [[UInt16]] = ["保存", "保留", "留存"].map(Unit.of)
    private static let titleMarks: Set<Character> = ["《", "》", "“", "”"]
    /// Modals that open an act after its limit (…二十四小时内应当暂停…).
    private static let actModals = ["应当", "必须", "应", "须"]
    /// A modal and the preposition of a time limit after it (要在, 应当自): what a clause says before them is its topic.
    private static let limitLeads = ["应当", "必须", "要", "应", "须"].flatMap { modal in ["在", "于", "自"].map { modal + $0 } }
    /// What ends the clause before a limit's topic.
    private static let topicBounds: Set<UInt16> = Set("，,；;。：:\n".folded.utf16)
    /// Verbs of suspending whose term a limit between them and the act is (暂停其6个月以内从事…).
    private static let suspensions: [(verb: String, written: [UInt16])] = ["暂停", "停止"].flatMap { verb in
        [(verb, Unit.of(verb + "其")), (verb, Unit.of(verb))]
    }
    private static let listComma = Unit.one("、")
    private static let decide = "作出"
    private static let carryOut = "进行"
    /// The modal of a bar a rule sets for a time (…三十个工作日内，收购要约人不得撤回其收购要约): what is barred names the limit.
    private static let bar = "不得"
    private static let limit = "期限"
    /// A bare decision (作出决定), named by what it decides.
    private static let decision = "作出决定"
    private static let decisionNoun = "决定"
    private static let accept = "受理"
    private static let application = "申请"
    private static let approve = "审批"
    /// The ban of accepting applications (10年内不受理…申请).
    private static let refuse = "不受理"
    private static let forbid = "禁止"
    /// The head of a list of persons a ban bars (…直接负责的主管人员和其他责任人员).
    private static let staff = "人员"
    /// The means an act is done by (通过…平台).
    private static let means = "通过"
    private static let related = "有关"
    /// The disposal 将 X V: X is what is handed on.
    private static let disposal = "将"
    /// 到 a place before the act done there (到原注册机构申请).
    private static let goTo = "到"
    /// The longest a doer may be before the modal of the act it owes (建设单位应当).
    private static let longestDoer = 10
    /// Verbs that hand something on to another body (将…转交, 将…移送).
    private static let handingVerbs = ["转交", "移交", "移送", "报送", "送交", "提交", "上报", "退还", "送达"]
    /// Verbs of making known to the public (公布, 公告): whom they address (向社会) is no part of the act.
    private static let publishing = ["公布", "公告", "公开", "发布"]
    /// The longest act that names a limit; longer ones are clauses.
    private static let longestAct = 16
    /// Verbs of an act done towards someone (向…报告, 向…提出), where the one it is done towards is left out of a long act.
    private static let actsTowards = ["报告", "提出", "提交", "报送", "上报", "备案", "申请", "送达", "退还", "支付", "交纳", "缴纳",
                                      "作出", "发出"]
    /// Modals a rule's sentence puts between what it speaks of and its time limit (复核决定应当自…).
    private static let limitModals = ["应当", "应"]
    /// Words after a limit that open no act: a noun it qualifies (以内的), a further bound or scope (以上, 期间), a negation
    /// (未种植的), a time adverbial (在征求…后) or a disposal whose verb comes last (将…转移).
    private static let notActs = ["的", "以", "期间", "有效", "未", "不", "没有", "在", "将", "把"]
    private static let quoteOpenings: Set<UInt16> = Set("《“\"".utf16)
    private static let openBracket = Unit.one("（")
    private static let closeBracket = Unit.one("）")
}
