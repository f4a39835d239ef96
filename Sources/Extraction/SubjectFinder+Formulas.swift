import Ingestion
import TextNormalization

extension SubjectFinder {
    /// The name of a figure in a line that writes a formula (年工作日：365天-104天（休息日）-11天（法定节假日）＝250天, 月计薪天数＝
    /// （365天-104天）÷12月＝21.75天): the result after an equals sign is what the line's label names (年工作日), or, with no label,
    /// what the formula's left side names (月计薪天数); an operand is what the gloss in brackets after it names (休息日). nil for
    /// a figure outside a formula, and where the line names nothing so.
    func formulaName(of range: Range<Int>) -> String? {
        // Read for every figure outside a report: only a figure right after an equals sign or before a bracket walks its line.
        let isResult = scan[range.lowerBound - 1] == StatisticExtractor.equals
        guard isResult || scan[range.upperBound] == SubjectFinder.openParenthesis else { return nil }
        var lineStart = range.lowerBound
        while lineStart > 0, scan[lineStart - 1] != Unit.newline { lineStart -= 1 }
        var lineEnd = range.upperBound
        while lineEnd < scan.count, scan[lineEnd] != Unit.newline { lineEnd += 1 }
        guard let firstEquals = (lineStart..<lineEnd).first(where: { scan[$0] == StatisticExtractor.equals }) else { return nil }
        if isResult {
            if let colon = (lineStart..<firstEquals).first(where: { SubjectFinder.colons.contains(scan[$0]) }) {
                return name(lineStart..<colon)
            }
            return name(lineStart..<firstEquals)
        }
        guard let close = (range.upperBound..<min(lineEnd, range.upperBound + SubjectFinder.longestGloss + 2))
                  .first(where: { scan[$0] == SubjectFinder.closeParenthesis }) else { return nil }
        return name((range.upperBound + 1)..<close)
    }

    /// The text of `range` where it is a name of two to ten Chinese characters, none of them a numeral.
    private func name(_ range: Range<Int>) -> String? {
        guard (2...SubjectFinder.longestGloss).contains(range.count),
              range.allSatisfy({ HanCharacter.contains(scan[$0]) && !ChineseNumeral.isNumeralCharacter(scan[$0]) }) else { return nil }
        return scan.original(range)
    }

    private static let openParenthesis = Unit.one("(")
    private static let closeParenthesis = Unit.one(")")
    /// The longest label or gloss that names a formula's figure.
    private static let longestGloss = 10
}
