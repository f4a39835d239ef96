/// The table of contents of a plan or a standard (`目录` followed by its headings, `1　总则` … `7　附则`),
/// which the body then repeats from its first heading on.
///
/// Its lines are text, not headings: read as headings they would open every section twice, once empty.
/// A table of contents is known by its title line and by its first entry coming again as a heading; where
/// the entry never comes again, the lines are read as they are.
enum TableOfContents {
    /// The most lines a table of contents is looked for across.
    static let longestTable = 300

    /// The indices of the entries of the first table of contents of `paragraphs`, if there is one.
    static func entries(in paragraphs: [TextLine]) -> Range<Int>? {
        guard let title = paragraphs.firstIndex(where: isTitle), title + 1 < paragraphs.count,
              let first = paragraphs[title + 1].heading
        else { return nil }
        let end = min(paragraphs.count, title + 2 + longestTable)
        guard let repeated = (title + 2..<end).first(where: { index in
            paragraphs[index].text == first.text
                && paragraphs[index].heading?.text == first.text
        }) else { return nil }
        return title + 1..<repeated
    }

    /// `目录`, `目　　录`: the title line, spaces aside.
    private static func isTitle(_ line: TextLine) -> Bool {
        let scalars = line.text.unicodeScalars
        guard scalars.count <= 8, scalars.first == "目", scalars.last == "录" else { return false }
        return scalars.dropFirst().dropLast().allSatisfy(HeadingParser.isSpace)
    }
}
