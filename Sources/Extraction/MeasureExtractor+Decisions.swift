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

/// The measures of a reply that forwards a ministry's report.
extension MeasureExtractor {
    /// How a reply's title ends, and the word by which its body forwards an attached report (现将…有关意见转复你省).
    static let replyTitleEnding = "复函"
    static let forwardingWord = "转复"

    /// The parts of the report a reply forwards (State Council 23: 现将国土资源部及专家组的有关意见转复你省, the report attached after
    /// the signature) that recommend what is to be done (四、建议意见): each one measure, planned, or its numbered items — as a
    /// forwarding notice's measures are the forwarded report's part of tasks, not its situation, causes or what was done (一、
    /// 基本情况, 二、…成因分析, 三、处理情况). The reply's own paragraph restates the recommendation and is not counted beside it.
    /// Empty for any other document.
    func forwardedRecommendations(body: [Section], annex: [Section], in document: Document) -> [Measure] {
        guard document.title.hasSuffix(MeasureExtractor.replyTitleEnding),
              body.contains(where: { $0.text.containsScalars(MeasureExtractor.forwardingWord) }) else { return [] }
        let tree = SectionTree(annex)
        let parts = tree.sections.indices.filter { index in
            let heading = SectionTree.stripOrdinal(tree.sections[index].heading)
            return heading.ordinal != nil && heading.text.hasPrefix("建议") && !tree.sections[index].text.isEmpty
        }
        return parts.enumerated().flatMap { position, index in
            measureWithSubtasks(at: index, position: position + 1, in: tree, document: document, role: .planned)
        }
    }
}
