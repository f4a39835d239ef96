import Ingestion

/// The duty a notice lays in the paragraph it closes on, after its numbered parts.
extension MeasureExtractor {
    /// Words by which a closing directs the carrying out of the document itself (各地区、各部门要认真贯彻执行本通知; 36's
    /// 应急部要按照…本通知精神，认真组织实施), not a duty of its own.
    static let carryingOutWords = ["本通知", "本意见", "本决定", "本决议", "贯彻", "组织实施"]

    /// The paragraph a notice closes on after its numbered parts, where it lays a duty of its own on bodies (State Council 38,
    /// after 七、国庆节's days off and workdays: 节假日期间，各地区、各部门要妥善安排好值班和安全、保卫等工作，遇有重大突发事件，要按规定
    /// 及时报告并妥善处置…): one measure, planned, after the parts — what it commits the localities and departments to (duty,
    /// safety, reporting) no part holds. Ingestion leaves it in the last part's text; it is told from the part by the
    /// document's shape: every other part is one paragraph, so a second paragraph of the last stands apart from it. Its lead
    /// sentence commits (`TaskWording.commitment`) and does not direct the carrying out of the notice itself
    /// (`carryingOutWords`); State Council 40's closing opens on an assessment (国务院决定的棉粮、糖粮挂钩是一项政策性很强的
    /// 工作。) and lays none. Nil where the notice has no such paragraph.
    func closingDuty(after parts: [Int], in tree: SectionTree, document: Document) -> Measure? {
        guard let last = parts.last, parts.count >= 2,
              parts.allSatisfy({ tree.children(of: $0).isEmpty && tree.sections[$0].path.dropLast() == tree.sections[last].path.dropLast() }),
              parts.dropLast().allSatisfy({ MeasureExtractor.paragraphs(of: tree.sections[$0].text).count <= 1 }) else { return nil }
        let closing = MeasureExtractor.paragraphs(of: tree.sections[last].text).dropFirst().first ?? ""
        let lead = SectionTree.leadSentence(closing)
        guard TaskWording.commitment(in: lead) != nil,
              !MeasureExtractor.carryingOutWords.contains(where: { lead.containsScalars($0) }) else { return nil }
        return make(document: document, section: tree.sections[last].pathString, ordinal: parts.count + 1,
                    headline: TaskWording.headline(of: closing), text: closing, own: closing, items: [], level: 1, role: .planned)
    }

    /// The non-empty lines of a section's text, trimmed.
    private static func paragraphs(of text: String) -> [String] {
        text.lines().map { String($0).trimmingSpaces() }.filter { !$0.isEmpty }
    }
}
