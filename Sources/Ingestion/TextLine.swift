/// One line of a file's text on its way to becoming paragraphs: a line of a .txt file, a paragraph of
/// a .docx file, a block of an HTML page.
struct TextLine: Sendable, Hashable {
    /// The text, trimmed of surrounding spaces.
    var text: String
    /// Heading level given by the format (Markdown `#`, `<h2>`, a Word heading style), if any.
    var outlineLevel: Int?
    /// Whether an empty line (or a block boundary) preceded it: a paragraph break that hard-wrap
    /// joining does not cross.
    var afterBreak: Bool

    init(_ text: String, outlineLevel: Int? = nil, afterBreak: Bool = false) {
        self.text = text
        self.outlineLevel = outlineLevel
        self.afterBreak = afterBreak
    }

    /// Splits UTF-16 text into lines at LF, CR, CRLF, form feed and the Unicode separators, trimming
    /// each and dropping empty ones (which set `afterBreak` on the next).
    static func split(_ units: [UInt16]) -> [TextLine] {
        var lines: [TextLine] = []
        var start = 0
        var sawBreak = false
        var index = 0
        let count = units.count
        units.withUnsafeBufferPointer { buffer in
            func emit(_ end: Int) {
                let text = String(decoding: UnsafeBufferPointer(rebasing: buffer[start..<end]), as: UTF16.self).trimmingSpaces()
                if text.isEmpty {
                    sawBreak = true
                } else {
                    lines.append(TextLine(text, afterBreak: sawBreak))
                    sawBreak = false
                }
            }
            while index < count {
                let unit = buffer[index]
                if unit == 0x0A || unit == 0x0D || unit == 0x0C || unit == 0x2028 || unit == 0x2029 {
                    emit(index)
                    if unit == 0x0D, index + 1 < count, buffer[index + 1] == 0x0A { index += 1 }
                    // A form feed or paragraph separator is a break in itself.
                    if unit == 0x0C || unit == 0x2029 { sawBreak = true }
                    start = index + 1
                }
                index += 1
            }
            emit(count)
        }
        return lines
    }
}
