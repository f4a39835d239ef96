import TextNormalization

/// Recognises headings at the start of a line: 第X编/章/节/条, 一、, （一）, 1、, （1）, ①, and lines
/// marked as headings by their format (Markdown `#`, HTML `<h1>`–`<h6>`, Word heading styles).
///
/// Genre rules, decided on real reports:
/// - A numbered heading may run into its body on one line (`一、加强领导，制定措施，明确责任镇党委…`
///   as Word exports often give it). A sentence that ends within `shortLine` characters and has text after
///   it is the heading, its comma kept (`（一）创新宏观调控，保持经济运行在合理区间。面对…`, `（一）推进两癌筛查。
///   完成…`: heading up to 。, the body opening with it) — in a longer line only a title of at most two clauses, with no colon. Otherwise a line of at most `shortLine` characters, or a longer one in which no
///   sentence ends (a title of several clauses), is a heading as a whole; in a longer line the heading
///   ends at the first punctuation mark after the marker (，。；：！？) within `longestClause` characters —
///   or, where there is none, after `longestRunInHeading` characters — and what follows is the section's
///   body, beginning with the comma, semicolon or full stop that cut it (a colon is dropped). So `一、加强领导，落实责任镇
///   党委、政府高度重视…。` is the section `一、加强领导` with the text `，落实责任镇党委…`. A marker at the
///   start of a line is a heading however long its first clause (`（五）将外商投资设立建筑业（包括设计、施工…）
///   资质许可的省级…`).
/// - An Arabic marker followed by a digit is a number, not a heading (`1.5万`, `3、4月份`), and so is
///   a Chinese one followed by a numeral and a measure (`一、二级医院`).
/// - An article (`第N条` followed by a space, as in the laws' text) is a heading on its own; the
///   rest of the line is the article's text.
/// - A Chinese numeral alone on its line (`一`, `二` between the paragraphs of a speech printed in parts)
///   heads a part.
/// - Decimal numbers followed by a space are the clauses of an emergency plan or a standard (`4.2　国家级
///   应急响应`, `4.2.1　出现…`), nested by their depth; a single number so (`1　总则`) only as a short title
///   line, since text may open with a count (`3 个`), which no unit word may follow.
enum HeadingParser {
    /// Lines up to this many characters that start with a marker are headings as a whole.
    static let shortLine = 40
    /// How far the end of a long line's first clause is looked for.
    static let longestClause = 120
    /// Where a heading with no clause end within `longestClause` is cut.
    static let longestRunInHeading = 50

    static func parse(_ line: String, outlineLevel: Int? = nil) -> Heading? {
        // Most lines are text: decide on the first character before looking further.
        guard let first = line.unicodeScalars.first, outlineLevel != nil || mayOpenHeading(first) else { return nil }
        let scalars = line.leadingScalars(longestClause + 8)
        if first == "第", let heading = parseOrdinal(scalars, line: line, outlineLevel: outlineLevel) { return heading }
        if let number = bareNumeral(scalars) {
            return Heading(kind: .numeral, number: number, text: line, body: "", rank: rank(of: .numeral))
        }
        if let (kind, number, markerEnd, depth) = marker(scalars) {
            return split(line, scalars: scalars, kind: kind, number: number, markerEnd: markerEnd,
                         whole: outlineLevel != nil, rank: rank(of: kind, level: depth))
        }
        if let level = outlineLevel {
            return Heading(kind: .outline, number: nil, text: line, body: "", rank: rank(of: .outline, level: level))
        }
        return nil
    }

    /// Whether a line starting with `scalar` can be a numbered heading.
    private static func mayOpenHeading(_ scalar: Unicode.Scalar) -> Bool {
        scalar == "第" || scalar == "（" || scalar == "(" || ChineseNumber.isArabicDigit(scalar)
            || ChineseNumber.digitValue(scalar) != nil || scalar == "十"
            || (0x2460...0x2473).contains(scalar.value) || (0x3220...0x3229).contains(scalar.value)
    }

    /// The deepest decimal clause that ranks apart (`1.1.1.1.1`); deeper ones rank with it, above `（1）`.
    static let deepestDecimal = 5

    /// The nesting order of `kind`; `level` is an outline heading's level or a decimal clause's depth.
    static func rank(of kind: HeadingKind, level: Int? = nil) -> Int {
        switch kind {
        case .part: 10
        case .chapter: 20
        case .section: 30
        case .outline: (level ?? 1) * 10 - 5
        case .article: 70
        case .numeral: 80
        case .parenthesizedNumeral: 90
        case .arabic: 100
        case .decimal: 100 + min(level ?? 1, deepestDecimal)
        case .parenthesizedArabic: 110
        case .circled: 120
        case .inlineOrdinal: 130
        }
    }

    /// 第X编 / 第X章 / 第X节 as whole-line headings, 第X条 (and 第X条之一) as articles.
    private static func parseOrdinal(_ scalars: [Unicode.Scalar], line: String, outlineLevel: Int?) -> Heading? {
        var index = 1
        while index < scalars.count, index <= 8,
              ChineseNumber.isChineseNumeral(scalars[index]) || ChineseNumber.isArabicDigit(scalars[index]) {
            index += 1
        }
        guard index > 1, index < scalars.count else { return nil }
        let kind: HeadingKind
        // Traditional forms too: 第一編, 第一節, 第一條.
        switch scalars[index] {
        case "编", "編": kind = .part
        case "章": kind = .chapter
        case "节", "節": kind = .section
        case "条", "條": kind = .article
        default: return nil
        }
        // Read once the kind is known (第三次, 第一，… are no headings): reading it costs more than the rest.
        guard let number = ChineseNumber.value(scalars[1..<index]) else { return nil }
        index += 1
        if kind == .article {
            // 第一百二十条之一: an article inserted by an amendment.
            if index + 1 < scalars.count, scalars[index] == "之", ChineseNumber.isChineseNumeral(scalars[index + 1]) {
                index += 1
                while index < scalars.count, ChineseNumber.isChineseNumeral(scalars[index]) { index += 1 }
            }
            guard index == scalars.count || isSpace(scalars[index]) || outlineLevel != nil else { return nil }
            // Cut from the line's own UTF-8: a string made of the scalars appends them one at a time, which cost
            // more than the rest of an article line's parsing.
            let text = String(line.unicodeScalars.prefix(index))
            let body = String(line.unicodeScalars.dropFirst(index)).trimmingSpaces()
            return Heading(kind: .article, number: number, text: text, body: body, rank: rank(of: .article))
        }
        // A chapter heading is short and no sentence: 第二章 犯罪, not 第二章规定的…。
        let length = line.unicodeScalars.prefix(shortLine + 1).count
        guard length <= shortLine || outlineLevel != nil,
              index == scalars.count || isSpace(scalars[index]) || outlineLevel != nil || !line.unicodeScalars.contains(where: isSentenceEnd)
        else { return nil }
        return Heading(kind: kind, number: number, text: line, body: "", rank: rank(of: kind))
    }

    /// The numbering marker at the start of `scalars`: its kind, number, where the heading's words start and
    /// its depth (a decimal clause's; 1 for the others).
    static func marker(_ scalars: [Unicode.Scalar]) -> (HeadingKind, Int, Int, Int)? {
        guard let (kind, number, end) = simpleMarker(scalars) else {
            return decimalMarker(scalars).map { (.decimal, $0.number, $0.end, $0.depth) }
        }
        return (kind, number, end, 1)
    }

    /// The number of a line that is a Chinese numeral alone, written as a part is numbered (一 … 九, 十, 十一 … 十九,
    /// 二十 …; not 十三五, which is a plan's name cut from its line).
    private static func bareNumeral(_ scalars: [Unicode.Scalar]) -> Int? {
        let isDigit = { (scalar: Unicode.Scalar) in (ChineseNumber.digitValue(scalar) ?? 0) >= 1 }
        switch scalars.count {
        case 1: guard isDigit(scalars[0]) || scalars[0] == "十" else { return nil }
        case 2: guard scalars[0] == "十" && isDigit(scalars[1]) || isDigit(scalars[0]) && scalars[1] == "十" else { return nil }
        default: return nil
        }
        return ChineseNumber.value(scalars)
    }

    /// Words that count what a number before them counts (`3 个`, `2 月`): no heading opens with them.
    private static let unitWords: Set<Unicode.Scalar> = Set("个年月日号时分秒万亿千百元角倍吨米斤亩次项条家所人名位座辆台件户岁度".unicodeScalars)

    /// A decimal clause number (`4.2.1`, one or two digits a part) followed by a space and words: its last
    /// part, where the words start, and its depth. A single number only where the whole line is a title.
    private static func decimalMarker(_ scalars: [Unicode.Scalar]) -> (number: Int, end: Int, depth: Int)? {
        var index = 0
        var depth = 0
        var number = 0
        while true {
            let start = index
            while index < scalars.count, index - start < 3, ChineseNumber.isArabicDigit(scalars[index]) { index += 1 }
            guard index - start >= 1, index - start <= 2, index < scalars.count,
                  let value = ChineseNumber.value(scalars[start..<index]), value >= 1 else { return nil }
            depth += 1
            number = value
            guard scalars[index] == "." || scalars[index] == "．", index + 1 < scalars.count, ChineseNumber.isArabicDigit(scalars[index + 1])
            else { break }
            index += 1
        }
        guard isSpace(scalars[index]) else { return nil }
        var end = index
        while end < scalars.count, isSpace(scalars[end]) { end += 1 }
        guard end < scalars.count, HanCharacter.contains(scalars[end]), !unitWords.contains(scalars[end]) else { return nil }
        if depth == 1 {
            guard scalars.count <= shortLine, !scalars.contains(where: { isClauseEnd($0) || isSentenceEnd($0) }) else { return nil }
        }
        return (number, end, depth)
    }

    /// A marker other than a decimal clause's: its kind, number and where the heading's words start.
    private static func simpleMarker(_ scalars: [Unicode.Scalar]) -> (HeadingKind, Int, Int)? {
        guard let first = scalars.first else { return nil }
        if (0x2460...0x2473).contains(first.value) {
            return followedByWords(scalars, at: 1) ? (.circled, Int(first.value - 0x2460) + 1, 1) : nil
        }
        if (0x3220...0x3229).contains(first.value) {
            return followedByWords(scalars, at: 1) ? (.parenthesizedNumeral, Int(first.value - 0x3220) + 1, 1) : nil
        }
        if first == "（" || first == "(" {
            var index = 1
            while index < scalars.count, index <= 4,
                  ChineseNumber.isChineseNumeral(scalars[index]) || ChineseNumber.isArabicDigit(scalars[index]) {
                index += 1
            }
            guard index > 1, index < scalars.count, scalars[index] == "）" || scalars[index] == ")",
                  let number = ChineseNumber.value(scalars[1..<index]) else { return nil }
            let arabic = ChineseNumber.isArabicDigit(scalars[1])
            var end = index + 1
            if end < scalars.count, scalars[end] == "、" { end += 1 }
            guard followedByWords(scalars, at: end) else { return nil }
            return (arabic ? .parenthesizedArabic : .parenthesizedNumeral, number, end)
        }
        if ChineseNumber.isArabicDigit(first) {
            var index = 1
            while index < scalars.count, index <= 3, ChineseNumber.isArabicDigit(scalars[index]) { index += 1 }
            // The number read last: most lines that open with a digit are no headings (2019年…).
            guard index + 1 < scalars.count, !ChineseNumber.isArabicDigit(scalars[index + 1]),
                  "、．.）)".unicodeScalars.contains(scalars[index]), let number = ChineseNumber.value(scalars[0..<index]) else { return nil }
            switch scalars[index] {
            case "、", "．", ".":
                return followedByWords(scalars, at: index + 1) ? (.arabic, number, index + 1) : nil
            case "）", ")":
                return followedByWords(scalars, at: index + 1) ? (.parenthesizedArabic, number, index + 1) : nil
            default:
                return nil
            }
        }
        if ChineseNumber.digitValue(first) != nil || first == "十" {
            var index = 1
            while index < scalars.count, index <= 4, ChineseNumber.isChineseNumeral(scalars[index]) { index += 1 }
            guard index < scalars.count, scalars[index] == "、" || scalars[index] == "．" || scalars[index] == ".",
                  let number = ChineseNumber.value(scalars[0..<index]) else { return nil }
            return followedByWords(scalars, at: index + 1) ? (.numeral, number, index + 1) : nil
        }
        return nil
    }

    /// Whether a marker ending at `index` is followed by words rather than by further numbers
    /// (`一、二级`); a heading may start with a year (`一、2018年工作回顾`).
    private static func followedByWords(_ scalars: [Unicode.Scalar], at index: Int) -> Bool {
        var position = index
        while position < scalars.count, isSpace(scalars[position]) { position += 1 }
        guard position < scalars.count else { return false }
        let next = scalars[position]
        if ChineseNumber.digitValue(next) != nil, position + 1 < scalars.count {
            let after = scalars[position + 1]
            if "、级类等".unicodeScalars.contains(after) { return false }
        }
        // A heading may open with a quotation or a title (`二、“十三五”时期…`), not with a closing mark.
        return !isPunctuation(next) || "“‘《〈（(【「『\"".unicodeScalars.contains(next)
    }

    /// Cuts a heading from a line that starts with a marker (see the type's rules).
    private static func split(_ line: String, scalars: [Unicode.Scalar], kind: HeadingKind, number: Int, markerEnd: Int,
                              whole: Bool, rank: Int) -> Heading {
        if whole {
            return Heading(kind: kind, number: number, text: line, body: "", rank: rank)
        }
        // The line's first scalars, read already (`parse` reads more than a short line's).
        let head = scalars.prefix(shortLine + 1)
        let isShort = head.count <= shortLine
        // A sentence that ends within a short line's length is the heading, as written, when more text follows:
        // `（一）推进两癌筛查。完成农村适龄妇女宫颈癌筛查1.2万人。`, `（一）创新宏观调控，保持经济运行在合理区间。面对…`.
        // In a longer line that sentence is a title only of one or two clauses, a task and its aim, with no colon (`（一）山地
        // 绿化：宜林山地绿化率在百分之九十五以上；…`): with more it is a body sentence run in after the heading's first clause (`一、加强领导，
        // 落实责任镇党委、政府高度重视计划生育工作，多次召开专题会议研究部署。`).
        // The sentence's end stays with the body, so that heading and body read on as written (`（二）实施创新驱动发展战略` and
        // `。科技创新是…`).
        if let stop = head[markerEnd..<min(head.count, shortLine)].firstIndex(where: isSentenceEnd),
           isShort || isTitleSentence(head[markerEnd..<stop]),
           line.unicodeScalars.dropFirst(stop + 1).contains(where: { !isPunctuation($0) && !isSpace($0) }) {
            let body = String(line.unicodeScalars.dropFirst(stop)).trimmingSpaces()
            return Heading(kind: kind, number: number, text: String(line.unicodeScalars.prefix(stop)), body: body, rank: rank)
        }
        // A short line is a heading as a whole, and so is a longer one in which no sentence ends: its clauses are
        // one title (`六、进一步加强社会主义民主和法制建设，维护民族平等和民族团结，巩固和发展全国安定团结的政治局面`).
        if isShort || (scalars.count <= longestClause && !scalars.contains(where: isSentenceEnd)) {
            return Heading(kind: kind, number: number, text: line, body: "", rank: rank)
        }
        var end = markerEnd
        let limit = min(scalars.count, markerEnd + longestClause)
        while end < limit, !isClauseEnd(scalars[end]) { end += 1 }
        if end == limit, limit < scalars.count { end = markerEnd + longestRunInHeading }
        let text = String(line.unicodeScalars.prefix(end))
        var rest = line.unicodeScalars.dropFirst(end)
        // A colon that ended the heading separates it from the body (`（一）山地绿化` and `宜林山地…`); any other mark stays, so that
        // heading and body read as written: a comma or semicolon joins the heading's clause to the rest of its sentence
        // (`（一）坚持稳中求进工作总基调` and `，着力创新和完善宏观调控，经济运行保持在合理区间、实现稳中向好。…`), a full stop ends its
        // sentence. Closing marks stay with the heading.
        if let mark = rest.first, isHeadingEnd(mark) { rest = rest.dropFirst() }
        return Heading(kind: kind, number: number, text: text, body: String(rest).trimmingSpaces(), rank: rank)
    }

    /// Whether a sentence of a longer line is a heading's title: no colon, at most one comma.
    private static func isTitleSentence(_ sentence: ArraySlice<Unicode.Scalar>) -> Bool {
        var commas = 0
        for scalar in sentence {
            if scalar == "：" || scalar == ":" { return false }
            if scalar == "，" || scalar == "," { commas += 1 }
        }
        return commas <= 1
    }

    static func isSpace(_ scalar: Unicode.Scalar) -> Bool {
        scalar == " " || scalar == "\t" || scalar == "\u{3000}" || scalar == "\u{00A0}"
    }

    /// Marks that end a clause: where a heading run together with its body ends. Not 、, which joins
    /// the items of a list inside a heading (`镇党委、政府`).
    static func isClauseEnd(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar {
        case "，", "。", "；", "：", "！", "？", ",", ";", ":", "!", "?": true
        default: false
        }
    }

    /// Marks that end a heading run together with its body and are dropped between them: a colon, which introduces the
    /// body as the heading's content. A comma, semicolon or sentence end stays with the body (`Section.continuesHeading`).
    static func isHeadingEnd(_ scalar: Unicode.Scalar) -> Bool {
        scalar == "：" || scalar == ":"
    }

    /// A switch rather than a search of a string's scalars: an article's whole line is tested scalar by scalar.
    static func isSentenceEnd(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar {
        case "。", "！", "？", "；", "!", "?", ";": true
        default: false
        }
    }

    static func isPunctuation(_ scalar: Unicode.Scalar) -> Bool {
        "，、。；：！？,;:!?“”‘’\"'（）()《》〈〉【】[]…—".unicodeScalars.contains(scalar)
    }
}

extension String {
    /// The string without leading and trailing spaces of any width (ASCII, ideographic, no-break, BOM).
    public func trimmingSpaces() -> String {
        let scalars = unicodeScalars
        guard let start = scalars.firstIndex(where: { !Self.isTrimmable($0) }) else { return "" }
        let end = scalars.lastIndex(where: { !Self.isTrimmable($0) })!
        if start == scalars.startIndex && end == scalars.index(before: scalars.endIndex) { return self }
        return String(scalars[start...end])
    }

    static func isTrimmable(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar {
        case " ", "\t", "\r", "\n", "\u{3000}", "\u{00A0}", "\u{FEFF}", "\u{200B}", "\u{200C}", "\u{200D}", "\u{2060}",
             "\u{0B}", "\u{0C}": true
        default: false
        }
    }
}
