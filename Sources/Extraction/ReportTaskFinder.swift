import Foundation
import Ingestion

/// The tasks of a report or speech (a government work report, a congress report).
///
/// Its numbered parts are read one by one. A part of background or targets (总体要求, 预期目标) holds
/// none. A part's tense decides its role (`MeasureRole.of`): the review of the past year reports what
/// was done, the rest plans. A part's tasks are its numbered sub-sections, or else the numbered
/// paragraphs of its text (一是…, 第一，…), where most of them open with a word of doing — so that the
/// review's outcomes and problems (经济体制改革迈出决定性步伐; 一是 去年出台的调价项目…) are no tasks.
/// A planning part without such a list is one task itself (1995: 三、以国有企业为重点深化经济体制改革).
/// A speech without numbered parts (1954–1977) has as tasks the paragraphs whose lead sentences
/// commit to one (`TaskWording.commitment`); so does a report whose parts yield fewer than three tasks.
struct ReportTaskFinder {
    let extractor: MeasureExtractor
    let tree: SectionTree
    let document: Document

    func measures() -> [Measure] {
        let parts = tree.topSections().filter { SectionTree.stripOrdinal(tree.sections[$0].heading).ordinal != nil }
        guard parts.count >= 2 else { return speechMeasures() }
        var measures: [Measure] = []
        for part in parts where !extractor.isBackground(tree.sections[part].heading) {
            let role = MeasureRole.of(tree.fullText(of: part))
            let tasks = numberedTasks(under: part)
            if !tasks.isEmpty {
                for (position, index) in tasks.enumerated() {
                    measures += extractor.measureWithSubtasks(at: index, position: position + 1, in: tree, document: document, role: role)
                }
            } else if !paragraphTasks(of: part).isEmpty {
                measures += extractor.paragraphMeasures(of: part, in: tree, document: document, role: role)
                    .filter { TaskWording.isTask($0.headline) }
            } else if role == .planned, !tree.sections[part].text.isEmpty || !tree.children(of: part).isEmpty {
                measures += extractor.measureWithSubtasks(at: part, position: measures.count + 1, in: tree, document: document, role: role)
            }
        }
        // Parts too coarse to carry the tasks (1956–1959: three to five long parts, none a list) leave
        // them in the lead sentences of their paragraphs, as in an unnumbered speech.
        if measures.filter({ $0.level == 1 }).count < 3 {
            let speech = speechMeasures()
            if speech.count > measures.count { return speech }
        }
        return measures
    }

    /// The numbered sub-sections of `part` (through themes that only group them) when they read as tasks.
    private func numberedTasks(under part: Int) -> [Int] {
        let numbered = tree.children(of: part).filter { index in
            SectionTree.stripOrdinal(tree.sections[index].heading).ordinal != nil
        }
        guard numbered.count >= 2 else { return [] }
        let items = extractor.planItems(numbered, in: tree)
        let headlines = items.map { SectionTree.firstClause(SectionTree.stripOrdinal(tree.sections[$0].heading).text) }
        return TaskWording.isTaskList(headlines) ? items : []
    }

    /// The numbered paragraphs of a part's own text, when they read as tasks.
    private func paragraphTasks(of part: Int) -> [String] {
        let paragraphs = SubItems.numberedParagraphs(tree.sections[part].text)
        let headlines = paragraphs.map { SectionTree.headline(of: SectionTree.stripOrdinal($0).text) }
        return TaskWording.isTaskList(headlines) ? paragraphs : []
    }

    /// The paragraphs of an unnumbered speech whose lead sentences commit to a task.
    private func speechMeasures() -> [Measure] {
        var measures: [Measure] = []
        for section in tree.sections {
            for paragraph in section.text.split(separator: "\n") {
                let text = String(paragraph).trimmingSpaces()
                guard text.count >= 40, let task = TaskWording.commitment(in: text) else { continue }
                // A paragraph telling what was done (…了…) is the review, not a commitment.
                guard MeasureRole.of(SectionTree.leadSentence(text)) == .planned else { continue }
                measures.append(extractor.make(document: document, section: section.pathString, ordinal: measures.count + 1,
                                               headline: String(task.prefix(40)), text: text, own: text, items: [],
                                               level: 1, role: .planned))
            }
        }
        return measures
    }
}
