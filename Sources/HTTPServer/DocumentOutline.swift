/// A document as the server shows it: its metadata and its sections in reading order.
public struct DocumentOutline: Sendable, Hashable {
    public struct Section: Sendable, Hashable {
        /// Headings from the top level down to this one; empty for the preamble.
        public var path: [String]
        /// 1 for a top-level heading, 0 for the preamble.
        public var level: Int
        public var text: String

        public init(path: [String], level: Int, text: String) {
            self.path = path
            self.level = level
            self.text = text
        }

        public var heading: String { path.last ?? "" }
        /// The contract's `section`: the heading path joined with ` › `.
        public var pathString: String { path.joined(separator: " › ") }
    }

    public var key: DocumentKey
    public var title: String
    /// `key：value` lines of the document's header, in the order written.
    public var metadata: [(key: String, value: String)]
    public var sections: [Section]

    public init(key: DocumentKey, title: String, metadata: [(key: String, value: String)], sections: [Section]) {
        self.key = key
        self.title = title
        self.metadata = metadata
        self.sections = sections
    }

    public static func == (lhs: DocumentOutline, rhs: DocumentOutline) -> Bool {
        lhs.key == rhs.key && lhs.title == rhs.title && lhs.sections == rhs.sections
            && lhs.metadata.map(\.key) == rhs.metadata.map(\.key) && lhs.metadata.map(\.value) == rhs.metadata.map(\.value)
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(key)
        hasher.combine(sections)
    }
}
