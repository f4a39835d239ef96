import Foundation

extension LawArticle {
    /// The articles of a law's body lines, in order: a line opening with an article label (`第N条 `)
    /// starts one, the lines after it belong to it, and headings (`#`, 第X章, `---`) end it. A label
    /// standing alone on its line (as a section heading) is joined to the line after it by a space,
    /// as law files write it.
    public static func articles(inLines lines: [String]) -> [LawArticle] {
        var articles: [LawArticle] = []
        var current: (label: String, number: Int, suffix: Int, lines: [String])?
        func close() {
            if let article = current {
                articles.append(LawArticle(number: article.number, suffix: article.suffix, label: article.label,
                                           text: article.lines.joined(separator: "\n")))
            }
            current = nil
        }
        for rawLine in lines {
            let line = rawLine.trimmingCharacters(in: CharacterSet.whitespaces.union(CharacterSet(charactersIn: "\u{3000}\r")))
            guard !line.isEmpty else { continue }
            if line.hasPrefix("#") || ArticleLabel.isDivisionHeading(line) || line.hasPrefix("---") {
                close()
                continue
            }
            let previous = ArticleLabel.parse(line)?.number.advanced(by: -1) ?? current?.number ?? articles.last?.number ?? 0
            for part in splitRunTogetherArticles(line, after: previous) {
                if let label = ArticleLabel.parse(part) {
                    close()
                    current = (label.text, label.number, label.suffix, [part])
                } else if let open = current, open.lines == [open.label] {
                    current?.lines = [open.label + " " + part]
                } else {
                    current?.lines.append(part)
                }
            }
        }
        close()
        return articles
    }

    /// A line holding several articles (`…决定。 第十六条市人民代表大会…`, as some files were
    /// converted) split before each next article; only the next number in sequence splits, so that a
    /// reference inside a sentence never does.
    private static func splitRunTogetherArticles(_ line: String, after number: Int) -> [String] {
        var parts: [String] = []
        var rest = Substring(line)
        // The line's own label is number + 1; a run-together one follows it.
        var expected = ArticleLabel.parse(line) != nil ? number + 2 : number + 1
        while let range = rest.range(of: "。"), let next = nextLabel(in: rest[range.upperBound...], number: expected) {
            parts.append(String(rest[..<range.upperBound]))
            rest = next
            expected += 1
        }
        parts.append(String(rest))
        return parts
    }

    /// The text from `第<number>条` on, where it follows at once (after spaces) and is written so.
    private static func nextLabel(in text: Substring, number: Int) -> Substring? {
        let trimmed = text.drop { $0 == " " || $0 == "\u{3000}" }
        let label = ArticleNumber.label(number)
        guard trimmed.hasPrefix(label) else { return nil }
        // Keep the label apart from its text, as a line-opening label is.
        let after = trimmed.dropFirst(label.count)
        return Substring(label + (after.first == " " || after.first == "\u{3000}" ? "" : " ") + after)
    }

}
