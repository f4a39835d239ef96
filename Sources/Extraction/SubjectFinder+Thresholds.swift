import TextNormalization

extension SubjectFinder {
    /// The name of a span of time a rule's condition runs for, where the duration spanning `figure` follows 连续 or 超过 and
    /// what runs follows the figure: a run (连续两年信用评价不合格的 → 连续信用评价不合格年限, 连续一百八十日以上停运 → 连续停运时间)
    /// or a span passed (超过一百八十日不投入运营 → 不投入运营时间, 超过6个月未办理工商登记的) — what runs, up to its clause's end, the
    /// next alternative (或者) or its 的, and 年限 for years, 时间 for shorter spans. nil where nothing runs after the figure (最长不得
    /// 超过6个月, 连续三年的: the run is named elsewhere).
    func conditionSpan(of figure: Range<Int>, unit: String?) -> String? {
        let run = scan.has(SubjectFinder.running, endingAt: figure.lowerBound)
        // 超过 is the figure's own bound word or stands before it; 不超过 and 不得超过 set a ceiling, no condition that has run.
        let passed = scan.has(SubjectFinder.passing, at: figure.lowerBound)
            || scan.has(SubjectFinder.passing, endingAt: figure.lowerBound) && !SubjectFinder.negations.contains(scan[figure.lowerBound - 3])
        guard run || passed else { return nil }
        var start = figure.upperBound
        if let bound = scan.longest(of: SubjectFinder.spanBounds, at: start) { start += bound.count }
        var end = start
        while end < scan.count, HanCharacter.contains(scan[end]), scan[end] != SubjectFinder.de, !scan.has(SubjectFinder.or, at: end) { end += 1 }
        guard (2...SubjectFinder.longestCondition).contains(end - start), !SubjectFinder.notRunning.contains(where: { scan.has($0, at: start) })
        else { return nil }
        let span = unit == SubjectFinder.yearUnit ? SubjectFinder.years : SubjectFinder.time
        return (run ? String(decoding: SubjectFinder.running, as: UTF16.self) : "") + scan.foldedString(start..<end) + span
    }

    /// The quantity a threshold bounds, where a rule writes the class it marks out as 在 N 以上的 (装载整体大型物件实际能力在二十吨以上的
    /// 超重型车组 → 装载整体大型物件实际能力): the quantity before 在, from its clause's verb of having (具有, 有) or its start, where it
    /// ends in a noun of quantity; nil otherwise.
    func boundedQuantity(of figure: Range<Int>) -> String? {
        var after = figure.upperBound
        if let bound = scan.longest(of: SubjectFinder.spanBounds, at: after) { after += bound.count }
        guard scan[figure.lowerBound - 1] == SubjectFinder.at, scan[after] == SubjectFinder.de,
              SubjectFinder.spanBounds.contains(where: { scan.has($0, endingAt: after) }) else { return nil }
        let end = figure.lowerBound - 1
        var start = scan.clauseStart(before: end)
        if let having = (start..<end).last(where: { scan.longest(of: SubjectFinder.havingVerbs, at: $0) != nil }),
           let verb = scan.longest(of: SubjectFinder.havingVerbs, at: having) {
            start = having + verb.count
        }
        guard (2...SubjectFinder.longestCondition).contains(end - start), (start..<end).allSatisfy({ HanCharacter.contains(scan[$0]) }),
              SubjectFinder.quantityNouns.contains(where: { scan.has($0, endingAt: end) }) else { return nil }
        return scan.foldedString(start..<end)
    }

    /// The name of a threshold of repeat offending, where the count in 次 spanning `figure` follows 处罚: the passive of being
    /// penalised, from its 被 (未经许可从事…客运经营被依法处罚两次的驾驶人员 → 被依法处罚; 被烟草专卖行政主管部门处罚两次以上), not who
    /// was penalised after it; nil where no 被 opens it in the clause.
    func repeatedPenalty(of figure: Range<Int>) -> String? {
        guard scan.has(SubjectFinder.penalised, endingAt: figure.lowerBound),
              let passive = (scan.clauseStart(before: figure.lowerBound)..<figure.lowerBound).last(where: { scan[$0] == SubjectFinder.passive }),
              (2...SubjectFinder.longestCondition).contains(figure.lowerBound - passive),
              (passive..<figure.lowerBound).allSatisfy({ HanCharacter.contains(scan[$0]) }) else { return nil }
        return scan.foldedString(passive..<figure.lowerBound)
    }

    /// The name of what a rule requires one to hold a number of, where the count spanning `figure` follows a verb of holding
    /// and the held noun runs from the figure to its clause's end (依法取得一百个以上中心城区巡游出租汽车车辆经营权 → 中心城区巡游出租
    /// 汽车车辆经营权), longer than a report's counted noun may be; nil where no such verb stands before the figure.
    func heldCount(of figure: Range<Int>) -> String? {
        guard scan.longest(of: SubjectFinder.havingVerbs + SubjectFinder.obtaining, endingAt: figure.lowerBound) != nil else { return nil }
        var end = figure.upperBound
        while end < scan.count, HanCharacter.contains(scan[end]) { end += 1 }
        guard end < scan.count, Unit.isClauseEnd(scan[end]), (2...SubjectFinder.longestHeld).contains(end - figure.upperBound) else { return nil }
        return scan.foldedString(figure.upperBound..<end)
    }

    /// Verbs of obtaining what a rule requires one to hold (依法取得…经营权).
    private static let obtaining: [[UInt16]] = ["取得", "持有"].map(Unit.of)
    private static let longestHeld = 16
    private static let penalised = Unit.of("处罚")
    private static let passive = Unit.one("被")
    private static let running = Unit.of("连续")
    private static let passing = Unit.of("超过")
    /// What before 超过 makes it a ceiling (不超过, 不得超过).
    private static let negations: Set<UInt16> = Set("不得".utf16)
    private static let spanBounds: [[UInt16]] = ["以上", "以下", "以内"].map(Unit.of)
    private static let or = Unit.of("或者")
    /// Words after a span that say when, not what runs (以后, 后, 内, 期间).
    private static let notRunning: [[UInt16]] = ["以后", "后", "内", "期间", "之", "届满"].map(Unit.of)
    private static let yearUnit = "年"
    private static let years = "年限"
    private static let time = "时间"
    private static let at = Unit.one("在")
    /// Verbs of having before the quantity a class is bounded by (具有装载整体大型物件实际能力在…).
    private static let havingVerbs: [[UInt16]] = ["具有", "具备", "拥有"].map(Unit.of)
    /// Nouns of quantity that end what a threshold bounds (能力, 面积, 产量).
    private static let quantityNouns: [[UInt16]] = ["能力", "面积", "产量", "数量", "总量", "规模", "容量", "功率", "排量", "人数", "金额"].map(Unit.of)
    /// The longest condition or quantity a threshold names; longer runs are clauses.
    private static let longestCondition = 14
}
