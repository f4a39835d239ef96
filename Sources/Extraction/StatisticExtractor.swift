import Ingestion
import TextNormalization

/// Finds the figures of a document — counts, money, percentages, percentage points, ratios, durations,
/// periods — with their unit, bounds, what each measures, its aspect, role and period, leaving aside
/// what only looks like a number: years and dates, article numbers (第36条), ordinals (第六次, 十六次全国
/// 代表大会), headings (一、 1、 （二）), words and names that contain a numeral (统一, 一些, 北三县,
/// 中央八项规定, “三校一院”, 开放2.0任务, 0.1微克攻坚行动), and spans that date the text (过去五年).
public struct StatisticExtractor: Sendable {
    /// Whether the text lays down standing rules (`DocumentGenre.laysDownRules`): there a bound that marks out a class
    /// (违法所得数额在十万元以上的), a number of years (任期五年, 三年内不受理) and months after an event (竣工后六个月内) are
    /// the rule's thresholds and terms, where a report's are the names of classes and spans that date the text.
    var laysDownRules = false
    /// The terms the document defines for itself (`SubjectFinder.definedTerms(in:)`), naming the figures that use them.
    var definedTerms: [[UInt16]] = []

    public init() {}

    /// Every statistic of `document`, in reading order.
    public func statistics(in document: Document) -> [Statistic] {
        statistics(in: ScannedDocument(document))
    }

    /// Every statistic of a document whose sections are scanned already (see `ScannedDocument`), in reading order.
    public func statistics(in scanned: ScannedDocument) -> [Statistic] {
        let document = scanned.document
        let plansTheYearAfter = document.plansTheYearAfterIt
        let reportsFacts = StatisticExtractor.reportsFacts(document)
        let dates = DocumentDates(year: document.year, isReport: StatisticExtractor.isReport(document),
                                  reviewsItsOwnYear: document.isPartyCongressReport || plansTheYearAfter || reportsFacts,
                                  plansTheYearAfter: plansTheYearAfter, reportsFacts: reportsFacts,
                                  datesFacts: reportsFacts && !document.title.hasSuffix("通报"),
                                  laysDownRules: DocumentGenre(title: document.title).laysDownRules,
                                  topic: IndicatorName.topic(ofTitle: document.title), place: IndicatorName.place(ofTitle: document.title))
        var reader = self
        reader.laysDownRules = dates.laysDownRules
        reader.definedTerms = SubjectFinder.definedTerms(in: document.sections.map(\.text))
        return scanned.sections.flatMap { section, scan -> [Statistic] in
            var figures = StatisticExtractor.withoutCountOfListedItems(reader.figures(in: scan), in: scan, headed: !section.heading.isEmpty && !section.continuesHeading,
                                                                       text: section.text)
            // A table that states its unit is read as a grid: its cells are its figures, whatever the scanner made of them.
            let table = StatisticTable(scan: scan, dates: dates).entries()
            if !table.isEmpty { figures.removeAll { figure in table.contains { $0.figure.range.overlaps(figure.range) } } }
            let meanings = FigureReader(scan: scan, document: dates, headings: section.path).meanings(of: figures)
            var entries = zip(figures, meanings).map { StatisticTable.Entry(figure: $0, meaning: $1, dimension: nil) }
            if !table.isEmpty { entries = (entries + table).sorted { $0.figure.range.lowerBound < $1.figure.range.lowerBound } }
            return entries.map { entry in
                let (figure, meaning) = (entry.figure, entry.meaning)
                return Statistic(source: document.source, documentIndex: document.index, document: document.title,
                                 section: section.pathString, text: figure.text, value: figure.value, maximum: figure.maximum,
                                 unit: figure.unit, approx: figure.approx, kind: figure.kind, subject: meaning.subject,
                                 sentence: figure.sentence, indicator: StatisticExtractor.indicator(meaning.indicator, asWrittenIn: meaning.subject),
                                 aspect: meaning.aspect, direction: meaning.direction, role: meaning.role, period: meaning.period,
                                 dimension: entry.dimension)
            }
        }
    }

    /// A figure's indicator in the characters its subject is written in (黨員 where the fold reads 党员): the indicator is
    /// the subject folded less its boilerplate, so it is read from the same place of the subject, which folding to
    /// simplified characters leaves as long; one that is no part of it (a synonym folded: 地区生产总值) stays as the
    /// contract names it.
    static func indicator(_ indicator: String?, asWrittenIn subject: String?) -> String? {
        guard let indicator, let subject, SimplifiedFolding.shared.changes(subject) else { return indicator }
        let written = Array(subject.utf16), units = Array(indicator.utf16)
        let folded = SimplifiedFolding.shared.fold(written)
        guard folded.count >= units.count,
              let start = (0...(folded.count - units.count)).first(where: { folded[$0...].starts(with: units) }) else { return indicator }
        return String(decoding: written[start..<(start + units.count)], as: UTF16.self)
    }

    /// The figures of a section less a count in its heading of the items its text then lists (（一）知识产权保护方面5项 over
    /// five clauses joined by ；, 一、知识产权保护方面（共5项） over five numbered rows of a table): it says how many they are,
    /// no statistic, as a count of the names listed right before it is none. A heading whose text lists nothing (军民深度融合
    /// 方面（共6项）, the items cut) keeps its count.
    static func withoutCountOfListedItems(_ figures: [Figure], in scan: ScanText, headed: Bool, text: String) -> [Figure] {
        // The text is read for its items only where the heading holds a count: most sections' headings hold none.
        guard headed, let headingEnd = scan.units.firstIndex(of: Unit.newline),
              figures.contains(where: { $0.range.upperBound <= headingEnd && $0.kind == .count }),
              let listed = listedItems(in: text) else { return figures }
        return figures.filter { figure in
            guard figure.range.upperBound <= headingEnd, figure.kind == .count, figure.maximum == nil, !figure.approx,
                  case let .number(count) = figure.value else { return true }
            return count.integerValue != listed
        }
    }

    /// How many items a section's text lists: its lines that open with a serial number (1 | …, 2. …), or, in a text of
    /// one line, its clauses joined by ；; nil where it lists fewer than two.
    static func listedItems(in text: String) -> Int? {
        let lines = text.split(separator: "\n")
        let numbered = lines.count(where: { line in
            let digits = line.prefix(while: \.isASCII).prefix(while: \.isNumber)
            guard !digits.isEmpty, let mark = line.dropFirst(digits.count).first else { return false }
            return " .．、".contains(mark)
        })
        if numbered >= 2 { return numbered }
        guard lines.count == 1, let line = lines.first else { return nil }
        let clauses = line.count(where: { $0 == "；" }) + 1
        return clauses >= 2 ? clauses : nil
    }

    /// Work reports and congress reports review the past: their figures are achievements unless aimed at.
    static func isReport(_ document: Document) -> Bool {
        document.title.containsScalars("报告") || document.source.containsScalars("报告") || document.source.containsScalars("report")
    }

    /// Whether the document gives an account of what is the case when it is written: a letter or a reply (复函,
    /// 办理情况的函, a proposal's 答复), a 通报 of a case, a decision that confers the past year's awards.
    static func reportsFacts(_ document: Document) -> Bool {
        let title = document.title
        return title.hasSuffix("函") || title.hasSuffix("答复") || title.hasSuffix("通报")
            || title.hasSuffix("决定") && (title.containsScalars("奖励") || title.containsScalars("表彰"))
    }

    /// A figure found in a text, before it is placed in a document.
    struct Figure {
        var range: Range<Int>
        var text: String
        var value: Quantity
        var maximum: Quantity?
        var unit: String?
        var approx: Bool
        var kind: StatisticKind
        var subject: String?
        /// The sentence it stands in, as written (filled in once the text's figures are found).
        var sentence = ""
        /// The sentence's range in the scanned text.
        var sentenceRange: Range<Int> = 0..<0
        /// The words between what the figure measures and the figure (比上年增长, 占, 控制在).
        var link: String = ""
        /// Its unit is the noun it counts (19个村).
        var countsNoun = false
        /// Its subject comes from its own clause, not from a figure before it.
        var ownSubject = false
        /// Its clause has words of its own, named or not (新型农村合作医疗制度覆盖8.3亿人, 6183座病险水库…):
        /// it does not speak of the figure before it.
        var clauseNames = false
        /// It counts the years of a run (连续三年大增产): the event it names names no figure after it.
        var countsRun = false

        var sentenceStart: Range<Int> { sentenceRange }
    }

    /// The figures of a text, in order.
    func figures(in text: String) -> [Figure] {
        figures(in: ScanText(text))
    }

    /// The figures of a scanned text, in order.
    func figures(in scan: ScanText) -> [Figure] {
        var figures: [Figure] = []
        var index = 0
        var titleDepth = 0
        // The marks this loop compares every character with, read once: each is a lazily made global, whose every
        // read was a call (`swift_once`) — a quarter of a percent of a build's instructions in this loop alone.
        let (openTitle, closeTitle, hundred, thousand) = (StatisticExtractor.openTitle, StatisticExtractor.closeTitle,
                                                          StatisticExtractor.hundred, StatisticExtractor.thousand)
        let placeBounds = StatisticExtractor.placeBounds
        while index < scan.count {
            let unit = scan[index]
            // Figures inside a title (《…五年行动方案（2021—2025年）》) name the document, not a fact.
            if unit == openTitle { titleDepth += 1 }
            if unit == closeTitle { titleDepth = max(0, titleDepth - 1) }
            if titleDepth > 0 { index += 1; continue }
            let startsNumeral = ChineseNumeral.canStart(unit)
            // 超千亿元, 上千万, 近万人: a bound and a place word, with no digit.
            if !startsNumeral, placeBounds.contains(unit),
               let figure = placeWordFigure(in: scan, at: index, after: figures.last?.range.upperBound ?? 0) {
                figures.append(figure)
                index = figure.range.upperBound
                continue
            }
            if !startsNumeral, unit != hundred, unit != thousand { index += 1; continue }
            let continuesNumber = Unit.isASCIIDigit(scan[index - 1]) || scan[index - 1] == StatisticExtractor.dot
            if startsNumeral, let date = DateExpression.match(in: scan, at: index) {
                if let period = DateExpression.period(in: scan, startingWith: date) {
                    figures.append(periodFigure(period, in: scan))
                    index = period.end
                } else {
                    index = date.end
                }
                continue
            }
            if let percentPrefix = scan.longest(of: StatisticExtractor.percentPrefixes, at: index) {
                if let figure = percentFigure(in: scan, prefix: percentPrefix, at: index, after: figures.last?.range.upperBound ?? 0) {
                    figures.append(figure)
                    index = figure.range.upperBound
                } else {
                    index += percentPrefix.count
                }
                continue
            }
            if startsNumeral, !continuesNumber {
                let (figure, end) = self.figure(in: scan, at: index, after: figures.last?.range.upperBound ?? 0)
                if let figure { figures.append(figure) }
                index = max(end, index + 1)
                continue
            }
            index += 1
        }
        figures = StatisticExtractor.sharingSubjects(figures, in: scan)
        // A sentence's text is made once, for all its figures.
        var sentence: (range: Range<Int>, text: String)?
        for index in figures.indices {
            let range = figures[index].sentenceRange
            if sentence?.range != range { sentence = (range, scan.original(range)) }
            figures[index].sentence = sentence!.text
        }
        return figures
    }

    /// Figures listed one after another (分别为116.4、114.8和111.9) share the first one's subject, and
    /// bare numbers in a sentence about a ratio (性别比) are ratios.
    private static func sharingSubjects(_ figures: [Figure], in scan: ScanText) -> [Figure] {
        var figures = figures
        for index in figures.indices {
            if figures[index].kind == .number {
                let sentence = scan.sentence(around: figures[index].range.lowerBound)
                let before = scan.foldedString(sentence.lowerBound..<figures[index].range.lowerBound)
                // Foundation's search bridges through NSString on Linux: it runs only where the word's bytes are written.
                if StatisticUnits.ratioWords.contains(where: { before.containsBytes(of: $0) && before.contains($0) }) { figures[index].kind = .ratio }
            }
            guard index > 0, figures[index].subject == nil else { continue }
            let previous = figures[index - 1]
            let between = scan.foldedString(previous.range.upperBound..<figures[index].range.lowerBound)
            if listJoiners.contains(between), previous.kind == figures[index].kind { figures[index].subject = previous.subject }
        }
        return figures
    }

    static let listJoiners: Set<String> = ["、", "和", "与", "及", ",", "，"]

    private static let dot = Unit.one(".")
    private static let above = Unit.of("以上")
    private static let below = Unit.of("以下")
    /// The bound before a range's floor that joins a ceiling (超过10%不足30%).
    private static let exceeding = Unit.of("超过")
    /// The bounds before a range's ceiling when its floor is bounded (1%以上不足3%, 超过一百人不满一千人).
    private static let ceilings: [[UInt16]] = ["不足", "不满"].map(Unit.of)
    private static let attachment = Unit.of("附件")
    private static let renminbi = Unit.of("人民币")
    private static let near = Unit.of("近")
    private static let madeBy = Unit.one("由")
    private static let floors: Set<[UInt16]> = Set(StatisticUnits.ruleFloors.map(Unit.of))
    private static let ruleCeilings: [[UInt16]] = StatisticUnits.ruleCeilings.map(Unit.of)
    /// Measure words of a condition of number in a rule (两处以上, 两项以上); 两个以上 has none.
    private static let conditionUnits: Set<String> = ["处", "项", "种", "次"]
    private static let copies = "份"
    private static let times = Unit.one("倍")
    /// 届满 before a span's number and 之日 after it: the day the span runs out (届满5年之日起).
    private static let expiry = Unit.of("届满")
    private static let dayOf = Unit.of("之日")
    /// A word of change after 每: what follows is the step of a scale, its base (每增加1%，付酬标准相应增加0.03%).
    private static let steps: [[UInt16]] = ["增加", "超过", "超出", "提高", "上升", "增长", "减少", "降低", "下降"].map { Unit.of("每" + $0) }
    /// Bounds that, before 的, make a figure the edge of a class (一百斤以上的).
    private static let bounds: [[UInt16]] = ["以上", "以下"].map(Unit.of)
    /// Joiners of figures listed before a class's bound (六十斤、八十斤或者一百斤以上的).
    private static let classJoiners: [[UInt16]] = ["、", "或者", "或"].map(Unit.of)
    private static let by = Unit.one("以")
    /// Amounts a bound before 的 may set rather than mark out a class with (一万元以上三万元以下的罚款).
    /// Units of people, whose count before a task or a plan is its quota (165名扩招任务).
    private static let people: Set<String> = ["名", "人", "万人", "人次", "万人次"]
    private static let quotaHeads: [[UInt16]] = ["任务", "计划"].map(Unit.of)
    /// `StatisticUnits`' heads of names, sessions and rates as folded units, for the run of characters after a number.
    private static let nameHeads = StatisticUnits.nameHeads.map(Unit.of)
    private static let sessionHeads = StatisticUnits.sessionHeads.map(Unit.of)
    private static let rateHeads = StatisticUnits.rateHeads.map(Unit.of)
    private static let standards: [[UInt16]] = ["罚款", "罚金", "标准", "奖励", "补助", "补贴", "限额", "额度", "资金", "经费"].map(Unit.of)
    /// Units of a plant's capacity.
    private static let capacities: Set<String> = ["吨", "万吨", "千瓦", "万千瓦"]
    /// Plants a capacity may describe inside their name.
    private static let plants: [[UInt16]] = ["机组", "工程", "装置", "电站", "生产线", "工厂", "项目"].map(Unit.of)
    /// Words after 以 … that make the figure a boundary (以四十斤为界).
    private static let boundaries: [[UInt16]] = ["为界", "为限"].map(Unit.of)
    private static let plus = Unit.one("+")
    private static let space = Unit.one(" ")
    private static let cellBar = Unit.one("|")
    private static let hyphen = Unit.one("-")
    private static let colon = Unit.one(":")
    private static let middleDot = Unit.one("·")
    private static let percent = Unit.one("%")
    private static let zero = Unit.one("0")
    private static let yearMark = Unit.one("年")
    private static let quarter = Unit.of("季度")
    private static let running = Unit.of("连续")
    /// Comparatives a run of years may hold (连续两年快于城镇居民).
    private static let comparatives: [[UInt16]] = ["快于", "慢于", "高于", "低于", "多于", "少于", "好于"].map(Unit.of)
    private static let within = Unit.of("内")
    private static let more = Unit.of("多")
    private static let ten = Unit.one("十")
    private static let wan = Unit.one("湾")
    private static let openTitle = Unit.one("《")
    private static let closeTitle = Unit.one("》")
    private static let slash = Unit.one("/")
    private static let openQuote = Unit.one("“")
    private static let every = Unit.one("每")
    private static let inclusive = Unit.one("及")
    /// Adverbs of the most a ceiling allows (最长不超过).
    private static let limitAdverbs: [[UInt16]] = ["最长", "最多", "最高"].map(Unit.of)
    /// Verbs of holding a meeting, whose count in a period is how often a body meets (每月召开三次, 两个月安排一次).
    private static let meetingVerbs: [[UInt16]] = ["召开", "举行", "安排", "举办"].map(Unit.of)
    private static let once = Unit.of("一次")
    private static let yearWords: [[UInt16]] = ["代", "级"].map(Unit.of)
    private static let monthMark = Unit.one("月")
    private static let few = Unit.one("几")
    private static let this = Unit.one("这")
    private static let planWords: [[UInt16]] = ["计划", "规划"].map(Unit.of)
    /// Words after a number of months that make it a span back from the text's time (十个月来, 十个月以前), or the time an
    /// effort took (共监测了5个月时间).
    private static let monthSpanClosers: [[UInt16]] = ["来", "以来", "以前", "以后", "前", "后", "时间"].map(Unit.of)
    private static let ordinalMark = Unit.one("第")
    private static let enumerationComma = Unit.one("、")
    private static let openings: Set<UInt16> = Set("(（[〔【".folded.utf16)
    private static let closings: Set<UInt16> = Set(")）]〕】".folded.utf16)
    private static let ge = Unit.one("个")
    private static let de = Unit.one("的")
    private static let percentagePoint = Unit.of("百分点")
    private static let percentPrefixes: [[UInt16]] = ["百分之", "千分之"].map(Unit.of)
    private static let lineStartEnders: Set<UInt16> = Set(".．)）".folded.utf16)
    private static let deng = Unit.one("等")
    private static let grade = Unit.one("级")
    /// Bounds after a magnitude that make it a class of quakes (7.5级以上, 6级左右).
    private static let classBounds: [[UInt16]] = ["以上", "以下", "左右"].map(Unit.of)
    private static let award = Unit.one("奖")
    /// What an award goes to, written between a count and the award's name (等37项成果国家自然科学奖二等奖).
    private static let awardees: [[UInt16]] = ["成果", "外国专家", "专家", "项目", "集体", "个人", "单位"].map(Unit.of)

    /// The name of the award a clause gives after `index` (成果国家自然科学奖二等奖 → 国家自然科学奖二等奖), its awardees
    /// before it left out; nil where the clause names no award.
    private func awardName(in scan: ScanText, after index: Int) -> String? {
        var end = index
        while end < scan.count, end - index < 40, !Unit.isClauseEnd(scan[end]) { end += 1 }
        guard end - index >= 3, scan[end - 1] == StatisticExtractor.award else { return nil }
        let start = index + (scan.longest(of: StatisticExtractor.awardees, at: index)?.count ?? 0)
        return end - start >= 3 ? scan.original(start..<end) : nil
    }

    /// What a list's numbers follow inside a line: a colon, a semicolon.
    private static let listOpeners: Set<UInt16> = Set("：；:;".folded.utf16)
    /// What joins the days of a list of dates (18日、19日, 18日晚8时40分和19日).
    private static let dateListJoiners: Set<UInt16> = Set("、和及".folded.utf16)
    private static let dayMark = Unit.one("日")

    /// Whether a day of a month (12月18日) ends the clause before `index`, a time of that day (晚8时40分) aside.
    private func followsDate(in scan: ScanText, before index: Int) -> Bool {
        var cursor = index - 1
        let floor = max(0, index - 12)
        // A time of the day after the date: 晚8时40分, 20时35分.
        while cursor >= floor, scan[cursor] != StatisticExtractor.dayMark {
            if Unit.isClauseEnd(scan[cursor]) { return false }
            cursor -= 1
        }
        guard cursor > 1, Unit.isASCIIDigit(scan[cursor - 1]) || ChineseNumeral.isNumeralCharacter(scan[cursor - 1]) else { return false }
        var digit = cursor - 1
        while digit > 0, Unit.isASCIIDigit(scan[digit - 1]) || ChineseNumeral.isNumeralCharacter(scan[digit - 1]) { digit -= 1 }
        return scan[digit - 1] == StatisticExtractor.monthMark
    }

    /// The figure whose number starts at `start`, or nil where the number is not one; and where to go on.
    private func figure(in scan: ScanText, at start: Int, after previous: Int) -> (Figure?, Int) {
        let compound = { (index: Int) in StatisticUnits.isCompoundUnit(in: scan, at: index) }
        guard var number = ChineseNumeral.match(in: scan, at: start, stopsBefore: compound) else { return (nil, start + 1) }
        var end = number.end
        let before = scan[start - 1]
        // 第36条, 第六次: ordinals and article numbers, with their measure word.
        if before == StatisticExtractor.ordinalMark { return (nil, end + 1) }
        // 附件1, 附件2: an attachment's number.
        if scan.has(StatisticExtractor.attachment, endingAt: start) { return (nil, end) }
        // 一半, 近一半, 一半以上: half, a share.
        if !number.isArabic, number.length == 1, number.value == DecimalNumber(1), scan[end] == StatisticExtractor.half,
           !HanCharacter.contains(scan[end + 1]) || scan.has(StatisticExtractor.above, at: end + 1) {
            let half = boundedFigure(in: scan, from: start, to: start + 2, value: DecimalNumber(50), unit: "%", kind: .percent, after: previous)
            return (half, half.range.upperBound)
        }
        // 三分之二以上, 五分之一: a fraction, its part over its whole (as 1/3 is read: 1, unit /3).
        if scan.has(StatisticExtractor.fractionMark, at: end), let part = ChineseNumeral.match(in: scan, at: end + StatisticExtractor.fractionMark.count),
           number.maximum == nil, part.maximum == nil {
            let fraction = boundedFigure(in: scan, from: start, to: part.end, value: part.value, unit: "/" + number.value.description, kind: .ratio,
                                         after: previous)
            return (fraction, fraction.range.upperBound)
        }
        if number.isArabic {
            // Codes (B2, 5G, C919), ISO dates, clock times, 1+X.
            if Unit.isASCIILetter(before) || Unit.isASCIILetter(scan[end]) || scan[end] == StatisticExtractor.plus { return (nil, end) }
            // 东经113°6′, 北纬37°34.768′: a coordinate's degrees, minutes and seconds (低于16℃, folded to °C, is a temperature).
            if StatisticExtractor.angleMarks.contains(scan[start - 1])
                || StatisticExtractor.angleMarks.contains(scan[end]) && !Unit.isASCIILetter(scan[end + 1]) {
                return (nil, end)
            }
            // A footnote mark: [CPC 1].
            if before == StatisticExtractor.space, Unit.isASCIILetter(scan[start - 2]), StatisticExtractor.closings.contains(scan[end]) { return (nil, end) }
            if (scan[end] == StatisticExtractor.hyphen || scan[end] == StatisticExtractor.slash) && Unit.isASCIIDigit(scan[end + 1]) && number.length == 4 {
                var skip = end + 1
                while Unit.isASCIIDigit(scan[skip]) || scan[skip] == StatisticExtractor.hyphen || scan[skip] == StatisticExtractor.slash { skip += 1 }
                return (nil, skip)
            }
            if scan[end] == StatisticExtractor.colon, Unit.isASCIIDigit(scan[end + 1]) { return (nil, end + 3) }
            // “5·29” 计生协会活动日: a month and day; but 增长19·5％, the older typesetting's decimal point, is a rate.
            if scan[end] == StatisticExtractor.middleDot, number.length <= 2, Unit.isASCIIDigit(scan[end + 1]) {
                var skip = end + 1
                while Unit.isASCIIDigit(scan[skip]) { skip += 1 }
                guard scan[skip] == StatisticExtractor.percent,
                      let decimal = DecimalNumber(literal: scan.foldedString(start..<end) + "." + scan.foldedString((end + 1)..<skip)) else {
                    return (nil, skip)
                }
                (number.value, number.end, number.length) = (decimal, skip, skip - start)
                end = skip
            }
        }
        if StatisticExtractor.listedYearsEnd(in: scan, number, at: start) != nil { return (nil, end) }
        // 一一列举, 一一落实: one by one, an adverb.
        if !number.isArabic, number.length == 2, scan[start] == StatisticExtractor.one, scan[start + 1] == StatisticExtractor.one { return (nil, end) }
        // Headings and enumerations: 一、 1、 (二) 1.
        // A number opening a line before 、 numbers a heading; inside a sentence it is one of a list
        // (116.4、114.8和111.9).
        if scan[end] == StatisticExtractor.enumerationComma, isLineStart(scan, start) || !number.isArabic && number.length == 1 {
            return (nil, end + 1)
        }
        if StatisticExtractor.openings.contains(before), StatisticExtractor.closings.contains(scan[end]) { return (nil, end + 1) }
        // 1．民主主义运动；2．基尔特社会主义: a list's numbers open a line, a table's cell (… | 16.点评处方占处方总数的比例), or a
        // clause after a colon or a semicolon.
        if number.isArabic, start == 0 || scan[start - 1] == Unit.newline || StatisticExtractor.listOpeners.contains(scan[start - 1])
            || StatisticExtractor.opensCell(scan, at: start),
           StatisticExtractor.lineStartEnders.contains(scan[end]), !Unit.isASCIIDigit(scan[end + 1]) {
            return (nil, end + 1)
        }
        // 1.2.1　国家级（Ⅰ级）, 5.1.2 省级人民政府…: a number of three or more parts opening a line numbers a plan's heading
        // (the decimal the reader took is its first two parts).
        if number.isArabic, isLineStart(scan, start), let outlineEnd = StatisticExtractor.outlineNumberEnd(in: scan, from: start, to: end) {
            return (nil, outlineEnd)
        }
        // ①工会学校, ②工人夜校: a circled number (folded to its digits) marks an item of a list.
        if number.isArabic, number.length <= 2, scan.original(start..<end).unicodeScalars.contains(where: { (0x2460...0x2473).contains($0.value) }) {
            return (nil, end)
        }
        // 三亿零四百七十五万吨: the 万 of the unit 万吨 is also the numeral's (after its 亿), read in units of 万.
        if !number.isArabic, scan[end] == StatisticExtractor.tenThousand, compound(end),
           (start..<end).contains(where: { scan[$0] == StatisticExtractor.hundredMillion }),
           let whole = ChineseNumeral.match(in: scan, at: start), whole.end == end + 1 {
            number.value = whole.value.shifted(by: -4)
        }
        // 三亿三千五百多万吨: the same with 多 or 余 before the 万 of the unit; the part after 亿 counts 万.
        if !number.isArabic, scan.longest(of: StatisticUnits.approxInside, at: end) != nil, scan[end + 1] == StatisticExtractor.tenThousand,
           compound(end + 1), (start..<end).contains(where: { scan[$0] == StatisticExtractor.hundredMillion }),
           let whole = number.value.integerValue, whole % 100_000_000 < 10_000 {
            number.value = DecimalNumber(whole / 100_000_000 * 10_000 + whole % 100_000_000)
        }

        let prefix = scan.longest(of: StatisticUnits.approxBefore, endingAt: start)
        // 发起人认购的部分不少于人民币三千万元, 股本总额超过人民币四亿元: a bound written before the currency bounds the amount.
        let currencyBound = prefix == nil && scan.has(StatisticExtractor.renminbi, endingAt: start)
            ? scan.longest(of: StatisticUnits.approxBefore, endingAt: start - StatisticExtractor.renminbi.count) : nil
        var approx = prefix != nil || currencyBound != nil
        var value = number.value
        var maximum = number.maximum
        if maximum != nil { approx = true }
        // 6600多万, 八千余万: the multiplier after the bound word multiplies the number.
        if scan.longest(of: StatisticUnits.approxInside, at: end) != nil, !compound(end + 1),
           let multiplier = scan.longest(of: StatisticUnits.multipliers, at: end + 1) {
            let exponent = StatisticExtractor.exponent(of: multiplier)
            value = value.shifted(by: exponent)
            maximum = maximum?.shifted(by: exponent)
            approx = true
            end += 1 + multiplier.count
        }
        // 十四萬多公里, 一億六千五百五十二萬餘人: the multiplier a numeral ends in, before 多 or 余 and a unit, belongs to the
        // unit (14 萬公里), as 996亿元's does; the numeral counts in it.
        let multiplierOfUnit = maximum == nil && end - start > 1 && StatisticExtractor.multipliesUnit(scan[end - 1])
            && scan.longest(of: StatisticUnits.approxInside, at: end).map { scan[end + $0.count] != StatisticExtractor.ge
                && StatisticUnits.unitWord(in: scan, at: end + $0.count) != nil } == true
        var (unit, kind, unitEnd, inexact, countsNoun) = unitAfter(in: scan, at: end)
        if multiplierOfUnit, let written = unit, kind != .duration {
            unit = scan.original((end - 1)..<end) + written
            value = value.shifted(by: -StatisticExtractor.exponent(of: [scan[end - 1]]))
        }
        approx = approx || inexact
        // 近三年连续盈利, 最近二个年度: in a rule 近 before a span says which years (the last three), no estimate.
        if laysDownRules, prefix == StatisticExtractor.near, kind == .duration { approx = inexact || maximum != nil }
        end = unitEnd
        // 单户担保金额500万元及以下, 七座及以下乘用车: a bound joined by 及 takes the figure in, and bounds it all the same.
        if scan[end] == StatisticExtractor.inclusive, scan.longest(of: StatisticExtractor.classBounds, at: end + 1) != nil { approx = true }
        // 在上一次评定残疾等级1年后提出, 驳回申请六个月后再次提出: in a rule, a span after an event is a waiting term; its 后 is a
        // floor, as 满 is.
        if laysDownRules, kind == .duration, scan.has(StatisticExtractor.later, at: end) { approx = true }
        // 门诊收入/医疗收入×100%, …人数/365: a formula's constant, a bare number or a percentage, is no figure (480毫米×140毫米
        // gives a size).
        if unit == nil || unit == "%", StatisticExtractor.isFormulaConstant(in: scan, at: start) { return (nil, end) }
        // 1.8级和2.5级地震: a magnitude written with decimals is a measure (an integer before 级 is a grade: 3级医院).
        if unit == nil, number.isArabic, scan[end] == StatisticExtractor.grade,
           (start..<number.end).contains(where: { scan[$0] == StatisticExtractor.dot }) {
            // 很可能发生7.5级以上特大地震: a magnitude with a bound marks out the class of quakes a sentence counts or
            // forecasts, as 5级以上地震 does; it measures no quake.
            if scan.longest(of: StatisticExtractor.classBounds, at: end + 1) != nil { return (nil, end + 1) }
            (unit, kind) = (scan.original(end..<(end + 1)), .measure)
            end += 1
        }
        // 任期一般不超过两届: terms counted under a bound are a rule's limit (十四届 without one is a session).
        if unit == nil, maximum == nil, prefix != nil, scan[end] == StatisticExtractor.term {
            (unit, kind) = (scan.original(end..<(end + 1)), .count)
            end += 1
        }
        // 1997年4―6月, 7-8月: the first month of a span of months, no figure.
        if unit == nil, maximum == nil, number.isArabic, let month = value.integerValue, (1...12).contains(month),
           let joiner = scan.longest(of: StatisticUnits.rangeJoiners, at: end),
           let second = DateExpression.match(in: scan, at: end + joiner.count), second.year == nil, second.month != nil {
            return (nil, second.end)
        }

        // A range: 103-107, 六到八个, 20%-30%, 3至5年.
        // 365天-104天（休息日）-11天: a minus sign before a smaller number subtracts it; a range climbs from its floor.
        if let joiner = scan.longest(of: StatisticUnits.rangeJoiners, at: end),
           let high = ChineseNumeral.match(in: scan, at: end + joiner.count, stopsBefore: compound),
           maximum == nil, high.isArabic == number.isArabic, DateExpression.match(in: scan, at: end + joiner.count) == nil,
           !(joiner == StatisticExtractor.minus && high.value < number.value) {
            let (highUnit, highKind, highEnd, highInexact, highCountsNoun) = unitAfter(in: scan, at: high.end)
            if unit == nil || highUnit == nil || unit == highUnit {
                maximum = high.value
                if unit == nil {
                    // 五万到六万人: the low figure read its 万 into the number, the high one leaves it to the unit (万人),
                    // which the low figure takes: the multiplier must not count twice.
                    if let highUnit, let multiplier = scan.longest(of: StatisticUnits.multipliers, endingAt: number.end),
                       highUnit.utf16.starts(with: multiplier) {
                        value = value.shifted(by: -StatisticExtractor.exponent(of: multiplier))
                    }
                    (unit, kind, countsNoun) = (highUnit, highKind, highCountsNoun)
                }
                end = highEnd
                approx = approx || highInexact
            } else if let unit, let highUnit, let shift = StatisticExtractor.exponent(from: highUnit, to: unit) {
                // 超过五千万元至一亿元, 1000元至1万元: a range across scales, the high bound read in the low one's unit.
                maximum = high.value.shifted(by: shift)
                end = highEnd
                approx = approx || highInexact
            }
        }

        // 年工作日：365天-104天（休息日）-11天（法定节假日）＝250天, 250天÷4季＝62.5天/季: in a formula the days of a year (or the
        // months, quarters and weeks) are the calendar's constant, and an operand that is a result computed before restates it;
        // neither is a figure of the rule.
        if maximum == nil, StatisticExtractor.isOperand(in: scan, from: start, to: end),
           StatisticExtractor.isCalendarConstant(value, unit: unit) || StatisticExtractor.restatesResult(in: scan, from: start, to: end) {
            return (nil, end)
        }
        // 处五千元以上五万元以下罚款, 三年以上七年以下: a range written as its two bounds, the high one read in the low one's unit;
        // so is a floor joined to a ceiling otherwise (播放时间比例为1%以上不足3%的, 超过10%不足30%的, 超过一百人不满一千人的).
        let floored = scan.has(StatisticExtractor.above, endingAt: end) || prefix == StatisticExtractor.exceeding
        let ceiling = scan.longest(of: StatisticExtractor.ceilings, at: end)
        if maximum == nil, let lowUnit = unit, floored,
           let high = ChineseNumeral.match(in: scan, at: end + (ceiling?.count ?? 0), stopsBefore: compound),
           high.isArabic == number.isArabic, high.maximum == nil {
            let (highUnit, _, highEnd, _, _) = unitAfter(in: scan, at: high.end)
            if let highUnit, ceiling != nil || (scan.has(StatisticExtractor.above, endingAt: end) && scan.has(StatisticExtractor.below, endingAt: highEnd)),
               let shift = StatisticExtractor.exponent(from: highUnit, to: lowUnit) {
                maximum = high.value.shifted(by: shift)
                end = highEnd
            }
        }
        // 处10万以上20万以下的罚款: a range written as its two bounds with no unit word, each number holding its multiplier.
        if maximum == nil, unit == nil, scan.has(StatisticExtractor.above, endingAt: end),
           let high = ChineseNumeral.match(in: scan, at: end, stopsBefore: compound), high.isArabic == number.isArabic, high.maximum == nil,
           high.value > value {
            let (highUnit, _, highEnd, _, _) = unitAfter(in: scan, at: high.end)
            if highUnit == nil, scan.has(StatisticExtractor.below, endingAt: highEnd) {
                maximum = high.value
                end = highEnd
            }
        }
        // 承销期不得少于十日，不得超过九十日: a rule's floor and the ceiling of the next clause, of one quantity, are one range;
        // 一般不少于5个工作日，最长不超过15个工作日: the ceiling's adverb (最长) says it is the most, as the bound does.
        let ceilingAdverb = StatisticExtractor.commas.contains(scan[end]) ? scan.longest(of: StatisticExtractor.limitAdverbs, at: end + 1) : nil
        let ceilingStart = end + 1 + (ceilingAdverb?.count ?? 0)
        if maximum == nil, let lowUnit = unit, let prefix, StatisticExtractor.floors.contains(prefix),
           StatisticExtractor.commas.contains(scan[end]), let ceiling = scan.longest(of: StatisticExtractor.ruleCeilings, at: ceilingStart),
           let high = ChineseNumeral.match(in: scan, at: ceilingStart + ceiling.count, stopsBefore: compound),
           high.isArabic == number.isArabic, high.maximum == nil {
            let (highUnit, _, highEnd, _, _) = unitAfter(in: scan, at: high.end)
            if let highUnit, let shift = StatisticExtractor.exponent(from: highUnit, to: lowUnit) {
                maximum = high.value.shifted(by: shift)
                end = highEnd
            }
        }
        // 深圳、珠海、汕头、厦门四个地区, 湖北、河南两省: a count of the names listed right before it says how many they are, no statistic.
        if maximum == nil, prefix == nil, kind == nil || kind == .count, let count = value.integerValue,
           StatisticExtractor.countsListedNames(in: scan, before: start, count: count) {
            return (nil, end)
        }
        // 两个以上的个人, 两处以上, 对2个以上当事人共同实施的: a condition of number, not a count of anything. In digits only with
        // 个: 1年内有2次以上走私行为 is a rule's threshold of repeat offending, as test20's gold reads it.
        // 承销团由二个以上承销机构组成: after 由, the least a body is made of, as 由2名以上…执行 is, is the rule's figure.
        if maximum == nil, number.value == DecimalNumber(2), unit == nil || !number.isArabic && StatisticExtractor.conditionUnits.contains(unit!),
           scan.has(StatisticExtractor.above, endingAt: end), HanCharacter.contains(scan[end]), scan[start - 1] != StatisticExtractor.madeBy {
            return (nil, end)
        }
        // 可以制发1份行政处罚决定书, 提交答辩书一式２份: in a rule, a few copies of a document, with no bound, are how many to make
        // or file, no figure (虚开发票一百份以上, bounded, is a threshold; 经营报纸15000份 a size).
        if laysDownRules, unit == StatisticExtractor.copies, maximum == nil, !approx, let count = value.integerValue, count <= 10 {
            return (nil, end)
        }
        // 自本办法施行届满5年之日起: the day a span runs out is a date; its years are no figure (the span is the rule's 5年内).
        if kind == .duration, scan.has(StatisticExtractor.expiry, endingAt: start), scan.has(StatisticExtractor.dayOf, at: end) {
            return (nil, end)
        }
        if StatisticExtractor.restatesFormerLimit(in: scan, before: start - (prefix?.count ?? 0)) { return (nil, end) }
        // 每月5日: a day of the month.
        if unit == "日" || unit == "号", scan[start - 1] == StatisticExtractor.monthMark { return (nil, end) }
        // 2003年12月18日、19日, 12月18日晚8时40分和19日晚8时35分: a later day of a list of dates.
        if unit == "日", StatisticExtractor.dateListJoiners.contains(scan[start - 1]), followsDate(in: scan, before: start - 1) { return (nil, end) }
        if unit == nil && kind == nil {
            if number.isArabic {
                if scan.longest(of: StatisticUnits.notFigureAfter, at: end) != nil { return (nil, end) }
                // A page number left at a line's end, an identifier, a bracketed year.
                if Unit.isSpace(scan[start - 1]), end >= scan.count || scan[end] == Unit.newline { return (nil, end) }
                // 江苏 | 100 | 120: a bare entry of a table's row is named by headings the row does not repeat; 1 | 知识产权…审判
                // | …: one in the row's first cell is its serial number; a line that is only a number is a page's or a cell's.
                if StatisticExtractor.standsInOwnCell(scan, from: start, to: end) { return (nil, end) }
                if number.length >= 9 || (number.length > 1 && scan[start] == StatisticExtractor.zero && scan[start + 1] != StatisticExtractor.dot) { return (nil, end) }
                if StatisticExtractor.openings.contains(before) { return (nil, end) }
                // 扩大开放2.0任务: a number between two words is part of a name.
                if HanCharacter.contains(before), HanCharacter.contains(scan[end]), prefix == nil, maximum == nil, !approx,
                   scan.longest(of: StatisticUnits.copulas, endingAt: start) == nil,
                   scan.longest(of: StatisticUnits.quantityNouns, endingAt: start) == nil { return (nil, end) }
            } else if number.length < 2 || prefix == nil && scan.longest(of: StatisticUnits.copulas, endingAt: start) == nil
                        && !(laysDownRules && scan.longest(of: StatisticExtractor.bounds, endingAt: end) != nil)
                        || scan[end] == StatisticExtractor.term || scan[end] == StatisticExtractor.big {
                // A Chinese numeral without a unit is a word (四世同堂, 两非, 十八大, 在十六大、十七大确立的), not a figure; in a rule one
                // of two characters or more before 以上 or 以下 is a threshold of what follows (造成一万以上用户通信中断, 非农业人口在一百五十万
                // 以上的重要城市).
                return (nil, end)
            }
        }
        if isName(in: scan, start: start, numberEnd: number.end, end: end, number: number, unit: unit, kind: kind,
                  prefix: prefix, approx: approx, ranged: maximum != nil) {
            return (nil, end)
        }
        // 从五个方面, 分三个阶段: the parts of the text itself, not a fact.
        if let unit, StatisticUnits.structuralNouns.contains(unit) { return (nil, end) }
        // 实行24小时值班, 24小时监测本地区粮食市场: round the clock, a way of working, not a limit (提前24小时通知 is one).
        if unit == "小时", value == DecimalNumber(24), maximum == nil, !approx, scan.longest(of: StatisticUnits.roundTheClock, at: end) != nil {
            return (nil, end)
        }
        // 不能实行每日工作8小时、每周工作40小时标准工时制度的: hours that run on, through a list, into the name of a system of
        // work are that name's words, no figure.
        if kind == .duration, namesSystem(in: scan, after: end) { return (nil, end) }
        // 国务院常务会议一般每月召开三次, 学习会一般两个月安排一次: how often a body meets is a rule of its working, no figure —
        // neither the count of meetings in a period named with 每 nor the interval between them.
        // 每年至少召开两次, 至少每两个月召开一次: a frequency under a bound is the least a rule requires, its figure.
        if unit == "次", let verb = scan.longest(of: StatisticExtractor.meetingVerbs, endingAt: start),
           scan.longest(of: StatisticUnits.approxBefore, endingAt: start - verb.count) == nil,
           (scan.clauseStart(before: start)..<start).contains(where: { scan[$0] == StatisticExtractor.every }) {
            return (nil, end)
        }
        if kind == .duration, maximum == nil, prefix == nil, let verb = scan.longest(of: StatisticExtractor.meetingVerbs, at: end),
           scan.has(StatisticExtractor.once, at: end + verb.count),
           scan.longest(of: StatisticUnits.approxBefore, endingAt: scan[start - 1] == StatisticExtractor.every ? start - 1 : start) == nil {
            return (nil, end)
        }
        // 播放时间比例每增加1%，付酬标准相应增加0.03%; 每增加一百平方米，顺延一天: the step of a scale is its base; the figure is
        // what each step adds.
        if maximum == nil, scan.longest(of: StatisticExtractor.steps, endingAt: start) != nil { return (nil, end) }
        // 每一百名女婴, 每千人口: the base of a rate.
        if (1...3).contains(where: { scan[start - $0] == StatisticExtractor.every }), maximum == nil,
           ["100", "1000", "10000", "100000"].contains(value.description), unit == nil || ["名", "人", "户", "例"].contains(unit!) {
            return (nil, end)
        }
        // 一 alone is the indefinite article (一个重要指标, 一次) or part of a word (统一, 一是, 一把手).
        // 一万元 keeps its 一: there the unit carries the size; so does a doubling (翻一番, 再增长一倍).
        // 违法所得一倍以下的罚款: a multiple under a bound is a rule's; 一年内绿化率95％以上, 审理…案件的期限为一年, 自受理之日起一日内,
        // 责令其停止执业一年；: so is a term in a rule, bounded, given by a copula or closing its clause — not the span a rule counts
        // by (以一个月内取得的收入为一次) nor the first or last day of a period (期间的最后一日, 补订书面劳动合同的前一日).
        // 发生死亡一人以上交通事故的: a toll of one person an event takes is a count, as 死亡三人 is.
        if !number.isArabic, number.length == 1, number.value == DecimalNumber(1), maximum == nil, !StatisticExtractor.carriesSize(unit),
           !(unit == "人" && scan.longest(of: StatisticUnits.casualties, endingAt: start) != nil),
           !(unit == "番" || unit == "倍" && (approx || ChangeWords.endsChange(in: scan, at: start))),
           !(laysDownRules && kind == .duration && scan[start - 1] != StatisticExtractor.by && !StatisticExtractor.partOfPeriod(in: scan, at: start)
             && (approx || scan.longest(of: StatisticUnits.copulas, endingAt: start) != nil || Unit.isClauseEnd(scan[end]))) {
            return (nil, end)
        }

        let begin = start - (prefix?.count ?? currencyBound.map { $0.count + StatisticExtractor.renminbi.count } ?? 0)
        let sentence = scan.sentence(around: start)
        var figure = Figure(range: begin..<end, text: scan.original(begin..<end), value: .number(value), maximum: maximum.map(Quantity.number),
                            unit: unit, approx: approx, kind: kind ?? .number, subject: nil, sentenceRange: sentence,
                            countsNoun: countsNoun)
        describe(&figure, in: scan, after: previous)
        // 授予“黄瓜基因组和重要农艺性状基因研究”等37项成果国家自然科学奖二等奖: a count of what an award goes to, its
        // first example closed by 等, is named by the award its clause gives after it.
        if scan[begin - 1] == StatisticExtractor.deng, let award = awardName(in: scan, after: end) {
            figure.subject = award
            figure.ownSubject = true
        }
        // 粮食连续五年增产, 连续四年获得丰收: the years counted are those of the event after them.
        if unit == "年", scan.has(StatisticExtractor.running, endingAt: start), let event = runningEvent(in: scan, after: end) {
            figure.subject = event
            figure.ownSubject = true
            figure.countsRun = true
        }
        if figure.kind == .number, let subject = figure.subject, subject.hasSuffix("比") || subject.hasSuffix("比值") {
            figure.kind = .ratio
        }
        return (figure, end)
    }

    /// Fills a figure's subject and the words linking it to its figure; the subject is named after
    /// `previous`, where the figure before it ends (钢产量由2046万吨增加到3178万吨: 增加到 names nothing).
    private func describe(_ figure: inout Figure, in scan: ScanText, after previous: Int) {
        let finder = SubjectFinder(scan: scan, definedTerms: definedTerms)
        let (subject, link, clauseNames) = finder.subject(before: figure.range.lowerBound, after: figure.range.upperBound,
                                                          kind: figure.kind, countsNoun: figure.countsNoun, floor: previous)
        figure.subject = subject ?? finder.unitName(of: figure.range, unit: figure.unit)
        figure.link = link
        // 不得超过单位面积热价的百分之三十, 约占全年投资总额的三分之二: a bound that opens the figure's clause, the figure a part (的)
        // of what it names, bounds the figure; so it does a share the part up to which it marks (不超过工资薪金总额14%的部分).
        let start = figure.range.lowerBound
        let end = figure.range.upperBound
        if !figure.approx, scan[start - 1] == StatisticExtractor.de
            || scan[end] == StatisticExtractor.de && scan.has(StatisticExtractor.part, at: end + 1),
           (StatisticExtractor.clauseStart(in: scan, before: start)..<start).contains(where: {
               scan.longest(of: StatisticExtractor.clauseBounds, at: $0) != nil
           }) {
            figure.approx = true
        }
        figure.ownSubject = figure.subject != nil
        figure.clauseNames = subject != nil || clauseNames
            || (figure.kind == .count || figure.kind == .number) && finder.namesNoun(at: figure.range.upperBound)
    }

    /// Whether the number at `start` (its unit ending at `end`) is part of a name, a session, a slogan or
    /// a span that dates the text rather than a figure:
    /// - a session or plenum (十六次全国代表大会, 七次全会) and what a figure names (0.1微克攻坚行动,
    ///   50米内换乘比例: a threshold inside an indicator's name);
    /// - a short quotation (“三校一院”), a place (北三县), an anniversary (60周年);
    /// - a numeral of one digit counting things without a verb that counts them (中央八项规定,
    ///   三条文化带, 国家会议中心二期);
    /// - years that date the text (过去五年, 这五年, 三十年来, 十多年来).
    private func isName(in scan: ScanText, start: Int, numberEnd: Int, end: Int, number: ChineseNumeral.Match, unit: String?,
                        kind: StatisticKind?, prefix: [UInt16]?, approx: Bool, ranged: Bool) -> Bool {
        // The words that follow without a break: a name's head or an indicator's.
        var run = end
        while run < scan.count, run - end < 8, HanCharacter.contains(scan[run]), scan[run] != StatisticExtractor.de { run += 1 }
        if run > end {
            // The run is of Han characters, folded: compared unit by unit, as Strings they compare the same (a String's
            // comparison of characters cost a tenth of the extraction).
            let following = end..<run
            let endsFollowing = { (word: [UInt16]) in word.count <= following.count && scan.has(word, endingAt: run) }
            let opensFollowing = { (word: [UInt16]) in word.count <= following.count && scan.has(word, at: end) }
            // 共落实了165名扩招任务: people before a task or a plan are its quota, a figure (扩大开放2.0任务 is a name).
            let quota = unit.map(StatisticExtractor.people.contains) == true && StatisticExtractor.quotaHeads.contains(where: endsFollowing)
            // 连续2年未完成绿化任务的: a negated predicate follows the figure; the task is its object, no name the number is part of.
            let predicate = StatisticExtractor.negations.contains(where: opensFollowing)
            // 在辞职或者离职后六个月内负有依照本条规定作出报告的义务: a rule's bounded term is followed by what must be done in it,
            // which may cite a 规定 or an 办法; no name.
            let term = laysDownRules && kind == .duration && approx
            if !quota && !predicate && !term && StatisticExtractor.nameHeads.contains(where: endsFollowing)
                || StatisticExtractor.sessionHeads.contains(where: opensFollowing) {
                return true
            }
            // 50米内换乘比例: a threshold inside the name of the rate that is measured (the first of the heads written there, where
            // it is first written).
            if number.isArabic || kind == .measure,
               let head = StatisticExtractor.rateHeads.lazy.compactMap({ head in following.first { scan.has(head, at: $0) && $0 + head.count <= run } }).first,
               head - end >= 2 {
                return true
            }
        }
        if !number.isArabic {
            // “三校一院”, “三北”: numerals in a short quotation are a slogan's.
            if let open = (1...6).first(where: { scan[start - $0] == StatisticExtractor.openQuote }),
               (0...6).contains(where: { scan[end + $0] == StatisticExtractor.closeQuote }),
               !(1..<open).contains(where: { Unit.isClauseEnd(scan[start - $0]) }) {
                return true
            }
            if StatisticExtractor.placePrefixes.contains(scan[start - 1]) { return true }
            // 长江三角洲, 长三角一体化, 珠三角, 三角债: 角 before a word or after a delta's river is no money.
            if unit == "角", HanCharacter.contains(scan[end]) && scan[end] != StatisticExtractor.fen || StatisticExtractor.deltaRivers.contains(scan[start - 1]) {
                return true
            }
        }
        if unit == "周", scan[end] == StatisticExtractor.yearMark { return true }
        // 去年二季度经济出现下滑: a quarter named by its number is a date (两个季度 counts quarters).
        if unit == "季度", number.length == 1, scan.has(StatisticExtractor.quarter, at: numberEnd) { return true }
        // 一百几十亿元, 几百万: a numeral after 几 is part of a vague number; 这八十亿元中: 这 before a figure points back
        // to one given before and adds none.
        if scan[start - 1] == StatisticExtractor.few || prefix == nil && scan[start - 1] == StatisticExtractor.this { return true }
        // 十个月来, 前十一个月的实绩: months counted back from the text's time date it, as years do (怀孕3个月内 measures).
        // 竣工后六个月内 in a rule: months from an event are its term.
        // 驳回申请六个月后再次提出 in a rule: months after an event are a waiting term.
        if unit == "月", kind == .duration, scan.longest(of: StatisticExtractor.monthSpanClosers, at: end).map({ !(laysDownRules && $0 == StatisticExtractor.later) }) == true
            || datesSpan(opener: scan.longest(of: StatisticUnits.spanOpeners, endingAt: start - (prefix?.count ?? 0)))
            || StatisticExtractor.partOfPeriod(in: scan, at: start - (prefix?.count ?? 0)) {
            return true
        }
        // 年应纳税所得额不到100万元的部分, 100万元至300万元部分: in a report, the bounds of a bracket, not a figure — unless the
        // next clause gives the part its rate (超过1万元至10万元的部分，按照2.5%交纳): a tier of a schedule. In a rule the part a
        // bound marks is the rule's threshold whatever is done with it (技术转让所得不超过500万元的部分，免征企业所得税; 职工福利费支出，
        // 不超过工资薪金总额14%的部分，准予扣除).
        let partStart = scan[end] == StatisticExtractor.de ? end + 1 : end
        if !laysDownRules, scan.has(StatisticExtractor.part, at: partStart) {
            return !ratesTier(in: scan, after: partStart + StatisticExtractor.part.count)
        }
        // 亩产皮棉达到一百斤以上的有四十五个县, 八十斤到九十九斤的有, 六十斤、八十斤或者一百斤以上的, 集体分配平均每人在三百元以上
        // 的大队, 以四十斤为界: a bound of money or output that marks out a class of what is counted is part of the class's name; the
        // class's count is the figure.
        // In a rule the bound is the rule's threshold (违法所得数额在十万元以上的, 气枪铅弹5000发以上或者…1000发以上的).
        if kind == .money || kind == .measure, !laysDownRules, boundsAClass(in: scan, start: start - (prefix?.count ?? 0), end: end, unit: unit, ranged: ranged) {
            return true
        }
        // 第一台十七万千瓦机组, 年炼铁和炼钢各300万吨的宝钢二期工程: a capacity before the plant it describes is part of its name
        // (近千公里的黄河堤防加固工程 measures the work: a length is no capacity).
        if let unit, StatisticExtractor.capacities.contains(unit), specifiesPlant(in: scan, after: end) { return true }
        // 城乡二元经济结构, 一元化: a numeral of one digit before 元 and a noun is a word (五元以上五十元以下罚款, a range, is a fine).
        if !number.isArabic, number.length == 1, unit == "元", !ranged, HanCharacter.contains(scan[end]), prefix == nil,
           scan.longest(of: StatisticUnits.copulas, endingAt: start) == nil {
            return true
        }
        // 两种不同教育类型, 两种价格: a digit counting kinds of what follows describes it.
        if !number.isArabic, number.length == 1, unit == "种" || unit == "类", HanCharacter.contains(scan[end]) { return true }
        // A digit alone counting things needs a verb that counts; 十六, 三十, 两万名 and money or measures do not.
        // In a rule 十 counts as a number does, no digit (最大的十名股东, the holders a report must name).
        if !number.isArabic, number.length == 1, !(laysDownRules && scan[start] == StatisticExtractor.ten), kind == .count, prefix == nil, !approx,
           !ranged, !StatisticExtractor.carriesSize(unit),
           scan.longest(of: StatisticUnits.copulas, endingAt: start) == nil, scan.longest(of: StatisticUnits.countingVerbs, endingAt: start) == nil {
            return true
        }
        if unit == "年" || unit == "年度" {
            // 公司近三年或者成立以来的财务报告, 最近二个年度的比较财务报告: in a rule, the last years that 的 or 或者 join to what follows
            // say which years a document covers, no figure (近三年连续盈利 and 近三年内没有重大违法行为 are the rule's spans).
            if laysDownRules, prefix == StatisticExtractor.near, StatisticExtractor.yearUnitEnds.contains(scan[end - 1]),
               scan[end] == StatisticExtractor.de || scan.has(StatisticExtractor.or, at: end) {
                return true
            }
            // Where 年 stands right after the numeral (or its 多/余): 过去五年, 十多年来, 这两年中.
            var mark = numberEnd
            if scan.longest(of: StatisticUnits.approxInside, at: mark) != nil { mark += 1 }
            guard scan[mark] == StatisticExtractor.yearMark else { return false }
            // 超过五年计划原定数: years before 计划 or 规划 name a plan.
            if scan.longest(of: StatisticExtractor.planWords, at: mark + 1) != nil { return true }
            // 连续三年的严重自然灾害: a run of years of the event 的 opens counts them (三年的努力 is a span).
            if scan.has(StatisticExtractor.running, endingAt: start), scan[mark + 1] == StatisticExtractor.de,
               runningEvent(in: scan, after: mark + 1) != nil {
                return false
            }
            // 三年内不受理, 闲置土地满二年的 in a rule: a term or a threshold, where a report's 三年内 dates its aims.
            if let closer = scan.longest(of: StatisticUnits.spanClosers, at: mark + 1),
               !(laysDownRules && StatisticExtractor.termClosers.contains(closer)) {
                return true
            }
            // 连续两年增长10%以上, 连续5年超万亿斤: the years a figure after them ran (连续6年增产 counts them); 连续两年快于城镇居民:
            // the years a comparison held.
            if scan.has(StatisticExtractor.running, endingAt: start), ((mark + 1)..<scan.clauseEnd(after: mark + 1)).contains(where: {
                Unit.isASCIIDigit(scan[$0]) || ChineseNumeral.isNumeralCharacter(scan[$0]) || scan.longest(of: StatisticExtractor.comparatives, at: $0) != nil
            }) {
                return true
            }
            let opening = start - (prefix?.count ?? 0)
            if datesSpan(opener: scan.longest(of: StatisticUnits.spanOpeners, endingAt: opening)) { return true }
            if scan.longest(of: StatisticUnits.effortOpeners, endingAt: opening) != nil { return true }
            // 近三年，中央和地方投入105亿元: 近 opening a clause before years dates what follows, as 过去 does; in a rule only before
            // a comma ((二)近三年连续盈利 is a condition's span).
            if let prefix, StatisticUnits.spanOpeners.contains(prefix), StatisticExtractor.opensClause(scan, at: opening),
               !laysDownRules || StatisticExtractor.commas.contains(scan[mark + 1]) {
                return true
            }
            // 任期五年, 留存三年备查, 可继续免征五年: a rule's years are its terms.
            if ranged || prefix != nil || laysDownRules { return false }
            return scan.longest(of: StatisticUnits.durationVerbs, endingAt: start) == nil && !approx
        }
        return false
    }

    /// Whether the word before a number of years or months makes it a span that dates the text (过去五年, 这两年); in a rule
    /// the words of an event (届满后二年内, 竣工后六个月内, 规定的五年) start a term instead.
    private func datesSpan(opener: [UInt16]?) -> Bool {
        guard let opener else { return false }
        return !(laysDownRules && StatisticExtractor.eventOpeners.contains(opener))
    }

    /// Words after a number of years that close a rule's term or threshold (三年内, 满二年的, 通缉一年后), not a span.
    private static let termClosers: [[UInt16]] = ["内", "的", "后"].map(Unit.of)
    private static let later = Unit.of("后")
    private static let or = Unit.of("或者")
    /// The last characters of 年 and 年度: a span of years that ends there has no bound after it.
    private static let yearUnitEnds: Set<UInt16> = Set("年度".utf16)
    /// Words before a number of years or months that count it from an event (竣工后, 届满前, 规定的).
    private static let eventOpeners: [[UInt16]] = ["前", "后", "的"].map(Unit.of)
    /// Negations that open a predicate (未完成, 不得).
    private static let negations: [[UInt16]] = ["未", "不"].map(Unit.of)

    /// Whether the clause after a schedule's tier (its 部分 ending at `index`, then a comma) sets a rate: a percentage
    /// (按照2.5%交纳, 在10%以下确定).
    private func ratesTier(in scan: ScanText, after index: Int) -> Bool {
        guard index < scan.count, StatisticExtractor.commas.contains(scan[index]) else { return false }
        let end = scan.clauseEnd(after: index + 1)
        return (index + 1..<end).contains { scan[$0] == StatisticExtractor.percent || scan.has(StatisticExtractor.percentPrefixes[0], at: $0) }
    }

    /// Whether the figure `start..<end` is a bound marking out a class: a range or a figure with 以上 or 以下 followed by
    /// 的, figures listed with 、 or 或者 before such a bound, or 以 … 为界.
    private func boundsAClass(in scan: ScanText, start: Int, end: Int, unit: String?, ranged: Bool) -> Bool {
        if scan[start - 1] == StatisticExtractor.by, scan.longest(of: StatisticExtractor.boundaries, at: end) != nil { return true }
        let bounded = ranged || scan.longest(of: StatisticExtractor.bounds, endingAt: end) != nil
        // 处一万元以上三万元以下的罚款, 每年0.8万元至2万元的标准, 5000元以上的资金: a bound of a penalty, a standard or a fund
        // is the rule's figure.
        if bounded, scan[end] == StatisticExtractor.de { return scan.longest(of: StatisticExtractor.standards, at: end + 1) == nil }
        let unitWord = unit.map(Unit.of) ?? []
        var index = end
        while let joiner = scan.longest(of: StatisticExtractor.classJoiners, at: index), let next = ChineseNumeral.match(in: scan, at: index + joiner.count) {
            index = next.end
            if !unitWord.isEmpty, scan.has(unitWord, at: index) { index += unitWord.count }
            if let bound = scan.longest(of: StatisticExtractor.bounds, at: index) {
                return scan[index + bound.count] == StatisticExtractor.de
            }
        }
        return false
    }

    /// Whether a plant (机组, 工程, 项目 …) follows `end` directly, after the two characters of its product (60万吨乙烯项目), or
    /// after 的 and a short name, in the same clause.
    private func specifiesPlant(in scan: ScanText, after end: Int) -> Bool {
        var index = end
        if scan[index] == StatisticExtractor.de { index += 1 }
        while index - end <= 12, HanCharacter.contains(scan[index]) || scan[index] == StatisticExtractor.enumerationComma {
            if scan.longest(of: StatisticExtractor.plants, at: index) != nil {
                return index - end <= 2 || scan[end] == StatisticExtractor.de
            }
            index += 1
        }
        return false
    }

    /// The event a run of years counts (增产, 获得丰收 → 丰收, 夺得丰收 → 丰收, 大增产 → 增产): a few characters closing the
    /// clause after them, or closing the circumstance they open (在连续四年增产的基础上).
    private func runningEvent(in scan: ScanText, after end: Int) -> String? {
        var start = end
        // 连续三年的严重自然灾害: 的 opens the event, a noun phrase that may be longer.
        let named = scan[start] == StatisticExtractor.de
        if named { start += 1 }
        if let verb = scan.longest(of: StatisticExtractor.eventVerbs, at: start) { start += verb.count }
        if scan[start] == StatisticExtractor.great, HanCharacter.contains(scan[start + 1]) { start += 1 }
        let clauseEnd = scan.clauseEnd(after: start)
        let close = (start..<clauseEnd).first { scan[$0] == StatisticExtractor.de } ?? clauseEnd
        guard (2...(named ? 6 : 4)).contains(close - start), (start..<close).allSatisfy({ HanCharacter.contains(scan[$0]) }) else { return nil }
        let event = scan.foldedString(start..<close)
        // 贸易顺差连续两年下降: a bare change is of the name before the years.
        return StatisticExtractor.bareChanges.contains(event) ? nil : event
    }

    private static let bareChanges: Set<String> = ["增长", "下降", "增加", "减少", "提高", "降低", "上升", "回落", "扩大", "缩小"]

    /// Whether the words from `end` run on without a clause mark (a list's 、 aside) or a 的 into the name of a system of work
    /// (…标准工时制度, …工作制) within a name's length.
    private func namesSystem(in scan: ScanText, after end: Int) -> Bool {
        var index = end
        while index - end < StatisticExtractor.longestSystemName, index < scan.count,
              HanCharacter.contains(scan[index]) || Unit.isASCIIDigit(scan[index]) || scan[index] == StatisticExtractor.listComma,
              scan[index] != StatisticExtractor.de {
            if StatisticExtractor.systems.contains(where: { scan.has($0, at: index) }) { return true }
            index += 1
        }
        return false
    }

    /// Heads of the name of a system of work (标准工时制度, 每周五天半工作制).
    private static let systems: [[UInt16]] = ["制度", "工作制", "工时制"].map(Unit.of)
    private static let longestSystemName = 24
    private static let listComma = Unit.one("、")

    /// Verbs before the event a run of years counts: 连续四年获得丰收.
    private static let eventVerbs: [[UInt16]] = ["获得", "实现", "保持", "取得", "夺得"].map(Unit.of)
    /// 大 before the event a run counts says how much, not what (连续三年大增产).
    private static let great = Unit.one("大")

    /// Whether the unit as written begins with a multiplier (一万元, 两万名): then the unit carries the
    /// figure's size and a numeral of one digit is no word.
    private static func carriesSize(_ unit: String?) -> Bool {
        unit.map { ["万", "亿", "千", "百"].contains(where: $0.hasPrefix) } ?? false
    }

    /// A share written in words from `start` to `numberEnd`, with its bounds: 一半, 近一半, 超过一半, 一半以上 (50%);
    /// 三分之二以上 (2, unit /3).
    private func boundedFigure(in scan: ScanText, from start: Int, to numberEnd: Int, value: DecimalNumber, unit: String, kind: StatisticKind,
                               after previous: Int) -> Figure {
        let prefix = scan.longest(of: StatisticUnits.approxBefore, endingAt: start)
        var end = numberEnd
        var approx = prefix != nil
        if let after = scan.longest(of: StatisticUnits.approxAfter, at: end), after != StatisticExtractor.within {
            approx = true
            end += after.count
        }
        let begin = start - (prefix?.count ?? 0)
        let sentence = scan.sentence(around: start)
        var figure = Figure(range: begin..<end, text: scan.original(begin..<end), value: .number(value), maximum: nil,
                            unit: unit, approx: approx, kind: kind, subject: nil, sentenceRange: sentence)
        describe(&figure, in: scan, after: previous)
        return figure
    }

    /// 超千亿元, 上千万, 近万人, 逾百家: a bound and a place word standing for its own value, with no digit.
    private func placeWordFigure(in scan: ScanText, at index: Int, after previous: Int) -> Figure? {
        let start = index + 1
        // 上亿人, 上亿市场主体, 上千人: 上 before one place word gives an order of magnitude, not a figure
        // (近亿人次, 上千万家庭 and 超千亿元 give one).
        if scan[index] == StatisticExtractor.placeBounds[3], (scan.longest(of: StatisticExtractor.placeWords, at: start)?.count ?? 0) < 2 {
            return nil
        }
        var place: [UInt16]
        if StatisticExtractor.smallPlaces.contains(scan[start]), StatisticUnits.isCompoundUnit(in: scan, at: start + 1) {
            place = [scan[start]]     // 超千亿元: 千 of 亿元.
        } else if StatisticUnits.isCompoundUnit(in: scan, at: start) {
            place = []                // 超万亿元: one 万亿元.
        } else if let longest = scan.longest(of: StatisticExtractor.placeWords, at: start) {
            place = longest
        } else {
            return nil
        }
        var end = start + place.count
        var unit: String?
        var kind: StatisticKind?
        if let word = StatisticUnits.unitWord(in: scan, at: end), word.key != "个" {
            unit = scan.original(end..<(end + word.length))
            kind = StatisticUnits.kinds[word.key]
            end += word.length
        } else if place.count == 1, scan[end] != StatisticExtractor.ge, !HanCharacter.contains(scan[end]) {
            // 上千 alone, 近百: too vague without what they count.
            return nil
        }
        if unit == nil, scan[end] == StatisticExtractor.ge { end += 1 }
        let sentence = scan.sentence(around: start)
        var figure = Figure(range: index..<end, text: scan.original(index..<end),
                            value: .number(DecimalNumber(1).shifted(by: StatisticExtractor.exponent(of: place))), maximum: nil, unit: unit,
                            approx: true, kind: kind ?? .number, subject: nil, sentenceRange: sentence)
        describe(&figure, in: scan, after: previous)
        return figure
    }

    /// How many powers of ten `unit` is above `base` where the two differ only by a multiplier (万元 over 元 → 4, 元 over
    /// 元 → 0); nil for units of different things or one smaller than the base.
    static func exponent(from unit: String, to base: String) -> Int? {
        func split(_ unit: String) -> (Int, ArraySlice<UInt16>) {
            let units = Array(unit.utf16)
            guard let multiplier = StatisticUnits.multipliers.first(where: { units.count > $0.count && units.starts(with: $0) }) else {
                return (0, units[...])
            }
            return (exponent(of: multiplier), units[multiplier.count...])
        }
        // 处漏缴税款30%以上2倍以下罚款: a multiple is a hundred percent.
        if unit == "倍", base == "%" { return 2 }
        let (high, highRest) = split(unit), (low, lowRest) = split(base)
        return highRest == lowRest && high >= low ? high - low : nil
    }

    /// 万 4, 亿 8, 千万 7 …: the power of ten a multiplier or place word stands for.
    static func exponent(of multiplier: [UInt16]) -> Int {
        multiplier.reduce(0) { total, unit in
            switch unit {
            case StatisticExtractor.ten: total + 1
            case StatisticExtractor.hundred: total + 2
            case StatisticExtractor.thousand: total + 3
            case StatisticExtractor.tenThousand: total + 4
            case StatisticExtractor.hundredMillion: total + 8
            default: total
            }
        }
    }

    /// The bounds a place word follows (超千亿元); asked for at every character of a text, so a short array, not a set.
    private static let placeBounds = Array("超逾近上".utf16)
    private static let placeWords: [[UInt16]] = ["万亿", "千亿", "百亿", "千万", "百万", "十万", "亿", "万", "千", "百"].map(Unit.of)
    private static let smallPlaces: Set<UInt16> = Set("十百千".utf16)
    private static let tenThousand = Unit.one("万")
    private static let hundredMillion = Unit.one("亿")

    /// Whether the clause before `start` ends in a list of `count` names (A、B、C or A、B和C, the figure right after the last);
    /// a name's bracketed aside (广东（珠三角）、安徽（合芜蚌）) is part of the name.
    static func countsListedNames(in scan: ScanText, before start: Int, count: Int) -> Bool {
        guard count >= 2, start > 0, HanCharacter.contains(scan[start - 1]) else { return false }
        let floor = max(0, start - listReach)
        var commas = 0, joined = false, index = start - 1
        while index > floor {
            if closings.contains(scan[index - 1]), let open = (floor..<(index - 1)).last(where: { openings.contains(scan[$0]) }) {
                index = open
                continue
            }
            guard scan[index - 1] == enumerationComma || !Unit.isClauseEnd(scan[index - 1]) else { break }
            index -= 1
            if scan[index] == enumerationComma { commas += 1 } else if commas == 0, listEndJoiners.contains(scan[index]) { joined = true }
        }
        return commas > 0 && commas + (joined ? 1 : 0) + 1 == count
    }

    /// How far back a list of names before its count is read.
    private static let listReach = 120
    /// Joiners of the last name of a list (深圳、珠海和汕头三个地区).
    private static let listEndJoiners: Set<UInt16> = Set("和及与".utf16)

    /// Whether `unit` is a multiplier a unit may begin with (万吨, 亿元).
    private static func multipliesUnit(_ unit: UInt16) -> Bool { unit == tenThousand || unit == hundredMillion }

    private static let term = Unit.one("届")
    private static let big = Unit.one("大")
    private static let one = Unit.one("一")
    private static let hundred = Unit.one("百")
    private static let thousand = Unit.one("千")
    private static let half = Unit.one("半")
    private static let closeQuote = Unit.one("”")
    private static let placePrefixes: Set<UInt16> = Set("北南东西".utf16)
    private static let deltaRivers: Set<UInt16> = Set("长珠".utf16)
    private static let fen = Unit.one("分")
    private static let part = Unit.of("部分")
    private static let fractionMark = Unit.of("分之")
    /// Bounds that open a clause and bound a figure of part of what it names (不得超过…的百分之三十, 约占…的三分之二).
    private static let clauseBounds: [[UInt16]] = (StatisticUnits.ruleBounds + ["不得超出", "约占", "低于", "未达到"]).map(Unit.of)
    /// Degree, minute and second marks of an angle.
    private static let angleMarks: Set<UInt16> = Set("°′″".folded.utf16)
    private static let commas: Set<UInt16> = Set("，,".utf16)

    /// Where the list of years that the number at `start` stands in ends (after its last year's digits), if
    /// it is one whose last year carries 年 or a count of years: 1998、1999年连续遭受特大洪涝灾害, 1978、1979两年
    /// 共增产 (dates, not figures).
    static func listedYearsEnd(in scan: ScanText, _ number: ChineseNumeral.Match, at start: Int) -> Int? {
        func isYear(_ match: ChineseNumeral.Match?) -> Bool {
            guard let match, match.length == 4, match.isArabic || match.isDigitString, match.maximum == nil,
                  let year = match.value.integerValue else { return false }
            return (1000...2999).contains(year)
        }
        guard isYear(number) else { return nil }
        var listed = scan[start - 1] == enumerationComma && (Unit.isASCIIDigit(scan[start - 2]) || ChineseNumeral.isDigitCharacter(scan[start - 2]))
        var end = number.end
        while scan[end] == enumerationComma, let next = ChineseNumeral.match(in: scan, at: end + 1), isYear(next) {
            listed = true
            end = next.end
        }
        guard listed else { return nil }
        if scan[end] == yearMark { return end }
        guard let count = ChineseNumeral.match(in: scan, at: end), !count.isArabic, count.length == 1, scan[count.end] == yearMark else { return nil }
        return end
    }

    /// Whether a figure starting at `start` restates a limit its rule set a paragraph before (不受前款规定的5‰的限制), no figure
    /// of its own; a limit another law sets and this one quotes (民法典第一百八十八条规定的三年诉讼时效期间) is one.
    static func restatesFormerLimit(in scan: ScanText, before start: Int) -> Bool {
        scan.longest(of: formerLimits, endingAt: start) != nil
    }

    private static let formerLimits: [[UInt16]] = ["前款规定的", "前两款规定的", "本款规定的", "本条规定的"].map(Unit.of)

    /// Whether the span starting at `start` is the first or last part of a period 的 names (每个会计年度的前六个月, 时效的最后
    /// 六个月): a part of that period, no term of the rule.
    static func partOfPeriod(in scan: ScanText, at start: Int) -> Bool {
        guard let edge = scan.longest(of: periodEdges, endingAt: start) else { return false }
        return scan[start - edge.count - 1] == de
    }

    private static let periodEdges: [[UInt16]] = ["前", "最后"].map(Unit.of)

    /// Where the clause before `index` starts, a short aside in brackets read through (最高不得超过当年销售(营业)收入的5‰).
    static func clauseStart(in scan: ScanText, before index: Int) -> Int {
        var start = scan.clauseStart(before: index)
        while start > 1, closings.contains(scan[start - 1]),
              let open = (max(0, start - asideReach)..<(start - 1)).last(where: { openings.contains(scan[$0]) }) {
            start = scan.clauseStart(before: open)
        }
        return start
    }

    /// How long a bracketed aside inside a clause may be.
    private static let asideReach = 8

    /// Whether `index` opens a clause: the text's start, or after a clause mark or a space.
    private static func opensClause(_ scan: ScanText, at index: Int) -> Bool {
        index == 0 || Unit.isClauseEnd(scan[index - 1]) || Unit.isSpace(scan[index - 1])
    }

    /// Whether `index` opens a table's cell after the first (the ` | ` a row's cells are joined with, as `TableRow` writes it).
    static func opensCell(_ scan: ScanText, at index: Int) -> Bool {
        index >= 2 && scan[index - 1] == space && scan[index - 2] == cellBar
    }

    /// Whether `index` closes a table's cell before the last.
    private static func closesCell(_ scan: ScanText, at index: Int) -> Bool {
        index + 1 < scan.count && scan[index] == space && scan[index + 1] == cellBar
    }

    /// Whether the text from `start` to `end` is a whole cell of a table's row (a cell boundary or a line's edge on both
    /// sides), or a whole line.
    static func standsInOwnCell(_ scan: ScanText, from start: Int, to end: Int) -> Bool {
        (start == 0 || scan[start - 1] == Unit.newline || opensCell(scan, at: start))
            && (end >= scan.count || scan[end] == Unit.newline || closesCell(scan, at: end))
    }

    /// Whether the number at `start` is a formula's constant: after a multiplication or division sign (×100%, ×10000), or
    /// after a slash that divides a named quantity (…执业（助理）医师人数/365), not a number (1/3, 10/10万).
    static func isFormulaConstant(in scan: ScanText, at start: Int) -> Bool {
        guard start >= 2 else { return false }
        let sign = scan[start - 1]
        if formulaSigns.contains(sign) { return true }
        return sign == slash && (HanCharacter.contains(scan[start - 2]) || closings.contains(scan[start - 2]))
    }

    private static let formulaSigns: Set<UInt16> = Set("×÷".utf16)
    /// The signs of arithmetic around a formula's operand (folded: － is -, ＝ is =).
    private static let arithmeticSigns: Set<UInt16> = Set("-+×÷=*".utf16)
    private static let minus = Unit.of("-")
    /// The equals sign, folded (＝ is =).
    static let equals = Unit.one("=")

    /// Whether the figure written from `start` to `end` is an operand of a formula: a sign of arithmetic right after it
    /// (365天-104天, 250天÷4季), not counting the equals sign that a result stands after.
    static func isOperand(in scan: ScanText, from start: Int, to end: Int) -> Bool {
        end < scan.count && arithmeticSigns.contains(scan[end]) && scan[end] != equals
    }

    /// The calendar's constants a conversion divides or subtracts by: the days of a year, its months, quarters and weeks.
    static func isCalendarConstant(_ value: DecimalNumber, unit: String?) -> Bool {
        guard let unit, let whole = value.integerValue else { return false }
        return calendarConstants[unit]?.contains(whole) ?? false
    }

    private static let calendarConstants: [String: Set<Int>] = ["天": [365, 366], "日": [365, 366], "月": [12], "个月": [12], "季": [4],
                                                                "季度": [4], "周": [52]]

    /// Whether the operand written from `start` to `end` restates the result of a formula before it in the text (250天÷4季
    /// after …＝250天): the same figure, as written, right after an equals sign.
    static func restatesResult(in scan: ScanText, from start: Int, to end: Int) -> Bool {
        // A figure that opens the text has no equals sign before it.
        guard start > 1 else { return false }
        let written = Array(scan.units[start..<end])
        return (1..<start).contains { scan[$0 - 1] == equals && scan.has(written, at: $0) }
    }

    /// Where an outline number (1.2.1, 5.1.2.3) ends, when the decimal read from `start` to `end` is followed by at least one
    /// more dotted part; nil for a decimal (1.2) or an integer.
    private static func outlineNumberEnd(in scan: ScanText, from start: Int, to end: Int) -> Int? {
        guard (start..<end).contains(where: { scan[$0] == dot }) else { return nil }
        var index = end
        while scan[index] == dot, Unit.isASCIIDigit(scan[index + 1]) {
            index += 1
            while Unit.isASCIIDigit(scan[index]) { index += 1 }
        }
        return index > end ? index : nil
    }

    private func isLineStart(_ scan: ScanText, _ index: Int) -> Bool {
        var start = index
        while start > 0, Unit.isSpace(scan[start - 1]), scan[start - 1] != Unit.newline { start -= 1 }
        return start == 0 || scan[start - 1] == Unit.newline
    }

    /// The unit after a number at `index`: its text (without 个), kind, where it ends (bound words
    /// included), whether it marks the figure as inexact, and whether it is a noun counted with 个.
    private func unitAfter(in scan: ScanText, at index: Int) -> (String?, StatisticKind?, Int, Bool, Bool) {
        var end = index
        var inexact = false
        // 50余场, 3000多人; 130余 at a clause's end.
        if let inside = scan.longest(of: StatisticUnits.approxInside, at: end),
           StatisticUnits.unitWord(in: scan, at: end + inside.count) != nil || Unit.isClauseEnd(scan[end + inside.count])
            || end + inside.count >= scan.count {
            inexact = true
            end += inside.count
        }
        var unit: String?
        var kind: StatisticKind?
        var countsNoun = false
        // A rate: 10/10万, 3/1000.
        if scan[end] == StatisticExtractor.slash, let base = ChineseNumeral.match(in: scan, at: end + 1) {
            var rateEnd = base.end
            if let word = scan.longest(of: StatisticUnits.words, at: rateEnd) { rateEnd += word.count }
            let rate = scan.original(end..<rateEnd)
            let bound = scan.longest(of: StatisticUnits.approxAfter, at: rateEnd).flatMap { $0 == StatisticExtractor.within ? nil : $0 }
            return (rate, .ratio, rateEnd + (bound?.count ?? 0), bound != nil, false)
        }
        if let word = StatisticUnits.unitWord(in: scan, at: end) {
            kind = StatisticUnits.kinds[word.key]
            if word.length == 1, scan[end] == StatisticExtractor.ge {
                // 个 is no unit of its own: 1.2个百分点, 19个村, 3个工作日, 六到八个老人.
                end += 1
                if let timeWord = scan.longest(of: StatisticUnits.words, at: end),
                   StatisticUnits.kinds[timeWord.withUnsafeBufferPointer(FoldedText.string)] == .duration {
                    unit = scan.original(end..<(end + timeWord.count))
                    kind = .duration
                    end += timeWord.count
                } else if scan.has(StatisticExtractor.percentagePoint, at: end) {
                    unit = scan.original(end..<(end + StatisticExtractor.percentagePoint.count))
                    kind = .percentagePoints
                    end += StatisticExtractor.percentagePoint.count
                } else if let noun = scan.longest(of: StatisticUnits.countedNouns, at: end),
                          // 28个省份, 5个国家公园: a noun that goes on is counted whole, with no unit.
                          !SubjectFinder(scan: scan).continuesNoun(noun, at: end + noun.count) {
                    unit = scan.original(end..<(end + noun.count))
                    end += noun.count
                    countsNoun = true
                }
            } else {
                // 个月 is written with 个; the unit is 月. A compound unit (27微克/立方米, 58万元/人) runs on after its slash.
                var wordEnd = end + word.length
                if scan[wordEnd] == StatisticExtractor.slash, let per = StatisticUnits.unitWord(in: scan, at: wordEnd + 1) ?? perNoun(in: scan, at: wordEnd + 1) {
                    wordEnd += 1 + per.length
                }
                let written = scan.original(end..<wordEnd)
                unit = written.hasPrefix("个") ? String(written.dropFirst()) : written
                end = wordEnd
            }
        }
        // 八十年代, 三年级: a decade or a grade, not a span of years; 两千三百万台湾同胞: 台 of 台湾 is no unit.
        if unit == "年", scan.longest(of: StatisticExtractor.yearWords, at: end) != nil { return (nil, nil, index, false, false) }
        if unit?.hasSuffix("台") == true, scan[end] == StatisticExtractor.wan { return (nil, nil, index, false, false) }
        // 建筑层数控制在两层以内: storeys are a rule's figure; a report's 两层含义 and a plan's 一层次 are no count.
        if unit == StatisticExtractor.storey, !laysDownRules || StatisticExtractor.storeyWords.contains(scan[end]) {
            return (nil, nil, index, false, false)
        }
        if let after = scan.longest(of: StatisticUnits.approxAfter, at: end),
           kind == .duration || (after != StatisticExtractor.within && after != StatisticExtractor.more) || kind != nil && after == StatisticExtractor.more {
            inexact = true
            end += after.count
        }
        return (unit, kind, end, inexact, countsNoun)
    }

    /// The one-character noun after a unit's slash (元/人, 元/户): what the amount is per.
    private func perNoun(in scan: ScanText, at index: Int) -> (length: Int, key: String)? {
        StatisticExtractor.perNouns.contains(scan[index]) && !HanCharacter.contains(scan[index + 1]) ? (1, "") : nil
    }

    /// The unit of a building's storeys.
    private static let storey = "层"
    /// Characters after 层 that make a word of it (层次, 层级, 层面).
    private static let storeyWords: Set<UInt16> = Set("次级面".utf16)

    /// What an amount is per; 62.5天/季 of a working-time formula per quarter, as 20.83天/月 is per month.
    private static let perNouns: Set<UInt16> = Set("人户年季月周日天次亩吨辆件".utf16)

    /// 百分之十五, 千分之五: a percentage written in words.
    private func percentFigure(in scan: ScanText, prefix: [UInt16], at start: Int, after previous: Int) -> Figure? {
        let numberStart = start + prefix.count
        guard let number = ChineseNumeral.match(in: scan, at: numberStart) else { return nil }
        var end = number.end
        var maximum = number.maximum
        if let joiner = scan.longest(of: StatisticUnits.rangeJoiners, at: end) {
            var highStart = end + joiner.count
            if scan.has(prefix, at: highStart) { highStart += prefix.count }
            if let high = ChineseNumeral.match(in: scan, at: highStart) {
                maximum = high.value
                end = high.end
            }
        }
        // 并处货值金额百分之二十以上百分之五十以下罚款, 百分之十五以上、不足百分之三十的, 百分之三十以上二倍以下: a floor joined to a
        // ceiling is one range, as 5%以上30%以下 is (a ceiling in 倍 read in percent).
        var joined = false
        if maximum == nil, scan.has(StatisticExtractor.above, at: end) {
            var highStart = end + StatisticExtractor.above.count
            if scan[highStart] == StatisticExtractor.enumerationComma { highStart += 1 }
            let ceiling = scan.longest(of: StatisticExtractor.ceilings, at: highStart)
            highStart += ceiling?.count ?? 0
            let percentHigh = scan.has(prefix, at: highStart)
            if let high = ChineseNumeral.match(in: scan, at: highStart + (percentHigh ? prefix.count : 0)), high.maximum == nil {
                let multiple = !percentHigh && ceiling == nil && scan[high.end] == StatisticExtractor.times
                let highEnd = high.end + (multiple ? 1 : 0)
                if percentHigh && ceiling != nil {
                    (maximum, end, joined) = (high.value, highEnd, true)
                } else if percentHigh || multiple, scan.has(StatisticExtractor.below, at: highEnd) {
                    (maximum, end, joined) = (multiple ? high.value.shifted(by: 2) : high.value, highEnd + StatisticExtractor.below.count, true)
                }
            }
        }
        let approxPrefix = scan.longest(of: StatisticUnits.approxBefore, endingAt: start)
        var approx = approxPrefix != nil || number.maximum != nil || joined
        if let after = scan.longest(of: StatisticUnits.approxAfter, at: end), after != StatisticExtractor.within {
            approx = true
            end += after.count
        }
        let begin = start - (approxPrefix?.count ?? 0)
        let perMille = prefix == StatisticExtractor.percentPrefixes[1]
        let kind: StatisticKind = perMille ? .ratio : .percent
        let sentence = scan.sentence(around: start)
        var figure = Figure(range: begin..<end, text: scan.original(begin..<end), value: .number(number.value),
                            maximum: maximum.map(Quantity.number), unit: perMille ? "‰" : "%", approx: approx, kind: kind,
                            subject: nil, sentenceRange: sentence)
        describe(&figure, in: scan, after: previous)
        return figure
    }

    private func periodFigure(_ period: DateExpression.Period, in scan: ScanText) -> Figure {
        let range = period.start.start..<period.end
        return Figure(range: range, text: scan.original(range), value: .date(period.start.iso), maximum: .date(period.finish.iso),
                      unit: nil, approx: period.start.isVague || period.finish.isVague, kind: .period,
                      subject: nil, sentenceRange: scan.sentence(around: range.lowerBound))
    }
}
