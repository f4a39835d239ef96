/// Builds a document's section tree from its paragraphs.
///
/// Every heading closes the open headings of the same or a deeper rank (`HeadingKind`) and opens a
/// section whose path is the open headings. Inside an article of a law (`第N条`), numbered lines
/// (`（一）…`) are the article's items and stay in its text, so that a law has one section per article.
/// Inline enumerations `一是…二是…` become sub-sections (see `InlineOrdinals`).
enum SectionBuilder {
    static func build(_ paragraphs: [TextLine]) -> [Section] {
        var sections: [Section] = []
        var open: [Heading] = []
        var path: [String] = []
        var texts: [String] = []

        func close() {
            guard !path.isEmpty || !texts.isEmpty else { return }
            sections.append(contentsOf: InlineOrdinals.sections(path: path, level: open.count, paragraphs: texts))
            texts.removeAll(keepingCapacity: true)
        }

        for paragraph in paragraphs {
            if let heading = HeadingParser.parse(paragraph.text, outlineLevel: paragraph.outlineLevel),
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
}
