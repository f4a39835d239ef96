import Ingestion

/// The measure of a decision written as paragraphs with no list of its own.
extension MeasureExtractor {
    /// How a decision's title ends (国务院关于在…暂时调整实施《…条例》有关规定的决定).
    static let decisionTitleEnding = "决定"

    /// The paragraphs of a decision's preamble that state what it decides (State Council 16: 为…，国务院决定在…暂时调整实施…的规定，
    /// …由海南省人民政府实施审批。…), each one measure, planned, as an approval's grant is one: the duties that go with the act (明确
    /// 审批的条件和程序, 严格审查, the 具体管理办法) are its items, not measures beside it. Read only where the decision holds no
    /// numbered sections or heading over measures, whose items would be its measures; empty for any other document.
    func decidedActs(in tree: SectionTree, document: Document) -> [Measure] {
        guard document.title.hasSuffix(MeasureExtractor.decisionTitleEnding),
              let preamble = tree.sections.firstIndex(where: { $0.path.isEmpty }) else { return [] }
        let acts = tree.sections[preamble].text.lines().map { String($0).trimmingSpaces() }.filter { paragraph in
            SectionTree.leadSentence(paragraph).containsScalars(MeasureExtractor.decisionTitleEnding)
        }
        return paragraphMeasures(of: preamble, in: tree, document: document, role: .planned, paragraphs: acts)
    }
}
