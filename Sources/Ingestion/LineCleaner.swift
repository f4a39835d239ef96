/// Removes the debris that web pages and Word exports leave in report texts, line by line: site
/// banners, navigation trails, `[bookmark: …]` anchors, page-number lines, HTML comments in Markdown and
/// the licence notice a site prints under a page (`LineCleaner+LicenceNotice.swift`).
///
/// Lines keep their characters as written and only whole debris is removed, except for numbers typeset
/// with a space after every digit, which are joined (`LineCleaner+SpacedDigits.swift`).
enum LineCleaner {
    static func clean(_ lines: [TextLine]) -> [TextLine] {
        var cleaned: [TextLine] = []
        cleaned.reserveCapacity(lines.count)
        var joinAcrossDroppedLine = false
        for var line in lines {
            line.text = removingBookmarks(line.text).trimmingSpaces()
            if line.text.isEmpty || isBanner(line.text) || isComment(line.text) || isBreadcrumb(line.text) { continue }
            if isPageNumber(line.text) {
                // The page break may cut a sentence; joining decides on the lines around it.
                joinAcrossDroppedLine = true
                continue
            }
            if joinAcrossDroppedLine { line.afterBreak = false }
            joinAcrossDroppedLine = false
            cleaned.append(line)
        }
        return joiningSpacedDigits(droppingLicenceNotice(cleaned))
    }

    /// `[bookmark: _Toc1]` anchors left by Word-to-text conversion, wherever they occur in the line.
    static func removingBookmarks(_ text: String) -> String {
        guard text.containsBytes(of: "[bookmark:") else { return text }
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
        guard text.utf8.count <= 360 else { return false }
        let bytes = Array(text.utf8)
        guard bytes.indices.contains(where: { isURL(at: $0, in: bytes) }) else { return false }
        // What is left once URLs and separators are gone must be a short name, not a sentence.
        let separators = " \t\u{3000}/|｜-—_·•:：".unicodeScalars
        var rest: [Unicode.Scalar] = []
        var offset = 0
        var urlEnd = 0
        for scalar in text.unicodeScalars {
            let width = UTF8.width(scalar)
            defer { offset += width }
            if offset < urlEnd { continue }
            if isURL(at: offset, in: bytes) {
                urlEnd = bytes[offset...].firstIndex { $0 >= 0x80 || $0 == 0x20 } ?? bytes.count
                continue
            }
            if !separators.contains(scalar) { rest.append(scalar) }
            if rest.count > 12 { return false }
        }
        return !rest.contains(where: HeadingParser.isClauseEnd)
    }

    /// Whether `www.`, `http://` or `https://` (in any case) starts at `offset`.
    private static func isURL(at offset: Int, in bytes: [UInt8]) -> Bool {
        func matches(_ pattern: StaticString) -> Bool {
            guard offset + pattern.utf8CodeUnitCount <= bytes.count else { return false }
            // ASCII letters compare case-insensitively by their 0x20 bit; the other pattern bytes are
            // '.', ':' and '/', which have it set already.
            for position in 0..<pattern.utf8CodeUnitCount where bytes[offset + position] | 0x20 != pattern.utf8Start[position] {
                return false
            }
            return true
        }
        let first = bytes[offset] | 0x20
        if first == UInt8(ascii: "w") { return matches("www.") }
        return first == UInt8(ascii: "h") && (matches("http://") || matches("https://"))
    }

    /// A web page's navigation trail: `首页 > 政策文件`, `当前位置：首页 » 通知公告`.
    static func isBreadcrumb(_ text: String) -> Bool {
        guard ["首页", "当前位置", "您的位置", "您现在的位置", "现在位置", "所在位置"].contains(where: { text.utf8.starts(with: $0.utf8) }) else {
            return false
        }
        let scalars = Array(text.unicodeScalars.prefix(81))
        return scalars.count <= 80 && scalars.contains(where: { ">»＞→/".unicodeScalars.contains($0) })
    }

    /// An HTML comment line in Markdown, such as the laws' `<!-- INFO END -->`.
    static func isComment(_ text: String) -> Bool {
        text.utf8.starts(with: "<!--".utf8) && text.utf8.reversed().starts(with: ">--".utf8)
    }

    /// A line that is only a page number: `3`, `- 3 -`, `— 3 —`, `第3页`, `第 3 页 共 10 页`, `3/10`.
    static func isPageNumber(_ text: String) -> Bool {
        let scalars = text.leadingScalars(25)
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
