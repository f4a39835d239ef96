/// Removes the debris that web pages and Word exports leave in report texts, line by line: site
/// banners, `[bookmark: …]` anchors, page-number lines and HTML comments in Markdown.
///
/// Lines keep their characters as written; only whole debris is removed.
enum LineCleaner {
    static func clean(_ lines: [TextLine]) -> [TextLine] {
        var cleaned: [TextLine] = []
        cleaned.reserveCapacity(lines.count)
        var joinAcrossDroppedLine = false
        for var line in lines {
            line.text = removingBookmarks(line.text).trimmingSpaces()
            if line.text.isEmpty || isBanner(line.text) || isComment(line.text) { continue }
            if isPageNumber(line.text) {
                // The page break may cut a sentence; joining decides on the lines around it.
                joinAcrossDroppedLine = true
                continue
            }
            if joinAcrossDroppedLine { line.afterBreak = false }
            joinAcrossDroppedLine = false
            cleaned.append(line)
        }
        return cleaned
    }

    /// `[bookmark: _Toc1]` anchors left by Word-to-text conversion, wherever they occur in the line.
    static func removingBookmarks(_ text: String) -> String {
        guard text.utf8.contains(UInt8(ascii: "[")), text.contains("[bookmark:") else { return text }
        var result = ""
        var rest = Substring(text)
        while let start = rest.firstRange(of: "[bookmark:") {
            result += rest[..<start.lowerBound]
            guard let close = rest[start.upperBound...].firstIndex(of: "]") else {
                rest = rest[rest.endIndex...]
                break
            }
            rest = rest[rest.index(after: close)...]
        }
        return result + rest
    }

    /// A line that only names a web site: a URL, possibly with the site's name (`中词库 / www.zciku.com`).
    static func isBanner(_ text: String) -> Bool {
        let scalars = Array(text.unicodeScalars.prefix(121))
        guard scalars.count <= 120 else { return false }
        let lower = String(String.UnicodeScalarView(scalars)).lowercased()
        guard lower.contains("www.") || lower.contains("http://") || lower.contains("https://") else { return false }
        // What is left once URLs and separators are gone must be a short name, not a sentence.
        var rest: [Unicode.Scalar] = []
        var inURL = false
        let separators = " \t\u{3000}/|｜-—_·•:：".unicodeScalars
        for (index, scalar) in scalars.enumerated() {
            if !inURL, startsURL(scalars, at: index) { inURL = true }
            if inURL {
                if scalar.value < 0x80, scalar != " " { continue }
                inURL = false
            }
            if !separators.contains(scalar) { rest.append(scalar) }
        }
        return rest.count <= 12 && !rest.contains(where: HeadingParser.isClauseEnd)
    }

    private static func startsURL(_ scalars: [Unicode.Scalar], at index: Int) -> Bool {
        for prefix in ["www.", "http://", "https://"] {
            let pattern = Array(prefix.unicodeScalars)
            if index + pattern.count <= scalars.count,
               zip(scalars[index..<(index + pattern.count)], pattern).allSatisfy({ $0.properties.lowercaseMapping == String($1) }) {
                return true
            }
        }
        return false
    }

    /// An HTML comment line in Markdown, such as the laws' `<!-- INFO END -->`.
    static func isComment(_ text: String) -> Bool {
        text.hasPrefix("<!--") && text.hasSuffix("-->")
    }

    /// A line that is only a page number: `3`, `- 3 -`, `— 3 —`, `第3页`, `第 3 页 共 10 页`, `3/10`.
    static func isPageNumber(_ text: String) -> Bool {
        let scalars = Array(text.unicodeScalars.prefix(25))
        guard scalars.count < 25 else { return false }
        var digits = 0
        for scalar in scalars {
            if ChineseNumber.isArabicDigit(scalar) {
                digits += 1
            } else if !" \t\u{3000}-—–·•/第页共".unicodeScalars.contains(scalar) {
                return false
            }
        }
        return digits >= 1 && digits <= 4
    }
}
