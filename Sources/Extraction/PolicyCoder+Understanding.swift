extension PolicyCoder {
    /// Openings of a point headed as an understanding to reach (一、提高认识，认清形势，坚定信心…; 一、转变观念，进一步提高对旅游业地位的
    /// 认识): the heading asks for a view, not an act.
    static let understandings = ["提高认识", "转变观念", "统一思想", "充分认识", "深刻认识", "提高思想认识"]
    /// Words of a clause that asks for understanding in a body (进一步提高对地方税务工作重要性的认识, 充分认识…的重大意义).
    static let understandingWords = ["认识", "观念", "意义"]
    /// The marks that end a sentence of a point's body.
    private static let sentenceEnds = Set("。！？\n".unicodeScalars)

    /// The clauses, in order, of the first sentence of a point's body that commits someone to an act, where the point is headed
    /// as an understanding (`understandings`); the clauses that only ask for understanding are left out. Nil where the headline
    /// is no understanding or no sentence of its first six commits to an act with 要 or 必须 (the codebook's rules 1a and 2: the heading and the background and
    /// assessment before the commitment name no means — 非典防治工作事关全局、责任重大。…全省各级人民政府要…，进一步加强领导).
    static func committedClauses(underUnderstanding headline: String, text: String) -> [String]? {
        guard understandings.contains(where: { headline.hasPrefix($0) }), let start = text.scalarRange(of: headline) else { return nil }
        let rest = text[start.upperBound...].unicodeScalars
        guard let end = rest.firstIndex(where: sentenceEnds.contains) else { return nil }
        let body = rest[rest.index(after: end)...].split(whereSeparator: sentenceEnds.contains)
        for sentence in body.prefix(6) {
            let scalars = Array(sentence)
            guard let committing = commitment(in: scalars) else { continue }
            let committed = String(String.UnicodeScalarView(scalars[committing.upperBound...]))
            return clauses(of: committed).filter { clause in !understandingWords.contains { clause.containsScalars($0) } }
        }
        return nil
    }
}
