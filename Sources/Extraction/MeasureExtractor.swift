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
    /// Longer headings are sentences that mention measures rather than announce them.
    static let longestContainerHeading = 16
    /// Title words of documents whose numbered sections are themselves measures.
    static let planTitleWords = ["计划", "方案", "要点", "做法", "措施", "意见", "经验", "打算", "规划", "安排", "部署"]
    /// Headlines of a plan's sections that are not measures: aims, steps, background, closing
    /// (一、指导思想, 四、工作步骤, 二、存在的问题), by the words they contain …
    static let nonMeasureWords = ["指导思想", "工作目标", "总体目标", "主要目标", "目标任务", "具体目标", "具体指标", "基本原则",
                                  "总体要求", "工作步骤", "实施步骤", "时间安排", "进度安排", "基本情况", "附则", "总则", "适用范围",
                                  "附件", "工作要求", "组织领导"]
    /// … or end with (原因分析, 现状及危害).
    static let nonMeasureEndings = ["问题", "原因", "分析", "现状", "成效", "情况", "背景", "危害", "步骤", "原则", "结语"]

    private func isBackground(_ heading: String) -> Bool {
        let headline = SectionTree.firstClause(SectionTree.stripOrdinal(heading).text)
        return MeasureExtractor.nonMeasureWords.contains { headline.contains($0) }
            || MeasureExtractor.nonMeasureEndings.contains { headline.hasSuffix($0) }
    }

    /// Every measure of `document`, in reading order.
    public func measures(in document: Document) -> [Measure] {
        let tree = SectionTree(document.sections)
        var lists: [(parent: Int?, items: [Int])] = []
        for index in tree.sections.indices where isContainer(tree.sections[index]) {
            // A container inside a container (措施 under 对策) lists the outer's items once.
            if lists.contains(where: { $0.parent.map { tree.isAncestor($0, of: index) } ?? false }) { continue }
            let children = tree.children(of: index)
            // A heading over nothing listable does not stand in for the document's own list.
            if children.isEmpty && SubItems.numberedParagraphs(tree.sections[index].text).isEmpty { continue }
            lists.append((index, children))
        }
        if lists.isEmpty, isPlan(document) {
            // A page banner or a repeated title may wrap the whole text in one section: look inside.
            var roots = tree.children(of: nil)
            while roots.count == 1, !tree.children(of: roots[0]).isEmpty { roots = tree.children(of: roots[0]) }
            let top = roots.filter { index in !isBackground(tree.sections[index].heading) }
            // Themes without text of their own (一、支持企业稳定发展) group the numbered measures under them.
            let items = top.flatMap { index -> [Int] in
                let children = tree.children(of: index)
                let numbered = children.filter { SectionTree.stripOrdinal(tree.sections[$0].heading).ordinal != nil && !SubItems.isMarked(tree.sections[$0].heading) }
                return tree.sections[index].text.isEmpty && numbered.count >= 2 ? numbered : [index]
            }
            if items.count >= 2 { lists.append((nil, items)) }
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
        // 二是…落实优惠奖励措施 is a sub-item that mentions measures, not a heading over them.
        guard !section.heading.isEmpty, !SubItems.isMarked(section.heading) else { return false }
        var heading = SectionTree.stripOrdinal(section.heading).text
        while let last = heading.last, "：:。 ".contains(last) { heading.removeLast() }
        return heading.count <= MeasureExtractor.longestContainerHeading && MeasureExtractor.containerEndings.contains { heading.hasSuffix($0) }
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
