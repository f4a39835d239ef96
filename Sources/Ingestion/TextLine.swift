/// One line of a file's text on its way to becoming paragraphs: a line of a .txt file, a paragraph of
/// a .docx file, a block of an HTML page.
struct TextLine: Sendable, Hashable {
    /// The text, trimmed of surrounding spaces.
    var text: String {
        didSet { parsedHeading = nil }
    }
    /// Heading level given by the format (Markdown `#`, `<h2>`, a Word heading style), if any.
    var outlineLevel: Int?
    /// Whether an empty line (or a block boundary) preceded it: a paragraph break that hard-wrap
    /// joining does not cross.
    var afterBreak: Bool
    /// Whether the line is an item of a bulleted list (Markdown's `- `, `* `, `+ `): a paragraph of its own, and never
    /// a document's title, however short.
    var isListItem = false

    /// The heading `HeadingParser.parse(text)` finds, once `plainHeading()` has parsed it; let go when the text
    /// changes. Paragraphs that are one line each are parsed for a heading when lines are joined and again when
    /// sections are built: the second parse, as dear as the first, reads this instead.
    private(set) var parsedHeading: Heading??

    init(_ text: String, outlineLevel: Int? = nil, afterBreak: Bool = false) {
        self.text = text
        self.outlineLevel = outlineLevel
        self.afterBreak = afterBreak
    }

    /// The heading at the start of the text read as no format marks it (`HeadingParser.parse(text)`), parsed
    /// once.
    mutating func plainHeading() -> Heading? {
        if let parsed = parsedHeading { return parsed }
        let heading = HeadingParser.parse(text)
        parsedHeading = .some(heading)
        return heading
    }

    /// The heading of the line as the section builder reads it: with the format's outline level, if any.
    var heading: Heading? {
        if outlineLevel == nil, let parsed = parsedHeading { return parsed }
        return HeadingParser.parse(text, outlineLevel: outlineLevel)
    }

    /// Lines are the same by what they say, whether or not their heading was parsed yet.
    static func == (left: TextLine, right: TextLine) -> Bool {
        left.text == right.text && left.outlineLevel == right.outlineLevel && left.afterBreak == right.afterBreak
    }

    func hash(into hasher: inout Hasher) {
        hasher.combine(text)
        hasher.combine(outlineLevel)
        hasher.combine(afterBreak)
    }

    /// Splits text into lines at LF, CR, CRLF, form feed and the Unicode line and paragraph separators,
    /// trimming each and dropping empty ones (which set `afterBreak` on the next).
    static func split(_ text: String) -> [TextLine] {
        var text = text
        return text.withUTF8 { bytes in
            var lines: [TextLine] = []
            var start = 0
            var sawBreak = false
            func emit(_ end: Int) {
                let line = String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<end]), as: UTF8.self).trimmingSpaces()
                if line.isEmpty {
                    sawBreak = true
                } else {
                    lines.append(TextLine(line, afterBreak: sawBreak))
                    sawBreak = false
                }
            }
            var index = 0
            let count = bytes.count
            while index < count {
                let byte = bytes[index]
                if byte == 0x0A || byte == 0x0D || byte == 0x0C {
                    emit(index)
                    if byte == 0x0D, index + 1 < count, bytes[index + 1] == 0x0A { index += 1 }
                    // A form feed is a page break: a paragraph break in itself.
                    if byte == 0x0C { sawBreak = true }
                    start = index + 1
                } else if byte == 0xE2, index + 2 < count, bytes[index + 1] == 0x80, bytes[index + 2] == 0xA8 || bytes[index + 2] == 0xA9 {
                    // U+2028 LINE SEPARATOR, U+2029 PARAGRAPH SEPARATOR.
                    emit(index)
                    if bytes[index + 2] == 0xA9 { sawBreak = true }
                    index += 2
                    start = index + 1
                }
                index += 1
            }
            emit(count)
            return lines
        }
    }
}
