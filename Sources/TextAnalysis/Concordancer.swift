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

    public let matcher: TextMatcher
    /// Characters of context on each side.
    public let width: Int

    /// A concordancer for `query`; nil when the query is empty once folded.
    public init?(query: String, width: Int) {
        guard let matcher = TextMatcher(query) else { return nil }
        self.matcher = matcher
        self.width = max(0, width)
    }

    /// The lines of one section's text, in reading order.
    public func lines(in text: String, source: String, documentIndex: Int, document: String, section: String) -> [ConcordanceLine] {
        let folded = FoldedText(text)
        let ranges = matcher.occurrences(in: folded)
        guard !ranges.isEmpty else { return [] }
        let original = folded.original
        return ranges.map { range in
            let start = folded.originalOffset(ofFolded: range.lowerBound)
            let end = range.upperBound < folded.folded.count ? folded.originalOffset(ofFolded: range.upperBound) : original.count
            return ConcordanceLine(source: source, documentIndex: documentIndex, document: document, section: section,
                                   left: context(original[..<start], fromEnd: true), match: Concordancer.string(original[start..<end]),
                                   right: context(original[end...], fromEnd: false))
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

    /// Up to `width` characters next to the match, a run of whitespace holding a line break shown as
    /// one space. A character here is a Unicode scalar: walking the units costs O(width) per line,
    /// where grapheme breaking a window of text cost most of the time of a 9,000-line concordance.
    private func context(_ units: ArraySlice<UInt16>, fromEnd: Bool) -> String {
        // Most contexts hold no line break: then they are the units `width` scalars out, decoded once.
        var index = fromEnd ? units.endIndex : units.startIndex
        for _ in 0..<width {
            if fromEnd {
                guard index > units.startIndex else { break }
                index -= 1
                if UTF16.isTrailSurrogate(units[index]), index > units.startIndex, UTF16.isLeadSurrogate(units[index - 1]) { index -= 1 }
            } else {
                guard index < units.endIndex else { break }
                if UTF16.isLeadSurrogate(units[index]), index + 1 < units.endIndex, UTF16.isTrailSurrogate(units[index + 1]) { index += 1 }
                index += 1
            }
        }
        let window = fromEnd ? units[index...] : units[..<index]
        guard window.contains(where: { $0 == 0x0A || $0 == 0x0D || $0 == 0x2028 || $0 == 0x2029 }) else {
            return Concordancer.string(window)
        }
        return collapsedContext(units, fromEnd: fromEnd)
    }

    /// The text of `units`, decoded from contiguous memory (from a slice as such, decoding takes a
    /// slower generic path).
    private static func string(_ units: ArraySlice<UInt16>) -> String {
        units.withUnsafeBufferPointer { String(decoding: $0, as: UTF16.self) }
    }

    /// `context` where a line break is near: scalar by scalar, each run of whitespace holding a break
    /// made one space.
    private func collapsedContext(_ units: ArraySlice<UInt16>, fromEnd: Bool) -> String {
        var scalars: [Unicode.Scalar] = []
        scalars.reserveCapacity(width + 1)
        var inBreak = false
        var index = fromEnd ? units.endIndex : units.startIndex
        while scalars.count < width {
            // The next scalar outwards from the match.
            let scalar: Unicode.Scalar
            if fromEnd {
                guard index > units.startIndex else { break }
                index -= 1
                var value = UInt32(units[index])
                if UTF16.isTrailSurrogate(units[index]), index > units.startIndex, UTF16.isLeadSurrogate(units[index - 1]) {
                    index -= 1
                    value = 0x10000 + ((UInt32(units[index]) - 0xD800) << 10) + (value - 0xDC00)
                }
                scalar = Unicode.Scalar(value) ?? "\u{FFFD}"
            } else {
                guard index < units.endIndex else { break }
                var value = UInt32(units[index])
                if UTF16.isLeadSurrogate(units[index]), index + 1 < units.endIndex, UTF16.isTrailSurrogate(units[index + 1]) {
                    value = 0x10000 + ((value - 0xD800) << 10) + (UInt32(units[index + 1]) - 0xDC00)
                    index += 1
                }
                index += 1
                scalar = Unicode.Scalar(value) ?? "\u{FFFD}"
            }
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
