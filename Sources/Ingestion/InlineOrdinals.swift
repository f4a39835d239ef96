import TextNormalization

/// Inline enumerations of measures — `一是成立了…领导小组。二是先后以…下发了…。三是…` — as sub-sections.
///
/// Decided for the genre: each item becomes a section one level below the one it is written in,
/// headed by its ordinal and first clause (`一是成立了以镇党委书记任组长`), with the rest of the item as
/// its text; text before the first `一是` stays with the enclosing section, and paragraphs after an
/// enumeration, up to the next heading or the next enumeration, go with its last item. An enumeration
/// needs `一是` and `二是` in order in one paragraph; each ordinal must open a clause (after 。；：，or at
/// the start of the paragraph), except that `一是` may follow a short subject (`我们一是…`) but not a
/// word ending in 一 (统一是, 唯一是).
enum InlineOrdinals {
    static func sections(path: [String], level: Int, paragraphs: [String]) -> [Section] {
        var enclosing: [String] = []
        var items: [(heading: String, text: [String])] = []
        func append(_ text: String) {
            guard !text.isEmpty else { return }
            if items.isEmpty { enclosing.append(text) } else { items[items.count - 1].text.append(text) }
        }
        for paragraph in paragraphs {
            let scalars = paragraph.containsBytes(of: "二是") ? Array(paragraph.unicodeScalars) : []
            let positions = ordinalPositions(scalars)
            guard !positions.isEmpty else {
                append(paragraph)
                continue
            }
            append(String(String.UnicodeScalarView(scalars[..<positions[0].start])).trimmingSpaces())
            for (number, position) in positions.enumerated() {
                let end = number + 1 < positions.count ? positions[number + 1].start : scalars.count
                items.append(item(scalars[position.start..<end], ordinalLength: position.length))
            }
        }
        var result: [Section] = []
        // The enclosing section keeps its place even when all its text is in the items; a preamble
        // with no text of its own is left out.
        if !path.isEmpty || !enclosing.isEmpty {
            result.append(SectionBuilder.section(path: path, level: level, text: enclosing.joined(separator: "\n")))
        }
        for item in items {
            result.append(SectionBuilder.section(path: path + [item.heading], level: level + 1, text: item.text.joined(separator: "\n")))
        }
        return result
    }

    /// An item's heading (its ordinal and first clause) and its text.
    private static func item(_ scalars: ArraySlice<Unicode.Scalar>, ordinalLength: Int) -> (heading: String, text: [String]) {
        let body = Array(scalars)
        var headingEnd = ordinalLength
        // `一是，…`: the ordinal alone is no heading; take the clause after it.
        if headingEnd < body.count, HeadingParser.isClauseEnd(body[headingEnd]) { headingEnd += 1 }
        while headingEnd < body.count, headingEnd < ordinalLength + HeadingParser.longestRunInHeading,
              !HeadingParser.isClauseEnd(body[headingEnd]) { headingEnd += 1 }
        let heading = String(String.UnicodeScalarView(body[..<headingEnd]))
        if headingEnd < body.count, HeadingParser.isClauseEnd(body[headingEnd]) { headingEnd += 1 }
        let text = String(String.UnicodeScalarView(body[headingEnd...])).trimmingSpaces()
        return (heading, text.isEmpty ? [] : [text])
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
        while back >= 0, HanCharacter.contains(scalars[back]), subject < 4 {
            back -= 1
            subject += 1
        }
        return back < 0 || isClauseBoundary(scalars[back])
    }

    private static func isClauseBoundary(_ scalar: Unicode.Scalar) -> Bool {
        "。；：，！？;:,!?".unicodeScalars.contains(scalar) || HeadingParser.isSpace(scalar)
    }
}
