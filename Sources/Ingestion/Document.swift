/// One article of a source file: a compilation (合集) holds several, a plain file one.
public struct Document: Sendable, Hashable {
    /// The file it was read from, as given on the command line or found under a folder.
    public var source: String
    /// Its position within the file, counted from 1 (the contract's `document_index`).
    public var index: Int
    /// Its title (the contract's `document`).
    public var title: String
    /// Metadata found in its header, in the order written: 来源, 作者, 更新时间, 文号 ...
    public var metadata: [MetadataField]
    /// Its sections in reading order, the preamble (an empty heading path) first where there is one.
    public var sections: [Section]

    public init(source: String, index: Int, title: String, metadata: [MetadataField] = [], sections: [Section] = []) {
        self.source = source
        self.index = index
        self.title = title
        self.metadata = metadata
        self.sections = sections
    }

    /// The whole cleaned text, sections joined by newlines (headings included).
    public var text: String {
        sections.map(\.headedText).joined(separator: "\n")
    }
}

/// A `key：value` line of a document's header.
public struct MetadataField: Sendable, Hashable {
    public var key: String
    public var value: String

    public init(key: String, value: String) {
        self.key = key
        self.value = value
    }
}
