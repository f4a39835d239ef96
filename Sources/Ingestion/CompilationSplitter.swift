import TextNormalization

/// Splits a compilation (合集) into its articles at lines `第一篇：…`, `第二篇：…` (or `篇一：…`,
/// `【第一篇】…`, `【篇一】…`, as other sites number them).
///
/// Sites that sell such compilations put a preview or a table of contents before the articles — the
/// same `第N篇` markers again, often with the abstract run on and cut with `...`. The article starts at
/// the last line that carries each number; earlier ones belong to the compilation's header. Numbers
/// must run 1, 2, 3 … in order, so that `第一篇` quoted once in running text splits nothing.
enum CompilationSplitter {
    struct Part: Sendable {
        /// The title given by the marker line (`第二篇：出生人口性别比升高问题治理做法` → the rest).
        var title: String
        var lines: [TextLine]
    }

    /// The header lines before the first article, and the articles; nil when `lines` is no compilation.
    static func split(_ lines: [TextLine]) -> (header: [TextLine], parts: [Part])? {
        var lastLine: [Int: Int] = [:]
        for (index, line) in lines.enumerated() {
            if let number = markerNumber(line.text) { lastLine[number] = index }
        }
        guard lastLine.count >= 2, lastLine[1] != nil else { return nil }
        var starts: [Int] = []
        var number = 1
        while let index = lastLine[number], index > (starts.last ?? -1) {
            starts.append(index)
            number += 1
        }
        guard starts.count >= 2 else { return nil }
        var parts: [Part] = []
        for (position, start) in starts.enumerated() {
            let end = position + 1 < starts.count ? starts[position + 1] : lines.count
            var body = Array(lines[(start + 1)..<end])
            var title = titleOfMarker(lines[start].text)
            if title.isEmpty, let first = body.first {
                title = first.text
                body.removeFirst()
            }
            // The article's own title line repeating the marker's title.
            if let first = body.first, sameTitle(first.text, title) { body.removeFirst() }
            if var first = body.first {
                first.afterBreak = true
                body[0] = first
            }
            parts.append(Part(title: title, lines: body))
        }
        return (Array(lines[..<starts[0]]), parts)
    }

    /// Whether a line is a `第N篇` marker.
    static func isMarker(_ text: String) -> Bool { markerNumber(text) != nil }

    /// N of a marker line — `第N篇`, `篇N`, either in 【】 or [] — followed by the end of the line, a colon,
    /// a space or the closing bracket; nil for other lines.
    static func markerNumber(_ text: String) -> Int? {
        marker(text)?.number
    }

    /// The title a marker line gives: `第一篇：《关于…治理》` → `关于…治理`, `【篇二】某村工作计划` → `某村工作计划`.
    static func titleOfMarker(_ text: String) -> String {
        guard let end = marker(text)?.end else { return text }
        let rest = String(String.UnicodeScalarView(text.unicodeScalars.dropFirst(end))).trimmingSpaces()
        if rest.hasPrefix("《"), let close = rest.firstIndex(of: "》") {
            let inner = rest[rest.index(after: rest.startIndex)..<close]
            if !inner.isEmpty { return String(inner) }
        }
        return rest
    }

    /// The number of a marker line and the scalar offset where its title starts.
    private static func marker(_ text: String) -> (number: Int, end: Int)? {
        let scalars = text.leadingScalars(12)
        var index = 0
        let bracketed = scalars.first == "【" || scalars.first == "["
        if bracketed { index += 1 }
        let ordinalFirst = index < scalars.count && scalars[index] == "第"
        let pieceFirst = index < scalars.count && scalars[index] == "篇"
        guard ordinalFirst || pieceFirst else { return nil }
        index += 1
        let digitsStart = index
        while index < scalars.count, ChineseNumber.isChineseNumeral(scalars[index]) || ChineseNumber.isArabicDigit(scalars[index]) {
            index += 1
        }
        let digitsEnd = index
        guard index > digitsStart else { return nil }
        // 篇 checked before the number is read: every article of a law opens with 第N条.
        if ordinalFirst {
            guard index < scalars.count, scalars[index] == "篇" else { return nil }
            index += 1
        }
        guard let number = ChineseNumber.value(scalars[digitsStart..<digitsEnd]) else { return nil }
        if bracketed {
            guard index < scalars.count, scalars[index] == "】" || scalars[index] == "]" else { return nil }
            index += 1
        }
        guard index == scalars.count || scalars[index] == "：" || scalars[index] == ":" || HeadingParser.isSpace(scalars[index])
                || bracketed else { return nil }
        while index < scalars.count, scalars[index] == "：" || scalars[index] == ":" || HeadingParser.isSpace(scalars[index]) {
            index += 1
        }
        return (number, index)
    }

    /// Two titles that differ only by punctuation, spaces, width or script.
    static func sameTitle(_ a: String, _ b: String) -> Bool {
        titleKey(a) == titleKey(b)
    }

    /// A title folded, without punctuation and spaces, for comparing titles as set in different places.
    static func titleKey(_ text: String) -> String {
        String(String.UnicodeScalarView(text.folded.unicodeScalars.filter {
            !HeadingParser.isPunctuation($0) && !HeadingParser.isSpace($0)
        }))
    }
}
