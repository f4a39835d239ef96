import Foundation
import Ingestion

/// The sub-items of a measure written inside its paragraph: 一是…二是…三是…, or numbered lines.
enum SubItems {
    /// Splits at 一是, 二是 … (also 首先/其次/再次/最后 when at least two appear); empty where fewer
    /// than two items are marked.
    static func split(_ text: String) -> [String] {
        // Most texts hold no enumeration: look for 二是 by scalars before searching marker by marker.
        var previous: Unicode.Scalar = " "
        var marked = false
        for scalar in text.unicodeScalars {
            if previous == "二" && scalar == "是" { marked = true; break }
            previous = scalar
        }
        guard marked else { return [] }
        let markers = ["一是", "二是", "三是", "四是", "五是", "六是", "七是", "八是", "九是", "十是"]
        var starts: [String.Index] = []
        var searchFrom = text.startIndex
        for marker in markers {
            guard let range = text[searchFrom...].scalarRange(of: marker) else { break }
            starts.append(range.lowerBound)
            searchFrom = range.upperBound
        }
        guard starts.count >= 2 else { return [] }
        var items: [String] = []
        for (position, start) in starts.enumerated() {
            let end = position + 1 < starts.count ? starts[position + 1] : text.endIndex
            let item = String(text[start..<end]).trimmingSpaces()
            if !item.isEmpty { items.append(item) }
        }
        return items
    }

    /// The numerals of 一是 … 十是, as a set: every line of a list is asked whether it is marked.
    private static let markNumerals: Set<Character> = Set("一二三四五六七八九十")

    /// Whether a heading opens with 一是, 二是 … (a sub-item, not a measure of its own).
    static func isMarked(_ heading: String) -> Bool {
        guard let first = heading.first, markNumerals.contains(first) else { return false }
        return heading.dropFirst().first == "是"
    }

    /// The lines of a text that open with a dash (——, or -- as some transcriptions write it), each alone:
    /// the text after the list is the part's own, not the last item's.
    static func dashParagraphs(_ text: String) -> [String] {
        text.lines().map { String($0).trimmingSpaces() }.filter { $0.hasPrefix("——") || $0.hasPrefix("--") || $0.hasPrefix("－－") }
    }

    /// Whether a character is one of the dashes that open such a line.
    static func isDash(_ character: Character) -> Bool {
        character == "—" || character == "-" || character == "－"
    }

    /// The lines of a text that open with a number (1、 （一） 一、 (1)), each with the unnumbered
    /// lines after it. Lines marked 一是, 二是 … among lines numbered otherwise (第一，… 一是… 二是… 第二，…)
    /// are items of the paragraph before them, not paragraphs of the list.
    static func numberedParagraphs(_ text: String) -> [String] {
        let lines = text.lines().map { String($0).trimmingSpaces() }
        let numbered = lines.map { SectionTree.stripOrdinal($0).ordinal != nil }
        let marked = lines.map(isMarked)
        let mixed = zip(numbered, marked).contains { $0 && !$1 } && zip(numbered, marked).contains { $0 && $1 }
        var paragraphs: [String] = []
        for (position, trimmed) in lines.enumerated() {
            if numbered[position] && !(mixed && marked[position]) {
                paragraphs.append(trimmed)
            } else if !paragraphs.isEmpty {
                paragraphs[paragraphs.count - 1] += "\n" + trimmed
            }
        }
        return paragraphs.count >= 2 ? paragraphs : []
    }
}
