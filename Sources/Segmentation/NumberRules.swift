/// The rules that keep numbers and ordinals whole, whatever ICU and the lexicon make of them.
///
/// Conventions (ordinals and ranges as in the SIGHAN 2005 MSR gold standard):
/// - an ordinal 第 + numeral, with the measure word that follows it, is one word: 第十八条, 第八十条,
///   第三章, 第二款, 第十五届, 第18条, 第2025-1号; without a measure word, 第一 alone;
/// - numbers joined by a dash or tilde are one word: 103-107, 2024—2025, 1.5～2;
/// - a number and its unit or measure word are two words (2025 年, 17 %), as ICU gives them and as a
///   search for 2025 needs, unless the lexicon lists the whole (MSR's gold and word list have 1996年).
enum NumberRules {
    /// Measure words that close an ordinal. 部 is left out: 第一部分 is 第一 部分.
    private static let ordinalMeasures: Set<UInt16> = Set("条款项章节编篇卷届次期批轮个名位号段册".utf16)
    /// 第, which begins every ordinal.
    static let ordinalPrefix: UInt16 = 0x7B2C

    /// The end of the ordinal starting at `start`, if one does and ends where a word may end.
    static func ordinalEnd(_ units: UnsafeBufferPointer<UInt16>, from start: Int, isAllowed: (Int) -> Bool) -> Int? {
        guard units[start] == ordinalPrefix else { return nil }
        var end = start + 1
        while end < units.count {
            if CharacterClass.isOrdinalNumeral(units[end]) {
                end += 1
            } else if CharacterClass.isDigit(units[end - 1]), CharacterClass.isRangeDash(units[end]),
                      end + 1 < units.count, CharacterClass.isDigit(units[end + 1]) {
                end += 2 // a numbered series: 第2025-1号
            } else {
                break
            }
        }
        guard end > start + 1 else { return nil }
        if end < units.count, ordinalMeasures.contains(units[end]), isAllowed(end + 1) { return end + 1 }
        return isAllowed(end) ? end : nil
    }

    /// The end of a range starting with ICU's number token `index`: number (dash number)+.
    static func rangeEnd(_ tokens: [WordSpan], from index: Int, _ units: UnsafeBufferPointer<UInt16>) -> Int? {
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
