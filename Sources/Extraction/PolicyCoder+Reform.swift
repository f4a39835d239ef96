import TextNormalization

extension PolicyCoder {
    /// The institutions a reform is named by (经济体制, 收入分配制度): reform of a system or an institution, the
    /// codebook's rule 5, not reform as a stance or a frame (深化改革，扩大开放; 在深化改革中继续加以推进).
    static let institutions = ["体制", "制度"]

    /// The reform of an institution that a report's broad task commits to where its means are first named
    /// (the codebook's rules 1a, 1b and 5), nil where none is: in the rest of the heading's sentence after the
    /// headline (八是切实加强政府自身建设，**进一步深化行政体制改革**), or in the lead, the first sentence after it
    /// that is no definition (健康是促进人的全面发展的必然要求。**要**…**重点推进**医疗保障…**监管体制综合改革**). A clause
    /// names the reform only where it opens with a word of doing, so that the reform is what its verb governs
    /// (深化金融体制改革), not a subject or a background (随着经济体制改革的深入). Only the first committing sentence
    /// is read: a reform named after another means (加强住房保障体系建设…。…深化医药卫生体制改革) is a later item.
    static func institutionReform(headline: String, text: String) -> String? {
        guard !headline.isEmpty, let start = text.scalarRange(of: headline) else { return nil }
        // The sentences after the headline, cut one at a time: two or three are read, of a text that may be a
        // whole part of a report.
        var sentences = sequence(state: Optional(text[start.upperBound...].unicodeScalars)) { rest -> String? in
            guard let current = rest else { return nil }
            guard let end = current.firstIndex(where: { "。！？\n".unicodeScalars.contains($0) }) else {
                rest = nil
                return String(current).trimmingSpaces()
            }
            rest = current[current.index(after: end)...]
            return String(current[..<end]).trimmingSpaces()
        }
        guard let rest = sentences.next() else { return nil }
        if let reform = reform(inSentence: rest) { return reform }
        guard let lead = sentences.first(where: { !$0.isEmpty && !isDefinition($0) }) else { return nil }
        return reform(inSentence: lead)
    }

    /// The reform named by the first clause of `sentence` that opens with a word of doing and holds one. Clauses
    /// before one that opens with 都 or 必须 are its subjects or its condition, not acts committed to (改革经济体制，迎接技术
    /// 革命，推进经济建设，都迫切需要大批…人才; 建立和完善社会主义市场经济体制，必须实行政企分开). A 体制 built is read in the
    /// sentence's first three clauses only: those before it name stances or frames (要坚持农业农村优先发展，按照…的总要求，
    /// 建立健全城乡融合发展体制机制), while one built after a list of works is a later element (rule 3: 严守…红线，实施…工程，
    /// …，健全城乡融合发展体制机制).
    private static func reform(inSentence sentence: String) -> String? {
        let all = clauses(of: sentence)
        let predicate = all.firstIndex { $0.fastHasPrefix("都") || $0.fastHasPrefix("必须") } ?? 0
        for (offset, clause) in all[predicate...].enumerated() where TaskWording.isTask(clause) {
            if let reform = namedReform(inClause: clause) ?? (offset < 3 ? builtSystem(inClause: clause) : nil) { return reform }
        }
        return nil
    }

    /// The words of `clause` that name a reform of an institution: the institution, then 改革 with at most four
    /// characters and no list between (金融体制改革, 收入分配制度改革, 监管体制综合改革; not 制度建设和机构改革). Reform
    /// before what it changes (改革完善相关制度) and systems other than a 体制 to be built (健全…制度, 完善…机制, 构建…体系)
    /// are not read: on the spent halves the gold codes 29 of the 31 matched measures that build a 体制 in their headline or
    /// lead as rules, but 32 of 51 that build a 制度, 19 of 39 a 机制 and 13 of 41 a 体系 (the nineteenth session's count).
    private static func namedReform(inClause clause: String) -> String? {
        let scalars = Array(clause.unicodeScalars)
        let reformWord = Array("改革".unicodeScalars)
        func isWord(_ word: [Unicode.Scalar], at index: Int) -> Bool {
            index >= 0 && index + word.count <= scalars.count && word.indices.allSatisfy { scalars[index + $0] == word[$0] }
        }
        for institution in institutions.map({ Array($0.unicodeScalars) }) {
            for index in scalars.indices where isWord(institution, at: index) {
                let after = index + institution.count
                for gap in 0...4 where isWord(reformWord, at: after + gap) && !scalars[after..<after + gap].contains("、") {
                    return String(String.UnicodeScalarView(scalars[index..<after + gap + reformWord.count]))
                }
            }
        }
        return nil
    }

    /// Verbs that build or rebuild a system of government (健全城乡融合发展体制机制, 改革创新体制机制): a 体制 built is set by
    /// rule (rule 5), unlike a 制度, 机制 or 体系, whose object decides (rule 2).
    static let systemBuilders = ["建立", "健全", "完善", "创新", "构建", "改革"]
    /// Words of commitment and degree that may stand before a `systemBuilders` verb (要健全…, 进一步完善…).
    static let builderAdverbs = ["要", "必须", "进一步", "加快", "逐步", "不断", "积极", "深入", "着力"]

    /// The words of `clause` from its `systemBuilders` verb to a 体制 at most fifteen characters after it, no list between
    /// (健全城乡融合发展体制); nil where the clause opens with no such verb.
    private static func builtSystem(inClause clause: String) -> String? {
        let system = Array("体制".unicodeScalars)
        var opening = Substring(clause)
        while let adverb = builderAdverbs.first(where: { opening.hasPrefix($0) }) { opening = opening.dropFirst(adverb.count) }
        guard let builder = systemBuilders.first(where: { opening.hasPrefix($0) }) else { return nil }
        let built = Array(opening.unicodeScalars)
        let start = builder.unicodeScalars.count
        for index in start..<min(built.count, start + 16) where index + system.count <= built.count && Array(built[index..<index + system.count]) == system {
            guard !built[start..<index].contains("、") else { return nil }
            return String(String.UnicodeScalarView(built[0..<index + system.count]))
        }
        return nil
    }

    /// Where the first word of commitment in `scalars` stands (要, 必须 — not the 要 of 重要, 主要, 需要 or 要求), nil where none does.
    static func commitment(in scalars: [Unicode.Scalar]) -> Range<Int>? {
        let start = scalars.indices.first { index in
            let next = index + 1 < scalars.count ? scalars[index + 1] : " "
            if scalars[index] == "必" { return next == "须" }
            return scalars[index] == "要" && next != "求" && !(index > 0 && "只主需重想".unicodeScalars.contains(scalars[index - 1]))
        }
        return start.map { $0..<($0 + (scalars[$0] == "必" ? 2 : 1)) }
    }

    /// Whether `sentence` defines or assesses rather than commits (城镇化是现代化的必由之路; 繁荣发展社会事业是促进社会
    /// 公正…的有效途径): before its commitment (要, 必须 — not the 要 of 重要, 主要, 需要 or 要求), a clause holds 是
    /// and a 的 after it.
    static func isDefinition(_ sentence: String) -> Bool {
        let scalars = Array(sentence.unicodeScalars)
        let committing = commitment(in: scalars)?.lowerBound ?? scalars.count
        return clauses(of: String(String.UnicodeScalarView(scalars[..<committing]))).contains { clause in
            guard let copula = clause.unicodeScalars.firstIndex(of: "是") else { return false }
            return clause.unicodeScalars[copula...].contains("的")
        }
    }
}
