extension FigureReader {
    /// 违法生产经营的医疗器械货值金额不足1万元的，并处…罚款；货值金额1万元以上的，并处…: a rule's two tiers of one threshold —
    /// the same amount, once a ceiling and once a floor, in one paragraph — bound one quantity, and take the name the text
    /// gives it when it names it again (货值金额): the first tier's longer name holds whose quantity it is (违法生产经营的医疗器械),
    /// which the rule no longer repeats.
    func shareTierNames(_ figures: [StatisticExtractor.Figure], _ meanings: inout [FigureMeaning]) {
        guard !document.isReport else { return }
        for later in figures.indices {
            guard let name = meanings[later].subject, name.count >= 2, figures[later].maximum == nil,
                  figures[later].text.hasSuffix(FigureReader.floorWord) else { continue }
            for earlier in stride(from: later - 1, through: max(0, later - FigureReader.tierReach), by: -1) {
                let first = figures[earlier]
                guard first.range.upperBound <= figures[later].range.lowerBound,
                      figures[later].range.lowerBound - first.range.upperBound <= FigureReader.tierSpan,
                      !(first.range.upperBound..<figures[later].range.lowerBound).contains(where: { scan[$0] == FigureReader.lineEnd }) else { break }
                guard first.value == figures[later].value, first.unit == figures[later].unit, first.maximum == nil,
                      FigureReader.ceilingWords.contains(where: first.text.hasPrefix),
                      let longer = meanings[earlier].subject else { continue }
                if longer.count > name.count, longer.hasSuffix(name) { meanings[earlier].subject = name }
                break
            }
        }
    }

    /// How many figures back, and how many units, the first tier of a threshold may stand (a fine between the two).
    private static let tierReach = 3
    private static let tierSpan = 60
    private static let lineEnd = Unit.one("\n")
    /// The floor of the upper tier (1万元以上) and the ceilings of the lower (不足1万元, 未满1万元).
    private static let floorWord = "以上"
    private static let ceilingWords = ["不足", "不满", "未满", "低于"]
}
