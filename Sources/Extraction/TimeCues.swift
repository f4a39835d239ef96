import Ingestion
import TextNormalization
/// The words that date a figure and tell an aim from an achievement: years (2025年, 一九七八年, 到2027年),
/// years relative to the document's (今年, 去年), five-year plans (十四五 → 2021-2025), spans
/// (过去五年, 这两年中), and the verbs of goals (预期目标, 力争, 确保) and of results (完成, 已).
enum TimeCues {
    /// A year or a span of years.
    struct Period: Equatable {
        var first: Int
        var last: Int
        /// Both ends are written as years (2016年至2020年), not counted back (过去五年).
        var isExplicit = false
        /// Where the period stops dating the text, when its sentence bounds it (，十年增加近70万亿元。);
        /// nil when it dates the rest of its paragraph.
        var scopeEnd: Int?

        var text: String { first == last ? String(first) : "\(first)-\(last)" }
    }

    /// The period named nearest before `end`, back to `start` (not a comparison's base: 比上年, 比1980年);
    /// with `floor`, only periods ending after it (the caller knows the nearest one before).
    static func period(in scan: ScanText, from start: Int, before end: Int, dates: DocumentDates, scanningBackTo floor: Int = 0) -> Period? {
        var index = end
        var stop = max(start, floor)
        while index > stop {
            // 在1979到1983年平均每年递增7.9%的基础上，比上年增长14.2%: the years of the circumstance are not
            // the figure's; the scan goes on before it (past the floor, whose cue may be the circumstance's).
            if scan.has(basis, endingAt: index), let opening = ((start..<(index - basis.count)).last { scan[$0] == at }),
               !(opening..<index).contains(where: { Unit.isClauseEnd(scan[$0]) }) {
                index = opening
                stop = start
                continue
            }
            // 自1995年7月12日云南孟连…发生7.3级强震后，…相继发生了2月3日云南丽江7.0级: the year of the event a clause counts
            // from dates that event only; the scan goes on before it (1996年，…).
            if scan[index - 1] == afterMark, Unit.isClauseEnd(scan[index]),
               let opening = ((start..<(index - 1)).last { scan[$0] == sinceMark }),
               Unit.isASCIIDigit(scan[opening + 1]) || ChineseNumeral.isDigitCharacter(scan[opening + 1]),
               !(opening..<(index - 1)).contains(where: { Unit.isClauseEnd(scan[$0]) }) {
                index = opening
                stop = start
                continue
            }
            if var period = period(in: scan, endingAt: index, from: start, dates: dates) {
                // 提出到2020年…行动目标。…新增发电装机容量4.45亿千瓦: a deadline dates its own sentence only, and so
                // do years counted inside a sentence (国内生产总值…，十年增加近70万亿元。财政收入增加到…).
                let deadline = isDeadline(scan, yearEndingAt: index)
                if deadline || namesGoal(scan, yearEndingAt: index) || isCountInsideSentence(scan, yearEndingAt: index) {
                    let close = scan.sentence(around: index).upperBound
                    if close < end {
                        index -= 1
                        continue
                    }
                    if !deadline { period.scopeEnd = close }
                }
                return period
            }
            index -= 1
        }
        return nil
    }

    /// Whether the year ending at `end` is a deadline inside a sentence (提出到2020年…): one opening its
    /// sentence (到2020年，全国农机总动力…) scopes what follows, and 一九八六年到一九九○年 is a span.
    private static func isDeadline(_ scan: ScanText, yearEndingAt end: Int) -> Bool {
        end >= 7 && scan[end - 1] == yearMark && scan[end - 6] == deadlineMark && HanCharacter.contains(scan[end - 7])
            && scan[end - 7] != yearMark
            && (end - 5..<end - 1).allSatisfy { Unit.isASCIIDigit(scan[$0]) || ChineseNumeral.isDigitCharacter(scan[$0]) }
    }

    /// Whether the year ending at `end` is the year of a goal a verb meets (落实2030年应对气候变化国家自主贡献目标。):
    /// it names the goal and dates no figure after its sentence.
    private static func namesGoal(_ scan: ScanText, yearEndingAt end: Int) -> Bool {
        guard end >= 5, scan[end - 1] == yearMark, scan.longest(of: goalMeetingVerbs, endingAt: end - 5) != nil else { return false }
        let close = scan.clauseEnd(after: end)
        return ((end + 1)...close).contains { scan.has(goal, endingAt: $0) }
    }

    private static let goalMeetingVerbs: [[UInt16]] = ["落实", "实现", "完成"].map(Unit.of)
    private static let goal = Unit.of("目标")

    /// The nearest span written with both its years before `end`, within a few paragraphs, that counts
    /// `years` years.
    private static func namedSpan(in scan: ScanText, before end: Int, years: Int, dates: DocumentDates) -> Period? {
        nearestSpan(in: scan, before: end, dates: dates) { $0.isExplicit && $0.last - $0.first + 1 == years }
    }

    /// The nearest span of years before `end` that ends in `year`, within a few paragraphs (五年来 … 国民生产总值
    /// １９８７年达到１０９２０亿元，平均每年增长１１．１％: the years the average runs over).
    static func span(endingIn year: Int, in scan: ScanText, before end: Int, dates: DocumentDates) -> Period? {
        nearestSpan(in: scan, before: end, dates: dates) { $0.first < $0.last && $0.last == year }
    }

    /// The nearest span of years written before `end`, within `spanReach`, that `matches`.
    private static func nearestSpan(in scan: ScanText, before end: Int, dates: DocumentDates, where matches: (Period) -> Bool) -> Period? {
        var index = end
        while index > max(0, end - spanReach) {
            if scan[index - 1] == yearMark, let named = period(in: scan, endingAt: index, from: 0, dates: dates), matches(named) {
                return named
            }
            index -= 1
        }
        return nil
    }

    /// How far back (in UTF-16 units) 这十年 looks for the years it points to, and an average for the years it runs over.
    private static let spanReach = 1_500

    /// Whether the years ending at `end` are a count of years opening a clause inside a sentence, with no
    /// word that makes them the text's frame (过去, 来, 以来): …增加到121万亿元，五年年均增长5.2%，十年增加近70万亿元.
    private static func isCountInsideSentence(_ scan: ScanText, yearEndingAt end: Int) -> Bool {
        guard scan[end - 1] == yearMark else { return false }
        var begin = end - 1
        while begin > 0, ChineseNumeral.isNumeralCharacter(scan[begin - 1]) || Unit.isASCIIDigit(scan[begin - 1]) { begin -= 1 }
        guard begin < end - 1, innerClauseMarks.contains(scan[begin - 1]),
              let count = ChineseNumeral.value(of: scan.foldedString(begin..<(end - 1)))?.integerValue, (1...30).contains(count) else { return false }
        return scan.longest(of: spanOpeners, endingAt: begin) == nil && scan.longest(of: spanClosers, at: end) == nil
    }

    /// The period a heading names, the first where it names two (一、1998年工作回顾和1999年工作的总体要求
    /// heads the review of 1998; 一、关于过去五年的政府工作).
    static func firstPeriod(in scan: ScanText, dates: DocumentDates) -> Period? {
        for end in 1...max(1, scan.count) {
            if let period = period(in: scan, endingAt: end, from: 0, dates: dates) { return period }
        }
        return nil
    }

    /// A period whose words end right before `end`.
    private static func period(in scan: ScanText, endingAt end: Int, from start: Int, dates: DocumentDates) -> Period? {
        let year = dates.year
        let last = scan[end - 1]
        // Years, relative years (今年, 上一年) and plans (十四五) end in 年 or 五, the century's end in 末, plans named
        // by their ordinal (第一个五年计划) in 划.
        guard last == yearMark || last == five || last == centuryEndMark || last == planEnd else { return nil }
        if last == centuryEndMark {
            // 到本世纪末…翻两番: the last year of the century the document is written in (2000 in 1985).
            guard let year, scan.has(centuryEnd, endingAt: end), end - centuryEnd.count >= start else { return nil }
            let close = ((year - 1) / 100 + 1) * 100
            return Period(first: close, last: close)
        }
        if last == yearMark {
            // 2025年, 一九七八年, 二〇〇一年.
            var digits = end - 1
            while digits > start, Unit.isASCIIDigit(scan[digits - 1]) || ChineseNumeral.isDigitCharacter(scan[digits - 1]) { digits -= 1 }
            if end - 1 - digits == 4, !isComparison(scan, before: digits), !opensStartValue(scan, dateFrom: digits, to: end),
               !isPriceBase(scan, yearFrom: digits, to: end), !isMultipleBase(scan, yearEnd: end),
               let value = yearValue(scan, digits..<(end - 1)) {
                if scan.has(since, at: end) {
                    // 农村居民人均纯收入实际增速为1985年以来最高: the years since are what a record is measured against, no frame.
                    if scan.longest(of: records, at: end + since.count) != nil { return nil }
                    return year.map { Period(first: value + 1, last: $0) }
                }
                // 一九七一年到一九七八年, 1979到1983年: two years joined name both ends.
                if let joiner = scan.longest(of: StatisticUnits.rangeJoiners, endingAt: digits) {
                    let firstEnd = scan[digits - joiner.count - 1] == yearMark ? digits - joiner.count - 1 : digits - joiner.count
                    if firstEnd >= 4, !Unit.isASCIIDigit(scan[firstEnd - 5]), !ChineseNumeral.isDigitCharacter(scan[firstEnd - 5]),
                       let first = yearValue(scan, (firstEnd - 4)..<firstEnd), first < value {
                        return Period(first: first, last: value, isExplicit: true)
                    }
                }
                return Period(first: value, last: value)
            }
            // 过去五年, 这两年中, 五年来, 今后五年: a span of years back or forward from the document's.
            if let year, let reviewed = dates.lastReviewedYear,
               let span = span(in: scan, yearMarkAt: end - 1, from: start, ahead: dates.plansAhead) {
                // 1953年到1978年的二十六年间, 从一九七八年到一九八五年八年间: the years counted are those just named.
                var begin = end - 1
                while begin > start, ChineseNumeral.isNumeralCharacter(scan[begin - 1]) || Unit.isASCIIDigit(scan[begin - 1]) { begin -= 1 }
                let namedEnd = scan[begin - 1] == de ? begin - 1 : begin
                if namedEnd > start, scan[namedEnd - 1] == yearMark, let named = period(in: scan, endingAt: namedEnd, from: start, dates: dates),
                   named.isExplicit {
                    return named
                }
                // 从一九七六年到一九八五年是关键的十年。…在这十年里: 这 points back to the years last named as many.
                if scan.has(this, endingAt: begin), let named = namedSpan(in: scan, before: begin - this.count, years: span.count, dates: dates) {
                    return named
                }
                return span.forward ? Period(first: year, last: year + span.count - 1) : Period(first: reviewed - span.count + 1, last: reviewed)
            }
        }
        if let word = scan.longest(of: relativeYears, endingAt: end), end - word.count >= start, let year,
           !isComparison(scan, before: end - word.count), !opensStartValue(scan, dateFrom: end - word.count, to: end),
           // 与去年同期相比: the base of a comparison written around it.
           !(scan.has(compared, at: end) || scan.has(samePeriodCompared, at: end)),
           // 在…的基础上年均增长7%: the 上 of 基础上 and the 年 of 年均 are no 上年.
           !(word == lastYear && wordsEndingInShang.contains(scan[end - 3])) {
            let offset = relativeOffsets[String(decoding: word, as: UTF16.self)] ?? 0
            return Period(first: year + offset, last: year + offset)
        }
        // 第一个五年计划期间, 由于第一个五年计划的完成: a plan named by its ordinal is its five years (not 第二个五年计划的第一年).
        if let plan = scan.longest(of: ordinalPlanNames, endingAt: end), end - plan.count >= start,
           let first = ordinalPlanYears[String(decoding: plan, as: UTF16.self)], !scan.has(ofOrdinal, at: end),
           !isComparison(scan, before: end - plan.count), !isStandard(scan, before: end - plan.count) {
            return Period(first: first, last: first + 4)
        }
        if let plan = scan.longest(of: planNames, endingAt: end), end - plan.count >= start,
           let first = planYears[String(decoding: plan, as: UTF16.self)], !HanCharacter.contains(scan[end]) || planHeads.contains(scan[end]) {
            // 十四五 stands in quotes or before 规划/时期; 十五 alone is a number. 比“六五”期间增长一倍 compares
            // with the plan: it does not date the figure.
            let quoted = scan[end - plan.count - 1] == openQuote
            if plan.count >= 3 || quoted, !isComparison(scan, before: end - plan.count - (quoted ? 1 : 0)), !namesIssuedText(scan, after: end) {
                return Period(first: first, last: first + 4)
            }
        }
        return nil
    }

    /// Whether the plan's name ending before `index` opens the name of a text issued under it (发布实施“十二五”节能减排综合性
    /// 工作方案): the plan names the text, it does not date what the sentence goes on to say. The plan itself (“十二五”规划,
    /// “十二五”时期) is no such text.
    private static func namesIssuedText(_ scan: ScanText, after index: Int) -> Bool {
        var end = scan[index] == closeQuote ? index + 1 : index
        guard HanCharacter.contains(scan[end]), !planHeads.contains(scan[end]) else { return false }
        let limit = end + longestIssuedName
        while end < limit, HanCharacter.contains(scan[end]) {
            end += 1
            if scan.longest(of: issuedTexts, endingAt: end) != nil, !HanCharacter.contains(scan[end]) || scan[end] == and { return true }
        }
        return false
    }

    /// The year a change is measured from, written before `end` back to `start`: 比一九八九年增长 → 1989.
    static func comparisonBase(in scan: ScanText, from start: Int, before end: Int) -> Int? {
        var index = end
        while index > start + 5 {
            if scan[index - 1] == yearMark, isComparison(scan, before: index - 5), let value = yearValue(scan, (index - 5)..<(index - 1)) {
                return value
            }
            index -= 1
        }
        return nil
    }

    /// The date a figure right after `start` is the first value of (由1978年的36.5％, 从去年的2.1%,
    /// 比一九八○年的七千一百五十九亿元): a year, or an offset from the document's year (去年) or, for
    /// 上年, from the year the sentence is about; nil where no such date stands before it.
    static func startValueDate(in scan: ScanText, before start: Int, documentYear: Int?) -> StartDate? {
        guard start > 2, scan[start - 1] == de else { return nil }
        let end = start - 1
        if end >= 6, scan[end - 1] == yearMark, changeStarts.contains(scan[end - 6]) || comparisonMarks.contains(scan[end - 6]),
           let value = yearValue(scan, (end - 5)..<(end - 1)) {
            return .year(value)
        }
        guard let word = scan.longest(of: relativeYears, endingAt: end), end - word.count >= 1,
              changeStarts.contains(scan[end - word.count - 1]) || comparisonMarks.contains(scan[end - word.count - 1]) else { return nil }
        let offset = relativeOffsets[String(decoding: word, as: UTF16.self)] ?? 0
        if previousWords.contains(word) { return .beforeContext }
        return documentYear.map { .year($0 + offset) }
    }

    /// The year of the last dated first value of a change in `range` (由1997年的123万公里增加到2002年的…), read
    /// back at most a sentence's reach: an undated change after it in its paragraph (其中高速公路由4771公里
    /// 增加到2.52万公里, 农村居民家庭人均纯收入由2090元增加到2476元) starts the same year, as a review lists them.
    static func lastStartYear(in scan: ScanText, _ range: Range<Int>) -> Int? {
        var index = range.upperBound
        let floor = max(range.lowerBound, range.upperBound - ScanText.sentenceReach) + 7
        while index > floor {
            if scan[index - 1] == de, scan[index - 2] == yearMark, changeStarts.contains(scan[index - 7]),
               let value = yearValue(scan, (index - 6)..<(index - 2)) {
                return value
            }
            index -= 1
        }
        return nil
    }

    /// The date of a change's first value: a year, or the year before the one its sentence is about (上年).
    enum StartDate: Equatable {
        case year(Int)
        case beforeContext
    }

    /// Whether the date written at `start..<end` opens the first value of a change (由1978年的36.5％,
    /// 从去年的2.1%): it dates that value only, not the figures after it.
    private static func opensStartValue(_ scan: ScanText, dateFrom start: Int, to end: Int) -> Bool {
        guard start > 0, changeStarts.contains(scan[start - 1]) else { return false }
        // 由今年预计的3%提高到4%: the year's estimate is where the change starts too.
        let after = scan.has(estimated, at: end) ? end + estimated.count : end
        let next = scan[after] == de ? scan[after + 1] : scan[after]
        return Unit.isASCIIDigit(next) || ChineseNumeral.canStart(next)
    }

    /// （按一九五二年不变价格计算）: the year whose prices a total is counted in, not the year it is about.
    private static func isPriceBase(_ scan: ScanText, yearFrom start: Int, to end: Int) -> Bool {
        start > 0 && scan[start - 1] == byMark && (end..<(end + 4)).contains { scan.has(prices, at: $0) }
    }

    /// 将等于一九四九年的四点二倍: the year a multiple is of is its base, not the year the figure is about.
    private static func isMultipleBase(_ scan: ScanText, yearEnd end: Int) -> Bool {
        guard scan[end] == de, let multiple = ChineseNumeral.match(in: scan, at: end + 1) else { return false }
        return scan[multiple.end] == timesMark
    }

    private static let timesMark = Unit.one("倍")

    /// 大大地超过了我国第一个五年计划的平均速度: what a figure is measured against, named a few words after a
    /// verb of comparing in its clause, does not date it.
    private static func isStandard(_ scan: ScanText, before index: Int) -> Bool {
        var end = index
        while end > max(0, index - standardReach), !Unit.isClauseEnd(scan[end - 1]) {
            if scan.longest(of: comparingVerbs, endingAt: end) != nil { return true }
            end -= 1
        }
        return false
    }

    private static let comparingVerbs: [[UInt16]] = ["超过", "高于", "低于", "相当于"].map(Unit.of)
    /// How far before a period's name a verb of comparing may stand (超过了我国 between them).
    private static let standardReach = 5
    private static let byMark = Unit.one("按")
    private static let prices = Unit.of("价格")

    /// 比2020年, 比上年, 较去年, 同比: the base of a comparison, not the figure's period.
    private static func isComparison(_ scan: ScanText, before index: Int) -> Bool {
        comparisonMarks.contains(scan[index - 1]) || scan.has(compared, endingAt: index)
    }

    private static func yearValue(_ scan: ScanText, _ range: Range<Int>) -> Int? {
        var value = 0
        for index in range {
            let unit = scan[index]
            let digit = Unit.isASCIIDigit(unit) ? Int(unit) - 0x30 : ChineseNumeral.digitValue(unit)
            guard let digit else { return nil }
            value = value * 10 + digit
        }
        return (1900...2100).contains(value) ? value : nil
    }

    /// The span of years a numeral before 年 counts when it dates rather than measures: 过去五年, 近五年,
    /// 这两年中, 五年来, 以来的五年, 今后五年 — and how many years, and whether they lie ahead.
    /// Years opening a clause with no word saying which way they run count forward where the section
    /// plans `ahead` (“十二五”时期的主要目标: 五年城镇新增就业4500万人), back elsewhere.
    static func span(in scan: ScanText, yearMarkAt mark: Int, from start: Int, ahead: Bool = false) -> (count: Int, forward: Bool)? {
        var begin = mark
        while begin > start, ChineseNumeral.isNumeralCharacter(scan[begin - 1]) || Unit.isASCIIDigit(scan[begin - 1]) { begin -= 1 }
        guard begin < mark, let count = ChineseNumeral.value(of: scan.foldedString(begin..<mark))?.integerValue, (1...30).contains(count),
              scan[begin] != ten || count >= 10 else { return nil }
        if let before = scan.longest(of: spanOpeners, endingAt: begin) {
            return (count, forwardOpeners.contains(before))
        }
        // 五年来 counts back; 五年内, 五年中 run the way the section does (“七五”时期…五年内…增长百分之三十八),
        // or ahead after an aim (争取在三年内把我国人口自然增长率降到百分之一以下).
        if let closer = scan.longest(of: spanClosers, at: mark + 1) {
            if backClosers.contains(closer) { return (count, false) }
            // 争取每年平均装机900万千瓦以上，并…，在五年内使电力供应紧张状况得到明显缓和: the aim may open the sentence.
            return (count, ahead || nearestRole(in: scan, scan.sentence(around: begin).lowerBound..<begin, year: nil) == .target)
        }
        // 运输邮电业迅速发展，五年铁路正线铺轨总里程11344公里: years opening a clause, before what they
        // total, count back (not 三年行动计划, 五年规划: a plan's name).
        if begin == start || clauseMarks.contains(scan[begin - 1]), HanCharacter.contains(scan[mark + 1]), !planWords.contains(scan[mark + 1]),
           !ChineseNumeral.isNumeralCharacter(scan[mark + 1]) {
            return (count, ahead)
        }
        return nil
    }

    /// Whether the duration 五年 at `range` (its 年 last) dates the text rather than measures something.
    static func isSpan(_ scan: ScanText, _ range: Range<Int>) -> Bool {
        span(in: scan, yearMarkAt: range.upperBound - 1, from: max(0, range.lowerBound - 4)) != nil
    }

    /// The role words of `range` say, the nearest before its end first: an aim or an achievement; an
    /// estimate anywhere in it (估计将增加) makes it neither. `aimsOnly` reads only goals and target
    /// years (the opening clause of a paragraph: 到2020年，).
    static func role(in scan: ScanText, _ range: Range<Int>, year: Int? = nil, aimsOnly: Bool = false) -> StatisticRole? {
        if !aimsOnly, hasEstimate(in: scan, endingAfter: range.lowerBound, through: range.upperBound) { return .other }
        return nearestRole(in: scan, range, year: year, aimsOnly: aimsOnly)
    }

    /// Whether a word of estimate (预计, 估计) ends after `first`, up to `last`.
    static func hasEstimate(in scan: ScanText, endingAfter first: Int, through last: Int) -> Bool {
        guard first < last else { return false }
        return ((first + 1)...last).contains { otherWordEnds[Int(scan[$0 - 1])] && scan.longest(of: otherWords, endingAt: $0) != nil }
    }

    /// The role the words nearest before the end of `range` say, estimates aside; with `floor`, only
    /// words ending after it (the caller knows the nearest one before).
    static func nearestRole(in scan: ScanText, _ range: Range<Int>, year: Int?, aimsOnly: Bool = false,
                            scanningBackTo floor: Int = 0) -> StatisticRole? {
        var index = range.upperBound
        let stop = max(range.lowerBound, floor)
        while index > stop {
            guard roleWordEnds[Int(scan[index - 1])] else {
                index -= 1
                continue
            }
            if let word = scan.longest(of: aimsOnly ? goalWords : targetWords, endingAt: index), index - word.count >= range.lowerBound,
               !(word == need && notNeeds.contains(scan[index - 2])), !(word == will && marksObject(scan, after: index)) {
                // 经过努力, 经过多年努力: the effort is behind the figure, not ahead of it.
                if word == effort, ((index - word.count - 6)..<(index - word.count)).contains(where: { $0 >= 0 && scan.has(through, at: $0) }) {
                    return aimsOnly ? nil : .actual
                }
                // 全面实现年初确定的主要目标, 超过计划的要求, 完成原定计划的101%: a plan met is a result,
                // unless an aim comes before the verb (力争完成计划). A paragraph that opens on a goal reached
                // (国内生产总值增长率达到预期目标，… in the review of 1999) sets no aim for its figures.
                if plannedThings.contains(word) || !aimsOnly && word == need && scan[index] == demand,
                   let verb = resultVerbStart(in: scan, from: max(range.lowerBound, scan.clauseStart(before: index - word.count)), before: index - word.count) {
                    return nearestRole(in: scan, range.lowerBound..<verb, year: year, aimsOnly: aimsOnly, scanningBackTo: floor) ?? (aimsOnly ? nil : .actual)
                }
                return .target
            }
            // 年均实际增长超过7%: 实际 before a change is real growth, no sign of a result.
            if !aimsOnly, let word = scan.longest(of: actualWords, endingAt: index), index - word.count >= range.lowerBound,
               !(word == real && ChangeWords.startsChange(in: scan, at: index)) {
                return .actual
            }
            // 到2027年: an aim where the year is the document's or later.
            if scan[index - 1] == yearMark, index - 6 >= range.lowerBound, aimMarks.contains(scan[index - 6]),
               let value = yearValue(scan, (index - 5)..<(index - 1)) {
                if let year, value < year { return .actual }
                return .target
            }
            index -= 1
        }
        return nil
    }

    /// Whether the 将 that ends before `index` marks what a verb later in its clause disposes of (将312万名…纳入工伤保险,
    /// 将…水平提高30％ in the review of a year) rather than the future (将增加, 将由…增加到): it says nothing of aims.
    static func marksObject(_ scan: ScanText, after index: Int) -> Bool {
        guard scan.longest(of: futureComplements, at: index) == nil else { return false }
        var end = index + 1
        while end < min(scan.count, index + longestObject), !clauseMarks.contains(scan[end]), !Unit.isSentenceEnd(scan[end]) {
            if scan.longest(of: disposals, at: end) != nil { return true }
            end += 1
        }
        return false
    }

    private static let will = Unit.of("将")
    /// What follows 将 of the future: a verb or an adverb (将增加, 将由…, 将继续, 将于).
    private static let futureComplements: [[UInt16]] = ["增加", "增长", "减少", "下降", "提高", "降低", "达到", "超过", "扩大", "突破",
                                                        "由", "从", "比", "有", "继续", "进一步", "大大", "会", "可", "在", "被", "是",
                                                        "成为", "逐步", "全面", "基本", "新增", "安排", "实现", "完成", "保持", "更",
                                                        "不", "以", "使", "把", "对", "向", "为", "给", "于", "用", "达", "近", "约"].map(Unit.of)
    /// Verbs that dispose of what 将 marks.
    private static let disposals: [[UInt16]] = ["纳入", "列入", "作为", "提高", "降低", "降至", "扩大", "调整", "调高", "调低",
                                                "上调", "下调", "改为", "定为"].map(Unit.of)
    /// How far a 将's object reaches.
    private static let longestObject = 40

    /// Where the last verb of meeting a plan (实现, 完成, 超过, 达到) starts in `start..<end`.
    private static func resultVerbStart(in scan: ScanText, from start: Int, before end: Int) -> Int? {
        var index = end
        while index > start {
            if let verb = scan.longest(of: resultVerbs, endingAt: index), index - verb.count >= start { return index - verb.count }
            index -= 1
        }
        return nil
    }

    /// Aims that can be met: after a verb of meeting them, a result.
    private static let plannedThings: Set<[UInt16]> = Set(["预期目标", "目标", "计划", "指标", "任务", "预定"].map(Unit.of))
    private static let resultVerbs: [[UInt16]] = ["实现", "完成", "超过", "超额完成", "超额", "达到"].map(Unit.of)
    private static let yearMark = Unit.one("年")
    private static let basis = Unit.of("的基础上")
    private static let at = Unit.one("在")
    private static let sinceMark = Unit.one("自")
    private static let afterMark = Unit.one("后")
    /// 要 of an aim, and the characters before it that make it part of another word (主要, 重要, 需要, 只要).
    private static let need = Unit.of("要")
    /// 求 after 要: the requirements of a plan (超过计划的要求).
    private static let demand = Unit.one("求")
    private static let notNeeds: Set<UInt16> = Set("主重需只必摘纲概提扼紧".utf16)
    private static let five = Unit.one("五")
    private static let planHeads: Set<UInt16> = Set("规时期".utf16)
    private static let openQuote = Unit.one("“")
    private static let comparisonMarks: Set<UInt16> = Set("比较同于".utf16)
    private static let compared = Unit.of("相比")
    private static let samePeriodCompared = Unit.of("同期相比")
    private static let estimated = Unit.of("预计")
    private static let ten = Unit.one("十")
    private static let this = Unit.of("这")
    private static let aimMarks: Set<UInt16> = Set("到至".utf16)
    private static let since = Unit.of("以来")
    /// Words of a record after 以来 (以来最高, 以来首次): the span is a comparison's.
    private static let records: [[UInt16]] = ["最高", "最低", "最多", "最少", "最快", "最慢", "最大", "最小", "最好", "首次", "新高", "新低"].map(Unit.of)
    private static let closeQuote = Unit.one("”")
    private static let and = Unit.one("和")
    /// Texts issued under a plan, ending its name (工作方案, 实施意见).
    private static let issuedTexts: [[UInt16]] = ["方案", "意见", "办法", "通知", "规定", "决定"].map(Unit.of)
    /// The longest name of a text issued under a plan, after the plan's name.
    private static let longestIssuedName = 16
    private static let lastYear = Unit.of("上年")
    /// 由, 从 before a date: where a change starts.
    private static let changeStarts: Set<UInt16> = Set("由从".utf16)
    private static let effort = Unit.of("努力")
    private static let real = Unit.of("实际")
    private static let through = Unit.of("经过")
    private static let de = Unit.one("的")
    /// Relative years that count from the year being spoken of, not the document's: 由上年的2.51吨.
    private static let previousWords: Set<[UInt16]> = [Unit.of("上年"), Unit.of("上一年")]
    private static let deadlineMark = Unit.one("到")
    /// Characters before 上 in words that end in it (基础上, 以上, 水平上, 线上): no 上年 starts at that 上.
    private static let wordsEndingInShang: Set<UInt16> = Set("础以平线面".utf16)
    /// Not 当年 (that year): it is the year the passage speaks of (当年新增加的主要生产能力 in the review of 1991 of
    /// the 1992 report), which the cues before it date, not the document's.
    private static let relativeYears: [[UInt16]] = ["今年", "去年", "上年", "明年", "前年", "上一年", "本年"].map(Unit.of)
    private static let relativeOffsets: [String: Int] = ["今年": 0, "去年": -1, "上年": -1, "明年": 1, "前年": -2, "上一年": -1, "本年": 0]
    private static let clauseMarks: Set<UInt16> = Set("，。；：,;:".utf16)
    /// Marks between the clauses of one sentence.
    private static let innerClauseMarks: Set<UInt16> = Set("，、,".folded.utf16)
    /// What follows the years of a plan's or a programme's name: 五年规划, 三年行动, 五年计划.
    private static let planWords: Set<UInt16> = Set("规计行期级制内来中间里以".utf16)
    private static let planYears: [String: Int] = ["一五": 1953, "二五": 1958, "三五": 1966, "四五": 1971, "五五": 1976, "六五": 1981, "七五": 1986, "八五": 1991, "九五": 1996, "十五": 2001, "十一五": 2006,
                                                   "十二五": 2011, "十三五": 2016, "十四五": 2021, "十五五": 2026, "十六五": 2031]
    private static let planNames: [[UInt16]] = planYears.keys.map(Unit.of)
    /// Plans named by their ordinal (第一个五年计划, 第十一个五年规划) and their first years: the third began in 1966.
    private static let ordinalPlanYears: [String: Int] = {
        let ordinals = ["一", "二", "三", "四", "五", "六", "七", "八", "九", "十", "十一", "十二", "十三", "十四", "十五"]
        var table: [String: Int] = [:]
        for (index, ordinal) in ordinals.enumerated() {
            for word in ["计划", "规划"] {
                table["第\(ordinal)个五年\(word)"] = index < 2 ? 1953 + 5 * index : 1966 + 5 * (index - 2)
            }
        }
        return table
    }()
    private static let ordinalPlanNames: [[UInt16]] = ordinalPlanYears.keys.map(Unit.of)
    private static let planEnd = Unit.one("划")
    /// 的第 after a plan's name: a year of it (第二个五年计划的第一年), not the plan.
    private static let ofOrdinal = Unit.of("的第")
    private static let spanOpeners: [[UInt16]] = ["过去", "近", "这", "最近", "以来的", "今后", "未来", "前", "后", "头", "最后", "这些"].map(Unit.of)
    private static let forwardOpeners: Set<[UInt16]> = Set(["今后", "未来", "后", "最后"].map(Unit.of))
    private static let spanClosers: [[UInt16]] = ["来", "中", "间", "里", "以来", "内"].map(Unit.of)
    private static let backClosers: Set<[UInt16]> = Set(["来", "以来"].map(Unit.of))
    private static let centuryEndMark = Unit.one("末")
    private static let centuryEnd = Unit.of("本世纪末")

    /// Words of aims: the figure is a target.
    private static let goalWords: [[UInt16]] = ["预期目标", "目标", "指标"].map(Unit.of)
    private static let targetWords: [[UInt16]] = ["预期目标", "目标", "力争", "确保", "争取", "要", "拟", "计划", "预定", "原定", "将",
                                                  "指标", "任务", "努力", "不低于", "不超过", "应当", "必须", "到本世纪末"].map(Unit.of)
    /// Words of estimates and rules: neither achieved nor aimed at.
    private static let otherWords: [[UInt16]] = ["预计", "估计", "预测", "据测算", "测算"].map(Unit.of)
    /// The last units of the words of aims and results, and 年 (到2027年): where a role may be read.
    private static let roleWordEnds = Unit.table(goalWords + targetWords + actualWords + [[yearMark]], last: true)
    private static let otherWordEnds = Unit.table(otherWords, last: true)
    /// Words of results.
    private static let actualWords: [[UInt16]] = ["完成", "已经", "已", "取得", "达到了", "增长了", "下降了", "提高了", "累计",
                                                  "回顾", "过去", "以来",
                                                  // 计划建成118个，实际建成128个; 今年上半年又比去年同期增长24.2％: the part of
                                                  // the year already past.
                                                  "实际", "上半年", "前三季度", "一季度"].map(Unit.of)
}
