import Foundation

extension FigureReader {
    /// The name of a rule's hours of work, from the name its clause gives them (职工每日工作 → 职工工作时间, 每周工作 → 工作时间): the
    /// base of the rate (每日, 每周) left out, as a rule's names leave it, and 时间 after the working; `earlier`, the name of the
    /// figure before in the sentence, where this clause leaves out whose work it is (职工每日工作8小时，每周工作40小时 → 职工工作时间
    /// both). nil where the name ends in no working.
    static func workingTime(_ name: String, earlier: String?) -> String? {
        var name = name
        for base in FigureReader.rateBases { name = name.replacingOccurrences(of: base, with: "") }
        guard name.hasSuffix(FigureReader.working) else { return nil }
        let time = name + FigureReader.timeOf
        if time == FigureReader.working + FigureReader.timeOf, let earlier, earlier.hasSuffix(time) { return earlier }
        return time
    }

    /// The periods a rule's hours are counted in (每日工作8小时, 平均每周工作时间).
    private static let rateBases = ["平均每日", "平均每周", "平均每月", "每日", "每周", "每天", "每月"]
    private static let working = "工作"
    private static let timeOf = "时间"
}
