import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import ZIPFoundation

/// The paragraphs of a Word document (.docx): `word/document.xml` read from the zip archive, one line
/// per `<w:p>`, `<w:br/>` as a line break, and heading levels from the paragraph's outline level or its
/// style (`Heading 1`, `标题 1`, `Title`, resolved through `word/styles.xml`).
struct DocxTextExtractor {
    private(set) var lines: [TextLine] = []

    init(contentsOf url: URL, path: String) throws(IngestionError) {
        let archive: Archive
        do {
            archive = try Archive(url: url, accessMode: .read)
        } catch {
            throw IngestionError(path: path, reason: "not a valid .docx file (not a zip archive)")
        }
        guard let document = DocxTextExtractor.data(of: "word/document.xml", in: archive) else {
            throw IngestionError(path: path, reason: "not a valid .docx file (no word/document.xml)")
        }
        var styleLevels: [String: Int] = [:]
        if let styles = DocxTextExtractor.data(of: "word/styles.xml", in: archive) {
            let reader = StyleReader()
            let parser = XMLParser(data: styles)
            parser.shouldProcessNamespaces = false
            parser.delegate = reader
            if parser.parse() { styleLevels = reader.levels }
        }
        let reader = ParagraphReader(styleLevels: styleLevels)
        let parser = XMLParser(data: document)
        parser.delegate = reader
        guard parser.parse() else {
            let line = parser.lineNumber
            throw IngestionError(path: path, reason: "word/document.xml is not well-formed XML (line \(line))")
        }
        lines = reader.lines
    }

    private static func data(of path: String, in archive: Archive) -> Data? {
        guard let entry = archive[path] else { return nil }
        var data = Data()
        do {
            _ = try archive.extract(entry, skipCRC32: false) { data.append($0) }
        } catch {
            return nil
        }
        return data
    }

    /// The outline level of a Word style name: `heading 2` → 2, `标题 2` → 2, `Title` → 1.
    static func level(ofStyleNamed name: String) -> Int? {
        let lower = name.lowercased().trimmingSpaces()
        if lower == "title" || lower == "标题" { return 1 }
        for prefix in ["heading", "标题"] where lower.hasPrefix(prefix) {
            let digits = String(lower.dropFirst(prefix.count)).trimmingSpaces()
            if let level = Int(digits), (1...9).contains(level) { return min(level + 1, 6) }
        }
        return nil
    }

    /// Reads `w:style` elements: style id → heading level.
    private final class StyleReader: NSObject, XMLParserDelegate {
        var levels: [String: Int] = [:]
        private var styleID: String?

        func parser(_ parser: XMLParser, didStartElement elementName: String, namespaceURI: String?,
                    qualifiedName: String?, attributes: [String: String] = [:]) {
            switch elementName {
            case "w:style": styleID = attributes["w:styleId"]
            case "w:name":
                if let id = styleID, let value = attributes["w:val"], let level = DocxTextExtractor.level(ofStyleNamed: value) {
                    levels[id] = level
                }
            case "w:outlineLvl":
                if let id = styleID, let value = attributes["w:val"].flatMap(Int.init), value < 9 { levels[id] = min(value + 2, 6) }
            default: break
            }
        }

        func parser(_ parser: XMLParser, didEndElement elementName: String, namespaceURI: String?, qualifiedName: String?) {
            if elementName == "w:style" { styleID = nil }
        }
    }

    /// Reads `w:p` paragraphs of the document body.
    private final class ParagraphReader: NSObject, XMLParserDelegate {
        let styleLevels: [String: Int]
        var lines: [TextLine] = []
        private var text = ""
        private var inText = false
        private var level: Int?
        private var deleted = 0
        private var lineBreakPending = false

        init(styleLevels: [String: Int]) {
            self.styleLevels = styleLevels
        }

        func parser(_ parser: XMLParser, didStartElement elementName: String, namespaceURI: String?,
                    qualifiedName: String?, attributes: [String: String] = [:]) {
            switch elementName {
            case "w:p":
                text = ""
                level = nil
                lineBreakPending = false
            case "w:pStyle":
                if let id = attributes["w:val"] { level = styleLevels[id] ?? DocxTextExtractor.level(ofStyleNamed: id) }
            case "w:outlineLvl":
                if let value = attributes["w:val"].flatMap(Int.init), value < 9 { level = min(value + 2, 6) }
            case "w:t": inText = deleted == 0
            case "w:del": deleted += 1
            case "w:tab": text += "\t"
            case "w:br", "w:cr":
                // A page break is no line break; a line break inside a paragraph is.
                if attributes["w:type"] != "page" && attributes["w:type"] != "column" { flush(paragraph: false) }
            default: break
            }
        }

        func parser(_ parser: XMLParser, foundCharacters string: String) {
            if inText { text += string }
        }

        func parser(_ parser: XMLParser, didEndElement elementName: String, namespaceURI: String?, qualifiedName: String?) {
            switch elementName {
            case "w:t": inText = false
            case "w:del": deleted -= 1
            case "w:p": flush(paragraph: true)
            default: break
            }
        }

        private func flush(paragraph: Bool) {
            let trimmed = text.trimmingSpaces()
            text = ""
            if !trimmed.isEmpty {
                // The document's title is a level-1 heading; headings below it start at level 2.
                lines.append(TextLine(trimmed, outlineLevel: level, afterBreak: !lineBreakPending))
            }
            lineBreakPending = !paragraph
        }
    }
}
