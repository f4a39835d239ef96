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
        // 就是否调整管理人报酬问题书面通知…: the matter the act is about is no part of it.
        if act.hasPrefix("就"), let matter = act.range(of: "问题") { act = act[matter.upperBound...] }
        // 10年内，进行纳税调整: the light verb 进行 says nothing of the act after it.
        if act.hasPrefix(SubjectFinder.carryOut) { act = act.dropFirst(SubjectFinder.carryOut.count) }
        // 三日内，向债权人委员会或者债权人会议主席报告管理人报酬方案调整内容, 三个工作日内，向该公司、证券交易场所和证监会作出书面
        // 报告并公告: a long list of whom it is done for, or a list of them, is left out (before the act's own list is cut).
        if act.hasPrefix("向"),
           let verb = SubjectFinder.actsTowards.lazy.compactMap({ act.range(of: $0) }).min(by: { $0.lowerBound < $1.lowerBound }),
           act.count > SubjectFinder.longestAct || act[..<verb.lowerBound].contains("、") {
            act = act[verb.lowerBound...]
        }
        if let list = act.firstIndex(of: "、") { act = act[..<list] }
        // 收购要约人不得撤回其收购要约, 也不得购买该公司的股票: a bar names the limit from its 不得; who is barred and an adverb before
        // it are no part of it, nor the 其 of what is barred (不得撤回收购要约期限).
        if let bar = act.range(of: SubjectFinder.bar), bar.lowerBound > act.startIndex {
            act = act[bar.lowerBound...]
            if let its = act.firstIndex(of: "其") { act = Substring(act[..<its] + act[act.index(after: its)...]) }
        }
        if act == SubjectFinder.decide {
            // 复核决定应当自收到当事人申请之日起15日内作出: what is made is what the sentence opens with, before its modal.
            let opening = scan.foldedString(sentence.lowerBound..<end)
            guard let modal = SubjectFinder.limitModals.lazy.compactMap({ opening.range(of: $0) }).first else { return nil }
            let made = opening[..<modal.lowerBound]
            return (2...8).contains(made.count) && made.unicodeScalars.allSatisfy(HanCharacter.contains) ? made + SubjectFinder.limit : nil
        }
        if act.hasPrefix(SubjectFinder.decide), act.hasSuffix("的决定") {
            var decided = act.dropFirst(SubjectFinder.decide.count).dropLast(3)
            if decided.hasPrefix("是否") { decided = decided.dropFirst(2) }
            act = decided + "决定"
        }
        // 原告在六个月内又起诉的, 二日内未种植的树穴, 在三日内…将失业人员的名单、档案…: a condition, a modifier or a clause of its own
        // is no act done within the limit.
        guard (2...SubjectFinder.longestAct).contains(act.count), act.unicodeScalars.allSatisfy(HanCharacter.contains), !act.hasSuffix("的"),
              act.hasPrefix(SubjectFinder.bar) || !SubjectFinder.notActs.contains(where: act.hasPrefix),
              !IndicatorName.modalVerbs.contains(where: act.containsScalars) else { return nil }
        return (suspension ?? "") + act + SubjectFinder.limit
    }

    private static let comma = Unit.one("，")
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
