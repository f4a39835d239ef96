/// The text of an HTML page's body as lines: no tags, scripts, styles or comments; character references
/// decoded; block elements (p, div, li, tr, h1–h6 …) as paragraph breaks and `<br>` as a line break;
/// `<title>` as the title; `<h1>`–`<h6>` as headings of that level.
///
/// A tolerant scanner rather than an XML parser: published pages are rarely well-formed.
struct HTMLTextExtractor {
    static let blockElements: Set<String> = [
        "p", "div", "li", "ul", "ol", "dl", "dt", "dd", "tr", "td", "th", "table", "tbody", "thead", "tfoot",
        "caption", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "pre", "section", "article", "header",
        "footer", "nav", "aside", "main", "figure", "figcaption", "form", "fieldset", "address", "hr", "center",
        "body", "html",
    ]
    /// Elements whose content is never text of the page.
    static let hiddenElements: Set<String> = ["script", "style", "noscript", "template", "iframe", "object", "svg", "select"]

    private(set) var lines: [TextLine] = []
    private(set) var title: String?

    private var current: [Unicode.Scalar] = []
    private var pendingSpace = false
    private var breakBeforeNext = false
    private var headingLevel: Int?
    private var inTitle = false
    private var titleScalars: [Unicode.Scalar] = []
    private var inHead = false

    /// Extracts the text of `html`.
    init(_ html: String) {
        let scalars = Array(html.unicodeScalars)
        var index = 0
        var text: [Unicode.Scalar] = []
        while index < scalars.count {
            let scalar = scalars[index]
            guard scalar == "<" else {
                text.append(scalar)
                index += 1
                continue
            }
            if !text.isEmpty {
                appendText(text)
                text.removeAll(keepingCapacity: true)
            }
            index = handleMarkup(scalars, at: index)
        }
        if !text.isEmpty { appendText(text) }
        endLine(paragraph: true)
        if let title = title?.trimmingSpaces(), title.isEmpty { self.title = nil }
    }

    /// Handles the markup starting at `<`; returns the index after it.
    private mutating func handleMarkup(_ scalars: [Unicode.Scalar], at start: Int) -> Int {
        if HTMLTextExtractor.matches(scalars, at: start, "<!--") {
            return HTMLTextExtractor.find(scalars, "-->", from: start + 4).map { $0 + 3 } ?? scalars.count
        }
        var index = start + 1
        let closing = index < scalars.count && scalars[index] == "/"
        if closing { index += 1 }
        let nameStart = index
        while index < scalars.count, scalars[index].properties.isAlphabetic || ("0"..."9").contains(scalars[index]) { index += 1 }
        guard index > nameStart else {
            // `<` that opens no tag (`a < b`, `<!DOCTYPE`, `<?xml`): a declaration is skipped, a bare `<` is text.
            if index < scalars.count, scalars[index] == "!" || scalars[index] == "?" {
                return (HTMLTextExtractor.find(scalars, ">", from: index) ?? scalars.count - 1) + 1
            }
            appendText(["<"])
            return start + 1
        }
        let name = String(String.UnicodeScalarView(scalars[nameStart..<index])).lowercased()
        let end = HTMLTextExtractor.tagEnd(scalars, from: index)
        if !closing, HTMLTextExtractor.hiddenElements.contains(name) {
            let closeTag = Array("</\(name)".unicodeScalars)
            guard let close = HTMLTextExtractor.findCaseInsensitive(scalars, closeTag, from: end) else { return scalars.count }
            return HTMLTextExtractor.tagEnd(scalars, from: close + closeTag.count)
        }
        handleTag(name, closing: closing)
        return end
    }

    private mutating func handleTag(_ name: String, closing: Bool) {
        switch name {
        case "head": inHead = !closing
        case "title":
            inTitle = !closing
            if closing, title == nil { title = collapse(titleScalars) }
        case "br":
            endLine(paragraph: false)
        case "h1", "h2", "h3", "h4", "h5", "h6":
            endLine(paragraph: true)
            headingLevel = closing ? nil : Int(String(name.dropFirst()))
        default:
            if HTMLTextExtractor.blockElements.contains(name) { endLine(paragraph: true) }
        }
    }

    private mutating func appendText(_ raw: [Unicode.Scalar]) {
        let decoded = HTMLTextExtractor.decodeReferences(raw)
        if inTitle {
            titleScalars.append(contentsOf: decoded)
            return
        }
        guard !inHead else { return }
        for scalar in decoded {
            // HTML collapses runs of white space; the no-break and ideographic spaces are kept as written.
            if scalar == " " || scalar == "\n" || scalar == "\r" || scalar == "\t" || scalar == "\u{0C}" {
                pendingSpace = !current.isEmpty
                continue
            }
            if pendingSpace {
                current.append(" ")
                pendingSpace = false
            }
            current.append(scalar)
        }
    }

    private mutating func endLine(paragraph: Bool) {
        let text = String(String.UnicodeScalarView(current)).trimmingSpaces()
        current.removeAll(keepingCapacity: true)
        pendingSpace = false
        if text.isEmpty {
            if paragraph { breakBeforeNext = true }
            return
        }
        lines.append(TextLine(text, outlineLevel: headingLevel, afterBreak: breakBeforeNext || lines.isEmpty))
        breakBeforeNext = paragraph
    }

    private func collapse(_ scalars: [Unicode.Scalar]) -> String {
        var result = String.UnicodeScalarView()
        var space = false
        for scalar in scalars {
            if scalar == " " || scalar == "\n" || scalar == "\r" || scalar == "\t" {
                space = !result.isEmpty
            } else {
                if space { result.append(" ") }
                space = false
                result.append(scalar)
            }
        }
        return String(result).trimmingSpaces()
    }

    /// Text with `&name;`, `&#N;` and `&#xN;` replaced; unknown references stay as written.
    static func decodeReferences(_ raw: [Unicode.Scalar]) -> [Unicode.Scalar] {
        guard raw.contains("&") else { return raw }
        var result: [Unicode.Scalar] = []
        result.reserveCapacity(raw.count)
        var index = 0
        while index < raw.count {
            let scalar = raw[index]
            guard scalar == "&" else {
                result.append(scalar)
                index += 1
                continue
            }
            var end = index + 1
            while end < raw.count, end - index <= 32, raw[end] != ";", raw[end] != "&", raw[end] != " " { end += 1 }
            if end < raw.count, raw[end] == ";",
               let decoded = HTMLEntities.scalar(for: Substring(String(String.UnicodeScalarView(raw[(index + 1)..<end])))) {
                result.append(decoded)
                index = end + 1
            } else {
                result.append(scalar)
                index += 1
            }
        }
        return result
    }

    /// The index after the `>` that closes a tag, skipping quoted attribute values.
    static func tagEnd(_ scalars: [Unicode.Scalar], from start: Int) -> Int {
        var index = start
        var quote: Unicode.Scalar?
        while index < scalars.count {
            let scalar = scalars[index]
            if let open = quote {
                if scalar == open { quote = nil }
            } else if scalar == "\"" || scalar == "'" {
                quote = scalar
            } else if scalar == ">" {
                return index + 1
            }
            index += 1
        }
        return scalars.count
    }

    static func matches(_ scalars: [Unicode.Scalar], at index: Int, _ pattern: String) -> Bool {
        let pattern = Array(pattern.unicodeScalars)
        guard index + pattern.count <= scalars.count else { return false }
        return scalars[index..<(index + pattern.count)].elementsEqual(pattern)
    }

    static func find(_ scalars: [Unicode.Scalar], _ pattern: String, from start: Int) -> Int? {
        findCaseInsensitive(scalars, Array(pattern.unicodeScalars), from: start)
    }

    static func findCaseInsensitive(_ scalars: [Unicode.Scalar], _ pattern: [Unicode.Scalar], from start: Int) -> Int? {
        guard let first = pattern.first, pattern.count <= scalars.count else { return nil }
        var index = start
        while index + pattern.count <= scalars.count {
            if lowercased(scalars[index]) == first {
                var matched = true
                for offset in 1..<pattern.count where lowercased(scalars[index + offset]) != lowercased(pattern[offset]) {
                    matched = false
                    break
                }
                if matched { return index }
            }
            index += 1
        }
        return nil
    }

    private static func lowercased(_ scalar: Unicode.Scalar) -> Unicode.Scalar {
        ("A"..."Z").contains(scalar) ? Unicode.Scalar(scalar.value + 32)! : scalar
    }
}
