import Reporting
import TextNormalization

/// Keyword in context: every occurrence of a query (`TextMatcher`'s semantics) with the text around it.
public struct Concordancer: Sendable {
    /// How lines are ordered.
    public enum Order: String, Sendable, CaseIterable {
        /// By the left context read backwards from the match (the word before it first), as AntConc sorts.
        case left
        /// By the right context.
        case right
        /// In reading order.
        case source
    }

    /// The query as given.
    public let query: String
    public let matcher: TextMatcher
    /// Characters of context on each side.
    public let width: Int

    /// A concordancer for `query`; nil when the query is empty once folded.
    public init?(query: String, width: Int) {
        guard let matcher = TextMatcher(query) else { return nil }
        self.query = query
        self.matcher = matcher
        self.width = max(0, width)
    }

    /// The lines of one section's text, in reading order.
    public func lines(in text: String, source: String, documentIndex: Int, document: String, section: String) -> [ConcordanceLine] {
        var text = text
        return text.withUTF8 { lines(inUTF8: $0, source: source, documentIndex: documentIndex, document: document, section: section) }
    }

    /// The lines of one section's text given as valid UTF-8, in reading order.
    func lines(inUTF8 bytes: UnsafeBufferPointer<UInt8>, source: String, documentIndex: Int, document: String, section: String) -> [ConcordanceLine] {
        var lines: [ConcordanceLine] = []
        forEachOccurrence(inUTF8: bytes) { left, match, right in
            lines.append(ConcordanceLine(source: source, documentIndex: documentIndex, document: document, section: section,
                                         left: left.string(in: bytes), match: bytes.string(match), right: right.string(in: bytes)))
        }
        return lines
    }

    /// Hands `body` each occurrence in valid UTF-8, in reading order: its left context, the match's
    /// bytes and its right context.
    func forEachOccurrence(inUTF8 bytes: UnsafeBufferPointer<UInt8>, _ body: (Context, Range<Int>, Context) -> Void) {
        for range in matcher.occurrences(inUTF8: bytes) {
            body(context(bytes, from: range.lowerBound, fromEnd: true), range, context(bytes, from: range.upperBound, fromEnd: false))
        }
    }

    /// The lines of `documents`, in reading order.
    public func lines(in documents: [AnalysisDocument]) -> [ConcordanceLine] {
        documents.flatMap { document in
            document.sections.flatMap { section in
                lines(in: section.text, source: document.source, documentIndex: document.documentIndex,
                      document: document.title, section: section.path)
            }
        }
    }

    /// A context as found: bytes of the text, or where a line break is near, the text with each run
    /// of whitespace holding a break made one space.
    enum Context {
        case bytes(Range<Int>)
        case collapsed(String)

        func string(in text: UnsafeBufferPointer<UInt8>) -> String {
            switch self {
            case .bytes(let range): text.string(range)
            case .collapsed(let string): string
            }
        }
    }

    /// Up to `width` characters of `text` next to the match, before `offset` (`fromEnd`) or after it,
    /// a run of whitespace holding a line break shown as one space. A character here is a Unicode
    /// scalar: walking the bytes costs O(width) per line, where grapheme breaking a window of text cost
    /// most of the time of a 9,000-line concordance.
    private func context(_ text: UnsafeBufferPointer<UInt8>, from offset: Int, fromEnd: Bool) -> Context {
        // Most contexts hold no line break: then they are the bytes `width` scalars out.
        var index = offset
        for _ in 0..<width {
            if fromEnd {
                guard index > 0 else { break }
                index = text.startOfScalar(before: index)
            } else {
                guard index < text.count else { break }
                index += text.scalar(at: index).length
            }
        }
        let window = fromEnd ? index..<offset : offset..<index
        guard Concordancer.holdsLineBreak(text, window) else { return .bytes(window) }
        return .collapsed(collapsedContext(text, from: offset, fromEnd: fromEnd))
    }

    /// Whether `range` of UTF-8 holds a line break: LF, CR, U+2028 or U+2029 (E2 80 A8/A9).
    private static func holdsLineBreak(_ text: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Bool {
        for index in range {
            switch text[index] {
            case 0x0A, 0x0D: return true
            case 0xE2 where index + 2 < text.count && text[index + 1] == 0x80 && (text[index + 2] == 0xA8 || text[index + 2] == 0xA9): return true
            default: continue
            }
        }
        return false
    }

    /// `context` where a line break is near: scalar by scalar, each run of whitespace holding a break
    /// made one space.
    private func collapsedContext(_ text: UnsafeBufferPointer<UInt8>, from offset: Int, fromEnd: Bool) -> String {
        var scalars: [Unicode.Scalar] = []
        // A context never holds more scalars than the text has bytes, however wide it is asked to be.
        scalars.reserveCapacity(min(width, text.count) + 1)
        var inBreak = false
        var index = offset
        while scalars.count < width {
            // The next scalar outwards from the match.
            let value: UInt32
            if fromEnd {
                guard index > 0 else { break }
                index = text.startOfScalar(before: index)
                value = text.scalar(at: index).value
            } else {
                guard index < text.count else { break }
                let scalar = text.scalar(at: index)
                value = scalar.value
                index += scalar.length
            }
            let scalar = Unicode.Scalar(value) ?? "\u{FFFD}"
            let isBreak = scalar == "\n" || scalar == "\r" || scalar == "\u{2028}" || scalar == "\u{2029}"
            if isBreak || (inBreak && scalar.properties.isWhitespace) {
                if !inBreak {
                    while scalars.last?.properties.isWhitespace == true { scalars.removeLast() }
                    scalars.append(" ")
                    inBreak = true
                }
                continue
            }
            inBreak = false
            scalars.append(scalar)
        }
        if fromEnd { scalars.reverse() }
        var text = ""
        text.unicodeScalars.append(contentsOf: scalars)
        return text
    }

    /// `lines` in `order`; ties keep reading order.
    public static func sorted(_ lines: [ConcordanceLine], by order: Order) -> [ConcordanceLine] {
        switch order {
        case .source:
            return lines
        case .left:
            let keys = lines.map { String($0.left.folded.reversed()) }
            return lines.indices.sorted { (keys[$0], $0) < (keys[$1], $1) }.map { lines[$0] }
        case .right:
            let keys = lines.map { $0.right.folded }
            return lines.indices.sorted { (keys[$0], $0) < (keys[$1], $1) }.map { lines[$0] }
        }
    }

    /// Lines aligned on the match for a terminal: left context right-aligned to `width` display columns
    /// (a CJK character takes two), the match bracketed or coloured, then the right context.
    public static func aligned(_ lines: [ConcordanceLine], colour: Bool) -> String {
        let leftWidth = lines.map { RecordWriter.displayWidth($0.left) }.max() ?? 0
        let (open, close) = colour ? ("\u{1B}[1;31m", "\u{1B}[0m") : ("[", "]")
        return lines.map { line in
            String(repeating: " ", count: leftWidth - RecordWriter.displayWidth(line.left)) + line.left + " " + open + line.match + close + " " + line.right + "\n"
        }.joined()
    }
}
