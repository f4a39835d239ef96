import Ingestion

/// Finds the figures of a document — counts, money, percentages, percentage points, ratios, durations,
/// periods — with their unit, bounds and subject, leaving aside what only looks like a number: years
/// and dates, article numbers (第36条), ordinals (第六次), headings (一、 1、 （二）) and words that
/// contain a numeral (统一, 一些, 一是, 两非, 四世同堂).
public struct StatisticExtractor: Sendable {
    public init() {}

    /// Every statistic of `document`, in reading order.
    public func statistics(in document: Document) -> [Statistic] {
        document.sections.flatMap { section -> [Statistic] in
            let text = section.heading.isEmpty ? section.text : section.heading + "\n" + section.text
            return figures(in: text).map { figure in
                Statistic(source: document.source, documentIndex: document.index, document: document.title,
                          section: section.pathString, text: figure.text, value: figure.value, maximum: figure.maximum,
                          unit: figure.unit, approx: figure.approx, kind: figure.kind, subject: figure.subject,
                          sentence: figure.sentence)
            }
        }
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
        var sentence: String
    }

    /// The figures of a text, in order.
    func figures(in text: String) -> [Figure] {
        let scan = ScanText(text)
        var figures: [Figure] = []
        var index = 0
        while index < scan.count {
            let unit = scan[index]
            let continuesNumber = Unit.isASCIIDigit(scan[index - 1]) || scan[index - 1] == StatisticExtractor.dot
            if let date = DateExpression.match(in: scan, at: index) {
                if let period = DateExpression.period(in: scan, startingWith: date) {
                    figures.append(periodFigure(period, in: scan))
                    index = period.end
                } else {
                    index = date.end
                }
                continue
            }
            if let percentPrefix = scan.longest(of: StatisticExtractor.percentPrefixes, at: index) {
                if let figure = percentFigure(in: scan, prefix: percentPrefix, at: index) {
                    figures.append(figure)
                    index = figure.range.upperBound
                } else {
                    index += percentPrefix.count
                }
                continue
            }
            if !continuesNumber, Unit.isASCIIDigit(unit) || ChineseNumeral.match(in: scan, at: index) != nil {
                let (figure, end) = self.figure(in: scan, at: index)
                if let figure { figures.append(figure) }
                index = max(end, index + 1)
                continue
            }
            index += 1
        }
        return figures
    }

    private static let dot = Unit.one(".")
    private static let ordinalMark = Unit.one("第")
    private static let enumerationComma = Unit.one("、")
    private static let openings: Set<UInt16> = Set("(（[〔【".folded.utf16)
    private static let closings: Set<UInt16> = Set(")）]〕】".folded.utf16)
    private static let ge = Unit.one("个")
    private static let de = Unit.one("的")
    private static let percentagePoint = Unit.of("百分点")
    private static let percentPrefixes: [[UInt16]] = ["百分之", "千分之"].map(Unit.of)
    private static let lineStartEnders: Set<UInt16> = Set(".．)）".folded.utf16)

    /// The figure whose number starts at `start`, or nil where the number is not one; and where to go on.
    private func figure(in scan: ScanText, at start: Int) -> (Figure?, Int) {
        let compound = { (index: Int) in scan.longest(of: StatisticUnits.compoundUnits, at: index) != nil }
        guard let number = ChineseNumeral.match(in: scan, at: start, stopsBefore: compound) else { return (nil, start + 1) }
        var end = number.end
        let before = scan[start - 1]
        // 第36条, 第六次: ordinals and article numbers, with their measure word.
        if before == StatisticExtractor.ordinalMark { return (nil, end + 1) }
        if number.isArabic {
            // Codes (B2, 5G), ISO dates and clock times.
            if Unit.isASCIILetter(before) || Unit.isASCIILetter(scan[end]) { return (nil, end) }
            if (scan[end] == Unit.one("-") || scan[end] == Unit.one("/")) && Unit.isASCIIDigit(scan[end + 1]) && number.length == 4 {
                var skip = end + 1
                while Unit.isASCIIDigit(scan[skip]) || scan[skip] == Unit.one("-") || scan[skip] == Unit.one("/") { skip += 1 }
                return (nil, skip)
            }
            if scan[end] == Unit.one(":"), Unit.isASCIIDigit(scan[end + 1]) { return (nil, end + 3) }
        }
        // Headings and enumerations: 一、 1、 (二) 1.
        if scan[end] == StatisticExtractor.enumerationComma { return (nil, end + 1) }
        if StatisticExtractor.openings.contains(before), StatisticExtractor.closings.contains(scan[end]) { return (nil, end + 1) }
        if number.isArabic, start == 0 || scan[start - 1] == Unit.newline, StatisticExtractor.lineStartEnders.contains(scan[end]),
           !Unit.isASCIIDigit(scan[end + 1]) {
            return (nil, end + 1)
        }

        let prefix = scan.longest(of: StatisticUnits.approxBefore, endingAt: start)
        var approx = prefix != nil
        let value = number.value
        var maximum = number.maximum
        if maximum != nil { approx = true }
        var (unit, kind, unitEnd, inexact, countsNoun) = unitAfter(in: scan, at: end)
        approx = approx || inexact
        end = unitEnd

        // A range: 103-107, 六到八个, 20%-30%, 3至5年.
        if let joiner = scan.longest(of: StatisticUnits.rangeJoiners, at: end),
           let high = ChineseNumeral.match(in: scan, at: end + joiner.count, stopsBefore: compound),
           maximum == nil, high.isArabic == number.isArabic, DateExpression.match(in: scan, at: end + joiner.count) == nil {
            let (highUnit, highKind, highEnd, highInexact, highCountsNoun) = unitAfter(in: scan, at: high.end)
            if unit == nil || highUnit == nil || unit == highUnit {
                maximum = high.value
                if unit == nil { (unit, kind, countsNoun) = (highUnit, highKind, highCountsNoun) }
                end = highEnd
                approx = approx || highInexact
            }
        }

        if unit == nil && kind == nil {
            if number.isArabic {
                if scan.longest(of: StatisticUnits.notFigureAfter, at: end) != nil { return (nil, end) }
                // A page number left at a line's end, an identifier, a bracketed year.
                if Unit.isSpace(scan[start - 1]), end >= scan.count || scan[end] == Unit.newline { return (nil, end) }
                if number.length >= 9 || (number.length > 1 && scan[start] == Unit.one("0") && scan[start + 1] != StatisticExtractor.dot) { return (nil, end) }
                if StatisticExtractor.openings.contains(before) { return (nil, end) }
            } else if number.length < 2 || prefix == nil && scan.longest(of: StatisticUnits.copulas, endingAt: start) == nil {
                // A Chinese numeral without a unit is a word (四世同堂, 两非, 十八大), not a figure.
                return (nil, end)
            }
        }
        // 一 alone is the indefinite article (一个重要指标, 一次) or part of a word (统一, 一是, 一把手).
        if !number.isArabic, number.length == 1, number.value == DecimalNumber(1), maximum == nil { return (nil, end) }

        let begin = start - (prefix?.count ?? 0)
        let sentence = scan.sentence(around: start)
        var figure = Figure(range: begin..<end, text: scan.original(begin..<end), value: .number(value), maximum: maximum.map(Quantity.number),
                            unit: unit, approx: approx, kind: kind ?? .number, subject: nil, sentence: scan.original(sentence))
        figure.subject = SubjectFinder(scan: scan).subject(before: begin, after: end, kind: figure.kind, countsNoun: countsNoun)
        if figure.kind == .number, let subject = figure.subject, subject.hasSuffix("比") || subject.hasSuffix("比值") {
            figure.kind = .ratio
        }
        return (figure, end)
    }

    /// The unit after a number at `index`: its text (without 个), kind, where it ends (bound words
    /// included), whether it marks the figure as inexact, and whether it is a noun counted with 个.
    private func unitAfter(in scan: ScanText, at index: Int) -> (String?, StatisticKind?, Int, Bool, Bool) {
        var end = index
        var inexact = false
        if let inside = scan.longest(of: StatisticUnits.approxInside, at: end),
           scan.longest(of: StatisticUnits.words, at: end + inside.count) != nil {
            inexact = true
            end += inside.count
        }
        var unit: String?
        var kind: StatisticKind?
        var countsNoun = false
        if let word = scan.longest(of: StatisticUnits.words, at: end) {
            let folded = String(decoding: word, as: UTF16.self)
            kind = StatisticUnits.kinds[folded]
            if word == [StatisticExtractor.ge] {
                // 个 is no unit of its own: 1.2个百分点, 19个村, 六到八个老人.
                end += 1
                if scan.has(StatisticExtractor.percentagePoint, at: end) {
                    unit = scan.original(end..<(end + StatisticExtractor.percentagePoint.count))
                    kind = .percentagePoints
                    end += StatisticExtractor.percentagePoint.count
                } else if let noun = scan.longest(of: StatisticUnits.countedNouns, at: end) {
                    unit = scan.original(end..<(end + noun.count))
                    end += noun.count
                    countsNoun = true
                }
            } else {
                // 个月 is written with 个; the unit is 月.
                let written = scan.original(end..<(end + word.count))
                unit = written.hasPrefix("个") ? String(written.dropFirst()) : written
                end += word.count
            }
        }
        if kind != nil, let after = scan.longest(of: StatisticUnits.approxAfter, at: end),
           after != Unit.of("内") || kind == .duration {
            inexact = true
            end += after.count
        }
        return (unit, kind, end, inexact, countsNoun)
    }

    /// 百分之十五, 千分之五: a percentage written in words.
    private func percentFigure(in scan: ScanText, prefix: [UInt16], at start: Int) -> Figure? {
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
        let approxPrefix = scan.longest(of: StatisticUnits.approxBefore, endingAt: start)
        var approx = approxPrefix != nil || number.maximum != nil
        if let after = scan.longest(of: StatisticUnits.approxAfter, at: end), after != Unit.of("内") {
            approx = true
            end += after.count
        }
        let begin = start - (approxPrefix?.count ?? 0)
        let perMille = prefix == StatisticExtractor.percentPrefixes[1]
        let kind: StatisticKind = perMille ? .ratio : .percent
        return Figure(range: begin..<end, text: scan.original(begin..<end), value: .number(number.value),
                      maximum: maximum.map(Quantity.number), unit: perMille ? "‰" : "%", approx: approx, kind: kind,
                      subject: SubjectFinder(scan: scan).subject(before: begin, after: end, kind: kind),
                      sentence: scan.original(scan.sentence(around: start)))
    }

    private func periodFigure(_ period: DateExpression.Period, in scan: ScanText) -> Figure {
        let range = period.start.start..<period.end
        return Figure(range: range, text: scan.original(range), value: .date(period.start.iso), maximum: .date(period.finish.iso),
                      unit: nil, approx: period.start.isVague || period.finish.isVague, kind: .period,
                      subject: SubjectFinder(scan: scan).subject(before: range.lowerBound, after: range.upperBound, kind: .period),
                      sentence: scan.original(scan.sentence(around: range.lowerBound)))
    }
}
