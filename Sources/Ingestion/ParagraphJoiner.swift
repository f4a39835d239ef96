import TextNormalization

/// Rejoins what line breaks cut: hard-wrapped lines, sentences cut by a page number, titles broken
/// across lines.
///
/// A line is joined to the next when it does not end a sentence, the next is neither a heading nor
/// after a paragraph break, and the line is running text — it holds a comma or enumeration mark, or
/// is long (a short line without punctuation is a title, a label or a signature, which stand alone).
/// A heading line joins the next only when its body ran in on the same line and was cut: when the
/// heading's own line is long enough to show it, or when most headings of its numbering style in the
/// text run into their bodies (a Word export that put every heading and body on one line, with a few
/// lines broken early).
enum ParagraphJoiner {
    /// A line at least this long without an ending mark is a wrapped line of running text.
    static let runningTextLength = 30
    /// The longest continuation of a title broken over the first two lines of a document.
    static let titleTailLength = 12

    static func join(_ lines: [TextLine]) -> [TextLine] {
        var paragraphs: [TextLine] = []
        paragraphs.reserveCapacity(lines.count)
        var parts: [String] = []
        var current: TextLine?
        var currentIsHeadingOnly = false
        // A title completed by its tail line is a paragraph of its own.
        var titleCompleted = false
        // Each line's heading, parsed once: joining asks about every line twice, and the section builder again
        // of each line that stays a paragraph of its own (the lines keep it).
        var lines = lines
        let headings = lines.indices.map { lines[$0].plainHeading() }
        let runInKinds = runInHeadingKinds(lines, headings: headings)

        func flush() {
            guard var paragraph = current else { return }
            if parts.count > 1 { paragraph.text = parts.joined() }
            paragraphs.append(paragraph)
            parts.removeAll(keepingCapacity: true)
            current = nil
        }

        for (line, heading) in zip(lines, headings) {
            if let previous = current, let last = parts.last, !titleCompleted, heading == nil,
               let joined = joining(last, line, previousParagraph: previous, isFirstLine: paragraphs.isEmpty && parts.count == 1,
                                    previousIsHeadingOnly: currentIsHeadingOnly, paragraphIsJoined: parts.count > 1) {
                parts[parts.count - 1] = joined.previous
                parts.append(joined.next)
                titleCompleted = joined.completesTitle
                continue
            }
            titleCompleted = false
            flush()
            current = line
            parts = [line.text]
            if let heading {
                currentIsHeadingOnly = heading.body.isEmpty && !runInKinds.contains(heading.kind)
            } else {
                currentIsHeadingOnly = false
            }
        }
        flush()
        return paragraphs
    }

    /// Numbering styles whose headings mostly carry their body on the same line.
    static func runInHeadingKinds(_ lines: [TextLine], headings: [Heading?]) -> Set<HeadingKind> {
        var counts: [HeadingKind: (runIn: Int, all: Int)] = [:]
        for (line, heading) in zip(lines, headings) where line.outlineLevel == nil {
            guard let heading, heading.kind != .article else { continue }
            var count = counts[heading.kind, default: (0, 0)]
            count.all += 1
            if !heading.body.isEmpty { count.runIn += 1 }
            counts[heading.kind] = count
        }
        return Set(counts.filter { $0.value.runIn * 2 >= $0.value.all }.keys)
    }

    /// The two pieces to concatenate if `next` (no heading) continues `previous`, with a cut page number
    /// removed.
    private static func joining(_ previous: String, _ next: TextLine, previousParagraph: TextLine, isFirstLine: Bool,
                                previousIsHeadingOnly: Bool, paragraphIsJoined: Bool) -> (previous: String, next: String, completesTitle: Bool)? {
        guard !CompilationSplitter.isMarker(next.text), let nextFirst = next.text.unicodeScalars.first else { return nil }
        // A title mark left open is completed by the next line, even across an empty line:
        // 三、关于《 / 中华人民共和国国民经济和社会发展第十一个五年规划纲要（草案）》的说明.
        if hasOpenTitleMark(previous), closesTitleMark(next.text) { return (previous, next.text, false) }
        guard !next.afterBreak, next.outlineLevel == nil, previousParagraph.outlineLevel == nil,
              !isHeaderLine(next.text), !isHeaderLine(previous) else { return nil }
        if let cut = withoutTrailingPageNumber(previous), HanCharacter.contains(nextFirst) {
            return (cut, next.text, false)
        }
        let tail = previous.unicodeScalars.suffix(2)
        guard let last = tail.last, !endsSentence(tail) else { return nil }
        // A line that starts with a closing or clause mark continues the one before it, whatever that is.
        if "。，、；：！？）》”’,;:!?)".unicodeScalars.contains(nextFirst) { return (previous, next.text, false) }
        if previousIsHeadingOnly { return nil }
        let separator = isASCIIWordCharacter(last) && isASCIIWordCharacter(nextFirst) ? " " : ""
        if isFirstLine {
            // The first line is often a title: it joins only when it is visibly cut (a comma, a final
            // particle), or when a short tail completes it (综合治理出生人口性别比失衡 / 问题工作计划).
            if previous.unicodeScalars.contains("，") || endsWithParticle(last) { return (previous + separator, next.text, false) }
            let tailWords = next.text.unicodeScalars.prefix(40).filter { !HeadingParser.isSpace($0) }
            if !previous.unicodeScalars.contains(where: HeadingParser.isClauseEnd), tailWords.count <= titleTailLength,
               !tailWords.contains(where: { HeadingParser.isPunctuation($0) || ChineseNumber.isArabicDigit($0) }) {
                return (previous, next.text, true)
            }
            return nil
        }
        if paragraphIsJoined || isRunningText(previous) { return (previous + separator, next.text, false) }
        return nil
    }

    /// Header lines stand alone: metadata (`来源：…  作者：…`) and document numbers.
    private static func isHeaderLine(_ text: String) -> Bool {
        !DocumentHeader.metadataFields(text).isEmpty || DocumentHeader.documentNumber(text) != nil
    }

    /// Characters a title or heading does not end with, but a line cut mid-sentence often does.
    static func endsWithParticle(_ scalar: Unicode.Scalar) -> Bool {
        "的了和与及或在对把被将为是所之并从向于以".unicodeScalars.contains(scalar)
    }

    private static func isRunningText(_ text: String) -> Bool {
        var count = 0
        for scalar in text.unicodeScalars {
            if "，、；,;".unicodeScalars.contains(scalar) { return true }
            count += 1
            if count >= runningTextLength { return true }
        }
        return false
    }

    /// Whether a line ends a sentence: 。！？；： or … , possibly followed by a closing quote or bracket.
    static func endsSentence<S: BidirectionalCollection>(_ tail: S) -> Bool where S.Element == Unicode.Scalar {
        guard let last = tail.last else { return true }
        let enders = "。！？；：…!?;:".unicodeScalars
        if enders.contains(last) { return true }
        if "”’」』）)".unicodeScalars.contains(last), tail.count >= 2 {
            return enders.contains(tail[tail.index(before: tail.index(before: tail.endIndex))])
        }
        return false
    }

    /// `…男同性恋等畸 1` → `…男同性恋等畸`: a page number of 1–3 digits after a space at the end of a
    /// line that breaks off mid-sentence.
    static func withoutTrailingPageNumber(_ text: String) -> String? {
        let scalars = text.unicodeScalars
        var index = scalars.endIndex
        var digits = 0
        while index > scalars.startIndex {
            let before = scalars.index(before: index)
            guard ChineseNumber.isArabicDigit(scalars[before]) else { break }
            digits += 1
            index = before
        }
        guard digits >= 1, digits <= 3, index > scalars.startIndex else { return nil }
        var spaceStart = index
        while spaceStart > scalars.startIndex, HeadingParser.isSpace(scalars[scalars.index(before: spaceStart)]) {
            spaceStart = scalars.index(before: spaceStart)
        }
        guard spaceStart < index, spaceStart > scalars.startIndex,
              HanCharacter.contains(scalars[scalars.index(before: spaceStart)]) else { return nil }
        return String(scalars[..<spaceStart])
    }

    /// Whether a 《 is still open at the end of the line.
    static func hasOpenTitleMark(_ text: String) -> Bool {
        guard text.containsBytes(of: "《") else { return false }
        for scalar in text.unicodeScalars.reversed() {
            if scalar == "《" { return true }
            if scalar == "》" { return false }
        }
        return false
    }

    /// Whether a 》 comes before any 《 in the line.
    static func closesTitleMark(_ text: String) -> Bool {
        for scalar in text.unicodeScalars.prefix(200) {
            if scalar == "》" { return true }
            if scalar == "《" { return false }
        }
        return false
    }

    private static func isASCIIWordCharacter(_ scalar: Unicode.Scalar) -> Bool {
        scalar.isASCII && (scalar.properties.isAlphabetic || ("0"..."9").contains(scalar))
    }
}
