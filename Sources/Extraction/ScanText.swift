import Ingestion
import TextNormalization

/// A text folded for matching (NFKC, traditional → simplified: `１２３` → `123`, `萬` → `万`,
/// `（` → `(`), scanned as UTF-16 units, with the way back to the characters as written.
///
/// The extractors match on `units` and report `original(_:)` spans, so that a record's `text` and
/// `sentence` are the document's own characters.
struct ScanText {
    let folded: FoldedText
    let units: [UInt16]

    init(_ text: String) {
        folded = FoldedText(text)
        units = folded.folded
    }

    var count: Int { units.count }

    subscript(_ index: Int) -> UInt16 { index >= 0 && index < units.count ? units[index] : 0 }

    /// The text as written for a range of folded units.
    func original(_ range: Range<Int>) -> String {
        folded.originalText(folded: range.clamped(to: 0..<units.count))
    }

    /// The folded text of a range, for comparisons and names.
    func foldedString(_ range: Range<Int>) -> String {
        // Transcoded by hand: `String(decoding:as:)` takes a slower generic path for UTF-16.
        units[range.clamped(to: 0..<units.count)].withUnsafeBufferPointer(FoldedText.string)
    }

    /// Whether `literal` (folded form) is written at `index`.
    func has(_ literal: [UInt16], at index: Int) -> Bool {
        guard index >= 0, index + literal.count <= units.count else { return false }
        for offset in 0..<literal.count where units[index + offset] != literal[offset] { return false }
        return true
    }

    /// Whether `literal` ends just before `index`.
    func has(_ literal: [UInt16], endingAt index: Int) -> Bool {
        has(literal, at: index - literal.count)
    }

    /// The longest of `literals` written at `index`.
    func longest(of literals: [[UInt16]], at index: Int) -> [UInt16]? {
        // Most literals differ from the text at their first unit: compared there first, they cost no call (the lists of units
        // and words are long, and read at every figure).
        guard index >= 0, index < units.count else { return nil }
        let first = units[index]
        var best: [UInt16]?
        for literal in literals where literal.first == first && literal.count > (best?.count ?? 0) && has(literal, at: index) { best = literal }
        return best
    }

    /// The longest of `literals` that ends just before `index`.
    func longest(of literals: [[UInt16]], endingAt index: Int) -> [UInt16]? {
        guard index > 0, index <= units.count else { return nil }
        let last = units[index - 1]
        var best: [UInt16]?
        for literal in literals where literal.last == last && literal.count > (best?.count ?? 0) && has(literal, endingAt: index) { best = literal }
        return best
    }

    /// How far a sentence reaches on either side of a position, in UTF-16 units, at least: far beyond
    /// any sentence of the genre.
    static let sentenceReach = 1_000

    /// The sentence around `index`: from after the previous 。！？；or line break to the next one,
    /// trimmed of spaces.
    ///
    /// A run with no sentence end for `sentenceReach` units on a side (a table flattened into one line,
    /// a list strung on commas) is cut there, at a clause end, and by the same cut for every figure of
    /// the reach the figure stands in: the text is read in steps of `sentenceReach`, and the window of
    /// step k runs from step k − 1 to step k + 2. Otherwise every figure of such a line would carry the
    /// whole line, costing time and memory by the line's square, or a cut of its own, costing memory
    /// by the figures times the reach; sharing one, the figures of a step share its text.
    func sentence(around index: Int) -> Range<Int> {
        let at = min(index, units.count)
        let reach = Self.sentenceReach, step = at / reach
        let floor = max(0, (step - 1) * reach), ceiling = min(units.count, (step + 2) * reach)
        var start = at
        while start > floor, !Unit.isSentenceEnd(units[start - 1]) { start -= 1 }
        if start == floor, floor > 0, !Unit.isSentenceEnd(units[floor - 1]) {
            start = (floor..<(floor + reach)).first { Unit.isClauseEnd(units[$0]) }.map { $0 + 1 } ?? floor
        }
        var end = at
        while end < ceiling, !Unit.isSentenceEnd(units[end]) { end += 1 }
        if end == ceiling, ceiling < units.count, !Unit.isSentenceEnd(units[ceiling]) {
            end = ((ceiling - reach)..<ceiling).last { Unit.isClauseEnd(units[$0]) }.map { $0 + 1 } ?? ceiling
        } else if end < units.count, units[end] != Unit.newline {
            end += 1
        }
        while start < end, Unit.isSpace(units[start]) { start += 1 }
        while end > start, Unit.isSpace(units[end - 1]) { end -= 1 }
        return start..<end
    }

    /// Where the clause holding `index` begins: after the previous comma, 、, colon or sentence end, or
    /// `sentenceReach` units back where there is none (a line with no punctuation: otherwise every figure
    /// of it reads back to the line's start, and the line costs time by its square).
    func clauseStart(before index: Int) -> Int {
        var start = min(index, units.count)
        let floor = max(0, start - Self.sentenceReach)
        while start > floor, !Unit.isClauseEnd(units[start - 1]) { start -= 1 }
        return start
    }
}

/// Folded UTF-16 units the extractors look for, and character classes over them.
enum Unit {
    static func of(_ literal: String) -> [UInt16] { Array(literal.folded.utf16) }
    static func one(_ literal: String) -> UInt16 { Array(literal.folded.utf16)[0] }

    static let newline: UInt16 = 0x0A

    static func isASCIIDigit(_ unit: UInt16) -> Bool { unit >= 0x30 && unit <= 0x39 }
    static func isASCIILetter(_ unit: UInt16) -> Bool { (unit | 0x20) >= 0x61 && (unit | 0x20) <= 0x7A }
    /// A flag per UTF-16 unit: whether one of `literals` begins (or, with `last`, ends) with it — so that
    /// a scan can pass over a position without comparing any literal.
    static func table(_ literals: [[UInt16]], last: Bool = false) -> [Bool] {
        var table = [Bool](repeating: false, count: 0x10000)
        for literal in literals { if let unit = last ? literal.last : literal.first { table[Int(unit)] = true } }
        return table
    }

    static func isSpace(_ unit: UInt16) -> Bool { unit == 0x20 || unit == 0x09 || unit == 0x3000 || unit == 0x0A || unit == 0x0D }

    // Flags by unit rather than Sets: a sentence's and a clause's ends are looked for unit by unit, and a Set hashes each.
    private static let sentenceEnds = table("。！？；!?;\n\r".utf16.map { [$0] })
    private static let clauseEnds = table("。！？；!?;\n\r，,、:：“”\"()（）《》".folded.utf16.map { [$0] })

    static func isSentenceEnd(_ unit: UInt16) -> Bool { sentenceEnds[Int(unit)] }
    static func isClauseEnd(_ unit: UInt16) -> Bool { clauseEnds[Int(unit)] }
}

extension ScanText {
    /// Where the paragraph (line) holding `index` begins.
    func paragraphStart(before index: Int) -> Int {
        var start = min(index, units.count)
        while start > 0, units[start - 1] != Unit.newline { start -= 1 }
        return start
    }

    /// Where the clause starting at `index` ends (its comma, semicolon or sentence end), at most
    /// `sentenceReach` units on, as `clauseStart(before:)` reads back.
    func clauseEnd(after index: Int) -> Int {
        var end = index
        let ceiling = min(units.count, index + Self.sentenceReach)
        while end < ceiling, !Unit.isClauseEnd(units[end]) || units[end] == ScanText.enumerationComma { end += 1 }
        return end
    }

    /// The colon nearest before `index`, back to `start`: the end of a lead-in in the figure's
    /// paragraph (今年发展主要预期目标是：…).
    func colon(before index: Int, from start: Int) -> Int? {
        var colon = index - 1
        while colon >= start, units[colon] != ScanText.colon { colon -= 1 }
        return colon >= start ? colon : nil
    }

    /// The paragraph before the one starting at `start`, where it ends with a colon: the lead-in of a
    /// paragraph that has none of its own.
    func leadInParagraph(before start: Int) -> Range<Int>? {
        var end = start - 1
        while end > 0, Unit.isSpace(units[end - 1]) { end -= 1 }
        guard end > 0, units[end - 1] == ScanText.colon else { return nil }
        return paragraphStart(before: end - 1)..<(end - 1)
    }

    /// The opening sentence of the paragraph a list of dash items hangs on, where the paragraph starting at
    /// `start` is one of them (——经济发展再上新台阶。… after 过去五年极不寻常、极不平凡。…).
    func listLeadIn(before start: Int) -> Range<Int>? {
        var paragraph = itemStart(start)
        guard opensWithDash(paragraph) else { return nil }
        while paragraph > 0 {
            var end = paragraph
            while end > 0, Unit.isSpace(units[end - 1]) { end -= 1 }
            guard end > 0 else { return nil }
            paragraph = itemStart(paragraphStart(before: end - 1))
            if !opensWithDash(paragraph) { return openingSentence(of: paragraph) }
        }
        return nil
    }

    /// Where the paragraph starting at `start` begins once the lines a web page broke it into are joined.
    private func itemStart(_ start: Int) -> Int {
        var line = start
        while !opensWithDash(line), let previous = brokenLineStart(before: line) { line = previous }
        return line
    }

    /// The first sentence of the paragraph starting at `start` that has words: a line left by a title broken
    /// out of it (》。《纲要草案》…实化量化“十四五”时期…) opens with none.
    private func openingSentence(of start: Int) -> Range<Int> {
        var opening = sentence(around: start)
        while !opening.contains(where: { HanCharacter.contains(units[$0]) }), opening.upperBound < units.count,
              !Unit.isSpace(units[opening.upperBound]) {
            opening = sentence(around: opening.upperBound)
        }
        return opening
    }

    /// The start of the line that the paragraph starting at `start` goes on from, where a web page broke a word
    /// across lines (…加快推进重要生态屏障建\n\u{200B}\n设，构建…): the text before it, blanks aside, ends in a character.
    private func brokenLineStart(before start: Int) -> Int? {
        guard start < units.count, HanCharacter.contains(units[start]) else { return nil }
        var end = start
        while end > 0, Unit.isSpace(units[end - 1]) || units[end - 1] == ScanText.zeroWidthSpace { end -= 1 }
        guard end > 0, end < start, HanCharacter.contains(units[end - 1]) else { return nil }
        return paragraphStart(before: end - 1)
    }

    private static let zeroWidthSpace: UInt16 = 0x200B

    /// Whether the paragraph starting at `start` opens with a dash (——, or -- as some transcriptions write it).
    private func opensWithDash(_ start: Int) -> Bool {
        var index = start
        while index < units.count, Unit.isSpace(units[index]), units[index] != Unit.newline { index += 1 }
        return ScanText.dashes.contains { has($0, at: index) }
    }

    private static let dashes = [Unit.of("——"), Unit.of("--")]
    private static let colon = Unit.one(":")
    private static let enumerationComma = Unit.one("、")
}

extension ChineseNumeral {
    /// The numeral starting at `start` of a scanned text (see `match(in:at:stopsBefore:)`).
    static func match(in scan: ScanText, at start: Int, stopsBefore: (Int) -> Bool = { _ in false }) -> Match? {
        match(in: scan.units, at: start, stopsBefore: stopsBefore)
    }
}
