import TextNormalization

extension SubjectFinder {
    /// What a rule's payment is made as, where its sentence says so after the clause of the figure spanning `figure`
    /// (继续发放6个月其原享受的定期抚恤金，作为丧葬补助。 → 丧葬补助): a verb of paying opens the figure's clause and the
    /// next clause, closing the sentence, is 作为 and a name of two to eight characters; nil elsewhere.
    func paidAs(_ figure: Range<Int>, sentence: Range<Int>) -> String? {
        let clause = scan.clauseStart(before: figure.lowerBound)..<scan.clauseEnd(after: figure.upperBound)
        guard clause.upperBound < sentence.upperBound, scan[clause.upperBound] == SubjectFinder.clauseComma,
              (clause.lowerBound..<figure.lowerBound).contains(where: { scan.longest(of: SubjectFinder.payingVerbs, at: $0) != nil }),
              scan.has(SubjectFinder.madeAs, at: clause.upperBound + 1) else { return nil }
        let sentenceEnd = Unit.isSentenceEnd(scan[sentence.upperBound - 1]) ? sentence.upperBound - 1 : sentence.upperBound
        let name = (clause.upperBound + 1 + SubjectFinder.madeAs.count)..<sentenceEnd
        guard (2...SubjectFinder.longestPayment).contains(name.count), name.allSatisfy({ HanCharacter.contains(scan[$0]) }) else { return nil }
        return scan.original(name)
    }

    private static let clauseComma = Unit.one("，")
    /// Verbs of paying a payment's clause opens with (继续发放, 发给, 支付).
    private static let payingVerbs: [[UInt16]] = ["发放", "发给", "支付", "给予", "计发"].map(Unit.of)
    private static let madeAs = Unit.of("作为")
    /// The longest name a payment is made as.
    private static let longestPayment = 8
}
