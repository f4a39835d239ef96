/// What a figure measures, where its sentence says so: the subject of a copula (出生性别比是118.06),
/// the object of an activity verb (印发各类宣传品2万余份), a noun after the figure (2名医生), or a
/// quantity noun written right before it (出生人口性别比116.86).
struct SubjectFinder {
    let scan: ScanText

    /// The longest a subject may be, in characters; longer phrases are clauses, not names.
    private static let longest = 12

    /// The subject of the figure spanning `start..<end`; `countsNoun` where its unit is itself a noun
    /// (19个村), which then names what is counted.
    func subject(before start: Int, after end: Int, kind: StatisticKind, countsNoun: Bool = false) -> String? {
        if countsNoun { return nil }
        let clauseStart = scan.clauseStart(before: start)
        // 10元的保健费: the noun the figure qualifies; 2名医生: the noun a measure word counts.
        if scan[end] == Unit.one("的"), let noun = nounRun(from: end + 1) { return noun }
        if kind == .count, let noun = nounRun(from: end) { return noun }
        if let copula = scan.longest(of: StatisticUnits.copulas, endingAt: start) {
            return phrase(clauseStart..<(start - copula.count))
        }
        if let object = verbObject(in: clauseStart..<start) { return object }
        if scan.longest(of: StatisticUnits.quantityNouns, endingAt: start) != nil { return phrase(clauseStart..<start) }
        return nil
    }

    /// The object after the last activity verb of the clause before the figure.
    private func verbObject(in range: Range<Int>) -> String? {
        var index = range.upperBound - 1
        while index >= range.lowerBound {
            if let verb = scan.longest(of: StatisticUnits.actionVerbs, at: index), index + verb.count <= range.upperBound {
                let objectStart = index + verb.count
                guard objectStart < range.upperBound else { return nil }
                return phrase(objectStart..<range.upperBound)
            }
            index -= 1
        }
        return nil
    }

    /// A phrase cleaned into a subject: the part after its last 的, without opening quantifiers (各类);
    /// nil where it is empty, too long, or holds anything but Chinese characters.
    private func phrase(_ range: Range<Int>) -> String? {
        guard !range.isEmpty else { return nil }
        var start = range.lowerBound
        for index in range where scan[index] == Unit.one("的") { start = index + 1 }
        if let filler = scan.longest(of: StatisticUnits.objectFillers, at: start), start + filler.count < range.upperBound {
            start += filler.count
        }
        let subject = start..<range.upperBound
        guard !subject.isEmpty, subject.count <= SubjectFinder.longest, subject.allSatisfy({ Unit.isHan(scan[$0]) }) else { return nil }
        return scan.original(subject)
    }

    private static let nounStops: Set<UInt16> = Set("在的进对和与并于将为是及等由从把被向给到已有也都就还要可".utf16)

    /// The Chinese characters right after `start` up to a function word or punctuation, at most four
    /// (2名医生在场 → 医生); nil where no such end comes soon enough to tell a noun from a clause.
    private func nounRun(from start: Int) -> String? {
        var end = start
        while end < scan.count, end - start < 4, Unit.isHan(scan[end]), !SubjectFinder.nounStops.contains(scan[end]) { end += 1 }
        guard end - start >= 1, !Unit.isHan(scan[end]) || SubjectFinder.nounStops.contains(scan[end]) else { return nil }
        return scan.original(start..<end)
    }
}
