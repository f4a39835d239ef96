import TextNormalization

extension SubjectFinder {
    /// The name of the criminal punishment whose term the duration spanning `figure` is: the punishment written right after the
    /// figure and 期限 (判处三年以下有期徒刑 → 有期徒刑期限, 可能被判处三年有期徒刑以下刑罚 → 有期徒刑期限, 六个月以下拘役 → 拘役期限), or a
    /// suspended death sentence's term where the figure stands inside it (死刑缓期二年执行, 死刑缓期执行二年期满, 宣告缓期二年执行 → 死刑缓期执行期限). The
    /// verb that imposes it (依法判处, 可能被判处) is no part of it. nil where no punishment is written around the figure.
    func punishmentTerm(of figure: Range<Int>) -> String? {
        if let punishment = SubjectFinder.termedPunishments.first(where: { scan.has($0, at: figure.upperBound) }) {
            return String(decoding: punishment, as: UTF16.self) + SubjectFinder.punishmentTermWord
        }
        if SubjectFinder.suspensions.contains(where: { scan.has($0, endingAt: figure.lowerBound) }) { return SubjectFinder.suspensionTerm }
        return nil
    }

    private static let punishmentTermWord = "期限"
    /// The punishments of the Criminal Law that run for a term (有期徒刑, 拘役, 管制).
    private static let termedPunishments: [[UInt16]] = ["有期徒刑", "拘役", "管制"].map(Unit.of)
    /// How a suspended death sentence is written before its term (死刑缓期二年执行, 死刑缓期执行二年期满, 判处死刑同时宣告缓期二年执行).
    private static let suspensions: [[UInt16]] = ["死刑缓期", "死刑缓期执行", "宣告缓期"].map(Unit.of)
    private static let suspensionTerm = "死刑缓期执行期限"
}
