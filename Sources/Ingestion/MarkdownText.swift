/// Markdown as the laws are written: YAML front matter or `# title`, version lines, `<!-- INFO END -->`, then
/// `## 第X章` headings; and Markdown's marks generally, taken off so that the words alone reach the text.
enum MarkdownText {
    /// Reads front matter (`---` … `---`) as the title and metadata; marks `#` headings with their level; takes off quote
    /// marks (`> `), list bullets (`- `, `* `, `+ `), emphasis (`**…**`, `__…__`, `*…*`) and links' targets (`[text](url)`),
    /// and drops thematic breaks;
    /// takes a leading `# title` as the title and the lines before `<!-- INFO END -->` as the document's history
    /// (metadata `沿革`).
    static func prepare(_ lines: inout [TextLine], parser: inout DocumentParser) {
        if let (fields, end) = frontMatter(lines) {
            for field in fields {
                if field.key == "title" { parser.knownTitle = field.value } else { parser.knownMetadata.append(field) }
            }
            lines.removeSubrange(...end)
            if !lines.isEmpty { lines[0].afterBreak = true }
        }
        var prepared: [TextLine] = []
        prepared.reserveCapacity(lines.count)
        var pendingBreak = false
        for var line in lines {
            let (level, text) = heading(withoutQuoteMarks(line.text))
            if level > 0 { line.outlineLevel = level }
            let words = level > 0 ? text : withoutBulletMark(text)
            line.text = withoutEmphasis(withoutLinkTargets(words))
            // A quote's empty line or a thematic break separates paragraphs, as an empty line does.
            if line.text.isEmpty || isThematicBreak(line.text) {
                pendingBreak = true
                continue
            }
            // A list item is a paragraph of its own: the next item is not the rest of its sentence.
            line.isListItem = words.utf8.count != text.utf8.count
            if pendingBreak || line.isListItem { line.afterBreak = true }
            pendingBreak = false
            prepared.append(line)
        }
        lines = prepared
        guard let first = lines.first, first.outlineLevel == 1 else { return }
        parser.knownTitle = first.text
        lines.removeFirst()
        if let end = lines.prefix(200).firstIndex(where: { $0.text.replacingSpaces() == "<!--INFOEND-->" }) {
            let history = lines[..<end].map(\.text).filter { !$0.isEmpty }
            if !history.isEmpty { parser.knownMetadata.append(MetadataField(key: "沿革", value: history.joined(separator: "\n"))) }
            lines.removeSubrange(...end)
        }
    }

    /// The level of a `#` heading line and its text, without a closing run of `#`; 0 for other lines. The space after
    /// the marks may be left out before a Chinese heading (`###（二）治理生活污水`), as editors of Chinese text do;
    /// `#话题#` is a tag, not a heading.
    static func heading(_ text: String) -> (Int, String) {
        let scalars = text.unicodeScalars
        let level = scalars.prefix { $0 == "#" }.count
        guard level >= 1, level <= 6 else { return (0, text) }
        let rest = scalars.dropFirst(level)
        // `##` alone is an empty heading: no words to keep.
        guard let next = rest.first else { return (level, "") }
        guard next == " " || next == "\t" || (!next.isASCII && !rest.contains("#")) else { return (0, text) }
        var heading = String(rest).trimmingSpaces()
        // A closing sequence (`## 一、总体要求 ##`) is no part of the heading.
        let closing = heading.unicodeScalars.reversed().prefix { $0 == "#" }.count
        if closing > 0, closing < heading.unicodeScalars.count {
            let before = heading.unicodeScalars.dropLast(closing)
            if before.last == " " || before.last == "\t" { heading = String(before).trimmingSpaces() }
        }
        return (level, heading)
    }

    /// The front matter opening the file (`---`, `key: value` lines, `---`), as metadata fields with their quotes taken
    /// off (empty values and links left out), and the index of its closing line; nil where the file opens otherwise.
    static func frontMatter(_ lines: [TextLine]) -> (fields: [MetadataField], end: Int)? {
        guard lines.first?.text == "---" else { return nil }
        var fields: [MetadataField] = []
        for index in lines.indices.dropFirst().prefix(100) {
            let line = lines[index].text
            if line == "---" || line == "..." { return (fields, index) }
            // A YAML comment or a list item continues the field above it.
            if line.hasPrefix("#") || line.hasPrefix("- ") { continue }
            guard let colon = line.firstIndex(of: ":"), colon != line.startIndex,
                  !line[..<colon].contains(where: \.isWhitespace) else { return nil }
            let value = unquoted(String(line[line.index(after: colon)...]).trimmingSpaces())
            if !value.isEmpty, !value.hasPrefix("http://"), !value.hasPrefix("https://") {
                fields.append(MetadataField(key: String(line[..<colon]), value: value))
            }
        }
        return nil
    }

    private static func unquoted(_ value: String) -> String {
        guard value.count >= 2, let first = value.first, first == "\"" || first == "'", value.last == first else { return value }
        return String(value.dropFirst().dropLast())
    }

    /// `text` without the `>` marks of a block quote (`> `, `>> `).
    static func withoutQuoteMarks(_ text: String) -> String {
        guard text.utf8.first == UInt8(ascii: ">") else { return text }
        return String(Substring(text).drop { $0 == ">" || $0 == " " || $0 == "\t" })
    }

    /// `text` without the mark of a bullet list's item (`- `, `* ` or `+ ` and the spaces after it), as a heading without
    /// its `#`: the item's words are the text. An ordered item's number (`1. `, `2) `) stays, as in the genre it is a
    /// section marker (`HeadingParser` reads `1. 具有…` as it reads `1、具有…`); a thematic break (`* * *`) is no item.
    static func withoutBulletMark(_ text: String) -> String {
        var bytes = text.utf8.makeIterator()
        guard let mark = bytes.next(), mark == UInt8(ascii: "-") || mark == UInt8(ascii: "*") || mark == UInt8(ascii: "+"),
              let space = bytes.next(), space == UInt8(ascii: " ") || space == UInt8(ascii: "\t"), !isThematicBreak(text) else { return text }
        return String(text.unicodeScalars.dropFirst().drop { $0 == " " || $0 == "\t" })
    }

    /// A line of three or more `-`, `*` or `_` alone (spaces between allowed): a thematic break.
    ///
    /// Read as bytes, and given up at the first that is no mark: every line of a Markdown file is asked, and
    /// collecting its scalars first cost more than all the rest of reading Markdown.
    static func isThematicBreak(_ text: String) -> Bool {
        var mark: UInt8?
        var count = 0
        for byte in text.utf8 where byte != UInt8(ascii: " ") && byte != UInt8(ascii: "\t") {
            if let mark {
                guard byte == mark else { return false }
            } else {
                guard byte == UInt8(ascii: "-") || byte == UInt8(ascii: "*") || byte == UInt8(ascii: "_") else { return false }
                mark = byte
            }
            count += 1
        }
        return count >= 3
    }

    /// `text` with each link `[words](target)` (and image `![words](target)`) as its words.
    static func withoutLinkTargets(_ text: String) -> String {
        // A byte search: Foundation's `contains` cost more per line than the rest of reading Markdown. A link's
        // marks have no canonical equivalents, so that the two find the same lines the expression can match.
        guard text.containsBytes(of: "](") else { return text }
        return text.replacing(/!?\[([^\[\]]*)\]\([^()\s]*\)/) { String($0.output.1) }
    }

    /// `text` without emphasis marks: a run of one to three `*` or `_` that opens (a word after it, no ASCII letter or
    /// digit before it) paired with the next like run that closes (a word before it, no ASCII letter or digit after it),
    /// both taken off. A mark that opens or closes nothing is text: `40*4=160h`, `麦角酸*`, `snake_case`, `工资）* 70%`.
    static func withoutEmphasis(_ text: String) -> String {
        // Over the contiguous bytes: through `String.UTF8View`'s indices the test cost 1.4% of a build's instructions.
        var bytes = text
        guard bytes.withUTF8({ $0.contains { $0 == UInt8(ascii: "*") || $0 == UInt8(ascii: "_") } }) else { return text }
        let scalars = Array(text.unicodeScalars)
        struct Run { var start: Int, length: Int, mark: Unicode.Scalar, opens: Bool, closes: Bool }
        func isWordBoundary(_ index: Int) -> Bool {
            guard scalars.indices.contains(index) else { return true }
            let scalar = scalars[index]
            return !(scalar.isASCII && (scalar.properties.isAlphabetic || ("0"..."9").contains(scalar)))
        }
        func isSpace(_ index: Int) -> Bool { !scalars.indices.contains(index) || scalars[index].properties.isWhitespace }
        var runs: [Run] = []
        var index = 0
        while index < scalars.count {
            let mark = scalars[index]
            guard mark == "*" || mark == "_" else { index += 1; continue }
            var end = index
            while end < scalars.count, scalars[end] == mark { end += 1 }
            if end - index <= 3 {
                runs.append(Run(start: index, length: end - index, mark: mark,
                                opens: !isSpace(end) && isWordBoundary(index - 1), closes: !isSpace(index - 1) && isWordBoundary(end)))
            }
            index = end
        }
        var removed = [Bool](repeating: false, count: scalars.count)
        var paired = [Bool](repeating: false, count: runs.count)
        for opener in runs.indices where runs[opener].opens && !paired[opener] {
            guard let closer = runs.indices.dropFirst(opener + 1).first(where: { candidate in
                !paired[candidate] && runs[candidate].closes && runs[candidate].mark == runs[opener].mark
                    && runs[candidate].length == runs[opener].length
            }) else { continue }
            paired[opener] = true
            paired[closer] = true
            for run in [runs[opener], runs[closer]] { for offset in 0..<run.length { removed[run.start + offset] = true } }
        }
        guard paired.contains(true) else { return text }
        var kept = String.UnicodeScalarView()
        for (offset, scalar) in scalars.enumerated() where !removed[offset] { kept.append(scalar) }
        return String(kept)
    }
}

extension String {
    fileprivate func replacingSpaces() -> String {
        String(String.UnicodeScalarView(unicodeScalars.filter { $0 != " " }))
    }
}
