import Foundation
import Ingestion

/// Reads what the figures of one section say beyond their numbers: the indicator each measures, whether
/// it is an amount, a change or a share, whether it was achieved or is aimed at, and which year it is
/// about — from the figure's own clause, its sentence, the lead-in its paragraph hangs on (今年发展主要
/// 预期目标是：), the section's headings (一、2025年工作回顾) and the document's date.
struct FigureReader {
    let scan: ScanText
    let document: DocumentDates
    /// The section's headings, outermost first.
    let headings: [String]

    /// What each figure means, in order.
    func meanings(of figures: [StatisticExtractor.Figure]) -> [FigureMeaning] {
        var meanings: [FigureMeaning] = []
        let headingCue = headings.reversed().lazy.compactMap { TimeCues.firstPeriod(in: ScanText($0), dates: document) }.first
        var dates = document
        if let headingCue, let reviewed = document.lastReviewedYear { dates.plansAhead = headingCue.first > reviewed }
        var scanned = TimeScan()
        // Whether a figure before in the current sentence has a name: then an unnamed one speaks of it, not of a clause before.
        var sentenceNamed = false
        for (index, figure) in figures.enumerated() {
            var meaning = FigureMeaning()
            meaning.subject = figure.subject
            // X 5.2万亿元、增长5.4%: a clause that names nothing speaks of the figure before it in the sentence.
            // 油料在连续三年大增产的基础上，又增长17%左右: the event a run of years counts is no name for what follows it.
            if meaning.subject == nil, figure.kind != .period, !figure.countsNoun, !figure.clauseNames, index > 0,
               figures[index - 1].sentenceStart == figure.sentenceStart, !figures[index - 1].countsRun {
                meaning.subject = meanings[index - 1].subject
                // 505户1748人 of a place: the people of its households are its 人口 (新识别监测对象23户71人 stays 监测对象).
                if meaning.subject == SubjectFinder.households, figure.unit == "人" { meaning.subject = SubjectFinder.population }
                // 农业总产值由…，工业总产值由…，都是平均每年递增百分之四: 都 gives the figure to every name before it.
                if FigureReader.allWords.contains(where: figure.link.hasPrefix) {
                    var names: [String] = []
                    for earlier in stride(from: index - 1, through: 0, by: -1) where figures[earlier].sentenceStart == figure.sentenceStart {
                        if let name = meanings[earlier].subject, !names.contains(name) { names.insert(name, at: 0) }
                    }
                    if names.count >= 2 { meaning.subject = names.joined(separator: "和") }
                }
            }
            // 钢：从一百三十五万吨增加到四百十二万吨; 基本建设投资总额，今年２月修订计划时减少为三百亿元: where neither the figure's
            // clause nor a figure before it in its sentence names anything, its line's label or a clause before it may.
            if index == 0 || figures[index - 1].sentenceStart != figure.sentenceStart { sentenceNamed = false }
            if meaning.subject == nil, figure.kind != .period, !figure.countsNoun, !figure.clauseNames, !sentenceNamed {
                meaning.subject = SubjectFinder(scan: scan).unnamedFigureSubject(at: figure.range.lowerBound, sentence: figure.sentenceRange)
            }
            // 朝阳区、海淀区…为每平方米四十五元 in 关于北京市耕地占用税适用税额的决定: what a rule's figure measures, where nothing in
            // its text names it, is the quantity the title says the text sets.
            if meaning.subject == nil, figure.kind != .period, let topic = document.topic { meaning.subject = topic }
            // 自确定管理人报酬方案之日起三日内，书面通知管理人: outside a report, a time limit is named by what must be done in it.
            if figure.kind == .duration, !document.isReport, figure.text.hasSuffix("内"),
               let act = SubjectFinder(scan: scan).limitedAct(from: figure.range.lowerBound, after: figure.range.upperBound, sentence: figure.sentenceRange) {
                meaning.subject = act
            }
            // 《船舶垃圾粪便污水接收证明》应当保存一年: outside a report, a term of keeping is named by what is kept.
            if figure.kind == .duration, !document.isReport, let term = SubjectFinder(scan: scan).keepingTerm(before: figure.range.lowerBound) {
                meaning.subject = term
            }
            // 责令停业整顿三十日以上九十日以下, 暂扣三个月机动车驾驶证: outside a report, a sanction's term is named by what it stops.
            if figure.kind == .duration, !document.isReport, !figure.text.hasSuffix("内"),
               let term = SubjectFinder(scan: scan).sanctionTerm(of: figure.range) {
                meaning.subject = term
            }
            // 连续两年信用评价不合格的, 超过一百八十日不投入运营: in a law or a regulation, the span a condition runs for is named by what runs.
            if figure.kind == .duration, document.laysDownRules, let span = SubjectFinder(scan: scan).conditionSpan(of: figure.range, unit: figure.unit) {
                meaning.subject = span
            }
            // 依法判处三年以下有期徒刑, 死刑缓期二年执行: a criminal punishment's term is named by the punishment, not by who imposes it.
            if figure.kind == .duration, let punishment = SubjectFinder(scan: scan).punishmentTerm(of: figure.range) { meaning.subject = punishment }
            // 被依法处罚两次的驾驶人员: in a law or a regulation, the times one was penalised are named by the penalising, not by whom.
            if figure.unit == "次", document.laysDownRules, let penalty = SubjectFinder(scan: scan).repeatedPenalty(of: figure.range) {
                meaning.subject = penalty
            }
            // 七座及以下乘用车: a count in 座 before a vehicle is the vehicle's seats.
            if figure.unit == "座", let seats = SubjectFinder(scan: scan).seatsName(after: figure.range.upperBound) { meaning.subject = seats }
            // 职工每日工作8小时，每周工作40小时: in a law or a regulation, hours of work are the worker's working time.
            if figure.unit == "小时", document.laysDownRules, let name = meaning.subject,
               let time = FigureReader.workingTime(name, earlier: index > 0 && figures[index - 1].sentenceStart == figure.sentenceStart ? meanings[index - 1].subject : nil) {
                meaning.subject = time
            }
            // 依法取得一百个以上中心城区巡游出租汽车车辆经营权: in a law or a regulation, a count of what must be held is named by it.
            if figure.kind == .count, figure.unit == nil, document.laysDownRules, let held = SubjectFinder(scan: scan).heldCount(of: figure.range) {
                meaning.subject = held
            }
            // 装载整体大型物件实际能力在二十吨以上的超重型车组: outside a report, a class's threshold is of the quantity before 在.
            if !document.isReport, let quantity = SubjectFinder(scan: scan).boundedQuantity(of: figure.range) { meaning.subject = quantity }
            // 发生一次死亡三人以上交通事故的: people counted right after what an accident did to them are named by it (死亡), not
            // by the accident after them.
            if figure.unit == "人", let casualty = scan.longest(of: StatisticUnits.casualties, endingAt: figure.range.lowerBound) {
                meaning.subject = String(decoding: casualty, as: UTF16.self)
            }
            // 年工作日：365天-104天（休息日）-11天（法定节假日）＝250天: outside a report, a formula's result is named by its line's label,
            // an operand by its gloss.
            if !document.isReport, let name = SubjectFinder(scan: scan).formulaName(of: figure.range) { meaning.subject = name }
            // 核心保护区是指…，长约八百五十米: a size given by its dimension word alone is that dimension of what the sentence speaks of.
            if figure.kind == .measure, let subject = meaning.subject,
               let size = SubjectFinder(scan: scan).dimensionName(of: subject, sentence: figure.sentenceRange, before: figure.range.lowerBound) {
                meaning.subject = size
            }
            // 元旦：…放假调休，共3天: a holiday's length is named by the holiday its line opens with.
            if meaning.subject == nil, figure.unit == "天", let holiday = SubjectFinder(scan: scan).holidayLength(at: figure.range.lowerBound, sentence: figure.sentenceRange,
                                                                                heading: headings.last) {
                meaning.subject = holiday
            }
            // 未满18周岁的兄弟姐妹, 兄弟姐妹未满18周岁或者已满18周岁: outside a report, an age is named by whose age it is and 年龄
            // (兄弟姐妹年龄), the second of a pair by the first's; one the text names by its noun (年龄一般不超过70周岁) keeps it.
            if figure.kind == .age, !document.isReport, !(meaning.subject.map { name in FigureReader.ageNames.contains(where: name.contains) } ?? false) {
                if let holder = SubjectFinder(scan: scan).ageHolder(after: figure.range.upperBound, named: meaning.subject) {
                    meaning.subject = holder + FigureReader.age
                } else if meaning.subject.map(FigureReader.pairWords.contains) ?? true, index > 0, figures[index - 1].sentenceStart == figure.sentenceStart,
                          figures[index - 1].kind == .age, let earlier = meanings[index - 1].subject, earlier.hasSuffix(FigureReader.age) {
                    meaning.subject = earlier
                }
            }
            // 继续发放6个月其原享受的定期抚恤金，作为丧葬补助: outside a report, what a payment is made as names it.
            if !document.isReport, figure.kind != .age, let payment = SubjectFinder(scan: scan).paidAs(figure.range, sentence: figure.sentenceRange) {
                meaning.subject = payment
            }
            // 任何个人不得持有一个上市公司5‰以上的发行在外的普通股: outside a report, a holding's threshold is named by who holds what.
            if !document.isReport, figure.kind == .percent || figure.kind == .ratio, let holding = SubjectFinder(scan: scan).holding(of: figure.range) {
                meaning.subject = holding
            }
            // 按照查获地省级烟草专卖行政主管部门出具的上年度烟叶平均收购价格的70%收购: outside a report, who issues a value is no
            // part of its name.
            if !document.isReport, let subject = meaning.subject, let issued = FigureReader.withoutIssuer(subject) { meaning.subject = issued }
            if meaning.subject != nil, !figure.countsRun { sentenceNamed = true }
            // 粮食的指标为三千九百二十亿斤: the aim for a thing is a figure of the thing.
            if let subject = meaning.subject, let aim = FigureReader.aimsOf.first(where: subject.hasSuffix), subject.count > aim.count {
                meaning.subject = String(subject.dropLast(aim.count))
            }
            // 国内生产总值增长6.6%，总量突破90万亿元: a bare 总量 is the total of what the sentence measured before, and
            // a plan passed (工业投资额完成六十五亿五千万元，超过原定的年度计划百分之四点一) is no name of its own.
            if let subject = meaning.subject, FigureReader.bareTotals.contains(subject) || FigureReader.plans.contains(subject), index > 0,
               figures[index - 1].sentenceStart == figure.sentenceStart, let previous = meanings[index - 1].subject,
               !FigureReader.plans.contains(previous) {
                meaning.subject = previous
            }
            // 增长速度都在百分之四点三以上，高的达到百分之五点五: the highest of the figures before is one of them.
            let extreme = meaning.subject.map(FigureReader.extremes.contains) == true && index > 0
                && figures[index - 1].sentenceStart == figure.sentenceStart && meanings[index - 1].subject != nil
            if extreme { meaning.subject = meanings[index - 1].subject }
            (meaning.aspect, meaning.direction) = aspect(of: figure, subject: meaning.subject)
            // 比上一年增产2200万吨，即7.8%; 实际增长9.8%和8.5%: a figure linked by nothing restates the change before it.
            if index > 0, figures[index - 1].sentenceStart == figure.sentenceStart, meanings[index - 1].aspect == .change,
               FigureReader.restating.contains(figure.link), !figure.ownSubject, !FigureReader.thresholds.contains(where: figure.text.hasPrefix) {
                (meaning.aspect, meaning.direction) = (meanings[index - 1].aspect, meanings[index - 1].direction)
            }
            let (role, period) = time(of: figure, aspect: meaning.aspect, headingCue: headingCue, dates: dates, scanned: &scanned)
            meaning.role = role
            meaning.period = period
            if extreme { (meaning.aspect, meaning.direction, meaning.role, meaning.period) = (meanings[index - 1].aspect, meanings[index - 1].direction, meanings[index - 1].role, meanings[index - 1].period) }
            meanings.append(meaning)
        }
        distribute(figures, &meanings)
        // 案件受理费分别按照下列标准交纳：… 超过1万元至10万元的部分，按照2.5%交纳: a schedule's lead names its items' figures.
        if let schedule = Schedule(scan: scan) {
            for (index, name) in schedule.names(of: figures, subjects: meanings.map(\.subject)).enumerated() where name != nil {
                meanings[index].subject = name
            }
        }
        shareTierNames(figures, &meanings)
        for index in meanings.indices { meanings[index].indicator = meanings[index].subject.flatMap { IndicatorName.fold($0, place: document.place) } }
        return meanings
    }

    /// 城镇居民人均可支配收入17175元，农村居民人均纯收入5153元，实际增长9.8%和8.5%; A、B分别增长x%、y%:
    /// a list of figures that names nothing, or names as many things as it has figures, pairs them in order.
    private func distribute(_ figures: [StatisticExtractor.Figure], _ meanings: inout [FigureMeaning]) {
        var index = 0
        while index < figures.count {
            var end = index + 1
            while end < figures.count, figures[end].sentenceStart == figures[index].sentenceStart,
                  StatisticExtractor.listJoiners.contains(scan.foldedString(figures[end - 1].range.upperBound..<figures[end].range.lowerBound)) {
                end += 1
            }
            let count = end - index
            if count >= 2 {
                let names = meanings[index].subject.map(FigureReader.listParts) ?? []
                if names.count == count, figures[index].ownSubject {
                    for offset in 0..<count { meanings[index + offset].subject = names[offset] }
                } else if !figures[index].ownSubject, index >= count {
                    let previous = (index - count)..<index
                    let subjects = previous.compactMap { meanings[$0].subject }
                    if subjects.count == count, Set(subjects).count == count,
                       previous.allSatisfy({ figures[$0].sentenceStart == figures[index].sentenceStart }) {
                        for offset in 0..<count { meanings[index + offset].subject = subjects[offset] }
                    }
                }
            }
            index = end
        }
    }

    /// The parts of a listed name (化学需氧量、二氧化硫排放量 → 化学需氧量, 二氧化硫排放量), with the
    /// words the list shares put back (花生种植、收获机械化率 → 花生种植机械化率, 花生收获机械化率).
    private static func listParts(_ name: String) -> [String] {
        let parts = name.split(whereSeparator: { "、和与及".contains($0) }).map(String.init).filter { !$0.isEmpty }
        // 高技术制造业、装备制造业增加值 → 高技术制造业增加值, 装备制造业增加值: the head the last part ends with is all of theirs.
        if parts.count >= 2, let last = parts.last, let head = sharedHeads.first(where: last.hasSuffix), last.count > head.count,
           parts.dropLast().allSatisfy({ part in !sharedHeads.contains(where: part.hasSuffix) }) {
            return parts.dropLast().map { $0 + head } + [last]
        }
        guard parts.count >= 2, let first = parts.first, let last = parts.last, first.count >= 3, last.count >= 3,
              last.hasSuffix("率"), !first.hasSuffix("率"), parts.dropFirst().dropLast().allSatisfy({ $0.count == 2 }) else { return parts }
        let prefix = String(first.dropLast(2)), suffix = String(last.dropFirst(2))
        return [first + suffix] + parts.dropFirst().dropLast().map { prefix + $0 + suffix } + [prefix + last]
    }

    /// Heads of quantity a list of names can share, written once after its last name.
    private static let sharedHeads = ["增加值", "总产值", "产值", "销售额", "总额", "比重"]
    /// Comparisons with the year before the one a report is given in.
    private static let sinceLastYear: [[UInt16]] = ["比去年", "较去年", "比上年", "较上年"].map(Unit.of)
    /// Words of a subject that make its figure a constant of a place, of no year: a distance, an area, an altitude.
    private static let constantWords = ["距", "面积", "海拔"]

    /// Whether the figure's own subject makes it a constant of a place (东距巴东县城18公里, 马鬃山村面积10.92平方公里).
    private static func isConstantOfAPlace(_ figure: StatisticExtractor.Figure) -> Bool {
        constantWords.contains { figure.subject?.contains($0) == true }
    }

    /// The figure's aspect and direction, from the words linking it to what it measures.
    /// Whether a figure is an amount, a change or a share, from the words that link it to its name and from the name.
    func aspect(of figure: StatisticExtractor.Figure, subject: String?) -> (StatisticAspect, StatisticDirection?) {
        let link = figure.link
        if let (word, direction) = ChangeWords.last(in: link) {
            // 由…提高到, 降到, 降至, 降为: the figure is where the change ends, an amount.
            let after = link[link.index(word.upperBound, offsetBy: 0)...]
            if !(after.hasPrefix("到") || after.hasPrefix("至") || after.hasPrefix("为")) { return (.change, direction) }
        }
        if link.containsScalars("占") || link.containsScalars("比重") { return (.share, nil) }
        // 相当于…平均规模的三十倍, 将等于一九四九年的四点二倍, 处货物价值1倍以上3倍以下罚款: a multiple that is no change is a
        // ratio to another amount.
        if figure.unit == "倍" {
            // 比…平均每年增加四十九亿元，高出四倍多: a name that is only a word of change makes the multiple a change.
            if let subject, let (word, direction) = ChangeWords.last(in: subject), word.upperBound == subject.endIndex { return (.change, direction) }
            return (.share, nil)
        }
        // 经济增长速度的调控目标定为8%: the subject is itself a change.
        if let subject, let (_, direction) = ChangeWords.last(in: subject), ChangeWords.isChangeName(subject) { return (.change, direction) }
        if figure.kind == .percentagePoints { return (.change, nil) }
        // 三分之二, 1/3: a fraction is a part of a whole.
        if figure.kind == .percent || figure.unit == "‰" || figure.unit == "成" || figure.unit.map(FigureReader.isFraction) == true {
            return (.share, nil)
        }
        if let subject, FigureReader.rateEnds.contains(where: subject.hasSuffix), figure.kind == .ratio || figure.kind == .number {
            return (.share, nil)
        }
        return (.level, nil)
    }

    private static let rateEnds = ["率", "比例", "比重", "占比"]

    /// Whether a unit is a fraction's whole (/3 of 1/3 and 三分之一), not a rate's base with a unit (/10万, /人).
    private static func isFraction(_ unit: String) -> Bool {
        unit.count > 1 && unit.hasPrefix("/") && unit.dropFirst().allSatisfy(\.isASCII) && unit.dropFirst().allSatisfy(\.isNumber)
    }
    /// What a time limit is counted from (自…之日起20个工作日内).
    private static let countedFrom = Unit.of("之日起")
    /// Words that give a figure to all the names before it: 都, 均.
    private static let allWords = ["都", "均"]
    /// What an age is named by, where a name already says it is one (年龄, 人均预期寿命).
    private static let ageNames = ["年龄", "寿命", "岁数"]
    /// The noun that makes whose age a rule bounds its name (兄弟姐妹 → 兄弟姐妹年龄).
    private static let age = "年龄"
    /// Words that join a second age to the first (未满18周岁或者已满18周岁): all the second's clause names before it.
    private static let pairWords: Set<String> = ["或者", "或", "和", "及", "以及"]
    /// Words that name the extremes of the figures before them (高的, 最低的).
    private static let extremes: Set<String> = ["高", "最高", "低", "最低", "快", "最快", "慢", "最慢", "多", "最多", "少", "最少"]
    /// Totals that name no quantity of their own.
    private static let bareTotals: Set<String> = ["总量", "总额", "总规模", "规模"]
    /// Plans a figure is measured against, named bare.
    private static let plans: Set<String> = ["年度", "年度计划", "计划", "指标", "原定计划", "原定"]
    /// Aims after the thing they are for: 粮食的指标, 棉花的指标.
    private static let aimsOf = ["的指标", "的目标", "的计划指标"]
    private static let restating: Set<String> = ["", "即", "约", "也", "或"]
    /// Words before the figure a change ends at: 增加到, 降至.
    private static let endWords = ["到", "至"]

    /// Whether a figure inside a span of years is of the span's last year: a doubling is of the year it
    /// is reached by (国内生产总值到二〇二〇年力争比二〇〇〇年翻两番), and a state the years reached is of
    /// their end (全国已有百分之七十六的县普及了小学教育, 高速公路总里程达9.56万公里, 工业增加值突破40万亿元,
    /// 覆盖10.5亿人 in a five-year review).
    private static func endsSpan(_ figure: StatisticExtractor.Figure, aspect: StatisticAspect) -> Bool {
        let link = figure.link
        if link.hasSuffix("翻") || link.hasSuffix("翻了") { return true }
        guard aspect != .change else { return false }
        // Foundation's `contains` bridges through NSString on Linux: it runs only where 已's bytes are written.
        return link.hasSuffix("达") || link.containsBytes(of: "已") && link.contains("已") || link.hasSuffix("覆盖") || reaches(figure)
    }

    /// Whether the figure is a total reached: 达, 达到, or a threshold passed (突破40万亿元).
    private static func reaches(_ figure: StatisticExtractor.Figure) -> Bool {
        reachWords.contains(where: figure.link.hasSuffix) || thresholds.contains(where: figure.text.hasPrefix)
    }

    /// Words of reaching a total: 达, 达到.
    private static let reachWords = ["达", "达到"]
    /// A bound that passes a threshold, written as part of the figure: a state, not a change restated
    /// (年均增长8.6%，突破40万亿元). 超过 is no such bound: 每年减轻农民负担超过1335亿元, 贡献率超过百分之三十.
    private static let thresholds = ["突破"]
    /// Words that name a span of years in a sentence: 五年来, 一九七九年以来, “六五”期间, 二十八年间.
    private static let spanWords = ["年来", "以来", "期间", "年间"]

    /// Whether the text at `range` names a span of years.
    private func namesSpan(_ range: Range<Int>) -> Bool {
        let text = scan.foldedString(range)
        return FigureReader.spanWords.contains(where: text.contains)
    }

    /// Whether the figure's clause, before it, says the figure is a yearly one (平均每年, 年均, 每年).
    private func averagesYears(before start: Int) -> Bool {
        let clause = scan.foldedString(scan.clauseStart(before: start)..<start)
        return FigureReader.yearlyWords.contains(where: clause.contains)
    }

    private static let yearlyWords = ["每年", "年均"]

    /// The years of 连续N年 in a figure's link (人数连续两年增长): how long the change ran.
    private static func runningYears(in link: String) -> Int? {
        // Foundation's search bridges through NSString on Linux: it runs only where 连续's bytes are written.
        guard link.containsBytes(of: "连续"), let running = link.range(of: "连续", options: .backwards) else { return nil }
        let rest = link[running.upperBound...]
        guard let mark = rest.firstIndex(of: "年"), rest.distance(from: rest.startIndex, to: mark) <= 3,
              let count = ChineseNumeral.value(of: String(rest[..<mark]))?.integerValue, (2...30).contains(count) else { return nil }
        return count
    }

    /// What the backward scans for time cues found for the figure before, so that the next figure's
    /// scans stop where that figure stands: figures come in reading order, and the nearest cue before
    /// a figure is either after the figure before it or that figure's own.
    private struct TimeScan {
        /// The start of the figure before, and its paragraph.
        var start = -1
        var paragraph = 0
        /// The nearest colon of the paragraph before `start`, and the nearest period.
        var colon: Int?
        var period: TimeCues.Period?
        /// The figure's sentence, whether it holds a word of estimate before `start`, and the nearest role.
        var sentence = -1
        var estimate = false
        var role: StatisticRole?
        /// The paragraph's opening clause and its role; the last lead-in read and its role and period.
        var opening: (range: Range<Int>, role: StatisticRole?)?
        var leadIn: (range: Range<Int>, role: StatisticRole?, period: TimeCues.Period?)?
        /// The opening sentence of the paragraph a list of dash items hangs on, and its period.
        var listLeadIn: (range: Range<Int>, period: TimeCues.Period?)?
        /// The comparisons of the paragraph read so far.
        var comparisons = ParagraphComparisons()
    }

    /// The figure's role and period.
    private func time(of figure: StatisticExtractor.Figure, aspect: StatisticAspect, headingCue: TimeCues.Period?, dates: DocumentDates,
                      scanned: inout TimeScan)
        -> (StatisticRole, String?) {
        // 每月1000元, 三十日内, 百分之七十 in a law or a regulation: a rule, neither a result nor an aim, of no year.
        if document.laysDownRules { return (.other, nil) }
        let start = figure.range.lowerBound
        // 要在执法决定作出之日起20个工作日内: a time limit counted from an event is a standing rule in any text, of no year.
        if figure.kind == .duration, figure.text.hasSuffix("内"), scan.has(FigureReader.countedFrom, endingAt: start) { return (.other, nil) }
        let sentence = figure.sentenceStart
        let continues = scanned.start >= 0 && start >= scanned.start
        let sameParagraph = continues && !(scanned.start..<start).contains { scan[$0] == Unit.newline }
        let paragraph = sameParagraph ? scanned.paragraph : scan.paragraphStart(before: start)
        let floor = sameParagraph ? scanned.start : paragraph
        let colon = scan.colon(before: start, from: floor) ?? (sameParagraph ? scanned.colon : nil)
        var period = TimeCues.period(in: scan, from: paragraph, before: start, dates: dates, scanningBackTo: floor)
            ?? (sameParagraph ? scanned.period : nil)
        // The cue carried from the figure before dated its sentence only: the one before it dates this figure.
        if let scope = period?.scopeEnd, scope <= start { period = TimeCues.period(in: scan, from: paragraph, before: start, dates: dates) }
        let sameSentence = continues && scanned.sentence == sentence.lowerBound
        let sentenceFloor = sameSentence ? scanned.start : sentence.lowerBound
        let estimate = (sameSentence && scanned.estimate) || TimeCues.hasEstimate(in: scan, endingAfter: sentenceFloor, through: start)
        let nearest = TimeCues.nearestRole(in: scan, sentence.lowerBound..<start, year: document.year, scanningBackTo: sentenceFloor)
            ?? (sameSentence ? scanned.role : nil)
        if !sameParagraph { scanned.opening = nil }
        scanned.start = start
        scanned.paragraph = paragraph
        scanned.colon = colon
        scanned.period = period
        scanned.sentence = sentence.lowerBound
        scanned.estimate = estimate
        scanned.role = nearest

        // The paragraph's lead-in: its text up to a colon before the figure (within a sentence's reach:
        // a line of colons, each read back to the line's start, costs time by the line's square), else
        // the paragraph before where that ends with a colon.
        let leadIn = colon.map { max(paragraph, $0 - ScanText.sentenceReach)..<$0 } ?? scan.leadInParagraph(before: paragraph)
        func readLeadIn() -> (role: StatisticRole?, period: TimeCues.Period?)? {
            guard let leadIn else { return nil }
            if let read = scanned.leadIn, read.range == leadIn { return (read.role, read.period) }
            let read = (range: leadIn, role: TimeCues.role(in: scan, leadIn, year: document.year),
                        period: TimeCues.period(in: scan, from: leadIn.lowerBound, before: leadIn.upperBound, dates: dates))
            scanned.leadIn = read
            return (read.role, read.period)
        }
        // The opening clause of the paragraph (到2020年，…) scopes all its sentences.
        func openingRole() -> StatisticRole? {
            let opening = paragraph..<min(start, scan.clauseEnd(after: paragraph))
            if let read = scanned.opening, read.range == opening { return read.role }
            let role = TimeCues.role(in: scan, opening, year: document.year, aimsOnly: true)
            scanned.opening = (opening, role)
            return role
        }
        // ——经济发展再上新台阶。… after 过去五年极不寻常、极不平凡。: a list of dash items is dated by the
        // sentence that opens the paragraph it hangs on.
        func listLeadInPeriod() -> TimeCues.Period? {
            guard let lead = scan.listLeadIn(before: paragraph) else { return nil }
            if let read = scanned.listLeadIn, read.range == lead { return read.period }
            let period = TimeCues.period(in: scan, from: lead.lowerBound, before: lead.upperBound, dates: dates)
            scanned.listLeadIn = (lead, period)
            return period
        }
        var role = (estimate ? .other : nearest) ?? openingRole() ?? readLeadIn()?.role
        let datedInParagraph = period != nil
        period = period ?? readLeadIn()?.period ?? listLeadInPeriod() ?? headingCue
        // 糖料产量将比去年增长１０％以上 in November 1981: in a report given late in its year, a change from last year is
        // the year's own, and what it says of that year is reached or will be by its end (an estimate of a result,
        // whatever its 将 or 要).
        let sinceLastYear = document.plansTheYearAfter
            && (sentence.lowerBound..<start).contains(where: { index in FigureReader.sinceLastYear.contains { scan.has($0, at: index) } })
        if sinceLastYear, let year = document.year {
            if period == nil { period = TimeCues.Period(first: year, last: year) }
            if role == .target, let period, period.last <= year { role = .actual }
        }
        let opensChange = figure.link.hasSuffix("由") || figure.link.hasSuffix("从")
        // A comparison's base year: the sentence's, or for a change or a change's first value, the
        // paragraph's (…比一九八○年增长百分之十二点三；棉花三百六十万吨，增长百分之三十三).
        let isChange = ChangeWords.last(in: figure.link) != nil && !FigureReader.endWords.contains(where: figure.link.hasSuffix)
            && !figure.link.hasSuffix("为")
        let sentenceBase = TimeCues.comparisonBase(in: scan, from: sentence.lowerBound, before: start)
        // Only for a figure of one year: a span named since (这两年中) sets its own frame.
        // A sentence that dates itself (去年经济增长8.8% after 比1980年翻两番) is not compared with a base before it.
        let paragraphBase = sentenceBase == nil && (isChange || opensChange) && period.map({ $0.first == $0.last }) == true
            && TimeCues.period(in: scan, from: sentence.lowerBound, before: start, dates: dates) == nil
            ? scanned.comparisons.base(in: scan, paragraph: paragraph, before: start) : nil
        var firstValue = false
        if var span = period {
            if opensChange, span.first == span.last {
                firstValue = true
                // 服务业增加值比重由46.9%提高到48.2%: the first value is of the year before; in a plan
                // compared with a year (比一九八○年…由二千一百八十七亿元增加到…), of that year.
                // An undated change after a dated one in its paragraph (由1997年的…增加到2002年的…，其中…由4771公里
                // 增加到…) starts the year that one does, whatever base the paragraph compared with before.
                let listed = sentenceBase == nil ? TimeCues.lastStartYear(in: scan, paragraph..<start).flatMap { $0 < span.last ? $0 : nil } : nil
                let first = listed ?? (sentenceBase ?? paragraphBase).map { $0 < span.last ? $0 : span.first - 1 } ?? span.first - 1
                span = TimeCues.Period(first: first, last: first)
            } else if let base = sentenceBase ?? (isChange ? paragraphBase : nil), base < span.last, !opensChange,
                      !(aspect == .share && figure.unit == "倍") {
                // 比一九八九年增长近两倍: a change since a year runs from the year after it; a multiple of the year's amount
                // (等于一九四九年的二点五倍) is of the year the sentence speaks of.
                span.first = base + 1
            } else if span.first < span.last, opensChange {
                // 这两年中，钢产量由2046万吨增加到3178万吨: the first figure is where the span starts, unless a dated
                // change before it in its paragraph says where (是1950年到1997年…总和的1.7倍。…由1997年的…。铁路营运里程由65969公里…).
                let first = TimeCues.lastStartYear(in: scan, paragraph..<start) ?? (span.isExplicit ? span.first : span.first - 1)
                span = TimeCues.Period(first: first, last: first)
            }
            // 1992年同1987年相比，钢产量增长百分之四十二，达到8000万吨: where a change ends is its last year's;
            // a total the sentence's own span reached (五年来…投入达3200亿元) stays the span's.
            if span.first < span.last, FigureReader.endWords.contains(where: figure.link.hasSuffix) || FigureReader.endsSpan(figure, aspect: aspect),
               !(FigureReader.reaches(figure) && namesSpan(sentence.lowerBound..<start)) {
                span.first = span.last
            }
            if let years = FigureReader.runningYears(in: figure.link), aspect == .change {
                // 人数连续两年增长10%以上 in the review of 2014: the change ran through 2013 and 2014.
                span.first = span.last - years + 1
            }
            // 国民生产总值１９８７年达到１０９２０亿元，平均每年增长１１．１％ (after 五年来); 到１９９２年…平均每年增长７．５％左右:
            // a yearly average dated by one year runs over the span before it that ends in that year, or, for a year
            // ahead, from the first year the report plans.
            if span.first == span.last, aspect == .change, averagesYears(before: start) {
                if let over = TimeCues.span(endingIn: span.last, in: scan, before: start, dates: dates) {
                    span = over
                } else if let reviewed = document.lastReviewedYear, span.last > reviewed + 1 {
                    span.first = reviewed + 1
                }
            }
            period = span
        }
        // 由1978年的36.5％, 从去年的2.1%, 由上年的2.51吨: a change's first value is of the date before it (not a multiple of
        // it: 等于一九四九年的四点二倍 is of the year the sentence speaks of).
        if figure.unit != "倍", let date = TimeCues.startValueDate(in: scan, before: start, documentYear: document.year) {
            switch date {
            case .year(let year): period = TimeCues.Period(first: year, last: year)
            case .beforeContext: period = period.map { TimeCues.Period(first: $0.first - 1, last: $0.first - 1) }
            }
            firstValue = true
        }
        // 根据预计数字…一九五七年的工业总产值…预计达到六百二十八亿一千万元: an estimate of a year the report reviews is
        // its result, the statistics not yet final; only one of a year ahead is neither.
        if estimate, role == .other, let period, let reviewed = document.lastReviewedYear, period.last <= reviewed { role = .actual }
        // Where a change starts is a fact of the past, whatever the sentence aims at.
        if firstValue, let period, let reviewed = document.lastReviewedYear, period.last <= reviewed { role = .actual }
        if role == nil, let reviewed = document.lastReviewedYear, let period {
            // A report's figures for the years it reviews are results (a congress's own year among them),
            // its figures for later years its plans.
            role = period.last <= reviewed ? .actual : .target
        }
        let resolved = role ?? (document.isReport || document.reportsFacts ? .actual : .other)
        // 工业企业的全员劳动生产率平均每年增长６．５％, two paragraphs after 五年来，…: where nothing nearer dates a
        // change achieved, the span of years the review opened with does (a level stays its last year's).
        if period == nil, resolved == .actual, aspect == .change, let reviewed = document.lastReviewedYear,
           let review = TimeCues.span(endingIn: reviewed, in: scan, before: start, dates: dates) {
            period = review
        }
        // 马鬃山村面积10.92平方公里, 距江边700—800米 under 2004年9月21日—23日，…形成调查意见如下： in a letter: the constants of a place
        // are of no year, whatever date the passage they stand in was written.
        if document.datesFacts, !datedInParagraph, FigureReader.isConstantOfAPlace(figure) { return (resolved, nil) }
        if let period { return (resolved, period.text) }
        // 任期一般不超过两届，年龄一般不超过70周岁 in an opinion, 担保费率原则上不超过1.5%, (最迟不超过4个小时) in a plan a letter
        // issues: a limit the text sets, of no year, is a standing rule as a regulation's figures are — neither a result nor an
        // aim (a work report's 城镇新增就业人数不低于900万人 is the year's aim).
        if !document.isReport, StatisticUnits.ruleBounds.contains(where: figure.text.hasPrefix) { return (.other, nil) }
        // 共有13个村民小组，505户1748人 in a reply on a village of 2004: a letter's facts are of the year it is written,
        // but for the constants of a place (东距巴东县城18公里, 马鬃山村面积10.92平方公里).
        if document.datesFacts, resolved == .actual, let year = document.year, !FigureReader.isConstantOfAPlace(figure) {
            return (resolved, String(year))
        }
        // A report reviews the last year it looks back on (a work report the year before it was given, a congress
        // its own: 十一亿人民的温饱问题基本解决 in 1992) and plans the year it is given in, or given late in it, the next.
        if document.isReport, let planned = document.plannedYear, let reviewed = document.lastReviewedYear {
            return (resolved, String(resolved == .actual ? reviewed : planned))
        }
        return (resolved, nil)
    }
}

/// What `FigureReader` finds for one figure.
struct FigureMeaning {
    var subject: String?
    var indicator: String?
    var aspect: StatisticAspect = .level
    var direction: StatisticDirection?
    var role: StatisticRole = .other
    var period: String?
}

/// What the extractor knows of a document's date and genre.
struct DocumentDates {
    /// The year it is dated.
    var year: Int?
    /// The section being read plans years after those the document reviews (“十二五”时期的主要目标 in 2011).
    var plansAhead = false
    /// A report (工作报告, a congress report): its figures review the past unless they are aims.
    var isReport: Bool
    /// Its review of past years runs to its own year: a Party congress meets in the autumn (the 十九大's
    /// 五年 are 2013-2017), while a work report, given in March, reviews the years before its own; a letter or a
    /// reply states the case as it stands when written (马鬃山村…共13个村民小组 in a reply of 2004 is a fact of 2004).
    var reviewsItsOwnYear = false
    /// A work report given late in its year (1981's, in November) plans the year after it.
    var plansTheYearAfter = false
    /// A letter, a reply, a 通报 or an award decision (`StatisticExtractor.reportsFacts`): what it states without a
    /// word of aim is the case.
    var reportsFacts = false
    /// Those facts are of the year it is dated: a letter's, a reply's, an award decision's — not a 通报's, whose account of
    /// a case is of the case's dates, the text's own.
    var datesFacts = false
    /// A law or a regulation (`DocumentGenre.laysDownRules`): its figures are rules, of no year.
    var laysDownRules = false
    /// The quantity its title says it sets (`IndicatorName.topic(ofTitle:)`), naming the figures its text leaves unnamed.
    var topic: String?
    /// The province or city a local text is for (`IndicatorName.place(ofTitle:)`), scoping the names it opens.
    var place: String?

    /// The last year a span counted back (过去五年, 五年来) covers.
    var lastReviewedYear: Int? { year.map { reviewsItsOwnYear ? $0 : $0 - 1 } }
    /// The year an undated aim is for.
    var plannedYear: Int? { year.map { plansTheYearAfter ? $0 + 1 : $0 } }
}

/// Words of change: 增长 and 提高 go up, 下降 and 减少 go down.
enum ChangeWords {
    static let up = ["增长", "增加", "提高", "上升", "上涨", "增产", "增收", "扩大", "涨幅", "增速", "增幅", "翻", "升高", "攀升", "超出", "高出", "递增", "多了",
                         // 扩招: enrolment enlarged by (a plan's column of its table).
                         "扩招"]
    static let down = ["下降", "减少", "降低", "回落", "减产", "缩小", "降幅", "压减", "削减", "减", "降", "递减", "少了"]

    /// Whether a word of change starts at `index` of `scan` (实际增长, 实际下降).
    static func startsChange(in scan: ScanText, at index: Int) -> Bool {
        unitWords.contains { scan.has($0, at: index) }
    }

    /// Whether a word of change ends right before `index` of `scan`, 了 after it aside (增长一倍, 增加了一倍).
    static func endsChange(in scan: ScanText, at index: Int) -> Bool {
        let end = scan[index - 1] == perfective ? index - 1 : index
        return scan.longest(of: unitWords, endingAt: end) != nil
    }

    private static let perfective = Unit.one("了")
    private static let unitWords: [[UInt16]] = (up + down).filter { $0.count > 1 }.map(Unit.of)

    /// Whether `name` names a change itself: 经济增长, 经济增长速度, 居民消费价格涨幅.
    static func isChangeName(_ name: String) -> Bool {
        ["增长", "增长速度", "增速", "增幅", "涨幅", "降幅"].contains(where: name.hasSuffix)
    }

    /// The change words of both directions, in the order they are tried at one position.
    private static let words: [(scalars: [Unicode.Scalar], direction: StatisticDirection)] =
        up.map { (Array($0.unicodeScalars), .up) } + down.map { (Array($0.unicodeScalars), .down) }
    /// The first characters of the change words: positions holding none of them are passed over.
    private static let initials = Set(words.map { $0.scalars[0] })

    /// The last change word of `text` (not one inside a rate's name: 增长率) and its direction.
    ///
    /// Each word counts at its last occurrence only (a word whose last occurrence names a rate is
    /// passed over); of those, the one standing last wins, the longer where two start together. One
    /// backward scan of the text's scalars: this runs for every figure, and Foundation's
    /// `range(of:options:)` bridges through NSString on Linux.
    static func last(in text: String) -> (Range<String.Index>, StatisticDirection)? {
        let scalars = text.unicodeScalars
        var seen = [Bool](repeating: false, count: words.count)
        var index = scalars.endIndex
        while index > scalars.startIndex {
            index = scalars.index(before: index)
            guard initials.contains(scalars[index]) else { continue }
            var best: (Range<String.Index>, StatisticDirection)?
            for (number, word) in words.enumerated() where !seen[number] && scalars[index...].starts(with: word.scalars) {
                seen[number] = true
                let end = scalars.index(index, offsetBy: word.scalars.count)
                if end < scalars.endIndex && scalars[end] == "率" { continue }
                if best == nil || end > best!.0.upperBound { best = (index..<end, word.direction) }
            }
            if let best { return best }
        }
        return nil
    }
}
