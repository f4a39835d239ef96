import Ingestion
import TextNormalization

extension SubjectFinder {
    /// The name of a size a rule gives by its dimension word alone (核心保护区是指以云梯街为中心，长约八百五十米，宽约五十至一百五十米范围):
    /// the dimension as a noun (长度, 宽度), after what the sentence defines or speaks of before its copula (核心保护区长度); the
    /// noun alone where the sentence opens with no such name. nil where `subject` is no dimension word.
    func dimensionName(of subject: String, sentence: Range<Int>, before start: Int) -> String? {
        guard let dimension = SubjectFinder.dimensions[subject] else { return nil }
        let opening = scan.foldedString(sentence.lowerBound..<start)
        guard let copula = SubjectFinder.definingCopulas.lazy.compactMap({ opening.range(of: $0) }).min(by: { $0.lowerBound < $1.lowerBound }) else {
            return dimension
        }
        let named = opening[..<copula.lowerBound]
        guard (2...SubjectFinder.longestDefined).contains(named.count), named.unicodeScalars.allSatisfy(HanCharacter.contains) else { return dimension }
        return named + dimension
    }

    /// Words of dimension a size is written after (长约八百五十米), and the nouns that name them.
    private static let dimensions = ["长": "长度", "宽": "宽度", "高": "高度", "深": "深度", "厚": "厚度"]
    /// Copulas after what a sentence defines or describes (核心保护区是指…, 建设控制区为…).
    private static let definingCopulas = ["是指", "为", "是"]
    /// The longest name a sentence may define.
    private static let longestDefined = 12
}
