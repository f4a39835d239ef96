import Ingestion
import TextNormalization

/// The schedules of a rule's section: a lead clause saying that the list after it sets a quantity by kinds or tiers
/// (案件受理费分别按照下列标准交纳：, 人民法院应根据债务人最终清偿的财产价值总额，在以下比例限制范围内分段确定管理人报酬：) and the
/// lines it governs. An item's figures are named by the lead, not by the words before them (按照, 每件交纳, 部分): a tier's
/// bound by what the tiers are reckoned from (诉讼请求的金额或者价额), the fee or rate by what the lead sets, for the kind of
/// case or application its item or lead names (财产案件受理费, 保全措施申请费, 管理人报酬比例).
///
/// Read on the folded text (`ScanText`), where full-width marks are ASCII (（一） → (一), １． → 1., ： → :).
struct Schedule {
    /// A lead clause and what it tells the lines it governs.
    struct Lead {
        /// Its line, and the lines after it that it governs (`line + 1 ..< scopeEnd`).
        var line: Int
        var scopeEnd: Int
        /// What the list sets: the object of its verb (确定管理人报酬 → 管理人报酬) or its subject where that is a quantity
        /// (案件受理费分别按照…交纳 → 案件受理费).
        var quantity: String?
        /// The kind of case or application it is for (财产案件根据…交纳 → 财产案件, 申请保全措施的 → 保全措施).
        var payer: String?
        /// What the tiers are reckoned from (根据诉讼请求的金额或者价额 → 诉讼请求的金额或者价额).
        var base: String?
        /// The list's figures are limits of a ratio of the quantity (在以下比例限制范围内…确定管理人报酬): a rate is the quantity's 比例.
        var limitsRatio: Bool
        /// The verb of increment the list's ratios are of (按照下列比例增发一次性抚恤金 → 增发): a rate is the quantity's 增发比例.
        var increment: String?
    }

    private let scan: ScanText
    /// The lines of the section, as ranges of the scan.
    private let lines: [Range<Int>]
    private let leads: [Lead]

    /// The schedules of `scan`; nil where no line is a lead.
    init?(scan: ScanText) {
        guard Schedule.containsMarker(scan.units) else { return nil }
        var lines: [Range<Int>] = []
        var start = 0
        for index in 0...scan.count where index == scan.count || scan[index] == Unit.newline {
            if index > start { lines.append(start..<index) }
            start = index + 1
        }
        let texts = lines.map { scan.foldedString($0) }
        var leads: [Lead] = []
        for (index, text) in texts.enumerated() {
            guard let lead = Schedule.lead(text, line: index, lines: texts) else { continue }
            leads.append(lead)
        }
        guard !leads.isEmpty else { return nil }
        self.scan = scan
        self.lines = lines
        self.leads = leads
    }

    /// The names of `figures` (`subjects` the names they have) where a schedule governs them and their own clause names
    /// nothing; nil for a figure left as it is.
    func names(of figures: [StatisticExtractor.Figure], subjects: [String?]) -> [String?] {
        var names = [String?](repeating: nil, count: figures.count)
        // The bound named last on each line: 超过20万元的部分 after 财产总额不超过20万元的 is of 财产总额.
        var lastBound: (line: Int, name: String)?
        for (index, figure) in figures.enumerated() where figure.kind != .period {
            guard let line = lines.firstIndex(where: { $0.contains(figure.range.lowerBound) }) else { continue }
            let governing = leads.filter { $0.line < line && line < $0.scopeEnd }.reversed()
            guard !governing.isEmpty else { continue }
            let lineText = scan.foldedString(lines[line].lowerBound..<figure.range.lowerBound)
            let text = scan.foldedString(figure.range)
            let subject = subjects[index]
            if Schedule.boundWords.contains(where: text.hasPrefix), followsWithDe(figure.range.upperBound, lineEnd: lines[line].upperBound) {
                var name = subject.flatMap { Schedule.isDebris($0) ? nil : $0 } ?? Schedule.ownName(before: lineText)
                if name == nil, let lastBound, lastBound.line == line { name = lastBound.name }
                if name == nil { name = governing.lazy.compactMap(\.base).first }
                if let name {
                    names[index] = name
                    lastBound = (line, name)
                }
                continue
            }
            guard subject.map(Schedule.isDebris) ?? true,
                  let setter = governing.firstIndex(where: { $0.quantity != nil }), let quantity = governing[setter].quantity else { continue }
            let payer = Schedule.payer(in: ListMark.dropped(from: scan.foldedString(lines[line])))
                ?? governing[governing.startIndex...setter].lazy.compactMap(\.payer).first
            var name = (payer.map(Schedule.stem) ?? "") + quantity
            if let increment = governing[setter].increment, figure.kind == .percent {
                name += increment + Schedule.ratio
            } else if governing[setter].limitsRatio, figure.kind == .percent {
                name += Schedule.ratio
            }
            names[index] = name
        }
        return names
    }

    /// Whether a 的 follows a figure ending at `end` in its clause (超过1万元至10万元的部分, 不超过一百万元（含本数，下同）的,
    /// 不超过1000元或者不涉及财产数额的): it is a tier's bound, not a fee's ceiling (最高不超过30万元。).
    private func followsWithDe(_ end: Int, lineEnd: Int) -> Bool {
        var index = end
        var depth = 0
        while index < lineEnd {
            let unit = scan[index]
            if unit == Schedule.open { depth += 1 } else if unit == Schedule.close { depth -= 1 }
            else if depth == 0 {
                if unit == Schedule.de { return true }
                if Unit.isClauseEnd(unit) { return false }
            }
            index += 1
        }
        return false
    }

    /// The lead a line is, where it is one: a clause ending with a colon that says its list sets something by 下列标准,
    /// 下列比例 or 以下比例, gives a standard (标准为) or gives a quantity item by item (…的最低年限如下), and the lines it governs
    /// (see `scopeEnd`).
    private static func lead(_ line: String, line index: Int, lines: [String]) -> Lead? {
        guard line.hasSuffix(":") else { return nil }
        let text = ListMark.dropped(from: line)
        guard let marker = markerStrings.lazy.compactMap({ text.range(of: $0) }).first else { return nil }
        var head = Substring(text[..<marker.lowerBound])
        // 除…另有规定外，固定资产计算折旧的最低年限如下：: a quantity the list gives item by item (为20年 … 为3年) is named in the
        // lead's last clause, when that ends in a quantity a rule sets (决定如下, 通知如下 set none).
        if text[marker] == Schedule.asFollows {
            if let comma = head.lastIndex(of: ",") { head = head[head.index(after: comma)...] }
            guard (3...20).contains(head.count), listedQuantities.contains(where: head.hasSuffix),
                  head.unicodeScalars.allSatisfy(HanCharacter.contains) else { return nil }
            return Lead(line: index, scopeEnd: scopeEnd(of: index, lines: lines), quantity: String(head), payer: nil, base: nil, limitsRatio: false,
                        increment: nil)
        }
        // 对…残疾军人发给护理费，护理费的标准为：: a quantity whose standard the list gives is named in the lead's last clause.
        if text[marker] == Schedule.standardIs {
            if let comma = head.lastIndex(of: ",") { head = head[head.index(after: comma)...] }
            while head.hasSuffix("的") { head = head.dropLast() }
        }
        for preposition in prepositions where head.hasSuffix(preposition) {
            head = head.dropLast(preposition.count)
            break
        }
        head = head.drop(while: { $0 == "," })
        while head.hasSuffix(",") { head = head.dropLast() }
        var tail = Substring(text[marker.upperBound...].dropLast())
        let limitsRatio = text.contains("比例限制")
        for filler in tailFillers { if let range = tail.range(of: filler), range.lowerBound == tail.startIndex { tail = tail[range.upperBound...] } }
        // What the tiers are reckoned from: 根据X or 依据X, up to a comma.
        var base: String?
        var subject = head
        if let according = ["根据", "依据"].lazy.compactMap({ head.range(of: $0) }).first {
            var rest = head[according.upperBound...]
            if let comma = rest.firstIndex(of: ",") { rest = rest[..<comma] }
            if (2...20).contains(rest.count) { base = String(rest) }
            subject = head[..<according.lowerBound]
        }
        for filler in subjectFillers where subject.hasSuffix(filler) { subject = subject.dropLast(filler.count) }
        while subject.hasSuffix(",") { subject = subject.dropLast() }
        // The object of the lead's verb: 确定管理人报酬, 向用户退还热费, 处以罚款.
        var object: String?
        var increment: String?
        if let verb = setVerbs.lazy.compactMap({ tail.range(of: $0, options: .backwards) }).max(by: { $0.lowerBound < $1.lowerBound }) {
            let rest = tail[verb.upperBound...]
            if (2...10).contains(rest.count), !rest.contains(where: { "并向对和及,".contains($0) }) { object = String(rest) }
            if incrementVerbs.contains(String(tail[verb])), text[marker].hasSuffix(ratio) { increment = String(tail[verb]) }
        }
        var quantity = object
        var payer: String?
        let subjectText = String(subject)
        if let de = subjectText.lastIndex(of: "的"), subjectText[..<de].hasSuffix(caseWord), quantityHeads.contains(where: subjectText.hasSuffix) {
            // 海事案件的申请费: the case names the payer, the fee after 的 the quantity.
            payer = String(subjectText[..<de])
            quantity = quantity ?? String(subjectText[subjectText.index(after: de)...])
        } else if quantityHeads.contains(where: subjectText.hasSuffix), (2...12).contains(subjectText.count) {
            quantity = quantity ?? subjectText
        } else {
            payer = Schedule.payer(in: subjectText)
        }
        return Lead(line: index, scopeEnd: scopeEnd(of: index, lines: lines), quantity: quantity, payer: payer, base: base, limitsRatio: limitsRatio,
                    increment: increment)
    }

    /// Where the lines a lead governs end: the lines after it that open with a list mark other than its own (its
    /// siblings end it), and a line without one right after a lead (财产数额不超过1000元… under 申请保全措施的，…交纳：).
    private static func scopeEnd(of lead: Int, lines: [String]) -> Int {
        let style = ListMark(opening: lines[lead])?.style
        var end = lead + 1
        while end < lines.count {
            let own = ListMark(opening: lines[end])?.style
            if own == nil, !lines[end - 1].hasSuffix(":") { break }
            if let own, own == style { break }
            end += 1
        }
        return end
    }

    /// The kind of case or application an item or a lead opens with: 离婚案件每件交纳… → 离婚案件; 申请撤销仲裁裁决或者认定仲裁协议效力的，
    /// 依法申请支付令的 → what is applied for.
    private static func payer(in line: String) -> String? {
        var clause = Substring(line)
        if let stop = clauseStops.lazy.compactMap({ clause.range(of: $0) }).min(by: { $0.lowerBound < $1.lowerBound }) {
            clause = clause[..<stop.lowerBound]
        }
        if clause.hasSuffix(caseWord), (3...14).contains(clause.count), !clause.contains("的") { return String(clause) }
        if clause.hasPrefix("依法") { clause = clause.dropFirst(2) }
        // 依法向人民法院申请执行…: whom it is applied to is no part of the kind.
        if clause.hasPrefix("向"), let apply = clause.range(of: applying), clause.distance(from: clause.startIndex, to: apply.lowerBound) <= 8 {
            clause = clause[apply.lowerBound...]
        }
        guard clause.hasPrefix(applying) else { return nil }
        var applied = clause.dropFirst(applying.count)
        while applied.hasSuffix("的") { applied = applied.dropLast() }
        if clause.hasSuffix("的"), (2...16).contains(applied.count), !applied.contains("的") { return String(applied) }
        // 申请执行人民法院发生法律效力的判决、裁定、调解书…: where what is applied for is too long to be a name, the verb of the
        // application names its kind (执行申请费).
        let verb = applied.prefix(2)
        guard applied.count > 16 || applied.contains("的"), verb.count == 2, verb.unicodeScalars.allSatisfy(HanCharacter.contains) else { return nil }
        return String(verb)
    }

    /// A payer as it opens a fee's name: 财产案件 + 案件受理费 → 财产案件受理费, 破产案件 + 申请费 → 破产申请费.
    private static func stem(_ payer: String) -> String { payer.hasSuffix(caseWord) ? String(payer.dropLast(caseWord.count)) : payer }

    /// The name a bound's own clause gives it before its bound word (执行金额或者价额不超过1万元的 → 执行金额或者价额).
    private static func ownName(before lineText: String) -> String? {
        var clause = Substring(lineText)
        if let comma = clause.lastIndex(where: { ",;。".contains($0) }) { clause = clause[clause.index(after: comma)...] }
        clause = Substring(ListMark.dropped(from: String(clause)))
        return (2...12).contains(clause.count) && clause.unicodeScalars.allSatisfy(HanCharacter.contains)
            && !clause.contains("的") ? String(clause) : nil
    }

    /// A name given by the words right before a figure rather than by its clause: none, a link of two characters (按照,
    /// 部分, 或者, 最高), a clause ending in the list's verb (每件交纳, 劳动争议案件每件交纳), or the base a share is of after
    /// the copula (为当地上一年度城镇单位就业人员月平均工资的50%: what the list sets is the lead's).
    private static func isDebris(_ name: String) -> Bool {
        name.count <= 2 || payVerbs.contains(where: name.hasSuffix) || name.hasPrefix(copula)
    }

    /// Whether `units` hold one of `markers`: one pass over them, stopping only at the markers' first characters (a
    /// pass per marker read every section four times, half a percent of a build's instructions).
    private static func containsMarker(_ units: [UInt16]) -> Bool {
        let (markers, firsts) = (Schedule.markers, Schedule.markerFirsts)
        return units.withUnsafeBufferPointer { text in
            for index in text.indices where firsts.contains(text[index]) {
                for marker in markers where marker[0] == text[index] && index + marker.count <= text.count {
                    if (1..<marker.count).allSatisfy({ text[index + $0] == marker[$0] }) { return true }
                }
            }
            return false
        }
    }

    private static let markerStrings = ["下列标准", "下列比例", "以下比例", "以下标准", standardIs, asFollows]
    /// A lead that gives a quantity's standard as its list (护理费的标准为：).
    private static let standardIs = "标准为"
    /// A lead that says its list gives the quantity before it (固定资产计算折旧的最低年限如下：).
    private static let asFollows = "如下"
    /// Quantities a rule sets that a 如下 lead may name: the heads of its last clause.
    private static let listedQuantities = ["年限", "期限", "标准", "比例", "税率", "税额", "费率", "限额", "数额", "金额"]
    private static let ratio = "比例"
    private static let copula = "为"
    /// Verbs of paying more whose ratios a list gives (增发40%): the ratio is of the increment.
    private static let incrementVerbs: Set<String> = ["增发", "加发"]
    /// The markers as a section is tested for them: 标准为 and 如下 only before a colon, as they open a list (a report's 补助标准为每人…
    /// opens none, and reading each line of its section would cost every report).
    private static let markers = markerStrings.map { Unit.of($0 == standardIs || $0 == asFollows ? $0 + ":" : $0) }
    /// The markers' first characters (下, 以, 标).
    private static let markerFirsts = Array(Set(markers.map { $0[0] }))
    /// Prepositions before a lead's marker (按照下列标准, 在以下比例).
    private static let prepositions = ["按照", "依照", "参照", "按", "在"]
    /// Words between a lead's marker and its verb (在以下比例限制范围内分段确定, 按照下列比例分段累计交纳).
    private static let tailFillers = ["限制范围内", "范围内", "分段累计", "分段", "进行", "分别"]
    /// Modals and adverbs between a lead's subject and its marker (案件受理费分别按照, 人民法院应根据).
    private static let subjectFillers = ["分别", "应当", "可以", "应"]
    /// Verbs whose object a lead's list sets.
    private static let setVerbs = ["确定", "收取", "增发", "加发", "退还", "处以", "给予", "支付", "计发", "发放", "核定", "计收", "征收"]
    /// Verbs of paying an item's figure ends in when it names nothing else (每件交纳).
    private static let payVerbs = ["交纳", "缴纳"]
    /// Heads of a quantity a lead's subject may be (案件受理费, 申请费, 宅基地的面积, 担保金额).
    private static let quantityHeads = ["费", "金", "额", "酬", "面积", "宽度", "名额", "税", "率"]
    /// Words that open what follows an item's payer (离婚案件每件交纳, 破产案件依据…).
    private static let clauseStops = [",", "每件", "按照", "根据", "依据", "比照"]
    /// Words that open a tier's bound (超过1万元至10万元的部分, 不超过1万元的).
    private static let boundWords = ["超过", "不超过", "未超过", "超出"]
    private static let caseWord = "案件"
    private static let applying = "申请"
    private static let de = Unit.one("的")
    private static let open = Unit.one("(")
    private static let close = Unit.one(")")
}
