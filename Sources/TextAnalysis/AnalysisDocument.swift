import Foundation
import Ingestion

/// A document as the analysis commands see it: where it came from, the year it is dated, and the text
/// of each section as the index stores it (`Ingestion.Section.headedText`), so that counts from files and from
/// an index agree.
public struct AnalysisDocument: Sendable, Hashable {
    /// One section's text with its heading path.
    public struct Section: Sendable, Hashable {
        /// The contract's `section`: the heading path joined with ` › `.
        public var path: String
        /// The heading and the body under it (`Ingestion.Section.headedText`).
        public var text: String

        public init(path: String, text: String) {
            self.path = path
            self.text = text
        }
    }

    public var source: String
    public var documentIndex: Int
    public var title: String
    public var year: Int?
    public var sections: [Section]

    public init(source: String, documentIndex: Int, title: String, year: Int?, sections: [Section]) {
        self.source = source
        self.documentIndex = documentIndex
        self.title = title
        self.year = year
        self.sections = sections
    }

    /// `document` with its year (`Document.year`) and its sections that hold a heading or text.
    public init(_ document: Document) {
        self.init(source: document.source, documentIndex: document.index, title: document.title, year: document.year,
                  sections: document.sections.compactMap { section in
                      let text = section.headedText
                      return text.isEmpty ? nil : Section(path: section.pathString, text: text)
                  })
    }

    /// The folder of its file, as the path was given.
    public var folder: String {
        let parent = (source as NSString).deletingLastPathComponent
        return parent.isEmpty ? "." : parent
    }

    /// Characters of its text, whitespace not counted: the denominator of `per_10k`.
    public var characterCount: Int {
        sections.reduce(0) { total, section in total + section.text.unicodeScalars.reduce(0) { $0 + (AnalysisDocument.isWhitespace($1) ? 0 : 1) } }
    }

    /// Unicode's White_Space, spelled out: the property lookup cost more than the rest of a count.
    private static func isWhitespace(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x09...0x0D, 0x20, 0x85, 0xA0, 0x1680, 0x2000...0x200A, 0x2028, 0x2029, 0x202F, 0x205F, 0x3000: return true
        default: return false
        }
    }
}
