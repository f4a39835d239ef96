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
                                   left: context(original[..<start], fromEnd: true), match: String(decoding: original[start..<end], as: UTF16.self),
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
    /// one space.
    private func context(_ units: ArraySlice<UInt16>, fromEnd: Bool) -> String {
        // Enough units for `width` characters even where every one is a surrogate pair or a line break.
        let window = fromEnd ? units.suffix(width * 8) : units.prefix(width * 8)
        var characters: [Character] = []
        var inBreak = false
        for character in String(decoding: window, as: UTF16.self) {
            if character.isNewline || (inBreak && character.isWhitespace) {
                if !inBreak {
                    while characters.last?.isWhitespace == true { characters.removeLast() }
                    characters.append(" ")
                    inBreak = true
                }
                continue
            }
            inBreak = false
            characters.append(character)
        }
        return String(fromEnd ? characters.suffix(width) : characters.prefix(width))
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
