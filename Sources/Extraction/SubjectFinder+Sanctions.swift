import TextNormalization

extension SubjectFinder {
    /// The name of the term of a sanction that stops an activity for a time, where the duration spanning `figure` is that term:
    /// the stopping as the rule words it and 期限 — written before the figure (责令停业整顿三十日以上九十日以下 → 停业整顿期限, 可并处责令
    /// 停止招生三十日 → 停止招生期限, 并处违规车辆停运五日以上三十日以下 → 违规车辆停运期限), or around it where the verb stands before
    /// the figure and what it stops after (暂扣三个月机动车驾驶证 → 暂扣机动车驾驶证期限, 暂停其6个月以上1年以下执业活动 → 暂停执业活动期限).
    /// Who orders it (责令), the penalty it is added to (并处) and whom it is imposed on (对…并处) are no part of it. nil where the
    /// figure's clause stops nothing.
    func sanctionTerm(of figure: Range<Int>) -> String? {
        // 暂扣三个月机动车驾驶证: what is stopped follows the term, up to the clause's end.
        if let verb = SubjectFinder.stoppingVerbs.first(where: { scan.has($0, endingAt: figure.lowerBound)
               || scan.has($0 + [SubjectFinder.its], endingAt: figure.lowerBound) }) {
            var end = figure.upperBound
            while end < scan.count, HanCharacter.contains(scan[end]) { end += 1 }
            let stopped = scan.foldedString(figure.upperBound..<end)
            if (2...SubjectFinder.longestSanction).contains(stopped.count), !SubjectFinder.notStopped.contains(where: stopped.hasPrefix) {
                return String(decoding: verb, as: UTF16.self) + stopped + SubjectFinder.term
            }
        }
        // 责令停业整顿三十日: the stopping ends right at the term, and the term ends its clause.
        guard figure.upperBound >= scan.count || Unit.isClauseEnd(scan[figure.upperBound]) else { return nil }
        var sanction = Substring(scan.foldedString(scan.clauseStart(before: figure.lowerBound)..<figure.lowerBound))
        if let order = SubjectFinder.orders.lazy.compactMap({ sanction.range(of: $0, options: .backwards) }).max(by: { $0.upperBound < $1.upperBound }) {
            sanction = sanction[order.upperBound...]
            if let ordered = sanction.range(of: SubjectFinder.order), ordered.lowerBound == sanction.startIndex { sanction = sanction[ordered.upperBound...] }
        }
        guard (2...SubjectFinder.longestSanction).contains(sanction.count), sanction.unicodeScalars.allSatisfy(HanCharacter.contains),
              SubjectFinder.stoppings.contains(where: sanction.contains), !sanction.hasSuffix(SubjectFinder.term) else { return nil }
        return sanction + SubjectFinder.term
    }

    private static let term = "期限"
    /// Verbs that stop something for the term after them, what they stop following the term (暂扣三个月机动车驾驶证).
    static let stoppingWords = ["暂扣", "暂停", "停止"]
    private static let stoppingVerbs: [[UInt16]] = stoppingWords.map(Unit.of)
    /// Words that stop an activity, whose term a sanction sets (停业整顿, 违规车辆停运, 暂停承接相关业务).
    private static let stoppings = ["停业", "停止", "停运", "停产", "停办", "暂停", "暂扣"]
    /// What orders a sanction or adds it to a penalty before it (责令, 并处): no part of what is stopped.
    private static let orders = ["责令", "并处"]
    private static let order = "责令"
    /// Words after a term that say what it is, not what is stopped (以内的, 期间).
    private static let notStopped = ["的", "以", "期间", "内"]
    private static let its = Unit.one("其")
    /// The longest a sanction's name may be before 期限; longer runs are clauses.
    private static let longestSanction = 16
}
