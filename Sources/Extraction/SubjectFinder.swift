import Ingestion
import TextNormalization
/// What a figure measures, where its sentence says so: the noun a figure qualifies or counts
/// (10元的保健费, 2名医生, 132家入驻企业), else the phrase that names it before the figure once the
/// verbs, comparisons and bound words between them are taken off (国内生产总值比上年增长 → 国内生产总值,
/// 印发各类宣传品 → 宣传品, 城镇登记失业率控制在 → 城镇登记失业率).
///
/// A figure whose clause names nothing (增长8.7% right after 国内生产总值33.5万亿元) gets no subject
/// here: `FigureReader` gives it the one of the figure it follows.
struct SubjectFinder {
    let scan: ScanText
    /// The terms the document defines for itself (`definedTerms(in:)`), longest first: a name cut inside one is the term whole.
    var definedTerms: [[UInt16]] = []

    /// The longest a subject may be, in characters; longer phrases are clauses, not names.
    private static let longest = 30

    /// The subject of the figure spanning `start..<end` and the words between that subject and the
    /// figure (比上年增长, 占, 控制在), from which the figure's aspect is read; `countsNoun` where its
    /// unit is itself a noun (19个村), which then names what is counted.
    func subject(before start: Int, after end: Int, kind: StatisticKind, countsNoun: Bool = false,
                 floor: Int = 0) -> (subject: String?, link: String, clauseNames: Bool) {
        if kind == .period { return (nil, "", false) }
        let (phraseStart, link) = linkStart(before: start, floor: floor)
        let linkText = scan.foldedString(link..<start)
        // 预算外资金由1978年的347亿元增加到, 覆盖人数，由年初的400多万人扩大到: where a change starts is no part of what changes.
        let nameEnd = changeStart(in: phraseStart..<link, figureEnd: end) ?? link
        let clauseNames = namesSomething(phraseStart..<nameEnd)
        if countsNoun { return (nil, linkText, clauseNames) }
        // 13亿多人口的大国, 十四亿多人的粮食安全: people counted in 亿 are the country's population, whatever the noun
        // after them says they have.
        if scan[end] == SubjectFinder.de || scan[end] == SubjectFinder.kou, scan[end - 1] == SubjectFinder.person,
           (start..<end).contains(where: { scan[$0] == SubjectFinder.yi }) {
            return (SubjectFinder.population, linkText, clauseNames)
        }
        // 10元的保健费, 百分之六十的职工: the noun the figure qualifies; 2名医生: the noun a measure word counts.
        // 超过原定计划四百二十七亿四千万元的百分之十五点三, 棉花产量一亿担的四项指标: a share of the figure or a count of what
        // holds it, after its 的, names nothing.
        if scan[end] == SubjectFinder.de, !isNumeral(scan[end + 1]), let noun = nounRun(from: end + 1) {
            // 在能源增长不到3％的情况下: the figure is of what the circumstance names.
            // 稳定在5%左右的较低水平: a level the figure qualifies says how, not what.
            let qualifiesLevel = noun.hasSuffix("水平") && SubjectFinder.degreeWords.contains(where: noun.hasPrefix)
            // 8%左右的国内生产总值增长目标: the aim is of what the noun names before it.
            let aimOf = SubjectFinder.aimWords.first(where: noun.hasSuffix).map { String(noun.dropLast($0.count)) }
            // 国民生产总值比1980年翻两番的宏伟目标, 6.5%左右的增速: an aim or a rate that names nothing of its own is
            // the figure's; what it measures is named before the figure.
            let namesOwn = !(aimOf.map { $0.isEmpty || SubjectFinder.aimQualifiers.contains($0) } ?? SubjectFinder.bareRates.contains(noun))
            // 从经济基本面和就业吸纳能力看，6.5%左右的增速, 实现7％左右的增长速度: a bare rate that nothing before names is
            // the economy's growth, the one rate a report leaves unnamed (平均每年增长3.2%的速度 is of what the sentence
            // compares).
            if SubjectFinder.bareRates.contains(noun), ChangeWords.last(in: linkText) == nil, phrase(phraseStart..<link) == nil {
                return (SubjectFinder.economicGrowth, linkText, clauseNames)
            }
            if namesOwn {
                if let aimOf, aimOf.count > 1 { return (aimOf, linkText, clauseNames) }
                guard SubjectFinder.circumstances.contains(noun) || qualifiesLevel else { return (noun, linkText, clauseNames) }
                let opening = (phraseStart..<link).last(where: { scan[$0] == SubjectFinder.zai }).map { $0 + 1 } ?? phraseStart
                return (phrase(opening..<link), linkText, clauseNames)
            }
        }
        // 处货物价值5%以上30%以下罚款, 处漏缴税款1倍以下罚款: a share or a multiple a penalty follows is the penalty's; the
        // value before it is its base, not what it measures.
        if kind == .percent || kind == .ratio, let penalty = scan.longest(of: SubjectFinder.penalties, at: end) {
            return (scan.original(end..<(end + penalty.count)), linkText, clauseNames)
        }
        // 将2.8万亿元中央财政资金纳入直达机制, 中央安排30亿元国债资金支持: money is the fund the noun after it names, whatever
        // the verb after that does with it.
        if kind == .money, let fund = fundNoun(from: end) { return (fund, linkText, clauseNames) }
        // 突破3万亿元大关: a milestone passed is how the figure is framed, not what it measures.
        if kind == .count || kind == .money || kind == .number || kind == .duration, var noun = nounRun(from: end), !isVerb(at: end),
           scan.longest(of: StatisticUnits.linkWords, at: end) == nil, !SubjectFinder.milestones.contains(noun),
           !(kind == .money && SubjectFinder.currencies.contains(noun)),
           // 价值超过5万元或者运输卷烟数量超过100件: 或者 after a figure opens the next alternative, no noun of the figure's.
           !noun.hasPrefix(SubjectFinder.alternative) {
            // 用三十亿元建设职工住宅: what the money is for follows its verb.
            if kind == .money, let verb = scan.longest(of: SubjectFinder.bareVerbs, at: end), noun.count > verb.count + 1 {
                noun = String(noun.dropFirst(verb.count))
            }
            return (noun, linkText, clauseNames)
        }
        // 推出100项具有较大知名度的体育精品赛事: what is counted is the head after the modifier's 的.
        if kind == .count, let noun = modifiedNoun(from: end) { return (noun, linkText, clauseNames) }
        // 向社会公众发行的部分不少于公司拟发行的股本总额的25%, 修理支出达到…计税基础50%以上: a share bounded against a base is the
        // part's, the words before the bound as the rule writes them; the base after the bound is what the share is taken of.
        if kind == .percent || kind == .ratio, let part = boundedPart(in: phraseStart..<nameEnd) { return (part, linkText, clauseNames) }
        if var subject = phrase(phraseStart..<nameEnd, objectAhead: !HanCharacter.contains(scan[end])) {
            // 共增产粮食4，900多万吨, 每年增产钢250万吨: a verb of change before what is counted makes the figure a change
            // of it (not the 增加 of 增加值).
            let folded = Array(subject.folded.utf16)
            if let verb = SubjectFinder.changeOpeners.first(where: { folded.count > $0.count && folded.starts(with: $0) }),
               !SubjectFinder.quantityAfterChange.contains(folded[verb.count]) {
                subject = String(subject.dropFirst(verb.count))
                return (subject, String(decoding: verb, as: UTF16.self) + linkText, clauseNames)
            }
            // 粮食连续五年增产，总产量10570亿斤; 工业生产增长较快，总产值比上年增长: a bare output is of what its sentence
            // spoke of in a clause before it.
            if SubjectFinder.bareOutputs.contains(subject), let topic = topic(before: phraseStart) { subject = topic + subject }
            return (resolvingAnaphor(subject, at: phraseStart), linkText, clauseNames)
        }
        // 农业总产值从一九五三年至一九八○年的二十八年间平均每年增长: after a span of years (the figure before)
        // what is measured stands before the span.
        if phraseStart == floor, floor > 0, scan[floor - 1] == SubjectFinder.year, !namesSomething(phraseStart..<link) {
            let (before, _) = linkStart(before: floor, floor: 0)
            if let subject = phrase(before..<floor) { return (subject, linkText, clauseNames) }
        }
        // …发行超长期特别国债…，今年先发行1万亿元: a verb without its object has the one it took before.
        if let object = elidedObject(before: link, from: phraseStart) { return (object, linkText, clauseNames) }
        // 一九七一年到一九七八年的人口自然增长率，四川省由千分之二十九: the rate the clause before names.
        let namesNothing = !clauseNames
        if phraseStart > floor, phraseStart > 0, scan[phraseStart - 1] == SubjectFinder.comma, nameEnd - phraseStart <= 6 || namesNothing {
            let (previousStart, _) = linkStart(before: phraseStart - 1, floor: floor)
            // 今年经济增长速度的宏观调控目标，定为百分之八至九: the aim the clause before names.
            let namesAim = scan.longest(of: SubjectFinder.aimEnds, endingAt: phraseStart - 1) != nil
            if let rate = phrase(previousStart..<(phraseStart - 1)), namesAim || StatisticUnits.rateNames.contains(where: rate.hasSuffix) {
                return (resolvingAnaphor(rate, at: previousStart), linkText, clauseNames)
            }
            // 每吨钢的综合能耗，由上年的2.51吨煤: a clause that is a name alone names the figure after it.
            if namesNothing, let name = nominalClause(previousStart..<(phraseStart - 1)) {
                return (name, linkText, clauseNames)
            }
        }
        return (nil, linkText, clauseNames)
    }

    /// What a figure's unit alone says it measures, where its clause names nothing: a quake's magnitude (7.3级强震, 1.8级和
    /// 2.5级地震 — the one quantity written in 级 with a decimal; a grade, 三级, has none) and the households of a place given
    /// with its people (马鬃山村…共13个村民小组，505户1748人: 户数; the people are its 人口, `FigureReader`).
    func unitName(of range: Range<Int>, unit: String?) -> String? {
        switch unit {
        case "级":
            return range.contains(where: { SubjectFinder.decimalMarks.contains(scan[$0]) }) ? SubjectFinder.magnitude : nil
        case "户":
            guard let people = ChineseNumeral.match(in: scan, at: range.upperBound), scan[people.end] == SubjectFinder.person else { return nil }
            return SubjectFinder.households
        default:
            return nil
        }
    }

    /// Whether the words before a figure's link (`range`) say something of their own — dates, adverbs,
    /// list marks and a place aside: where they do, a figure before it names nothing for it.
    private func namesSomething(_ range: Range<Int>) -> Bool {
        let link = range.upperBound
        var index = range.lowerBound
        while index < link {
            if Unit.isSpace(scan[index]) || SubjectFinder.listMarks.contains(scan[index]) || SubjectFinder.adverbs.contains(scan[index]) {
                index += 1
            } else if let date = dateEnd(at: index, before: link + 1) ?? spanEnd(at: index, before: link + 1) {
                index = date
            } else if scan[index] == SubjectFinder.de {
                index += 1
            } else if SubjectFinder.changeStarts.contains(scan[index]), dateEnd(at: index + 1, before: link + 1) != nil {
                // 由上年的2.51吨: where a change starts, not what changes.
                index += 1
            } else if let time = scan.longest(of: SubjectFinder.timeNouns, at: index) {
                index += time.count
            } else if let aim = scan.longest(of: StatisticUnits.aimOpeners, at: index) {
                index += aim.count
            } else if let adverb = scan.longest(of: SubjectFinder.adverbWords, at: index) {
                index += adverb.count
            } else if let word = scan.longest(of: SubjectFinder.functionWords, at: index) {
                // 而1956年就增加了, 它虽然比1956年减少: a conjunction, a pronoun or 就 speaks of what the clause before named.
                index += word.count
            } else if isVerbsOnly(index..<link) {
                // 新开工保障性安居工程740万套，基本建成511万套: a verb alone speaks of what the clause before counted.
                return false
            } else {
                // 上海市由千分之七降到…: a place is where, not what.
                return !(link - index <= 4 && SubjectFinder.placeEnds.contains(scan[link - 1]))
            }
        }
        return false
    }

    /// Where a change's start opens in the words before a figure (`range`): the 由 or 从 of 由a…到b, with what the
    /// change is measured from after it (由年初的, 由今年预计的, 由原定平均每年, 从月销售额), where the figure is followed by the
    /// 到 or 至 its change ends at; nil where the figure ends no such start.
    private func changeStart(in range: Range<Int>, figureEnd: Int) -> Int? {
        var after = figureEnd
        while after < scan.count, after - figureEnd < SubjectFinder.longestChangeLink, HanCharacter.contains(scan[after]),
              !SubjectFinder.changeEnds.contains(scan[after]) {
            after += 1
        }
        guard after < scan.count, SubjectFinder.changeEnds.contains(scan[after]), after > figureEnd else { return nil }
        let earliest = max(range.lowerBound, range.upperBound - SubjectFinder.longestChangeStart)
        return (earliest..<range.upperBound).last { index in
            SubjectFinder.changeStarts.contains(scan[index]) && !SubjectFinder.changeStartWords.contains(scan[index + 1])
                && (index == 0 || !SubjectFinder.changeStartWordEnds.contains(scan[index - 1]))
        }
    }

    /// What the clauses before the one starting at `start` (after its comma) speak of, in its sentence: the words
    /// opening the nearest of them that are followed by what is said of them (粮食连续五年增产 → 粮食, 工业生产增长较快 →
    /// 工业, 海洋和淡水的渔业生产 → 海洋和淡水的渔业, 我国的农业在严重的自然灾害中 → 农业); a date or an aside (如前所说) is skipped.
    ///
    /// With `wholeClauses`, a clause that is a name alone is its own topic (基本建设投资总额，今年２月修订计划时减少为三百亿元).
    private func topic(before start: Int, wholeClauses: Bool = false) -> String? {
        let sentence = scan.sentence(around: start)
        var clauseEnd = start - 1
        var clauses = 0
        while clauseEnd > sentence.lowerBound, scan[clauseEnd] == SubjectFinder.comma, clauses < 3 {
            let clauseStart = max(sentence.lowerBound, scan.clauseStart(before: clauseEnd))
            var index = clauseStart
            if let date = dateEnd(at: index, before: clauseEnd) { index = date }
            if let filler = scan.longest(of: SubjectFinder.topicFillers, at: index) { index += filler.count }
            // 虽然在这方面做了很大努力: a conjunction opens what is said, no topic.
            if let word = scan.longest(of: SubjectFinder.functionWords, at: index) { index += word.count }
            var end = index
            while end < clauseEnd, HanCharacter.contains(scan[end]), !endsTopic(at: end) { end += 1 }
            let closed = end < clauseEnd && endsTopic(at: end)
                || scan.has(SubjectFinder.production, endingAt: clauseEnd) && end == clauseEnd
            if end == clauseEnd, scan.has(SubjectFinder.production, endingAt: end) { end -= SubjectFinder.production.count }
            // 粮食播种面积稳定在5.8万亩，总产量2.6万吨: the topic is the crop, not its area.
            if let area = scan.longest(of: SubjectFinder.topicQuantities, endingAt: end), end - area.count - index >= 2 { end -= area.count }
            // For an unnamed figure, only a clause after a comma or a colon or opening the sentence, and a topic that is a name whole
            // (not 平均每年).
            let opensClause = clauseStart == sentence.lowerBound || scan[clauseStart - 1] == SubjectFinder.comma
                || SubjectFinder.colons.contains(scan[clauseStart - 1])
            // 原定今年全部投产的项目: a date closing the words before what is said of them leaves no topic.
            if closed, (2...10).contains(end - index), scan.longest(of: StatisticUnits.objectFillers, at: index)?.count != end - index,
               scan.longest(of: StatisticUnits.timeWords, endingAt: end) == nil,
               !wholeClauses || opensClause && phrase(index..<end)?.count == end - index {
                return scan.original(index..<end)
            }
            if wholeClauses, opensClause, index == clauseStart, end == clauseEnd, isNounPhrase(index..<end) { return scan.original(index..<end) }
            clauseEnd = clauseStart - 1
            clauses += 1
        }
        return nil
    }

    /// Whether what is said of a clause's topic begins at `index`: a verb or adverb of `topicEnds` (连续, 增长, 保持), an
    /// adverb of two characters (一孩性别比基本处于正常范围), or 比 where a comparison follows it (比上年); the 比 of 性别比
    /// is part of the name.
    private func endsTopic(at index: Int) -> Bool {
        guard let word = scan.longest(of: SubjectFinder.topicEnds, at: index) else {
            return scan.longest(of: SubjectFinder.adverbWords, at: index) != nil
        }
        return word != [SubjectFinder.bi] || comparisonStart(in: index..<(index + 2)) != nil
    }

    /// What a figure whose clause (and every figure before it in its sentence) names nothing measures, where its
    /// sentence says so before it: the label its line opens with (钢：从一百三十五万吨增加到四百十二万吨，增长二点一倍。), else the
    /// topic of a clause before its own (粮食总产量在上年大幅度增长的基础上，又增产291亿斤; 原油产量继续增长，达到１．４２亿吨), or
    /// such a clause whole where it is a name alone (粮食每亩平均年产量，在三种不同的地区，分别达到四百斤、五百斤和八百斤).
    func unnamedFigureSubject(at start: Int, sentence: Range<Int>) -> String? {
        if let label = lineLabel(in: sentence, before: start) { return label }
        let clauseStart = scan.clauseStart(before: start)
        guard clauseStart > sentence.lowerBound, scan[clauseStart - 1] == SubjectFinder.comma else { return nil }
        return topic(before: clauseStart, wholeClauses: true)
    }

    /// The label a sentence opens with before a colon ahead of `start`, where it is a name (钢, 发电量, 黄麻、洋麻); nil
    /// where the words before the colon say or introduce something (我们认为：, 纲要要求：, 商业方面：, 具体指标：).
    private func lineLabel(in sentence: Range<Int>, before start: Int) -> String? {
        let begin = sentence.lowerBound
        var end = begin
        while end < start, end - begin <= SubjectFinder.longestLabel, HanCharacter.contains(scan[end]) || SubjectFinder.listMarks.contains(scan[end]) {
            end += 1
        }
        guard end < start, end > begin, SubjectFinder.colons.contains(scan[end]), HanCharacter.contains(scan[end - 1]),
              scan.longest(of: SubjectFinder.leadInEnds, endingAt: end) == nil, scan[begin] != SubjectFinder.zai,
              let name = phrase(begin..<end), name.count == end - begin else { return nil }
        return name
    }

    /// Whether `range` is a noun phrase alone: Chinese characters with no verb, word of change, date, clause mark or
    /// conjunction among them (粮食每亩平均年产量, 城乡人民的储蓄存款; not 大众创业、万众创新广泛开展, 与去年同期相比, 同时).
    private func isNounPhrase(_ range: Range<Int>) -> Bool {
        guard (3...SubjectFinder.longestNounClause).contains(range.count),
              scan.longest(of: SubjectFinder.openers, at: range.lowerBound) == nil,
              scan.longest(of: SubjectFinder.functionWords, at: range.lowerBound) == nil,
              scan.longest(of: StatisticUnits.objectFillers, at: range.lowerBound)?.count != range.count,
              ChangeWords.last(in: scan.foldedString(range)) == nil,
              scan.longest(of: SubjectFinder.leadInEnds, endingAt: range.upperBound) == nil else { return false }
        return range.allSatisfy { index in
            HanCharacter.contains(scan[index]) && !isNumeral(scan[index]) && !SubjectFinder.clauseMarks.contains(scan[index])
                && !isVerb(at: index) && scan.longest(of: StatisticUnits.timeWords, at: index) == nil
                && scan.longest(of: SubjectFinder.adverbWords, at: index) == nil && scan.longest(of: SubjectFinder.clauseWords, at: index) == nil
        }
    }

    /// The object the verb ending the phrase `from..<end` took earlier in its sentence: 今年先发行1万亿元
    /// after 拟连续几年发行超长期特别国债 issues 超长期特别国债.
    private func elidedObject(before end: Int, from start: Int) -> String? {
        var verbStart = end - 1
        var verb: [UInt16]?
        while verbStart >= start, end - verbStart <= 4 {
            if let found = scan.longest(of: StatisticUnits.actionVerbs, at: verbStart), verbStart + found.count == end {
                verb = found
                break
            }
            verbStart -= 1
        }
        guard let verb else { return nil }
        let sentence = scan.sentence(around: verbStart)
        var index = verbStart - verb.count
        while index >= sentence.lowerBound {
            if scan.has(verb, at: index), HanCharacter.contains(scan[index + verb.count]) {
                var objectEnd = scan.clauseEnd(after: index + verb.count)
                // 建成投产大中型项目118个: the object ends where its figure begins.
                if let numeral = ((index + verb.count)..<objectEnd).first(where: { isNumeral(scan[$0]) }) { objectEnd = numeral }
                return objectEnd > index + verb.count ? phrase((index + verb.count)..<objectEnd) : nil
            }
            index -= 1
        }
        return nil
    }

    /// Where the naming phrase before `start` begins, and where the linking words after it begin:
    /// the phrase runs from the previous clause mark (a list's 、 and a gloss in brackets stay in) to
    /// the verbs, comparisons and bound words right before the figure.
    private func linkStart(before start: Int, floor: Int) -> (Int, Int) {
        var begin = start
        var depth = 0
        while begin > floor {
            let unit = scan[begin - 1]
            if SubjectFinder.closingBrackets.contains(unit) { depth += 1 } else if SubjectFinder.openingBrackets.contains(unit) {
                if depth == 0 { break }
                depth -= 1
            } else if depth == 0, unit == SubjectFinder.closingQuote, let quote = quotedTerm(closingAt: begin - 1, floor: floor) {
                // 中央财政“三农”投入: a short quoted term inside a name is part of it.
                begin = quote
                continue
            } else if depth == 0, SubjectFinder.phraseEnds.contains(unit) { break }
            begin -= 1
        }
        // 1978、1979两年共增产粮食: the years listed before a phrase date it; they are no part of it.
        if let years = ChineseNumeral.match(in: scan, at: begin), let listEnd = StatisticExtractor.listedYearsEnd(in: scan, years, at: begin),
           listEnd < start {
            begin = listEnd
        }
        var link = start
        var moved = true
        while moved, link > begin {
            moved = false
            // …的比例(以下称播放时间比例)不足1%的: a gloss that defines a term names the figure after it; what stands before it
            // (its 占, its 的) is the definition, read no further.
            if definedTerm(closingAt: link - 1) != nil { break }
            // 分别下降 9.66%: a space left before the figure.
            while link > begin, Unit.isSpace(scan[link - 1]) {
                link -= 1
                moved = true
            }
            if StatisticUnits.linkWordEnds[Int(scan[link - 1])], let tail = scan.longest(of: StatisticUnits.linkWords, endingAt: link),
               link - tail.count >= begin {
                link -= tail.count
                moved = true
            } else if let per = perBaseStart(endingAt: link, after: begin) {
                // 朝阳区…为每平方米四十五元: the base of a rate is no part of what it measures.
                link = per
                moved = true
            } else if let comparison = comparisonStart(in: begin..<link) {
                link = comparison
                moved = true
            } else if let date = dateStart(endingAt: link, after: begin) {
                link = date
                moved = true
            } else if let span = spanStart(endingAt: link, after: begin) {
                // 人数连续两年增长10%以上: the years a change ran are no part of what changed; 在五年计划的前三年共增加了:
                // a span opened by 在 and closed by its 的 is when, all of it.
                link = scan[begin] == SubjectFinder.zai && scan[span - 1] == SubjectFinder.de ? begin : span
                moved = true
            } else if scan[link - 1] == SubjectFinder.de, link - 1 > begin, let date = dateStart(endingAt: link - 1, after: begin) {
                // 增加到2002年的7703元: the year the figure is of.
                link = date
                moved = true
            } else if let adjustment = adjustmentStart(endingAt: link, after: begin) {
                // 社会商品零售总额扣除价格因素比上年增长, 扣除物价上升因素增长８６．９％: how the figure was adjusted, not what it measures.
                link = adjustment
                moved = true
            } else if let adverbial = scan.longest(of: SubjectFinder.adverbialEnds, endingAt: link),
                      let opening = ((begin..<(link - adverbial.count)).last { scan[$0] == SubjectFinder.zai }) {
                // 在明显提高质量和效益的基础上年均增长7%: the circumstance is no part of what is measured.
                link = opening
                moved = true
            } else if let share = (begin..<link).last(where: { scan[$0] == SubjectFinder.zhan && !SubjectFinder.zhanWords.contains(scan[$0 + 1]) }) {
                // 保障性住房投资占44%, 新能源汽车产销量占全球比重超过60%: what is before 占 is measured; 农业所占比重: 所 belongs to 占.
                link = scan[share - 1] == SubjectFinder.suo && share - 1 > begin ? share - 1 : share
                // 净资产在总资产中所占比例不低于30%: the whole the part is in (在…中) is no part of it.
                if scan[link - 1] == SubjectFinder.zhong, let opening = (begin..<(link - 1)).last(where: { scan[$0] == SubjectFinder.zai }),
                   opening - begin >= 2 {
                    link = opening
                }
                moved = true
            }
        }
        return (begin, link)
    }

    /// The part a share is bounded as, where `range` (the words before the figure) holds a bound word with the part before it
    /// and the base after it (发起人认购的股本数额不少于公司拟发行的股本总额的 → 发起人认购的股本数额): the part as written, its
    /// relative clause kept (a rule names what it bounds so), less a list's number and an opening conjunction; nil where
    /// nothing or only a limit adverb stands before the bound (但是最低不少于…: the part is elsewhere), or where the part is no
    /// plain phrase of two to sixteen characters.
    private func boundedPart(in range: Range<Int>) -> String? {
        var start = range.lowerBound
        if let item = listNumberEnd(at: start) { start = item }
        while let filler = scan.longest(of: StatisticUnits.objectFillers, at: start) ?? scan.longest(of: SubjectFinder.openers, at: start),
              start + filler.count < range.upperBound {
            start += filler.count
        }
        // 其持有该种股票的增减变化: the pronoun of what the sentence spoke of opens no name (其他, 其余 are words of their own).
        if scan[start] == SubjectFinder.its, !SubjectFinder.wordsAfterIts.contains(scan[start + 1]) { start += 1 }
        guard let bound = (start..<range.upperBound).first(where: { SubjectFinder.shareBoundStarts.contains(scan[$0])
                  && scan.longest(of: SubjectFinder.shareBounds, at: $0) != nil }),
              let word = scan.longest(of: SubjectFinder.shareBounds, at: bound), bound + word.count < range.upperBound,
              scan.longest(of: SubjectFinder.limitAdverbs, endingAt: bound) == nil else { return nil }
        // 出席人数应当达到成员总数三分之二以上: the modal before the bound is no part of the part.
        var end = bound
        while let modal = scan.longest(of: SubjectFinder.modalVerbs, endingAt: end) ?? scan.longest(of: SubjectFinder.partModals, endingAt: end),
              end - modal.count > start {
            end -= modal.count
        }
        // 按照不少于…总建筑面积千分之三的比例配置: a preposition before the bound opens the manner, not the part.
        guard (2...16).contains(end - start), scan.longest(of: SubjectFinder.prepositionEnds, endingAt: end) == nil,
              (start..<end).allSatisfy({ HanCharacter.contains(scan[$0]) }), phrase(start..<end) != nil else { return nil }
        return scan.original(start..<end)
    }

    /// Where the number of a list's item opening at `index` ends: one to three numerals in brackets (（二）, (3)) or before 、
    /// (二、); nil where none opens there.
    private func listNumberEnd(at index: Int) -> Int? {
        let bracketed = SubjectFinder.openingBrackets.contains(scan[index])
        var end = bracketed ? index + 1 : index
        while end - index <= 3, isNumeral(scan[end]) { end += 1 }
        guard end > (bracketed ? index + 1 : index) else { return nil }
        if bracketed { return SubjectFinder.closingBrackets.contains(scan[end]) ? end + 1 : nil }
        return scan[end] == SubjectFinder.enumerationComma ? end + 1 : nil
    }

    /// Whether `range` is two or more places joined by 、 (门头沟区、房山区、顺义区), each of two to four characters.
    private func isPlaceList(_ range: Range<Int>) -> Bool {
        var partStart = range.lowerBound
        var parts = 0
        for index in range.lowerBound...range.upperBound where index == range.upperBound || scan[index] == SubjectFinder.enumerationComma {
            guard (2...4).contains(index - partStart), SubjectFinder.placeEnds.contains(scan[index - 1]),
                  (partStart..<index).allSatisfy({ HanCharacter.contains(scan[$0]) }) else { return false }
            parts += 1
            partStart = index + 1
        }
        return parts >= 2
    }

    /// Where a rate's base set by 为 (为每平方米, 为每亩, 为每污染当量) ending at `end` starts: 每 and a unit word or a noun of two to
    /// four characters. A base without 为 is part of the name (农民平均每人纯收入, 平均每户全年饲养量).
    private func perBaseStart(endingAt end: Int, after begin: Int) -> Int? {
        for length in 1...4 where end - length - 2 >= begin && scan[end - length - 1] == SubjectFinder.mei
            && scan[end - length - 2] == SubjectFinder.wei {
            if StatisticUnits.unitWord(in: scan, at: end - length)?.length == length { return end - length - 1 }
            // 适用税额为每污染当量12元: a base the text names by a noun of its own (污染当量) is a base as a unit is.
            if length >= 2, ((end - length)..<end).allSatisfy({ HanCharacter.contains(scan[$0]) }) { return end - length - 1 }
        }
        return nil
    }

    /// Where the opening quote of a short quoted term (“三农”) closing at `close` stands, when the term is
    /// part of a name: two to six Chinese characters, no numeral (“十一五” dates, it names nothing), and a
    /// name going on after it.
    private func quotedTerm(closingAt close: Int, floor: Int) -> Int? {
        guard HanCharacter.contains(scan[close + 1]), !SubjectFinder.phraseEnds.contains(scan[close + 1]) else { return nil }
        var index = close - 1
        while index > floor, close - index <= 7, HanCharacter.contains(scan[index]) { index -= 1 }
        guard index >= floor, scan[index] == SubjectFinder.openingQuote, (3...7).contains(close - index),
              !((index + 1)..<close).allSatisfy({ isNumeral(scan[$0]) }) else { return nil }
        return index
    }

    /// 比上年, 比一九七六年, 较去年同期, 同比 at the end of a phrase: the base a change is measured from.
    private func comparisonStart(in range: Range<Int>) -> Int? {
        var index = range.upperBound - 1
        while index >= range.lowerBound, range.upperBound - index <= 10 {
            if scan[index] == SubjectFinder.bi || scan[index] == SubjectFinder.jiao,
               index + 1 < range.upperBound, scan.longest(of: StatisticUnits.comparisonBases, at: index + 1) != nil
                || Unit.isASCIIDigit(scan[index + 1]) || ChineseNumeral.isDigitCharacter(scan[index + 1]) {
                return index
            }
            index -= 1
        }
        return nil
    }

    /// A year (2009年, 一九七八年) or a relative one (今年, 去年) ending at `end`: where it starts.
    private func dateStart(endingAt end: Int, after begin: Int) -> Int? {
        if let word = scan.longest(of: StatisticUnits.timeWords, endingAt: end), end - word.count >= begin { return end - word.count }
        guard scan[end - 1] == SubjectFinder.year else { return nil }
        var index = end - 1
        while index > begin, Unit.isASCIIDigit(scan[index - 1]) || ChineseNumeral.isDigitCharacter(scan[index - 1]) { index -= 1 }
        return end - 1 - index == 4 ? index : nil
    }

    /// A phrase cleaned into a subject: the object of its last activity verb (印发各类宣传品 → 宣传品),
    /// the part after its last 的, without opening quantifiers (各类) or dates; nil where it is empty,
    /// too long, a place alone, or holds anything but Chinese characters, letters and digits.
    ///
    /// With `objectAhead` (nothing follows the figure), a verb ending the phrase has its object before it: what it made
    /// names the figure (城镇保障性住房基本建成432万套, 铁路新线投产1433公里).
    private func phrase(_ range: Range<Int>, objectAhead: Bool = false) -> String? {
        guard !range.isEmpty else { return nil }
        var start = range.lowerBound
        var end = range.upperBound
        // 森林覆盖率应当达到38％以上: the modal a rule puts before its link says what must be, and is no part of the name (left
        // on, it would hide that 覆盖率 ends the name, as a verb with one character after it).
        if let modal = scan.longest(of: SubjectFinder.modalVerbs, endingAt: end), end - modal.count - start >= 2 { end -= modal.count }
        // 能源消耗总量（按每公斤发热量7，000大卡的标准煤计算）: a closing gloss is no part of the name.
        if SubjectFinder.closingBrackets.contains(scan[end - 1]),
           let opening = (start..<(end - 1)).last(where: { SubjectFinder.openingBrackets.contains(scan[$0]) }), opening > start {
            // …的比例(以下称播放时间比例): a gloss that defines a term gives the name the rule uses.
            if let term = definedTerm(closingAt: end - 1) { return term }
            end = opening
        }
        // 基本建设1979年交付使用的固定资产: a date inside the phrase closes what comes before it.
        var dateIndex = start
        while dateIndex + 5 < end {
            // 积累率由1978年的: a date after 由, 从 or 比 is where a change starts, kept for the rules below.
            if scan[dateIndex + 4] == SubjectFinder.year,
               dateIndex == start || !isNumeral(scan[dateIndex - 1]) && !SubjectFinder.dateLinks.contains(scan[dateIndex - 1]),
               (dateIndex..<(dateIndex + 4)).allSatisfy({ Unit.isASCIIDigit(scan[$0]) || ChineseNumeral.isDigitCharacter(scan[$0]) }) {
                start = dateIndex + 5
                dateIndex = start
            } else {
                dateIndex += 1
            }
        }
        var dropped: Range<Int>?
        var index = end - 1
        while index >= start {
            // 覆盖率, 完成率: a verb with one character after it is part of a name.
            if StatisticUnits.actionVerbStarts[Int(scan[index])], let verb = scan.longest(of: StatisticUnits.actionVerbs, at: index),
               index + verb.count <= end, index + verb.count != end - 1,
               // 铁路投产里程, 实际使用额: a verb before a noun of quantity ending the phrase is part of the name.
               !SubjectFinder.quantityHeads.contains(where: { scan.has($0, at: index + verb.count) && index + verb.count + $0.count == end }),
               // 实际利用外资, 实际使用外商直接投资: the statistic of foreign capital is named with its verb.
               !(SubjectFinder.capitalVerbs.contains(verb) && scan.longest(of: SubjectFinder.foreignCapital, at: index + verb.count) != nil) {
                // 安排七百多万人就业: the verb's object comes after the figure; but 棚户区住房改造620多万套 names
                // the work done on what stands before the verb.
                if index + verb.count == end {
                    if index - start >= 2, scan.longest(of: SubjectFinder.nominalVerbs, at: index) != nil, !isVerbsOnly(start..<index) {
                        index -= 1
                        continue
                    }
                    // 城镇保障性住房基本建成432万套: where nothing follows the figure, the verb's object is the topic before it.
                    guard objectAhead else { return nil }
                    var objectEnd = index
                    while let adverb = scan.longest(of: SubjectFinder.adverbWords, endingAt: objectEnd), objectEnd - adverb.count > start {
                        objectEnd -= adverb.count
                    }
                    while objectEnd - start > 2, SubjectFinder.adverbs.contains(scan[objectEnd - 1]) { objectEnd -= 1 }
                    return objectEnd - start >= 2 && !isVerbsOnly(start..<objectEnd) ? phrase(start..<objectEnd) : nil
                }
                // 农村新建住宅, 城镇新建居民住宅, 去年农村建成住宅: where a thing is made scopes it; the verb alone goes.
                if let scope = scan.longest(of: SubjectFinder.scopes, endingAt: index), index - scope.count == start
                    || dateEnd(at: start, before: index - scope.count + 1) == index - scope.count
                    || spanEnd(at: start, before: index - scope.count + 1) == index - scope.count {
                    dropped = index..<(index + verb.count)
                } else {
                    start = index + verb.count
                }
                break
            }
            index -= 1
        }
        while end > start, scan[end - 1] == SubjectFinder.de { end -= 1 }
        // 规模以上工业企业实现利润: 实现 between what yields and its yield is no part of the name; the verb alone goes.
        if dropped == nil, let reach = (start..<end).first(where: { scan.has(SubjectFinder.reach, at: $0) }), reach - start >= 2,
           scan.longest(of: SubjectFinder.yields, at: reach + SubjectFinder.reach.count) != nil {
            dropped = reach..<(reach + SubjectFinder.reach.count)
        }
        // 经济增长速度的调控目标: the aim is of what stands before its 的.
        if let aim = scan.longest(of: SubjectFinder.aimEnds, endingAt: end), end - aim.count > start {
            end -= aim.count
        }
        // 研究与试验发展经费支出与国内生产总值之比: a ratio to a total is named by its part, as a share is.
        if scan.has(SubjectFinder.ratioOf, endingAt: end),
           let with = (start..<(end - SubjectFinder.ratioOf.count)).last(where: { scan[$0] == SubjectFinder.yu }), with > start {
            end = with
        }
        // 服务业增加值比重由46.9%提高到48.2%: the share is the part's.
        if scan.has(SubjectFinder.share, endingAt: end), end - SubjectFinder.share.count - start >= 2,
           !SubjectFinder.shareHeadStops.contains(scan[end - SubjectFinder.share.count - 1]) {
            end -= SubjectFinder.share.count
        }
        // 服务业增加值在国内生产总值中的比重, 交付使用的固定资产占投资的比重: the share is the part's.
        if let head = scan.longest(of: SubjectFinder.shareHeads, endingAt: end),
           let opening = (start..<(end - head.count)).first(where: { scan[$0] == SubjectFinder.zai }), opening > start {
            end = opening
        } else if StatisticUnits.rateHeads.contains(where: { scan.has(Unit.of($0), endingAt: end) }),
                  let share = (start..<end).first(where: { scan[$0] == SubjectFinder.zhan && !SubjectFinder.zhanWords.contains(scan[$0 + 1]) }),
                  share > start {
            // 农业所占比重: 所 belongs to 占.
            end = scan[share - 1] == SubjectFinder.suo && share - 1 > start ? share - 1 : share
        }
        // 残疾军人、烈属和老复员军人等优抚对象: examples closed by 等 before the name they belong to.
        if let etc = (start..<end).last(where: { scan[$0] == SubjectFinder.deng }), etc > start, end - etc > 2,
           !SubjectFinder.dengWordsBefore.contains(scan[etc - 1]), !SubjectFinder.dengWordsAfter.contains(scan[etc + 1]),
           // 职工住宅、科学文教卫生和城市建设等方面的投资: before 方面 or 领域 the examples are the name.
           !SubjectFinder.emptyHeads.contains(where: { scan.has($0, at: etc + 1) }) {
            start = etc + 1
        }
        var lastDe: Int?
        for index in start..<end {
            let unit = scan[index]
            if unit == SubjectFinder.de {
                lastDe = index
                if let purpose = purposeStart(start..<index) {
                    // 中央财政全年用于“三农”的支出, 其中用于城市居民最低生活保障的补助资金: what the money is for names it,
                    // and so does the budget it comes from; a date or a quantifier between them does not.
                    // 城市职工家庭平均每人全年可用于生活费的收入: what is available for a purpose is named whole.
                    let available = purpose > start && scan[purpose - 1] == SubjectFinder.can
                    if !available, let date = datedBudget(start..<purpose) {
                        dropped = date.isEmpty ? nil : date
                    } else if !available {
                        start = purpose
                    }
                } else if index - 1 > start, scan[index - 1] == SubjectFinder.zhong, !SubjectFinder.zhongWordStarts.contains(scan[index - 2]) {
                    // 工业中的工程技术人员: a modifier that says where (X中的) scopes the name; the head is what is counted.
                    start = index + 1
                    dropped = nil
                } else if !isNamingModifier(start..<index) {
                    // 每吨钢的综合能耗, 农民的生产补贴资金: a modifier that is itself a noun phrase stays in the name.
                    start = index + 1
                    dropped = nil
                }
            } else if unit == SubjectFinder.shi && !SubjectFinder.shiWords.contains(scan[index + 1]) || unit == SubjectFinder.ba
                        || unit == SubjectFinder.le && index + 1 < end && !SubjectFinder.leWords.contains(scan[index + 1])
                        || marksObject(at: index, in: start..<end) {
                // 停建、缓建了大中型项目: what a verb with 了 acts on follows it; 引导合作机构逐步将平均担保费率降至, 可对单户担保金额
                // 500万元以上的: what 将 or 对 takes as its object is measured.
                start = index + 1
            } else if let have = scan.longest(of: SubjectFinder.haveWords, at: index), index > start, index + have.count + 1 < end {
                // 供销合作社…在今年上半年已有基层社三万一千余个: what a count's verb has is counted, not who has it.
                start = index + have.count
            } else if unit == SubjectFinder.an, index + 2 < end, !SubjectFinder.anWords.contains(scan[index + 1]) {
                // 由其中一方按扣除标准的100%扣除, 按不低于采购金额的30%提前预付: what a share is taken of follows 按 (按照), and
                // a bound before it is no part of it.
                start = index + 1
                if scan[start] == SubjectFinder.zhao { start += 1 }
                if let bound = scan.longest(of: SubjectFinder.anBounds, at: start), start + bound.count < end { start += bound.count }
            }
        }
        // 从一九五三年至一九八○年的二十八年间, “一五”时期: a span of time is when, not what; what is measured
        // stands before its 的 (农业总产值从…的二十八年间 → 农业总产值), else in the clause before.
        if isSpanOfTime(start..<end) {
            guard let lastDe, lastDe > range.lowerBound else { return nil }
            return phrase(range.lowerBound..<lastDe)
        }
        // 农业总产值从一九五三年至一九八○年: what changes stands before the 从 or 由 that opens a number.
        if let from = (start..<end).first(where: { SubjectFinder.changeStarts.contains(scan[$0]) && isNumeral(scan[$0 + 1]) }), from > start {
            end = from
        }
        // 是完全可以实现到本世纪末工农业年总产值: a deadline after 实现 opens what is to be reached.
        if let reach = (start..<end).last(where: { scan.has(SubjectFinder.reach, at: $0) }), reach > start {
            let after = reach + SubjectFinder.reach.count
            let deadline = scan[after] == SubjectFinder.deadline ? after + 1 : after
            // 第一个十年实现国民生产总值比2000年翻一番, 在本世纪末实现国民生产总值: so does a deadline or a span before 实现.
            let dated = (start..<reach).contains { dateEnd(at: $0, before: reach + 1) == reach || spanEnd(at: $0, before: reach + 1) == reach }
            if dateEnd(at: deadline, before: end) != nil || dated { start = after }
        }
        var moved = true
        while moved {
            moved = false
            // 推广节能空调500多万台、高效照明灯具1.5亿只: the list's mark opens the second name.
            if start < end, SubjectFinder.listMarks.contains(scan[start]) || Unit.isSpace(scan[start]) {
                start += 1
                moved = true
            }
            if let filler = scan.longest(of: StatisticUnits.objectFillers, at: start), start + filler.count < end {
                start += filler.count
                moved = true
            }
            // （二）注册资本不低于, 二、北京市人均耕地低于: the number of a list's item is no part of the name.
            if let item = listNumberEnd(at: start), item < end {
                start = item
                moved = true
            }
            if let date = dateEnd(at: start, before: end) ?? spanEnd(at: start, before: end) {
                start = date
                moved = true
            }
            if let aim = scan.longest(of: StatisticUnits.aimOpeners, at: start), start + aim.count < end {
                start += aim.count
                moved = true
            }
            // 由上年亏损, 转为盈利, 而能源消耗总量, 共增产: a link, a conjunction or an adverb opening the phrase.
            if let opener = scan.longest(of: SubjectFinder.openers, at: start), start + opener.count < end,
               !(opener.count == 1 && SubjectFinder.wordsAfterOpener.contains(scan[start + 1])), !scan.has(SubjectFinder.sharedOwnership, at: start) {
                start += opener.count
                moved = true
            }
            // 由上年, 到2010年实现国内生产总值比2000年翻一番: where a change starts or its deadline.
            if SubjectFinder.changeStarts.contains(scan[start]) || scan[start] == SubjectFinder.deadline, dateEnd(at: start + 1, before: end + 1) != nil {
                start += 1
                moved = true
            }
        }
        // 由上年: a date alone names nothing.
        if let date = dateEnd(at: start, before: end + 1), date == end { return nil }
        var trimmed = true
        while trimmed {
            trimmed = false
            while let tail = scan.longest(of: StatisticUnits.subjectTails, endingAt: end), end - tail.count > start {
                end -= tail.count
                trimmed = true
            }
            // 货币发行还比年初计划少了, 死硬派只百分之二: an adverb of one character before the link, where it makes no word with
            // the character before it (偿还, 船只).
            if end - start > 2, SubjectFinder.soleAdverbs.contains(scan[end - 1]), !SubjectFinder.adverbWordStarts.contains(scan[end - 2]) {
                end -= 1
                trimmed = true
            }
            // 固定资产投资总额五年: the span closing a phrase is no part of the name.
            if let span = spanStart(endingAt: end, after: start), span > start {
                end = span
                trimmed = true
            }
        }
        if scan.longest(of: StatisticUnits.notSubjects, at: start) != nil { return nil }
        // 在国内生产总值中占比: a scope, not what is measured.
        if scan[start] == SubjectFinder.zai, scan[end - 1] == SubjectFinder.zhong { return nil }
        // 推出, 推动建设, 惠及: a verb alone names nothing; its object is elsewhere.
        if isVerbsOnly(start..<end) { return nil }
        // 播放时间比例为1%以上不足3%的: a term the rule defined is named whole, though a verb (播放) opens it.
        if let term = definedTermStart(cutAt: start, end: end, floor: range.lowerBound) {
            start = term
            if let cut = dropped, cut.overlaps(start..<end) { dropped = nil }
        }
        let subject = start..<end
        // 细颗粒物（PM2.5）平均浓度: a gloss in brackets may hold any character; it is left out of the name below.
        var glossDepth = 0
        guard !subject.isEmpty, subject.count <= SubjectFinder.longest,
              subject.allSatisfy({ index in
                  if SubjectFinder.openingBrackets.contains(scan[index]) { glossDepth += 1 }
                  if SubjectFinder.closingBrackets.contains(scan[index]) { glossDepth = max(0, glossDepth - 1) }
                  return glossDepth > 0 || HanCharacter.contains(scan[index]) || Unit.isASCIILetter(scan[index]) || Unit.isASCIIDigit(scan[index])
                      || SubjectFinder.listMarks.contains(scan[index]) || SubjectFinder.brackets.contains(scan[index])
                      || scan[index] == SubjectFinder.openingQuote || scan[index] == SubjectFinder.closingQuote
              }),
              HanCharacter.contains(scan[subject.lowerBound]) || Unit.isASCIILetter(scan[subject.lowerBound])
                || scan[subject.lowerBound] == SubjectFinder.openingQuote else { return nil }
        // 还可能: an adverb left alone names nothing; 这, 就, 相应地, 它虽然: nor do function words.
        if subject.count == 1, SubjectFinder.adverbs.contains(scan[subject.lowerBound]) { return nil }
        if isFunctionWordsOnly(subject) { return nil }
        // 已经由五年前的百分之五十左右扩大到, 大大低于: an adverb of two characters alone names nothing either, nor the start of one
        // (但 of 但是最长不得超过).
        if let adverb = scan.longest(of: SubjectFinder.adverbWords, at: subject.lowerBound) ?? scan.longest(of: SubjectFinder.openers, at: subject.lowerBound),
           adverb.count >= subject.count {
            return nil
        }
        // 四川省由千分之二十九降到…: a place is where, not what; so is a list of places (朝阳区、海淀区、丰台区为每平方米…).
        if subject.count <= 4, SubjectFinder.placeEnds.contains(scan[subject.upperBound - 1]) { return nil }
        if isPlaceList(subject) { return nil }
        if scan.longest(of: StatisticUnits.objectFillers, at: subject.lowerBound)?.count == subject.count { return nil }
        // 化肥（按有效成份计算）: a gloss in brackets is no part of the name.
        var parts: [Range<Int>] = []
        var partStart = subject.lowerBound
        var depth = 0
        for index in subject {
            if SubjectFinder.openingBrackets.contains(scan[index]) {
                if depth == 0, index > partStart { parts.append(partStart..<index) }
                depth += 1
            } else if SubjectFinder.closingBrackets.contains(scan[index]) {
                depth = max(0, depth - 1)
                if depth == 0 { partStart = index + 1 }
            }
        }
        if depth == 0, partStart < subject.upperBound { parts.append(partStart..<subject.upperBound) }
        if let dropped {
            parts = parts.flatMap { [$0.lowerBound..<max($0.lowerBound, min($0.upperBound, dropped.lowerBound)),
                                     min($0.upperBound, max($0.lowerBound, dropped.upperBound))..<$0.upperBound] }.filter { !$0.isEmpty }
        }
        let name = parts.map(scan.original).joined()
        return name.isEmpty ? nil : name
    }

    /// Where 用于 opens the purpose a modifier before a 的 (`range`) gives what is spent (用于灾后重建的中央投资), when
    /// the purpose is a short noun phrase.
    private func purposeStart(_ range: Range<Int>) -> Int? {
        guard let at = range.first(where: { scan.has(SubjectFinder.purpose, at: $0) }) else { return nil }
        let purpose = (at + SubjectFinder.purpose.count)..<range.upperBound
        guard !purpose.isEmpty, purpose.count <= SubjectFinder.longestModifier,
              purpose.allSatisfy({ HanCharacter.contains(scan[$0]) || SubjectFinder.listMarks.contains(scan[$0])
                  || scan[$0] == SubjectFinder.openingQuote || scan[$0] == SubjectFinder.closingQuote }),
              !purpose.contains(where: { SubjectFinder.clauseMarks.contains(scan[$0]) && !SubjectFinder.purposeMarks.contains(scan[$0]) })
        else { return nil }
        return at
    }

    /// Where the words before a purpose's 用于 (`range`) are a budget (中央财政, 中央财政全年), the date after it
    /// to leave out of the name (empty where there is none); nil where they are no budget (国家, 其中).
    private func datedBudget(_ range: Range<Int>) -> Range<Int>? {
        var end = range.upperBound
        if let date = scan.longest(of: StatisticUnits.timeWords, endingAt: end), end - date.count > range.lowerBound { end -= date.count }
        guard end > range.lowerBound, SubjectFinder.budgets.contains(where: { scan.has($0, endingAt: end) }) else { return nil }
        return end..<range.upperBound
    }

    /// The name a clause (`range`) is by itself, where it is one: no verb taken off, ending in a noun of
    /// quantity (能源消耗总量, 每吨钢的综合能耗, …的税收利润).
    private func nominalClause(_ range: Range<Int>) -> String? {
        var end = range.upperBound
        if SubjectFinder.closingBrackets.contains(scan[end - 1]),
           let opening = range.last(where: { SubjectFinder.openingBrackets.contains(scan[$0]) }) { end = opening }
        let clause = scan.foldedString(range.lowerBound..<end)
        // 粮食产量屡创历史新高 says something of a name; 交付使用的固定资产占投资的比重 is one.
        guard SubjectFinder.quantityEnds.contains(where: clause.hasSuffix), ChangeWords.last(in: clause) == nil,
              let name = phrase(range), clause.contains(name.folded) else { return nil }
        return name
    }

    /// `name`, or where it is an anaphor (这个比重，1978年为17.4％) the share the sentence before named.
    private func resolvingAnaphor(_ name: String, at start: Int) -> String {
        let folded = Array(name.folded.utf16)
        guard let anaphor = SubjectFinder.anaphors.first(where: { $0 == folded }) else { return name }
        return namedBefore(start, head: Array(anaphor.suffix(2))) ?? name
    }

    /// The share or rate a sentence before `start` named with `head` (提高了职工住宅…等方面的投资比重。
    /// 这个比重…): the phrase before its last `head` in the sentence before.
    private func namedBefore(_ start: Int, head: [UInt16]) -> String? {
        let sentence = scan.sentence(around: start)
        guard sentence.lowerBound > 1 else { return nil }
        let previous = scan.sentence(around: sentence.lowerBound - 2)
        guard let at = (previous.lowerBound..<(sentence.lowerBound - head.count)).last(where: { scan.has(head, at: $0) }) else { return nil }
        var begin = at
        while begin > previous.lowerBound, !SubjectFinder.phraseEnds.contains(scan[begin - 1]) { begin -= 1 }
        return phrase(begin..<at)
    }

    /// Whether the words before a 的 (`range`) are part of a name (每吨钢, 农民, 政策范围内, 交付使用) rather
    /// than a clause or a scope (实现了…的, 具有较大知名度的, 去年的, 我国的, 全省的): short, and free of
    /// dates, pronouns, verbs of change and activity, and the words that make a clause.
    private func isNamingModifier(_ range: Range<Int>) -> Bool {
        guard !range.isEmpty, range.count <= SubjectFinder.longestModifier else { return false }
        if SubjectFinder.placeEnds.contains(scan[range.upperBound - 1]) && range.count <= 4 { return false }
        if scan.longest(of: StatisticUnits.objectFillers, at: range.lowerBound)?.count == range.count { return false }
        // 比上次普查的出生人口性别比: a comparison's base, not part of the name.
        if scan[range.lowerBound] == SubjectFinder.bi || scan[range.lowerBound] == SubjectFinder.jiao { return false }
        for index in range {
            let unit = scan[index]
            if SubjectFinder.clauseMarks.contains(unit) || isNumeral(unit) || !HanCharacter.contains(unit) && !SubjectFinder.listMarks.contains(unit) {
                return false
            }
            if scan.longest(of: SubjectFinder.clauseWords, at: index) != nil || scan.longest(of: StatisticUnits.timeWords, at: index) != nil {
                return false
            }
            if StatisticUnits.actionVerbStarts[Int(unit)], let verb = scan.longest(of: StatisticUnits.actionVerbs, at: index),
               index + verb.count <= range.upperBound {
                return false
            }
        }
        // 消费对经济增长的贡献率: 经济增长 is a noun; 比上年增长的, 增长较快的 say how something changed.
        let modifier = scan.foldedString(range)
        guard let (word, _) = ChangeWords.last(in: modifier) else { return true }
        return modifier[..<word.lowerBound].hasSuffix("经济")
    }

    /// Where a span of years written at `start` ends (五年, 二十八年间, 五年内, 10年来), if one does
    /// before `end`.
    private func spanEnd(at start: Int, before end: Int) -> Int? {
        let numberStart = SubjectFinder.spanOpeners.contains(scan[start]) ? start + 1 : start
        var index = numberStart
        while index < end, isNumeral(scan[index]) { index += 1 }
        guard isSpanNumber(numberStart..<index), scan[index] == SubjectFinder.year else { return nil }
        index += 1
        if SubjectFinder.spanEnds.contains(scan[index]) { index += 1 }
        return index < end ? index : nil
    }

    /// Where a span of years closing the phrase at `end` starts (实际消费水平五年), if one does after `start`.
    private func spanStart(endingAt end: Int, after start: Int) -> Int? {
        var index = end
        if SubjectFinder.spanEnds.contains(scan[index - 1]) { index -= 1 }
        guard index > start, scan[index - 1] == SubjectFinder.year else { return nil }
        index -= 1
        let yearMark = index
        while index > start, isNumeral(scan[index - 1]) { index -= 1 }
        guard isSpanNumber(index..<yearMark) else { return nil }
        // 钢产量前三年, 头两年: the first years of a span are a span too.
        return index > start && SubjectFinder.spanOpeners.contains(scan[index - 1]) ? index - 1 : index
    }

    private func isNumeral(_ unit: UInt16) -> Bool { Unit.isASCIIDigit(unit) || ChineseNumeral.isNumeralCharacter(unit) }

    /// Whether `range` writes a number of years (五, 二十八, 10), not a year (2009, 一九七八: four digits).
    private func isSpanNumber(_ range: Range<Int>) -> Bool {
        guard (1...4).contains(range.count) else { return false }
        let isYear = range.count == 4 && range.allSatisfy { Unit.isASCIIDigit(scan[$0]) || ChineseNumeral.isDigitCharacter(scan[$0]) }
        return !isYear
    }

    /// Whether `range` holds only a span of time: 二十八年间, 时期, 期间, 这一时期.
    private func isSpanOfTime(_ range: Range<Int>) -> Bool {
        guard !range.isEmpty else { return false }
        if let span = spanEnd(at: range.lowerBound, before: range.upperBound + 1), span == range.upperBound { return true }
        return SubjectFinder.timeNouns.contains { scan.has($0, endingAt: range.upperBound) && range.count - $0.count <= 2 }
    }

    /// Whether `range` is made of function words alone (这, 就, 相应地, 它虽然): words that name nothing.
    private func isFunctionWordsOnly(_ range: Range<Int>) -> Bool {
        var index = range.lowerBound
        while index < range.upperBound {
            guard let word = scan.longest(of: SubjectFinder.functionWords, at: index), index + word.count <= range.upperBound else { return false }
            index += word.count
        }
        return !range.isEmpty
    }

    /// Whether `range` is made of verbs alone (推出, 推动建设, 惠及).
    private func isVerbsOnly(_ range: Range<Int>) -> Bool {
        var index = range.lowerBound
        while index < range.upperBound {
            guard let verb = scan.longest(of: StatisticUnits.actionVerbs, at: index) ?? scan.longest(of: SubjectFinder.bareVerbs, at: index),
                  index + verb.count <= range.upperBound else { return false }
            index += verb.count
        }
        return !range.isEmpty
    }

    /// The head noun after a modifier that follows a count (100项具有较大知名度的体育精品赛事 → 体育精品赛事):
    /// the clause after the figure, up to a list mark or punctuation, holds a 的 and after it 2–10
    /// characters that open with no verb.
    private func modifiedNoun(from start: Int) -> String? {
        var end = start
        var lastDe: Int?
        while end < scan.count, end - start < 24, HanCharacter.contains(scan[end]), !SubjectFinder.listMarks.contains(scan[end]) {
            if scan[end] == SubjectFinder.de { lastDe = end }
            end += 1
        }
        guard let lastDe, lastDe > start, !HanCharacter.contains(scan[end]) || SubjectFinder.listMarks.contains(scan[end]) else { return nil }
        let head = (lastDe + 1)..<end
        guard (2...10).contains(head.count), !isVerb(at: head.lowerBound), !head.contains(where: { scan[$0] == SubjectFinder.de }) else {
            return nil
        }
        return scan.original(head)
    }

    /// Where a date written at `start` ends (2009年, 一九七八年, 今年), if one is.
    private func dateEnd(at start: Int, before end: Int) -> Int? {
        if let word = scan.longest(of: StatisticUnits.timeWords, at: start), start + word.count < end { return start + word.count }
        var index = start
        while index < end, Unit.isASCIIDigit(scan[index]) || ChineseNumeral.isDigitCharacter(scan[index]) { index += 1 }
        return index - start == 4 && scan[index] == SubjectFinder.year && index + 1 < end ? index + 1 : nil
    }

    /// Verbs whose second character is a noun stop (完成, 落实): a run cut inside one holds its first character.
    private static let stoppedVerbs: [[UInt16]] = ["完成", "建成", "形成", "生成", "达成", "造成", "构成", "组成", "落实", "核实", "证实"].map(Unit.of)
    /// Adverbs that open a predicate after a counted noun (资金尚未落实, 指标自动生成).
    private static let predicateAdverbs: [[UInt16]] = ["尚未", "自动", "正在", "未", "已", "均", "都", "仍"].map(Unit.of)
    private static let nounStops: Set<UInt16> = Set("在的进对和与并于将为是及等由从把被向给到已有也都还要可所受获得成参实使让不地之".utf16)

    /// Whether a noun starts at `index`, right after a figure (6183座病险水库除险加固工程开工建设).
    ///
    /// A change after the figure says something of it and names nothing (比一九五二年的五万八千人增长两倍).
    func namesNoun(at index: Int) -> Bool {
        HanCharacter.contains(scan[index]) && !SubjectFinder.nounStops.contains(scan[index]) && !isVerb(at: index)
            && !ChangeWords.startsChange(in: scan, at: index)
    }

    /// Whether the counted noun `noun` before `index` goes on there into a longer one that is counted whole:
    /// 省份 (份 makes the same noun a word), 省、自治区、直辖市 (a list), 国家公园 (a noun of two characters or more standing alone up to
    /// punctuation); not 19个村卫生室 or 12个部门主要负责人, which count the noun itself, nor 二十一个乡镇中 (a
    /// place in it).
    func continuesNoun(_ noun: [UInt16], at index: Int) -> Bool {
        if scan[index] == SubjectFinder.fen || placeGlossEnd(at: index) != nil { return true }
        // 27个省、自治区、直辖市, 100多个国家和地区: a list of nouns is counted whole (四十五个县、七百六十一万三千亩 is a
        // second figure).
        if SubjectFinder.listMarks.contains(scan[index]), namesNoun(at: index + 1), !ChineseNumeral.isNumeralCharacter(scan[index + 1]) {
            return true
        }
        guard noun.count >= 2, namesNoun(at: index), !SubjectFinder.localizers.contains(scan[index]),
              scan.longest(of: SubjectFinder.clauseWords, at: index) == nil else { return false }
        var end = index
        while end - index < 6, HanCharacter.contains(scan[end]), !SubjectFinder.nounStops.contains(scan[end]) { end += 1 }
        return !HanCharacter.contains(scan[end]) || SubjectFinder.listMarks.contains(scan[end])
    }

    /// Where a gloss of places in brackets opening at `index` ends (（区、市）, （市）): the units of government a level
    /// stands for.
    private func placeGlossEnd(at index: Int) -> Int? {
        guard SubjectFinder.openingBrackets.contains(scan[index]) else { return nil }
        var end = index + 1
        while end - index <= 8, SubjectFinder.placeEnds.contains(scan[end]) || scan[end] == SubjectFinder.enumerationComma { end += 1 }
        guard end > index + 1, SubjectFinder.closingBrackets.contains(scan[end]) else { return nil }
        return end + 1
    }

    /// The fund a money figure is, named right after it before a verb (2.8万亿元中央财政资金纳入…, 30亿元国债资金支持…).
    private func fundNoun(from start: Int) -> String? {
        guard !isVerb(at: start), scan.longest(of: StatisticUnits.linkWords, at: start) == nil else { return nil }
        var end = start
        while end < scan.count, end - start < 10, HanCharacter.contains(scan[end]), !SubjectFinder.nounStops.contains(scan[end]) {
            end += 1
            if end - start >= 3, scan.longest(of: SubjectFinder.fundHeads, endingAt: end) != nil, HanCharacter.contains(scan[end]),
               scan.longest(of: SubjectFinder.fundHeads, at: end) == nil {
                return scan.original(start..<end)
            }
        }
        return nil
    }

    /// Where an adjustment closing a phrase at `end` starts (扣除物价因素, 扣除价格上涨因素后, 考虑价格下降因素).
    private func adjustmentStart(endingAt end: Int, after begin: Int) -> Int? {
        let factorEnd = scan[end - 1] == SubjectFinder.hou ? end - 1 : end
        guard scan.has(SubjectFinder.factor, endingAt: factorEnd) else { return nil }
        var index = factorEnd - SubjectFinder.factor.count - 1
        while index >= begin, factorEnd - index <= 12 {
            if scan.longest(of: SubjectFinder.adjustments, at: index) != nil { return index }
            index -= 1
        }
        return nil
    }

    /// Whether a verb starts at `index` (6600多万纳税人受益 names 纳税人, 2名医生在场 医生; but
    /// 安排七百多万人就业 is about 就业, and 建设职工住宅 is what the money is for).
    func isVerb(at index: Int) -> Bool {
        scan.longest(of: StatisticUnits.actionVerbs, at: index) != nil
    }

    /// Whether the 将 or 对 at `index` of the phrase `range` marks the object of a verb after it (逐步将平均担保费率降至1%以下,
    /// 可对单户担保金额500万元以上的…给予): a 将 that disposes of what follows (not the future: 将增加), a 对 that
    /// follows a modal and is no part of a word (对外, 对于, 对象); a 对 opening a name stays in it (对全球经济增长的贡献率).
    private func marksObject(at index: Int, in range: Range<Int>) -> Bool {
        guard index + 2 < range.upperBound else { return false }
        if scan[index] == SubjectFinder.jiang {
            return index > range.lowerBound && !SubjectFinder.jiangWordStarts.contains(scan[index - 1])
                && !SubjectFinder.jiangWordEnds.contains(scan[index + 1]) && TimeCues.marksObject(scan, after: index + 1)
        }
        return scan[index] == SubjectFinder.dui && index > range.lowerBound && SubjectFinder.modals.contains(scan[index - 1])
            && !SubjectFinder.duiWordEnds.contains(scan[index + 1])
    }

    /// The Chinese characters right after `start` up to a function word or punctuation, at most six, or
    /// ten where a list mark or punctuation ends them (2名医生在场 → 医生); nil where no such end comes
    /// soon enough to tell a noun from a clause.
    private func nounRun(from start: Int) -> String? {
        // 28个省（区、市）, 2300个县（市）: a gloss of the places a level of government stands for is part of its name.
        if let gloss = (1...2).first(where: { placeGlossEnd(at: start + $0) != nil && (0..<$0).allSatisfy { HanCharacter.contains(scan[start + $0]) } }) {
            return scan.original(start..<placeGlossEnd(at: start + gloss)!)
        }
        var end = start
        var limit = 10
        var adverbEnds = false
        while end < scan.count, end - start < limit, HanCharacter.contains(scan[end]) {
            // 832个贫困县全部摘帽: an adverb opens what is said of the counted noun.
            if end - start >= 2, scan.longest(of: SubjectFinder.adverbWords, at: end) != nil {
                adverbEnds = true
                break
            }
            if SubjectFinder.nounStops.contains(scan[end]) {
                // 7356座大中型和重点小型水库除险加固: nouns joined by 和 closing at punctuation are one name.
                guard end - start >= 2, SubjectFinder.listMarks.contains(scan[end]), namesNoun(at: end + 1), !isNumeral(scan[end + 1]) else { break }
                limit = 16
            }
            end += 1
        }
        if limit > 10, HanCharacter.contains(scan[end]) || end - start > limit - 1 {
            // The list went on into a clause: keep its first noun only.
            end = start
            while HanCharacter.contains(scan[end]), !SubjectFinder.nounStops.contains(scan[end]) { end += 1 }
        }
        // 3.5亿元资金尚未落实, 五十一個重大項目完成建設: a verb whose second character stops the run is no part of the noun,
        // nor the adverbs before it.
        if SubjectFinder.nounStops.contains(scan[end]), end - start >= 3, scan.longest(of: SubjectFinder.stoppedVerbs, at: end - 1) != nil {
            end -= 1
            while let adverb = scan.longest(of: SubjectFinder.predicateAdverbs, endingAt: end), end - adverb.count - start >= 2 { end -= adverb.count }
            adverbEnds = true
        }
        guard end - start >= 2, adverbEnds || !HanCharacter.contains(scan[end]) || SubjectFinder.nounStops.contains(scan[end]) else { return nil }
        // 50所高水平高等职业学校和150个骨干专业: a run longer than six closes at a list mark or punctuation.
        if end - start > 6, HanCharacter.contains(scan[end]), !SubjectFinder.listMarks.contains(scan[end]) { return nil }
        return scan.original(start..<end)
    }

    private static let enumerationComma = Unit.one("、")
    /// Heads of the funds money is named by after it (中央财政资金, 国债资金, 地方政府专项债券).
    private static let fundHeads: [[UInt16]] = ["资金", "债券", "国债", "基金"].map(Unit.of)
    private static let factor = Unit.of("因素")
    private static let hou = Unit.one("后")
    /// Words opening an adjustment of a figure (扣除物价因素, 考虑价格下降因素).
    private static let adjustments: [[UInt16]] = ["扣除", "考虑", "剔除"].map(Unit.of)
    /// The longest label a line may open with, and the longest clause that is a name alone.
    private static let longestLabel = 10
    private static let longestNounClause = 16
    static let colons: Set<UInt16> = Set(":：".folded.utf16)
    /// Words ending what a colon introduces rather than names: speech, rules, aims and scopes (毛主席说：, 国务院规定：,
    /// 主要措施是：, 具体指标：, 商业方面：).
    private static let leadInEnds: [[UInt16]] = ["说", "说过", "认为", "要求", "规定", "指出", "证明", "说明", "表明", "知道", "是", "如下",
                                                 "强调", "呼吁", "教导", "提出", "决定", "方面", "指标", "目标", "任务", "措施", "情况",
                                                 "原则", "问题", "内容", "重点", "包括", "为", "了", "代表", "同志", "们"].map(Unit.of)
    private static let phraseEnds: Set<UInt16> = Set("。！？；!?;\n\r，,:：“”\"《》".folded.utf16)
    static let openingBrackets: Set<UInt16> = Set("(（[〔【".folded.utf16)
    static let closingBrackets: Set<UInt16> = Set(")）]〕】".folded.utf16)
    private static let brackets = openingBrackets.union(closingBrackets)
    private static let listMarks: Set<UInt16> = Set("、和与及".folded.utf16)
    /// Adverbs a clause may hold besides its link to the figure (今年先发行, 去年又提高): they name nothing.
    private static let adverbs: Set<UInt16> = Set("又再还也先已均都共则仍".utf16)
    private static let placeEnds: Set<UInt16> = Set("省市县区镇乡村州盟旗".utf16)
    /// Adverbs of two characters a clause may hold besides its link (基本建成, 已经完成): they name nothing.
    private static let adverbWords: [[UInt16]] = ["基本", "已经", "全部", "实际", "累计", "共计", "先后", "相继", "分别", "大约"].map(Unit.of)
    /// Conjunctions, pronouns and adverbs of sequence that stand next to a figure in the old reports and name nothing
    /// (而1956年这一年就增加了, 且, 相应地由36.5%降到, 它虽然比1956年减少): the name is the clause's before them.
    private static let functionWords: [[UInt16]] = ["就", "且", "而", "而且", "并且", "这", "它", "虽然", "相应地", "相应", "仍然",
                                                    "因而", "因此"].map(Unit.of)
    /// What may open a span of years (前三年, 头两年, 近三年): its first or its latest years.
    private static let spanOpeners: Set<UInt16> = Set("前头近".utf16)
    static let de = Unit.one("的")
    private static let comma = Unit.one(",")
    private static let bi = Unit.one("比")
    private static let jiao = Unit.one("较")
    private static let shi = Unit.one("使")
    private static let ba = Unit.one("把")
    private static let jiang = Unit.one("将")
    private static let dui = Unit.one("对")
    /// Characters before 将 that make a word with it (即将, 必将, 行将): the future, no object.
    private static let jiangWordStarts: Set<UInt16> = Set("即必行终".utf16)
    /// Characters after 将 that make a word with it (将近, 将来, 将要).
    private static let jiangWordEnds: Set<UInt16> = Set("近来要会".utf16)
    /// Characters after 对 that make a word with it (对外, 对于, 对象, 对应, 对比, 对接, 对口, 对称, 对手, 对话, 对面, 对岸).
    private static let duiWordEnds: Set<UInt16> = Set("外于象应比接待照口称立手话面岸此其".utf16)
    /// Modals and adverbs a 对 that marks an object may follow (可对, 应对, 要对, 并对).
    private static let modals: Set<UInt16> = Set("可应要并也均再须需还".utf16)
    /// A count's verb with its adverb (已有, 还有): what follows it is counted.
    private static let haveWords: [[UInt16]] = ["已有", "还有", "尚有", "仍有"].map(Unit.of)
    private static let an = Unit.one("按")
    private static let zhao = Unit.one("照")
    /// Characters after 按 that make a word with it or a rate rather than a base (按时, 按期, 按揭, 按月, 按年, 按可比价格).
    private static let anWords: Set<UInt16> = Set("时期揭钮摩需月年季日次人户可".utf16)
    /// Bounds between 按 and the base a share is taken of.
    private static let anBounds: [[UInt16]] = ["不低于", "不高于", "不超过", "不少于"].map(Unit.of)
    private static let zhan = Unit.one("占")
    /// Words 占 opens that are no share: 占用, 占有, 占地.
    private static let zhanWords: Set<UInt16> = Set("用有地领据".utf16)
    private static let zai = Unit.one("在")
    private static let yu = Unit.one("与")
    private static let deng = Unit.one("等")
    /// Characters before 等 that make it part of a word (平等, 高等, 中等, 同等, 初等, 均等, 对等, 上等, 次等).
    private static let dengWordsBefore: Set<UInt16> = Set("平高中同初均对上次超劣优相".utf16)
    /// Characters after 等 that make it part of a word (等级, 等于, 等同, 等待).
    private static let dengWordsAfter: Set<UInt16> = Set("级于同待候".utf16)
    private static let ratioOf = Unit.of("之比")
    /// Heads that say nothing without the examples before their 等.
    private static let emptyHeads: [[UInt16]] = ["方面", "领域", "环节"].map(Unit.of)
    private static let share = Unit.of("比重")
    /// Characters before 比重 that leave it a name of its own (所占比重, 这个比重 are read elsewhere).
    private static let shareHeadStops: Set<UInt16> = Set("占个一的该".utf16)
    /// Nouns of quantity a verb may stand before inside a name (投产里程, 通车里程, 发电量).
    /// Verbs of using capital, and the foreign capital whose statistic is named with them (实际利用外资).
    private static let capitalVerbs: Set<[UInt16]> = Set(["利用", "使用"].map(Unit.of))
    private static let foreignCapital: [[UInt16]] = ["外资", "外商", "国外资金", "境外资金"].map(Unit.of)
    /// Modal verbs a rule puts between a name and its link (应当达到, 必须控制在).
    private static let modalVerbs: [[UInt16]] = IndicatorName.modalVerbs.map(Unit.of)
    private static let quantityHeads: [[UInt16]] = ["里程", "量", "率", "额", "数", "人数", "面积", "规模", "能力", "总量", "总额"].map(Unit.of)
    private static let suo = Unit.one("所")
    private static let alternative = "或者"
    /// Words of degree opening a level a figure qualifies (5%左右的较低水平).
    private static let degreeWords = ["较", "更", "最", "很", "低", "高", "合理", "适度"]
    /// Verbs that also name the work done, ending a name (棚户区住房改造, 农村户厕改造, 免费孕前优生健康检查).
    private static let nominalVerbs: [[UInt16]] = ["改造", "培训", "加固", "救助", "整治", "检查"].map(Unit.of)
    private static let zhong = Unit.one("中")
    /// Characters before 中 that make a word with it (高中, 初中, 集中, 适中): no place.
    private static let zhongWordStarts: Set<UInt16> = Set("高初集适空心正".utf16)
    /// Words 使 opens that are no causative: 使用.
    private static let shiWords: Set<UInt16> = Set("用".utf16)
    /// What a date in a phrase may follow and stay (由1978年的, 比1978年): where a change is measured from.
    private static let dateLinks: Set<UInt16> = Set("由从比较到至".utf16)
    private static let le = Unit.one("了")
    /// Words 了 opens that keep it: 了解.
    private static let leWords: Set<UInt16> = Set("解".utf16)
    private static let deadline = Unit.one("到")
    private static let openingQuote = Unit.one("“")
    private static let closingQuote = Unit.one("”")
    /// The longest modifier before a 的 that may stay in a name.
    private static let longestModifier = 20
    /// Characters that make the words before a 的 a clause rather than part of a name.
    private static let clauseMarks: Set<UInt16> = Set("了着过是为其这那此该后前时".utf16)
    /// Words that make the words before a 的 a clause or a scope rather than part of a name.
    private static let clauseWords: [[UInt16]] = ["我们", "我国", "我省", "我市", "具有", "取得", "实现", "达到", "由于", "因为", "通过",
                                                  "按照", "根据", "对于", "关于", "以来", "期间", "之间", "所有", "各项", "各类",
                                                  "主要", "重要", "一些", "有关", "相关", "其他", "新的", "最大", "最高", "较大",
                                                  // 交付使用的, 生产的: a verb before the name is no part of it.
                                                  "使用", "生产", "交付", "投入", "建成", "新建",
                                                  // 部门、地方、企业拥有的预算外资金, 全国拥有的农业用拖拉机台数: who owns it scopes, not names.
                                                  "拥有",
                                                  // 相应的付酬标准为0.09%到0.15%: the one that corresponds says which, not what.
                                                  "相应"].map(Unit.of)
    /// Ends of a circumstance (在…的基础上, 在…的情况下) between a name and its figure.
    private static let adverbialEnds: [[UInt16]] = ["的基础上", "的情况下", "的前提下", "基础上", "情况下", "前提下"].map(Unit.of)
    /// Heads of a share named with 在…中: 在国内生产总值中的比重.
    private static let shareHeads: [[UInt16]] = ["中的比重", "中比重", "中的占比", "中占比", "中的比例", "中所占比重", "中所占的比重"].map(Unit.of)
    /// Words that open a phrase without naming: a link (转为盈利, 实现国内生产总值…翻一番), a conjunction (而能源消耗总量), an
    /// adverb (共增产).
    private static let openers: [[UInt16]] = ["转为", "变为", "改为", "实现", "而", "但", "又", "还", "也", "仍", "已经", "每年", "同时", "另外",
                                              // 超过重工业每年平均增长百分之三点四的速度: what is passed is measured.
                                              "此外", "超过", "远远超过", "但是",
                                              // 共利用外资, 共计减少财政收入, 并且从银行透支, 大大低于, 逐步降低农业税税率: an adverb.
                                              "共", "共计", "并且", "大大", "逐步", "一律", "牢牢",
                                              // 取得国家级重大科技成果, 吸收外商直接投资, 扫除青壮年文盲: a verb before what it yields.
                                              "取得", "吸收", "投入", "扫除", "批准", "新纳入",
                                              // 现在共有黨員四百二十人, 共有职工大约八百万人: a count's verb before what it counts.
                                              "共有",
                                              // 属于基本建设投资的…, 合计新增政府债务总规模: a class and a sum.
                                              "属于", "合计",
                                              // 面值总额超过人民币三千万元或者预期销售总金额超过…: the second of two alternatives.
                                              "或者"].map(Unit.of)
    /// Bound words between a share's part and its base (不少于公司拟发行的股本总额的25%), longest first where one holds another.
    static let shareBounds: [[UInt16]] = ["不得少于", "不少于", "不得低于", "不低于", "不得超过", "不超过", "超过", "未达到", "达到",
                                          "不得高于", "不高于", "不得超出", "超出",
                                          // 其持有该种股票的增减变化每达到该种股票发行在外总额的2%时: each time it reaches.
                                          "每达到"].map(Unit.of)
    private static let shareBoundStarts: Set<UInt16> = Set(shareBounds.map { $0[0] })
    /// Modals of one character and adverbs between a share's part and its bound (应, 均, 都).
    private static let partModals: [[UInt16]] = ["应", "均", "都", "须"].map(Unit.of)
    /// Prepositions of manner a bound may follow (按照不少于…的比例).
    private static let prepositionEnds: [[UInt16]] = ["按", "按照", "依照", "参照"].map(Unit.of)
    private static let its = Unit.one("其")
    /// Characters after 其 that make a word with it (其他, 其余, 其中, 其实, 其次).
    private static let wordsAfterIts: Set<UInt16> = Set("他余中实次".utf16)
    /// Adverbs of a limit whose part the sentence gave before (但是最低不少于…的10%).
    private static let limitAdverbs: [[UInt16]] = ["最低", "最高", "最多", "最少"].map(Unit.of)
    /// 共有产权住房: 共有 naming a kind of ownership, not a count's verb.
    private static let sharedOwnership = Unit.of("共有产权")
    /// Characters after a one-character opener that make it part of a word (共青团, 共同, 共享, 共产).
    private static let wordsAfterOpener: Set<UInt16> = Set("青同享产建识治性有".utf16)
    /// Adverbs of one character that may close a phrase before its link (还, 只, 约: 重大工业建设项目约六百个) and name nothing.
    private static let soleAdverbs: Set<UInt16> = Set("还只约".utf16)
    /// Characters before 还, 只 or 约 that make a word with it (偿还, 归还, 船只, 节约, 条约, 合约).
    private static let adverbWordStarts: Set<UInt16> = Set("偿归退返交奉送船节条合公契制预邀相婚誓简".utf16)
    /// Places a verb may be done in before what it makes, scoping it (农村新建住宅).
    private static let scopes: [[UInt16]] = ["农村", "城镇", "城市", "城乡", "乡村"].map(Unit.of)
    /// Outputs named without what produced them (总产量达到, 今年的产值).
    private static let bareOutputs: Set<String> = ["产量", "总产量", "年产量", "产值", "总产值"]
    /// Words that end a clause's topic: what is said of it begins (粮食连续五年增产, 工业生产增长较快, 乡镇企业保持).
    private static let topicEnds: [[UInt16]] = ["按", "连续", "在", "增长", "增产", "减产", "比", "保持", "超过", "达到", "获得", "取得",
                                                "夺得", "继续", "由", "从", "是", "生产", "大幅", "稳定", "实现", "持续", "又", "也", "都",
                                                "仍", "有了"].map(Unit.of)
    /// Words opening a topic that scope it (我国的农业).
    private static let topicFillers: [[UInt16]] = ["我国的", "我国", "全国的"].map(Unit.of)
    private static let production = Unit.of("生产")
    /// Quantities a topic may close with that are no part of what an output is of (粮食播种面积).
    private static let topicQuantities: [[UInt16]] = ["播种面积", "种植面积", "面积"].map(Unit.of)
    /// Verbs of change that may open what a figure counts (共增产粮食4，900多万吨): the figure is a change.
    private static let changeOpeners: [[UInt16]] = ["共增产", "共减产", "增产", "减产", "共增加", "共减少", "增加", "减少",
                                                    // 削减财政赤字450亿元, 降低农业税税率1个百分点, 再减少企业税负3500亿元.
                                                    "削减", "降低", "再减少", "再增加"].map(Unit.of)
    /// Characters that make a verb of change part of a name after it: 增加值, 增产量.
    private static let quantityAfterChange: Set<UInt16> = Set("值率量额幅".utf16)
    /// Nouns a figure's 的 may lead to that name a circumstance, not what is measured (不到3％的情况下).
    private static let circumstances: Set<String> = ["情况下", "基础上", "前提下", "条件下", "水平上"]
    /// Nouns of quantity that end a clause naming a figure by itself.
    private static let quantityEnds = ["量", "额", "率", "值", "数", "比重", "比例", "能耗", "收入", "产值", "产量", "利润", "支出", "投资",
                                       "水平", "规模", "面积", "价格", "成本", "资金", "总额"]
    /// Anaphors of a share or rate named in the sentence before (这个比重，1978年为17.4％).
    private static let anaphors: [[UInt16]] = ["这个比重", "这一比重", "该比重", "这个比例", "这一比例", "该比例"].map(Unit.of)
    /// Words of aims that close a noun after a figure's 的, longest first.
    private static let aimWords = ["宏观调控目标", "调控目标", "预期目标", "目标"]
    private static let fen = Unit.one("份")
    private static let kou = Unit.one("口")
    private static let person = Unit.one("人")
    private static let yi = Unit.one("亿")
    static let population = "人口"
    /// What a place's households given bare are (505户1748人).
    static let households = "户数"
    private static let magnitude = "震级"
    private static let decimalMarks: Set<UInt16> = Set(".．点".utf16)
    /// The currency a sum is written in after its unit (210万元人民币): no name of what it measures.
    private static let currencies: Set<String> = ["人民币"]
    private static let mei = Unit.one("每")
    private static let wei = Unit.one("为")
    /// Words of place after a noun (乡镇中, 县内): where, not a longer noun.
    private static let localizers: Set<UInt16> = Set("中内里外上下间".utf16)
    private static let purpose = Unit.of("用于")
    private static let can = Unit.one("可")
    private static let reach = Unit.of("实现")
    /// Clause marks a purpose may hold (灾后重建, 生活保障前): a time after an event is part of what it names.
    private static let purposeMarks: Set<UInt16> = Set("后前时".utf16)
    /// Budgets that spend on a purpose and name the spending with it (中央财政用于“三农”的支出).
    private static let budgets: [[UInt16]] = ["财政", "预算"].map(Unit.of)
    /// Words that qualify an aim without naming what it is of (翻两番的宏伟目标).
    private static let aimQualifiers: Set<String> = ["宏伟", "奋斗", "既定", "预定", "原定", "预期", "战略", "总体", "主要", "远大"]
    /// The rate a work report means by a bare 增速 or 速度.
    private static let economicGrowth = "经济增长速度"
    /// Rates a figure's 的 may lead to that name no quantity of their own (7%左右的速度, 6.5%左右的增速).
    private static let bareRates: Set<String> = ["速度", "增速", "增长速度", "发展速度", "增幅", "增长率"]
    private static let aimEnds: [[UInt16]] = ["的调控目标", "的宏观调控目标", "的预期目标", "的目标", "的增长目标"].map(Unit.of)
    private static let year = Unit.one("年")
    /// What may close a span of years: 二十八年间, 五年内, 十年来.
    private static let spanEnds: Set<UInt16> = Set("间内来中里".utf16)
    /// Nouns of a span of time that name no quantity.
    private static let timeNouns: [[UInt16]] = ["时期", "期间", "时间", "年间", "阶段"].map(Unit.of)
    /// 从, 由 before a number: where a change's start opens, after what changes.
    private static let changeStarts: Set<UInt16> = Set("从由".utf16)
    /// Characters after 由 or 从 that make a word of it (由于, 由此, 从事, 从业, 从而): no change's start.
    private static let changeStartWords: Set<UInt16> = Set("于此事业而来中".utf16)
    /// Characters before 由 or 从 that make a word with it (自由, 理由, 缘由, 经由, 服从, 听从, 随从, 无从).
    private static let changeStartWordEnds: Set<UInt16> = Set("自理缘经服听随无".utf16)
    /// Where a change ends after its start's figure (增加到, 扩大到, 调高到, 降至, 由原来的10天增设为11天), and how far after the
    /// figure it may stand.
    private static let changeEnds: Set<UInt16> = Set("到至为".utf16)
    private static let longestChangeLink = 4
    /// The most characters a change's start may take before its figure (由今年预计的, 由原定平均每年).
    private static let longestChangeStart = 8
    /// Penalties a share or a multiple of a value may set (货物价值30%以下罚款, 每日按罚款数额的3%加处罚款).
    private static let penalties: [[UInt16]] = ["罚款", "罚金", "加处罚款"].map(Unit.of)
    /// Milestones a figure is said to pass (突破3万亿元大关): how it is framed, not what it measures.
    private static let milestones: Set<String> = ["大关", "关口"]
    /// What a producer yields, named after 实现 (实现利润, 实现增加值).
    private static let yields: [[UInt16]] = ["利润", "利税", "税金", "增加值", "收入", "销售收入", "营业收入", "产值"].map(Unit.of)
    /// Verbs of making and offering that, alone before a count, name nothing (推出100项…赛事).
    private static let bareVerbs: [[UInt16]] = ["推出", "打造", "推动", "建设", "惠及", "带动", "吸引", "形成", "创建", "认定", "培养",
                                                "引进", "扶持", "新增", "达到", "超过"].map(Unit.of)
}
