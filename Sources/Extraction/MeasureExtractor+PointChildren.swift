import Ingestion

/// Which numbered sub-sections of a point are its own steps, and which are a list it only names: the text a document adopts
/// after its date of effect, or what a term it defines includes.
extension MeasureExtractor {
    /// Words by which a sentence puts the document itself in force (本命令自发布之日起生效, 本决定自公布之日起施行).
    static let entryIntoForceWords = ["起生效", "起施行", "起执行"]
    /// How a sentence ends that announces what a term includes or means (我国的法定计量单位(以下简称法定单位)包括：).
    static let definitionLeadIns = ["包括：", "包括:", "是指：", "是指:"]

    /// The numbered sub-sections of `index` that belong to the point as its steps, read as its measures or sub-tasks: none
    /// where the point's own text goes on past the sentence that puts the whole document in force — an order ends on its
    /// date of effect (四、本命令责成国家计量局负责贯彻执行。本命令自发布之日起生效。…), and what follows is the text the order
    /// adopts (中华人民共和国法定计量单位, whose list of units ingestion nests under 四) — nor where they list what a term
    /// includes: the point's text ends announcing them (…包括：) and none of them is a task ((1)国际单位制的基本单位(见表1)；
    /// (2)国际单位制的辅助单位(见表2)；…), a definition, not steps.
    func pointChildren(of index: Int, in tree: SectionTree) -> [Int] {
        if MeasureExtractor.putsInForce(tree.sections[index].text) { return [] }
        let own = tree.sections[index].text.trimmingSpaces()
        return listsWhatATermIncludes(index, ending: own.isEmpty ? tree.sections[index].heading : own, in: tree) ? [] : tree.children(of: index)
    }

    /// Whether `index` is a definition as a whole, its heading announcing what a term includes (三、本规定所称…包括：) over
    /// numbered lines none of which is a task: neither it nor its lines are measures.
    func definesATerm(_ index: Int, in tree: SectionTree) -> Bool {
        !tree.children(of: index).isEmpty && listsWhatATermIncludes(index, ending: tree.sections[index].heading, in: tree)
    }

    /// Whether `ending`, the close of the text of `index` or of its heading, announces what a term includes and the numbered
    /// sub-sections of `index` then name things rather than tasks.
    private func listsWhatATermIncludes(_ index: Int, ending: String, in tree: SectionTree) -> Bool {
        MeasureExtractor.definitionLeadIns.contains(where: ending.trimmingSpaces().hasSuffix) && tree.children(of: index).allSatisfy { child in
            !TaskWording.isTask(SectionTree.firstClause(SectionTree.stripOrdinal(tree.sections[child].heading).text))
        }
    }

    /// Whether one of the lines of `text` is a sentence that puts the document in force: it opens with 本 (本命令, 本决定,
    /// 本通知) and dates the document's effect with 自…起 and 生效, 施行 or 执行.
    static func putsInForce(_ text: String) -> Bool {
        // Most points say nothing of their document's effect: look for the words before reading line by line.
        guard entryIntoForceWords.contains(where: text.containsScalars) else { return false }
        return text.lines().contains { line in
            let lead = SectionTree.leadSentence(String(line).trimmingSpaces())
            return lead.hasPrefix("本") && lead.containsScalars("自") && entryIntoForceWords.contains(where: lead.containsScalars)
        }
    }
}
