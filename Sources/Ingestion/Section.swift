/// A heading and the text under it, up to the next heading of any level.
public struct Section: Sendable, Hashable {
    /// Headings from the document's top level down to this one, e.g.
    /// `["三、出生人口性别比失衡的对策", "2、加强宣传教育"]`; empty for the preamble.
    public var path: [String]
    /// Its depth in the section tree, 1 for a top-level heading and 0 for the preamble.
    public var level: Int
    /// The body text under the heading (excluding subsections), cleaned, in the characters as written.
    public var text: String
    /// Whether the text contains `～` placeholders left by a template or a redaction.
    public var hasPlaceholders: Bool

    public init(path: [String], level: Int, text: String, hasPlaceholders: Bool = false) {
        self.path = path
        self.level = level
        self.text = text
        self.hasPlaceholders = hasPlaceholders
    }

    /// The heading of this section itself; empty for the preamble.
    public var heading: String { path.last ?? "" }

    /// The heading and its text as written: on lines of their own, or run on where the text goes on from the mark the
    /// heading was cut at (`（一）坚持稳中求进工作总基调` and `，着力创新和完善宏观调控，…`; `（二）实施创新驱动发展战略` and `。科技创新是…`).
    public var headedText: String {
        if heading.isEmpty { return text }
        if text.isEmpty { return heading }
        return heading + (continuesHeading ? "" : "\n") + text
    }

    /// Whether the text goes on from its heading on the line they were written on: it opens with the comma, semicolon or
    /// full stop the heading was cut at.
    public var continuesHeading: Bool { Section.continuesHeading(text) }

    private static func continuesHeading(_ text: some StringProtocol) -> Bool {
        text.unicodeScalars.first.map { "，；,;。！？!?".unicodeScalars.contains($0) } ?? false
    }

    /// The text of the section headed `heading` read back from its `headedText` (as the index stores a section): the
    /// heading and the line break after it taken off, the mark a run-on text opens with kept. A `headedText` that does
    /// not open with the heading is taken as the text.
    public static func text(ofHeadedText headed: String, heading: String) -> String {
        guard !heading.isEmpty, headed.hasPrefix(heading) else { return headed }
        let rest = headed.dropFirst(heading.count)
        if rest.isEmpty || continuesHeading(rest) { return String(rest) }
        guard rest.first?.isNewline == true else { return headed }
        return String(rest.drop { $0.isNewline })
    }

    /// The contract's `section`: the heading path joined with ` › `.
    public var pathString: String { path.joined(separator: " › ") }
}
