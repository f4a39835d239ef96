/// One unit of retrieval: a section of a document, a document as a whole, or a record that another
/// module extracted (a statistic, a citation, a measure), with where it came from.
public struct IndexUnit: Sendable, Hashable {
    /// What the unit is; `--kind` filters on it.
    public var kind: UnitKind
    /// The source file, as given or found.
    public var source: String
    /// The document's position within its file, from 1 (the contract's `document_index`).
    public var documentIndex: Int
    /// The document's title (the contract's `document`).
    public var document: String
    /// The heading path joined with ` › ` (the contract's `section`); empty for a preamble or a document.
    public var section: String
    /// The text that is indexed, stored and shown in snippets, as written.
    public var text: String
    /// The year the document is dated, when known (`year:` filters on it).
    public var year: Int?
    /// Units with the same group are near-duplicates of each other; search shows the best of a group once.
    public var duplicateGroup: Int?

    /// What joins the headings of `section`.
    public static let pathSeparator = " › "

    public init(kind: UnitKind, source: String, documentIndex: Int, document: String, section: String,
                text: String, year: Int? = nil, duplicateGroup: Int? = nil) {
        self.kind = kind
        self.source = source
        self.documentIndex = documentIndex
        self.document = document
        self.section = section
        self.text = text
        self.year = year
        self.duplicateGroup = duplicateGroup
    }
}

/// The kind of an index unit. Open-ended: the index stores kind names, so a module can add its own.
public struct UnitKind: RawRepresentable, Sendable, Hashable, Comparable, CustomStringConvertible {
    public let rawValue: String

    public init(rawValue: String) { self.rawValue = rawValue }

    /// A section of a document: its heading and the text under it.
    public static let section = UnitKind(rawValue: "section")
    /// A document as a whole, by its title and metadata.
    public static let document = UnitKind(rawValue: "document")
    /// A figure extracted from a sentence (issue 4).
    public static let statistic = UnitKind(rawValue: "statistic")
    /// A legal or policy citation (issue 4).
    public static let citation = UnitKind(rawValue: "citation")
    /// A policy measure (issue 4).
    public static let measure = UnitKind(rawValue: "measure")

    /// The kinds an index made by `zhili index` holds, in the order the search page lists them: what `--kind` and a
    /// `kind:` filter may name.
    public static let known: [UnitKind] = [.section, .document, .statistic, .citation, .measure]

    public var description: String { rawValue }

    public static func < (lhs: UnitKind, rhs: UnitKind) -> Bool { lhs.rawValue < rhs.rawValue }
}
