/// Markdown as the laws are written: `# title`, version lines, `<!-- INFO END -->`, then `## 第X章`
/// headings; and Markdown headings generally.
enum MarkdownText {
    /// Marks `#` headings with their level and strips the marks; takes a leading `# title` as the title
    /// and the lines before `<!-- INFO END -->` as the document's history (metadata `沿革`).
    static func prepare(_ lines: inout [TextLine], parser: inout DocumentParser) {
        for index in lines.indices {
            let (level, text) = heading(lines[index].text)
            if level > 0 {
                lines[index].text = text
                lines[index].outlineLevel = level
            }
        }
        guard let first = lines.first, first.outlineLevel == 1 else { return }
        parser.knownTitle = first.text
        lines.removeFirst()
        if let end = lines.prefix(200).firstIndex(where: { $0.text.replacingSpaces() == "<!--INFOEND-->" }) {
            let history = lines[..<end].map(\.text).filter { !$0.isEmpty }
            if !history.isEmpty { parser.knownMetadata.append(MetadataField(key: "沿革", value: history.joined(separator: "\n"))) }
            lines.removeSubrange(...end)
        }
    }

    /// The level of a `#` heading line and its text; 0 for other lines.
    static func heading(_ text: String) -> (Int, String) {
        let scalars = text.unicodeScalars
        let level = scalars.prefix { $0 == "#" }.count
        guard level >= 1, level <= 6 else { return (0, text) }
        let rest = scalars.dropFirst(level)
        guard let next = rest.first, next == " " || next == "\t" else { return (0, text) }
        return (level, String(rest).trimmingSpaces())
    }
}

extension String {
    fileprivate func replacingSpaces() -> String {
        String(String.UnicodeScalarView(unicodeScalars.filter { $0 != " " }))
    }
}
