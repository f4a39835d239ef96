import TextNormalization

extension SubjectFinder {
    /// The name of a holding's threshold, where the figure spanning `figure` bounds what someone 持有 in its clause: the holder,
    /// 持有 and what is held, the words of the object on both sides of the figure joined (任何个人不得持有一个上市公司5‰以上的发行在外的
    /// 普通股 → 个人持有上市公司发行在外的普通股; 任何法人直接或者间接持有一个上市公司发行在外的普通股达到5%时 → 法人持有上市公司发行在外的
    /// 普通股; 持有公司5%以上有表决权股份的法人股东 → 法人股东持有公司有表决权股份). The holder is the one the clause opens with, less
    /// 任何 and what scopes it (发起人以外的), or else the holder the holding qualifies after its 的; how it is held (直接或者间接) and a
    /// modal (不得) are left out. nil where no 持有 opens the clause's object, where the object is bounded against a base (a share
    /// `subject` names by its part), or where no holder is found.
    func holding(of figure: Range<Int>) -> String? {
        let clause = scan.clauseStart(before: figure.lowerBound)..<scan.clauseEnd(after: figure.upperBound)
        guard let hold = (clause.lowerBound..<figure.lowerBound).last(where: { scan.has(SubjectFinder.hold, at: $0) }) else { return nil }
        // Before the figure: the object, less the link to the figure (达到).
        var objectEnd = figure.lowerBound
        while let link = scan.longest(of: SubjectFinder.holdingLinks, endingAt: objectEnd), objectEnd - link.count > hold { objectEnd -= link.count }
        var objectStart = hold + SubjectFinder.hold.count
        if let one = scan.longest(of: SubjectFinder.oneOf, at: objectStart) { objectStart += one.count }
        guard objectStart <= objectEnd, (objectStart..<objectEnd).allSatisfy({ HanCharacter.contains(scan[$0]) }),
              !(objectStart..<objectEnd).contains(where: { scan.longest(of: SubjectFinder.shareBounds, at: $0) != nil }) else { return nil }
        // After the figure: its bound and 的, then the rest of the object up to the clause's end, a time word (后, 时) or the holder's 的.
        var afterStart = figure.upperBound
        if let bound = scan.longest(of: SubjectFinder.holdingBounds, at: afterStart) { afterStart += bound.count }
        if scan[afterStart] == SubjectFinder.de { afterStart += 1 }
        var afterEnd = afterStart
        var holder: String?
        while afterEnd < clause.upperBound, HanCharacter.contains(scan[afterEnd]) {
            if scan[afterEnd] == SubjectFinder.de, let owner = holderNoun(from: afterEnd + 1, before: clause.upperBound) {
                holder = owner
                break
            }
            afterEnd += 1
        }
        if holder == nil {
            while afterEnd > afterStart, SubjectFinder.holdingEnds.contains(scan[afterEnd - 1]) { afterEnd -= 1 }
        }
        let object = scan.original(objectStart..<objectEnd) + scan.original(afterStart..<afterEnd)
        guard (2...SubjectFinder.longestHolding).contains(object.count) else { return nil }
        holder = holder ?? holderBefore(hold, from: clause.lowerBound)
        guard let holder else { return nil }
        return holder + scan.original(hold..<(hold + SubjectFinder.hold.count)) + object
    }

    /// The holder the clause opens with before 持有 at `hold`: the words from `start` (after an article's label), less the manner
    /// of holding and a modal, 任何, and what scopes the holder before its last 的; nil where they end in no noun of those who
    /// hold (…高级管理人员和持有: the holder follows the holding).
    private func holderBefore(_ hold: Int, from start: Int) -> String? {
        var end = hold
        var moved = true
        while moved {
            moved = false
            if let word = scan.longest(of: SubjectFinder.holdingManners, endingAt: end), end - word.count >= start {
                end -= word.count
                moved = true
            }
        }
        // 第四十六条 任何个人: an article's label before a space, and what scopes the holder before its 的, are no part of it.
        var begin = (start..<end).last(where: { scan[$0] == SubjectFinder.de || Unit.isSpace(scan[$0]) }).map { $0 + 1 } ?? start
        while let word = scan.longest(of: SubjectFinder.holderOpeners, at: begin), begin + word.count < end { begin += word.count }
        guard (2...SubjectFinder.longestHolder).contains(end - begin), (begin..<end).allSatisfy({ HanCharacter.contains(scan[$0]) }),
              SubjectFinder.holderEnds.contains(where: { scan.has($0, endingAt: end) }) else { return nil }
        return scan.original(begin..<end)
    }

    /// A holder a holding qualifies (…有表决权股份的法人股东): the noun from `start` up to a stop, ending in a noun of those who hold.
    private func holderNoun(from start: Int, before end: Int) -> String? {
        var stop = start
        while stop < end, stop - start < SubjectFinder.longestHolder, HanCharacter.contains(scan[stop]),
              !SubjectFinder.holderStops.contains(scan[stop]) { stop += 1 }
        guard stop - start >= 1, SubjectFinder.holderEnds.contains(where: { scan.has($0, endingAt: stop) }) else { return nil }
        return scan.original(start..<stop)
    }

    private static let hold = Unit.of("持有")
    private static let oneOf: [[UInt16]] = ["一个", "一家"].map(Unit.of)
    /// Links between a holding and its threshold (…普通股达到5%时).
    private static let holdingLinks: [[UInt16]] = ["达到", "超过", "不足", "未达到"].map(Unit.of)
    /// Bound words written after a holding's threshold (5%以上的).
    private static let holdingBounds: [[UInt16]] = ["以上", "以下", "以内"].map(Unit.of)
    /// Characters that close a holding's clause without being held (…的普通股后, …达到5%时, …普通股的).
    private static let holdingEnds: Set<UInt16> = Set("后时的".utf16)
    /// The manner of holding and the modals before 持有 (任何法人直接或者间接持有, 任何个人不得持有).
    private static let holdingManners: [[UInt16]] = ["直接或者间接", "直接或间接", "直接", "间接", "不得", "可以", "应当", "单独或者合计", "合计"].map(Unit.of)
    /// Words that open a holder and are no part of it (任何法人, 致使个人, 是指居民企业).
    private static let holderOpeners: [[UInt16]] = ["任何", "致使", "凡", "是指"].map(Unit.of)
    /// Ends of the nouns of those who hold (个人, 法人, 股东, 投资者, 机构, 企业).
    private static let holderEnds: [[UInt16]] = ["人", "股东", "者", "机构", "企业", "公司"].map(Unit.of)
    private static let holderStops: Set<UInt16> = Set("的所在对和及与,，".folded.utf16)
    private static let longestHolder = 8
    private static let longestHolding = 20
}
