/// Inline enumerations of measures — `一是成立了…领导小组。二是先后以…下发了…。三是…` — as sub-sections.
///
/// Decided for the genre: each item becomes a section one level below the one it is written in,
/// headed by its ordinal and first clause (`一是成立了以镇党委书记任组长`), with the rest of the item as
/// its text; text before `一是` stays with the enclosing section, and paragraphs after the
/// enumeration, up to the next heading, go with the last item. An enumeration needs `一是` and `二是`
/// in order; each ordinal must open a clause (after 。；：，or at the start of the paragraph), except
/// that `一是` may follow a short subject (`我们一是…`) but not a word ending in 一 (统一是, 唯一是).
enum InlineOrdinals {
    static func sections(path: [String], level: Int, paragraphs: [String]) -> [Section] {
        for (index, paragraph) in paragraphs.enumerated() {
            let scalars = Array(paragraph.unicodeScalars)
            let items = ordinalPositions(scalars)
            guard items.count >= 2 else { continue }
            var result: [Section] = []
            var lead = Array(paragraphs[..<index])
            if items[0].start > 0 {
                lead.append(String(String.UnicodeScalarView(scalars[..<items[0].start])).trimmingSpaces())
            }
            result.append(section(path: path, level: level, text: lead.joined(separator: "\n")))
            for (position, item) in items.enumerated() {
                let end = position + 1 < items.count ? items[position + 1].start : scalars.count
                var body = Array(scalars[item.start..<end])
                var headingEnd = item.length
                while headingEnd < body.count, headingEnd < item.length + HeadingParser.longestRunInHeading,
                      !HeadingParser.isClauseEnd(body[headingEnd]) { headingEnd += 1 }
                let heading = String(String.UnicodeScalarView(body[..<headingEnd]))
                if headingEnd < body.count, HeadingParser.isClauseEnd(body[headingEnd]) { headingEnd += 1 }
                body.removeFirst(headingEnd)
                var text = [String(String.UnicodeScalarView(body)).trimmingSpaces()]
                if position == items.count - 1 { text.append(contentsOf: paragraphs[(index + 1)...]) }
                result.append(section(path: path + [heading], level: level + 1,
                                      text: text.filter { !$0.isEmpty }.joined(separator: "\n")))
            }
            // The enclosing section keeps its place even when all its text is in the items.
            if result[0].text.isEmpty && path.isEmpty { result.removeFirst() }
            return result
        }
        return [section(path: path, level: level, text: paragraphs.joined(separator: "\n"))]
    }

    private static func section(path: [String], level: Int, text: String) -> Section {
        Section(path: path, level: level, text: text, hasPlaceholders: Placeholders.contains(text))
    }

    /// Where `一是`, `二是` … open the items of an enumeration, in order from 一; empty if fewer than two.
    static func ordinalPositions(_ scalars: [Unicode.Scalar]) -> [(start: Int, length: Int)] {
        var items: [(start: Int, length: Int)] = []
        var expected = 1
        var index = 0
        while index + 1 < scalars.count {
            defer { index += 1 }
            guard scalars[index + 1] == "是" || (scalars[index] == "十" && index + 2 < scalars.count && scalars[index + 2] == "是")
            else { continue }
            let length = scalars[index + 1] == "是" ? 2 : 3
            guard let number = ChineseNumber.value(scalars[index..<(index + length - 1)]), number == expected,
                  opensClause(scalars, at: index, first: number == 1) else { continue }
            items.append((index, length))
            expected += 1
            index += length - 1
        }
        return items.count >= 2 ? items : []
    }

    private static func opensClause(_ scalars: [Unicode.Scalar], at index: Int, first: Bool) -> Bool {
        if index == 0 || isClauseBoundary(scalars[index - 1]) { return true }
        guard first, !"统唯第同单专均万之任逐划合归".unicodeScalars.contains(scalars[index - 1]) else { return false }
        // A short subject between the clause boundary and 一是: 我们一是, 我镇一是.
        var back = index - 1
        var subject = 0
        while back >= 0, ParagraphJoiner.isHan(scalars[back]), subject < 4 {
            back -= 1
            subject += 1
        }
        return back < 0 || isClauseBoundary(scalars[back])
    }

    private static func isClauseBoundary(_ scalar: Unicode.Scalar) -> Bool {
        "。；：，！？;:,!?".unicodeScalars.contains(scalar) || HeadingParser.isSpace(scalar)
    }
}
