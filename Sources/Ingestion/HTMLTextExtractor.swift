import Foundation

/// The text of an HTML page's body as lines: no tags, scripts, styles or comments; character references
/// decoded; block elements (p, div, li, tr, h1–h6 …) as paragraph breaks and `<br>` as a line break;
/// `<title>` as the title; `<h1>`–`<h6>` as headings of that level; a table's row as one line of its cells
/// (`TableRow`).
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
    static let hiddenElements: Set<String> = ["script", "style", "noscript", "template", "iframe", "object", "svg", "select", "nav"]
    /// Words in a `class` or `id` that mark a site's navigation, banner or footer rather than the text.
    static let navigationMarks = ["nav", "menu", "banner", "breadcrumb", "crumb", "location", "footer", "copyright",
                                  "share", "sidebar", "toolbar", "topbar"]
    /// `<meta name=…>` fields that Chinese government sites fill: the article's title, date and source.
    static let metaFields: [String: String] = [
        "articletitle": "标题", "pubdate": "发布时间", "publishdate": "发布时间", "contentsource": "来源",
        "source": "来源", "author": "作者",
    ]

    private(set) var lines: [TextLine] = []
    /// The page's `<title>`.
    private(set) var title: String?
    /// The metadata of `<meta name=…>` fields (see `metaFields`), `标题` among them where given.
    private(set) var metadata: [MetadataField] = []

    private var current: [Unicode.Scalar] = []
    private var pendingSpace = false
    private var breakBeforeNext = false
    private var headingLevel: Int?
    private var inTitle = false
    private var titleScalars: [Unicode.Scalar] = []
    private var inHead = false
    /// The row being read in each open table, innermost last.
    private var tables: [OpenRow] = []

    /// Where a table's current row started among `lines`, and where each of its cells did.
    private struct OpenRow {
        var start: Int?
        var cellStarts: [Int] = []
        /// A row holding a table of its own lays out the page rather than listing data: its lines stay apart.
        var isLayout = false
    }

    /// Extracts the text of `html`.
    init(_ html: String) {
        let scalars = Array(html.unicodeScalars)
        var index = 0
        while index < scalars.count {
            let markup = scalars[index...].firstIndex(of: "<") ?? scalars.count
            if markup > index { appendText(Array(scalars[index..<markup])) }
            guard markup < scalars.count else { break }
            index = handleMarkup(scalars, at: markup)
        }
        endLine(paragraph: true)
        if let title = title?.trimmingSpaces(), title.isEmpty { self.title = nil }
    }

    /// Handles the markup starting at `<`; returns the index after it.
    private mutating func handleMarkup(_ scalars: [Unicode.Scalar], at start: Int) -> Int {
        if HTMLTextExtractor.matchesCaseInsensitive(scalars, at: start, Array("<!--".unicodeScalars)) {
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
        if !closing, name == "meta" || HTMLTextExtractor.blockElements.contains(name) {
            let attributes = HTMLTextExtractor.attributes(scalars[index..<end])
            if name == "meta" {
                readMeta(attributes)
            } else if HTMLTextExtractor.isNavigation(attributes), scalars[end - 2] != "/" {
                endLine(paragraph: true)
                return HTMLTextExtractor.matchingCloseEnd(scalars, name: name, from: end)
            }
        }
        handleTag(name, closing: closing)
        return end
    }

    private mutating func readMeta(_ attributes: [String: String]) {
        guard let name = attributes["name"]?.lowercased(), let key = HTMLTextExtractor.metaFields[name],
              let value = attributes["content"]?.trimmingSpaces(), !value.isEmpty,
              !metadata.contains(where: { $0.key == key }) else { return }
        metadata.append(MetadataField(key: key, value: value))
    }

    /// Whether an element's `class` or `id` marks it as navigation.
    static func isNavigation(_ attributes: [String: String]) -> Bool {
        let names = ((attributes["class"] ?? "") + " " + (attributes["id"] ?? "")).lowercased()
        guard names.contains(where: { $0 != " " }) else { return false }
        let words = names.split(whereSeparator: { !$0.isLetter })
        return words.contains { word in navigationMarks.contains { word == $0 || word.hasPrefix($0) } }
    }

    /// The attributes of a tag (between its name and `>`), names lowercased, values with references decoded.
    static func attributes(_ scalars: ArraySlice<Unicode.Scalar>) -> [String: String] {
        var attributes: [String: String] = [:]
        var index = scalars.startIndex
        let end = scalars.endIndex
        func isNameScalar(_ scalar: Unicode.Scalar) -> Bool {
            !(scalar == " " || scalar == "\t" || scalar == "\n" || scalar == "\r" || scalar == "=" || scalar == ">" || scalar == "/")
        }
        while index < end {
            while index < end, !isNameScalar(scalars[index]) { index += 1 }
            let nameStart = index
            while index < end, isNameScalar(scalars[index]) { index += 1 }
            guard index > nameStart else { break }
            let name = String(String.UnicodeScalarView(scalars[nameStart..<index])).lowercased()
            while index < end, scalars[index] == " " { index += 1 }
            guard index < end, scalars[index] == "=" else {
                attributes[name] = ""
                continue
            }
            index += 1
            while index < end, scalars[index] == " " { index += 1 }
            var value: [Unicode.Scalar] = []
            if index < end, scalars[index] == "\"" || scalars[index] == "'" {
                let quote = scalars[index]
                index += 1
                while index < end, scalars[index] != quote { value.append(scalars[index]); index += 1 }
                index += 1
            } else {
                while index < end, isNameScalar(scalars[index]) { value.append(scalars[index]); index += 1 }
            }
            attributes[name] = String(String.UnicodeScalarView(decodeReferences(value)))
        }
        return attributes
    }

    /// The index after the close tag matching an element opened before `start`, counting nested
    /// elements of the same name; the end of the page if it is never closed.
    static func matchingCloseEnd(_ scalars: [Unicode.Scalar], name: String, from start: Int) -> Int {
        let open = Array("<\(name)".unicodeScalars)
        let close = Array("</\(name)".unicodeScalars)
        var depth = 1
        var index = start
        while index < scalars.count, let next = scalars[index...].firstIndex(of: "<") {
            if matchesCaseInsensitive(scalars, at: next, close) {
                depth -= 1
                index = tagEnd(scalars, from: next + close.count)
                if depth == 0 { return index }
            } else if matchesCaseInsensitive(scalars, at: next, open), next + open.count < scalars.count,
                      !scalars[next + open.count].properties.isAlphabetic {
                depth += 1
                index = tagEnd(scalars, from: next + open.count)
            } else {
                index = next + 1
            }
        }
        return scalars.count
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
        case "table":
            endLine(paragraph: true)
            if closing {
                finishRow()
                tables.removeLast()
            } else {
                if !tables.isEmpty { tables[tables.count - 1].isLayout = true }
                tables.append(OpenRow())
            }
        case "tr":
            endLine(paragraph: true)
            finishRow()
            if !closing, !tables.isEmpty { tables[tables.count - 1].start = lines.count }
        case "td", "th":
            endLine(paragraph: true)
            guard !closing, !tables.isEmpty else { break }
            if tables[tables.count - 1].start == nil { tables[tables.count - 1].start = lines.count }
            tables[tables.count - 1].cellStarts.append(lines.count)
        default:
            if HTMLTextExtractor.blockElements.contains(name) { endLine(paragraph: true) }
        }
    }

    /// The longest row, in scalars, read as one line: a longer one is a page laid out in a table.
    static let longestRow = 2000
    /// The most lines (paragraphs) in one cell of a row read as one line.
    static let mostCellLines = 8

    /// Ends the innermost table's row: the lines of a row of two or more cells become one line, its cells in
    /// order (`TableRow`), where the row lists data rather than lays out the page (a nested table, a cell
    /// of many paragraphs, a row longer than `longestRow`).
    private mutating func finishRow() {
        guard let row = tables.last, let start = row.start else { return }
        tables[tables.count - 1] = OpenRow(isLayout: row.isLayout)
        guard !row.isLayout, row.cellStarts.count >= 2, start < lines.count else { return }
        let bounds = zip([start] + row.cellStarts.dropFirst(), row.cellStarts.dropFirst() + [lines.count])
        guard bounds.allSatisfy({ $1 - $0 <= HTMLTextExtractor.mostCellLines }) else { return }
        let cells = bounds.map { lines[$0..<$1].map(\.text).joined(separator: " ") }
        let text = TableRow.line(cells)
        guard text.unicodeScalars.count <= HTMLTextExtractor.longestRow else { return }
        lines.replaceSubrange(start..., with: [TextLine(text, afterBreak: true)])
        breakBeforeNext = true
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

    /// The title of the article: the `ArticleTitle` meta field, else `<title>` without the site's name
    /// after `_`, `|` or ` - ` when the part before it is a line of the page, else `<title>`.
    var articleTitle: String? {
        if let field = metadata.first(where: { $0.key == "标题" }) { return field.value }
        return siteTitleSplit?.article ?? title
    }

    /// `<title>` cut into the article's title and the site's name, where a line of the page confirms the cut.
    var siteTitleSplit: (article: String, site: String)? {
        guard let title else { return nil }
        for separator in ["_", " | ", "|", " - ", " — ", "－"] {
            guard let range = title.range(of: separator, options: .backwards) else { continue }
            let article = String(title[..<range.lowerBound]).trimmingSpaces()
            let site = String(title[range.upperBound...]).trimmingSpaces()
            guard !article.isEmpty, !site.isEmpty else { continue }
            let key = CompilationSplitter.titleKey(article)
            if lines.prefix(60).contains(where: { CompilationSplitter.titleKey($0.text) == key }) { return (article, site) }
        }
        return nil
    }

    /// The lines with the site's name dropped from the head of the page (a banner repeating `<title>`'s
    /// site part, such as `青川县人民政府`).
    var articleLines: [TextLine] {
        guard let site = siteTitleSplit?.site else { return lines }
        var result = lines
        if let index = result.prefix(10).firstIndex(where: { $0.text == site }) { result.remove(at: index) }
        return result
    }

    /// The metadata of the page, without the title.
    var articleMetadata: [MetadataField] {
        metadata.filter { $0.key != "标题" }
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

    static func find(_ scalars: [Unicode.Scalar], _ pattern: String, from start: Int) -> Int? {
        findCaseInsensitive(scalars, Array(pattern.unicodeScalars), from: start)
    }

    static func findCaseInsensitive(_ scalars: [Unicode.Scalar], _ pattern: [Unicode.Scalar], from start: Int) -> Int? {
        guard pattern.count <= scalars.count else { return nil }
        var index = start
        while index + pattern.count <= scalars.count {
            if matchesCaseInsensitive(scalars, at: index, pattern) { return index }
            index += 1
        }
        return nil
    }

    static func matchesCaseInsensitive(_ scalars: [Unicode.Scalar], at index: Int, _ pattern: [Unicode.Scalar]) -> Bool {
        guard index + pattern.count <= scalars.count else { return false }
        for offset in 0..<pattern.count where lowercased(scalars[index + offset]) != lowercased(pattern[offset]) {
            return false
        }
        return true
    }

    private static func lowercased(_ scalar: Unicode.Scalar) -> Unicode.Scalar {
        ("A"..."Z").contains(scalar) ? Unicode.Scalar(scalar.value + 32)! : scalar
    }
}
