/// Builds a document's section tree from its paragraphs.
///
/// Every heading closes the open headings of the same or a deeper rank (`HeadingKind`) and opens a
/// section whose path is the open headings. Inside an article of a law (`第N条`), numbered lines
/// (`（一）…`) and inline enumerations are the article's items and stay in its text, so that a law has
/// one section per article. Elsewhere inline enumerations `一是…二是…` become sub-sections (see
/// `InlineOrdinals`). The entries of a table of contents are text (`TableOfContents`).
enum SectionBuilder {
    static func build(_ paragraphs: [TextLine]) -> [Section] {
        var sections: [Section] = []
        var open: [Heading] = []
        var path: [String] = []
        var texts: [String] = []

        func close() {
            guard !path.isEmpty || !texts.isEmpty else { return }
            if open.last?.kind == .article {
                // An article is one section, its enumerations included.
                sections.append(section(path: path, level: open.count, text: texts.joined(separator: "\n")))
            } else {
                sections.append(contentsOf: InlineOrdinals.sections(path: path, level: open.count, paragraphs: texts))
            }
            texts.removeAll(keepingCapacity: true)
        }

        let contents = TableOfContents.entries(in: paragraphs)
        for (position, paragraph) in paragraphs.enumerated() {
            if contents?.contains(position) != true, let heading = HeadingParser.parse(paragraph.text, outlineLevel: paragraph.outlineLevel),
               !(open.last?.kind == .article && heading.rank > HeadingParser.rank(of: .article) && paragraph.outlineLevel == nil) {
                close()
                while let last = open.last, last.rank >= heading.rank { open.removeLast() }
                open.append(heading)
                path = open.map(\.text)
                if !heading.body.isEmpty { texts.append(heading.body) }
            } else {
                texts.append(paragraph.text)
            }
        }
        close()
        return sections
    }

    /// A section of cleaned text, flagged where it holds `～` placeholders.
    static func section(path: [String], level: Int, text: String) -> Section {
        Section(path: path, level: level, text: text, hasPlaceholders: Placeholders.contains(text))
    }
}
