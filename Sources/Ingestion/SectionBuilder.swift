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
            if contents?.contains(position) != true, let heading = paragraph.heading,
               !(open.last?.kind == .article && heading.rank > HeadingParser.rank(of: .article) && paragraph.outlineLevel == nil) {
                close()
                let heading = nesting(heading, in: open, after: paragraphs[(position + 1)...])
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

    /// A `一、` list that starts afresh under a deeper heading of a part so numbered (1955: 三、第一個五年計劃的若幹問題 ›
    /// （一）关于工业和运输业的基本建设问题 › 一、… 四、, then （二）) is that heading's list, not a run of parts: it ranks
    /// just below the deeper heading, and so do the numbers that follow on it while it is open. Only where the next
    /// heading at the deeper heading's rank or above is the list's 二、: a 一、 whose own sections are numbered like the
    /// deeper heading (State Council 18's second 规定: 一、关于财政税收 （一）…（八） 二、关于投资和融资) starts a new run of parts.
    static func nesting(_ heading: Heading, in open: [Heading], after rest: ArraySlice<TextLine>) -> Heading {
        let partRank = HeadingParser.rank(of: .numeral)
        guard heading.kind == .numeral, heading.rank == partRank, let number = heading.number else { return heading }
        var nested = heading
        if number == 1, let part = open.firstIndex(where: { $0.kind == .numeral && $0.rank == partRank }), part + 1 < open.count {
            let deeper = open[part + 1].rank
            let next = rest.lazy.compactMap(\.heading).first { $0.rank <= deeper }
            if let next, next.kind == .numeral, next.number == 2 { nested.rank = deeper + 1 }
        } else if let list = open.last(where: { $0.kind == .numeral && $0.rank != partRank }), list.number == number - 1 {
            nested.rank = list.rank
        }
        return nested
    }

    /// A section of cleaned text, flagged where it holds `～` placeholders.
    static func section(path: [String], level: Int, text: String) -> Section {
        Section(path: path, level: level, text: text, hasPlaceholders: Placeholders.contains(text))
    }
}
