/// The rules that keep numbers and ordinals whole, whatever ICU and the lexicon make of them.
///
/// Conventions (those of the SIGHAN 2005 MSR and PKU gold standards):
/// - an ordinal 第 + numeral, with the measure word that follows it, is one word: 第十八条, 第八十条,
///   第三章, 第二款, 第十五届, 第18条; without a measure word, 第一 alone;
/// - numbers joined by a dash or tilde are one word: 103-107, 2024—2025, 1.5～2;
/// - a number and its unit or measure word are two words (2025 年, 17 %), as ICU gives them, unless
///   the lexicon lists the whole (the MSR word list has 1996年).
enum NumberRules {
    /// Measure words that close an ordinal. 部 is left out: 第一部分 is 第一 部分.
    private static let ordinalMeasures: Set<UInt16> = Set("条款项章节编篇卷届次期批轮个名位号段册".utf16)
    private static let ordinalPrefix: UInt16 = 0x7B2C // 第

    /// The end of the ordinal starting at `start`, if one does and ends where a word may end.
    static func ordinalEnd(_ units: [UInt16], from start: Int, allowed: [Bool]) -> Int? {
        guard units[start] == ordinalPrefix else { return nil }
        var end = start + 1
        while end < units.count, CharacterClass.isOrdinalNumeral(units[end]) { end += 1 }
        guard end > start + 1 else { return nil }
        if end < units.count, ordinalMeasures.contains(units[end]), allowed[end + 1] { return end + 1 }
        return allowed[end] ? end : nil
    }

    /// The end of a range starting with ICU's number token `index`: number (dash number)+.
    static func rangeEnd(_ tokens: [WordSpan], from index: Int, _ units: [UInt16]) -> Int? {
        guard tokens[index].kind == .number else { return nil }
        var last = index
        while last + 2 < tokens.count {
            let dash = tokens[last + 1].range
            guard dash.count == 1, CharacterClass.isRangeDash(units[dash.lowerBound]),
                  tokens[last + 2].kind == .number else { break }
            last += 2
        }
        return last > index ? tokens[last].range.upperBound : nil
    }
}
