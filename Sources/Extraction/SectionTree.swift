import Foundation
import Ingestion

/// A document's sections as a tree: which sections lie under which, and the text of a whole subtree.
struct SectionTree {
    let sections: [Section]
    /// The sections under each heading path, in order: asked for every section of a report, so found once.
    private let childrenByPath: [[String]: [Int]]

    init(_ sections: [Section]) {
        self.sections = sections
        var childrenByPath: [[String]: [Int]] = [:]
        for (index, section) in sections.enumerated() where !section.path.isEmpty {
            childrenByPath[Array(section.path.dropLast()), default: []].append(index)
        }
        self.childrenByPath = childrenByPath
    }

    /// Whether `descendant`'s heading path continues `ancestor`'s.
    func isAncestor(_ ancestor: Int, of descendant: Int) -> Bool {
        let outer = sections[ancestor].path
        let inner = sections[descendant].path
        return inner.count > outer.count && inner.starts(with: outer)
    }

    /// The sections one level under `parent` (under the document for nil), in order.
    func children(of parent: Int?) -> [Int] {
        childrenByPath[parent.map { sections[$0].path } ?? []] ?? []
    }

    /// The top-level sections, looking inside a page banner or a repeated title that wraps the whole
    /// text in one section.
    func topSections() -> [Int] {
        var roots = children(of: nil)
        while roots.count == 1, !children(of: roots[0]).isEmpty { roots = children(of: roots[0]) }
        return roots
    }

    /// The heading, text and every subsection of `index`, as written, joined by newlines.
    func fullText(of index: Int) -> String {
        var parts = [sections[index].headedText]
        for other in sections.indices where isAncestor(index, of: other) {
            parts.append(sections[other].headedText)
        }
        return parts.joined(separator: "\n")
    }

    /// The scalars a number can open with, besides digits: 第一, （一）, (1), 〇, 零 ….
    private static let ordinalOpenings: Set<Unicode.Scalar> = Set("第(（零〇一二三四五六七八九十百".unicodeScalars)
    private static let ordinalEnds: Set<Character> = ["、", ".", "．", "，", ",", " ", "　"]
    /// The characters of a number, brackets around it: sets, as every heading is read, where a search of a
    /// string of them compared characters one by one.
    private static let numeralCharacters: Set<Character> = Set("零〇一二三四五六七八九十百")
    private static let openingBrackets: Set<Character> = ["(", "（"]
    private static let closingBrackets: Set<Character> = [")", "）"]

    /// A heading's number and the words after it: `（二）加强宣传` → (2, 加强宣传), `1、…`, `一是…`,
    /// `第一，…`, `(3)…`, a decimal clause's last number (`4.2　国家级应急响应` → (2, 国家级应急响应));
    /// (nil, heading) where it has none.
    static func stripOrdinal(_ heading: String) -> (ordinal: Int?, text: String) {
        // Most lines open with no number: tell by their first scalar before reading characters.
        let trimmed = heading.trimmingSpaces()
        guard let opening = trimmed.unicodeScalars.first,
              ordinalOpenings.contains(opening) || opening.properties.numericType != nil else { return (nil, heading) }
        var text = Substring(trimmed)
        if text.hasPrefix("第") { text = text.dropFirst() }
        var bracketed = false
        if let first = text.first, openingBrackets.contains(first) { bracketed = true; text = text.dropFirst() }
        var digits = ""
        while let first = text.first, first.isNumber || numeralCharacters.contains(first) {
            digits.append(first)
            text = text.dropFirst()
        }
        // 4.2.1: the clause's own number is the last.
        while !bracketed, let first = text.first, first == "." || first == "．", let next = text.dropFirst().first, next.isASCII, next.isNumber {
            text = text.dropFirst()
            digits = String(text.prefix { $0.isASCII && $0.isNumber })
            text = text.dropFirst(digits.count)
        }
        guard !digits.isEmpty, let value = ChineseNumeral.value(of: digits)?.integerValue else { return (nil, heading) }
        if bracketed {
            guard let first = text.first, closingBrackets.contains(first) else { return (nil, heading) }
            text = text.dropFirst()
        } else if let first = text.first, first == "是" {
            text = text.dropFirst()
        } else if let first = text.first, ordinalEnds.contains(first) {
            text = text.dropFirst()
        } else if !text.isEmpty || trimmed.hasPrefix("第") {
            // A numeral alone (二) numbers a part printed with no heading words.
            return (nil, heading)
        }
        return (value, String(text.drop { ordinalEnds.contains($0) }))
    }

    /// Whether a heading is numbered as a decimal clause below the top (`4.2　…`, `4.2.1　…`).
    static func isDecimalClause(_ heading: String) -> Bool {
        let scalars = heading.unicodeScalars.prefix(4)
        guard let dot = scalars.firstIndex(where: { $0 == "." || $0 == "．" }), dot > scalars.startIndex else { return false }
        let after = scalars.index(after: dot)
        return after < scalars.endIndex && ("0"..."9").contains(scalars[after])
            && scalars[..<dot].allSatisfy { ("0"..."9").contains($0) }
    }

    /// The first sentence of `text`, up to 。！？ or a line end: where a measure states its means.
    static func leadSentence(_ text: String) -> String {
        prefix(of: text, upTo: sentenceEnds)
    }

    private static let sentenceEnds: Set<Unicode.Scalar> = Set("。！？\n".unicodeScalars)
    private static let clauseEnds: Set<Unicode.Scalar> = Set("，,。；;：:！？".unicodeScalars)

    /// `text` up to the first of `ends`, read by scalars (no grapheme breaking).
    private static func prefix(of text: String, upTo ends: Set<Unicode.Scalar>) -> String {
        let scalars = text.unicodeScalars
        guard let end = scalars.firstIndex(where: ends.contains) else { return text }
        return String(scalars[..<end])
    }

    /// The sentence that states a measure's means after its headline: the rest of its first sentence
    /// (（一）稳定和完善宏观经济政策，**保持经济运行在合理区间**。), else its next sentence where the first is
    /// the headline alone (（十六）加大政策激励。**统筹相关政策资源和资金项目…**).
    static func lead(of text: String, after headline: String) -> String {
        let first = leadSentence(text)
        let rest = first.hasPrefix(headline) ? first.dropFirst(headline.count).drop { "，,：: ".contains($0) } : Substring(first)
        guard rest.isEmpty else { return String(rest) }
        return leadSentence(String(text.dropFirst(first.count).drop { "。！？\n 　".contains($0) }))
    }

    /// The first clause of a paragraph whose number stood alone on its line (`一是` then the text).
    static func headline(of text: String) -> String {
        firstClause(String(text.drop { "\n 　".contains($0) }))
    }

    /// The words up to the first comma, full stop or colon: 加强立法，用法律手段… → 加强立法.
    static func firstClause(_ text: String) -> String {
        prefix(of: text, upTo: clauseEnds).trimmingSpaces()
    }
}
