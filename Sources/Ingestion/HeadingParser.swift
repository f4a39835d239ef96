/// Recognises headings at the start of a line: 第X编/章/节/条, 一、, （一）, 1、, （1）, ①, and lines
/// marked as headings by their format (Markdown `#`, HTML `<h1>`–`<h6>`, Word heading styles).
///
/// Genre rules, decided on real reports:
/// - A numbered heading may run into its body on one line (`一、加强领导，制定措施，明确责任镇党委…`
///   as Word exports often give it). A line of at most `shortLine` characters is a heading as a whole
///   unless a sentence ends inside it (`（一）推进两癌筛查。完成…筛查1.2万人。`: heading up to 。);
///   in a longer line the heading ends at the first punctuation mark after the marker (，。；：！？)
///   within `longestClause` characters — or, where there is none, after `longestRunInHeading`
///   characters — and what follows is the section's body. So `2、加强宣传教育，形成强大的舆论氛围。要在…`
///   is the section `2、加强宣传教育`. A marker at the start of a line is a heading however long its
///   first clause (`（五）将外商投资设立建筑业（包括设计、施工…）资质许可的省级…`).
/// - An Arabic marker followed by a digit is a number, not a heading (`1.5万`, `3、4月份`), and so is
///   a Chinese one followed by a numeral and a measure (`一、二级医院`).
/// - An article (`第N条` followed by a space, as in the laws' text) is a heading on its own; the
///   rest of the line is the article's text.
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
        let scalars = Array(line.unicodeScalars.prefix(longestClause + 8))
        if first == "第", let heading = parseOrdinal(scalars, line: line, outlineLevel: outlineLevel) { return heading }
        if let (kind, number, markerEnd) = marker(scalars) {
            return split(line, scalars: scalars, kind: kind, number: number, markerEnd: markerEnd,
                         whole: outlineLevel != nil, outlineLevel: outlineLevel)
        }
        if let level = outlineLevel {
            return Heading(kind: .outline, number: nil, text: line, body: "", rank: rank(of: .outline, outlineLevel: level))
        }
        return nil
    }

    /// Whether a line starting with `scalar` can be a numbered heading.
    private static func mayOpenHeading(_ scalar: Unicode.Scalar) -> Bool {
        scalar == "第" || scalar == "（" || scalar == "(" || ChineseNumber.isArabicDigit(scalar)
            || ChineseNumber.digitValue(scalar) != nil || scalar == "十"
            || (0x2460...0x2473).contains(scalar.value) || (0x3220...0x3229).contains(scalar.value)
    }

    static func rank(of kind: HeadingKind, outlineLevel: Int? = nil) -> Int {
        switch kind {
        case .part: 10
        case .chapter: 20
        case .section: 30
        case .outline: (outlineLevel ?? 1) * 10 - 5
        case .article: 70
        case .numeral: 80
        case .parenthesizedNumeral: 90
        case .arabic: 100
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
            let text = String(String.UnicodeScalarView(scalars[0..<index]))
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

    /// The numbering marker at the start of `scalars`: its kind, number and where the heading's words start.
    static func marker(_ scalars: [Unicode.Scalar]) -> (HeadingKind, Int, Int)? {
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
                              whole: Bool, outlineLevel: Int?) -> Heading {
        let rank = rank(of: kind)
        if whole {
            return Heading(kind: kind, number: number, text: line, body: "", rank: rank)
        }
        if line.unicodeScalars.prefix(shortLine + 1).count <= shortLine {
            // A short line is a heading as a whole, unless a sentence ends inside it and another follows:
            // `（一）推进两癌筛查。完成农村适龄妇女宫颈癌筛查1.2万人。`
            let all = Array(line.unicodeScalars)
            if let stop = all[markerEnd...].firstIndex(where: isSentenceEnd),
               all[(stop + 1)...].contains(where: { !isPunctuation($0) && !isSpace($0) }) {
                let body = String(String.UnicodeScalarView(all[(stop + 1)...])).trimmingSpaces()
                return Heading(kind: kind, number: number, text: String(String.UnicodeScalarView(all[..<stop])), body: body, rank: rank)
            }
            return Heading(kind: kind, number: number, text: line, body: "", rank: rank)
        }
        var end = markerEnd
        let limit = min(scalars.count, markerEnd + longestClause)
        while end < limit, !isClauseEnd(scalars[end]) { end += 1 }
        if end == limit, limit < scalars.count { end = markerEnd + longestRunInHeading }
        let text = String(String.UnicodeScalarView(scalars[0..<end]))
        var rest = line.unicodeScalars.dropFirst(end)
        // The mark that ended the heading separates it from the body; closing marks stay with the heading.
        if let mark = rest.first, isClauseEnd(mark) { rest = rest.dropFirst() }
        return Heading(kind: kind, number: number, text: text, body: String(rest).trimmingSpaces(), rank: rank)
    }

    static func isSpace(_ scalar: Unicode.Scalar) -> Bool {
        scalar == " " || scalar == "\t" || scalar == "\u{3000}" || scalar == "\u{00A0}"
    }

    /// Marks that end a clause: where a heading run together with its body ends. Not 、, which joins
    /// the items of a list inside a heading (`镇党委、政府`).
    static func isClauseEnd(_ scalar: Unicode.Scalar) -> Bool {
        "，。；：！？,;:!?".unicodeScalars.contains(scalar)
    }

    static func isSentenceEnd(_ scalar: Unicode.Scalar) -> Bool {
        "。！？；!?;".unicodeScalars.contains(scalar)
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
