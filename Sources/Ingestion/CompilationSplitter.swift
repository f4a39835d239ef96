import TextNormalization

/// Splits a compilation (合集) into its articles at lines `第一篇：…`, `第二篇：…`.
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

    /// N of a line `第N篇`, `第N篇：…` or `第N篇 …`.
    static func markerNumber(_ text: String) -> Int? {
        let scalars = text.unicodeScalars.prefix(10)
        guard scalars.first == "第" else { return nil }
        let digits = scalars.dropFirst().prefix { ChineseNumber.isChineseNumeral($0) || ChineseNumber.isArabicDigit($0) }
        guard !digits.isEmpty, let number = ChineseNumber.value(digits) else { return nil }
        let rest = scalars.dropFirst(1 + digits.count)
        guard rest.first == "篇" else { return nil }
        let after = rest.dropFirst().first
        guard after == nil || after == "：" || after == ":" || HeadingParser.isSpace(after!) else { return nil }
        return number
    }

    /// The title a marker line gives: `第一篇：《关于…治理》` → `关于…治理`.
    static func titleOfMarker(_ text: String) -> String {
        var scalars = Substring(text).unicodeScalars.drop { $0 != "篇" }.dropFirst()
        scalars = scalars.drop { $0 == "：" || $0 == ":" || HeadingParser.isSpace($0) }
        let rest = String(scalars).trimmingSpaces()
        if rest.hasPrefix("《"), let close = rest.firstIndex(of: "》") {
            let inner = rest[rest.index(after: rest.startIndex)..<close]
            if !inner.isEmpty { return String(inner) }
        }
        return rest
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
