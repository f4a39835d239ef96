import Foundation
import Ingestion

/// Finds the enumerated countermeasures of a document: the items under a heading such as 对策, 措施,
/// 主要做法, 工作措施, 建议 or 下一步工作打算, or — in a plan, a programme or an account of practice
/// without such a heading — its numbered top-level sections other than aims, steps and background.
public struct MeasureExtractor: Sendable {
    private let coder = PolicyCoder()

    public init() {}

    /// Headings (without their number) that announce a list of measures, by how they end.
    static let containerEndings = ["对策", "措施", "做法", "建议", "举措", "打算", "工作计划", "重点工作", "工作重点", "主要任务",
                                   "重点任务", "工作任务", "路径", "途径", "对策建议", "意见建议", "几点思考", "工作思路"]
    /// Title words of documents whose numbered sections are themselves measures.
    static let planTitleWords = ["计划", "方案", "要点", "做法", "措施", "意见", "经验", "打算", "规划", "安排", "部署"]
    /// Words of top-level headings in a plan that are not measures: aims, steps, background, closing.
    static let nonMeasureWords = ["指导思想", "工作目标", "总体目标", "主要目标", "目标任务", "具体目标", "具体指标", "原则", "总体要求", "步骤", "时间安排", "进度安排", "基本情况", "现状", "问题",
                                  "原因", "成效", "结语", "附则", "总则", "适用范围", "附件", "背景", "工作要求", "组织领导", "危害"]

    /// Every measure of `document`, in reading order.
    public func measures(in document: Document) -> [Measure] {
        let tree = SectionTree(document.sections)
        var lists: [(parent: Int?, items: [Int])] = []
        for index in tree.sections.indices where isContainer(tree.sections[index]) {
            // A container inside a container (措施 under 对策) lists the outer's items once.
            if lists.contains(where: { $0.parent.map { tree.isAncestor($0, of: index) } ?? false }) { continue }
            lists.append((index, tree.children(of: index)))
        }
        if lists.isEmpty, isPlan(document) {
            let top = tree.children(of: nil).filter { index in
                let heading = SectionTree.stripOrdinal(tree.sections[index].heading).text
                return !MeasureExtractor.nonMeasureWords.contains { heading.contains($0) }
            }
            if top.count >= 2 { lists.append((nil, top)) }
        }
        var measures: [Measure] = []
        for list in lists {
            if list.items.isEmpty, let parent = list.parent {
                measures += paragraphMeasures(of: parent, in: tree, document: document)
                continue
            }
            for (position, index) in list.items.enumerated() {
                measures.append(measure(at: index, position: position + 1, in: tree, document: document))
            }
        }
        return measures
    }

    private func isContainer(_ section: Section) -> Bool {
        guard !section.heading.isEmpty else { return false }
        var heading = SectionTree.stripOrdinal(section.heading).text
        while let last = heading.last, "：:。 ".contains(last) { heading.removeLast() }
        return heading.count <= 24 && MeasureExtractor.containerEndings.contains { heading.hasSuffix($0) }
    }

    private func isPlan(_ document: Document) -> Bool {
        let title = document.title
        // A law or regulation numbers articles, not measures.
        if CitationKind.of(title: title) != .document { return false }
        if MeasureExtractor.planTitleWords.contains(where: { title.contains($0) }) { return true }
        let preamble = document.sections.first { $0.path.isEmpty }?.text ?? ""
        let ending = preamble.trimmingCharacters(in: .whitespacesAndNewlines).suffix(8)
        return ending.hasSuffix("如下：") || ending.hasSuffix("做法是：") || ending.hasSuffix("措施是：")
    }

    private func measure(at index: Int, position: Int, in tree: SectionTree, document: Document) -> Measure {
        let section = tree.sections[index]
        let (ordinal, rest) = SectionTree.stripOrdinal(section.heading)
        let headline = SectionTree.firstClause(rest)
        let text = tree.fullText(of: index)
        var items = tree.children(of: index).map { tree.fullText(of: $0) }
        if items.isEmpty { items = SubItems.split(section.text) }
        let (category, cues) = coder.code(headline: headline, text: text)
        return Measure(source: document.source, documentIndex: document.index, document: document.title,
                       section: section.pathString, ordinal: ordinal ?? position, headline: headline, text: text,
                       category: category, items: items, cues: cues)
    }

    /// Measures written as numbered paragraphs inside one section's text (a container without subsections).
    private func paragraphMeasures(of index: Int, in tree: SectionTree, document: Document) -> [Measure] {
        let section = tree.sections[index]
        let paragraphs = SubItems.numberedParagraphs(section.text)
        return paragraphs.enumerated().map { position, paragraph in
            let (ordinal, rest) = SectionTree.stripOrdinal(paragraph)
            let headline = SectionTree.firstClause(rest)
            let (category, cues) = coder.code(headline: headline, text: paragraph)
            return Measure(source: document.source, documentIndex: document.index, document: document.title,
                           section: section.pathString, ordinal: ordinal ?? position + 1, headline: headline, text: paragraph,
                           category: category, items: SubItems.split(paragraph), cues: cues)
        }
    }
}
