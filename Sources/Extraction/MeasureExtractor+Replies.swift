import Ingestion

/// The measures of the State Council's replies and approvals, each genre holding them where its structure puts them:
///
/// - a reply on a province's requests (关于四川省在…考察工作时所提问题和建议办理情况的函): each numbered item states a
///   request (你省请求…) and the departments' 办理意见; the item is one measure, what the answer commits them to;
/// - a reply to a proposal or suggestion (关于科技节水建议的复函, a 提案's 答复): only what the government will do — the
///   part headed as the next step (三、有关部门下一步拟采取的措施), its numbered items or, where it is one paragraph, the
///   part itself; the proposer's case and the state of affairs are not;
/// - an approval (批复): its numbered points other than the approval itself (一、原则同意《…规划》), each paragraph of its
///   decision that acts otherwise (撤销职业教育工作部际联席会议，其职能并入…), and the numbered parts of what it approves
///   and attaches after the signature (附件: 主要职能, 成员单位, 工作规则, 工作要求).
extension MeasureExtractor {
    /// The genres of reply and approval, told by the title.
    enum Reply {
        case requests, proposal, approval

        init?(title: String) {
            if title.hasSuffix("函") && (title.containsScalars("办理情况") || title.containsScalars("办理意见")) {
                self = .requests
            } else if (title.hasSuffix("复函") || title.hasSuffix("答复")) && (title.containsScalars("建议") || title.containsScalars("提案")) {
                self = .proposal
            } else if title.hasSuffix("批复") && !MeasureExtractor.courts.contains(where: { title.containsScalars($0) }) {
                self = .approval
            } else {
                return nil
            }
        }
    }

    /// Issuers whose 批复 interprets the law (a judicial interpretation: provisions, not measures), not approves.
    static let courts = ["人民法院", "人民检察院"]
    /// Words of a part's heading that name what is still to be done (下一步拟采取的措施, 今后的工作).
    static let nextStepWords = ["下一步", "拟采取", "今后"]
    /// How a point or paragraph of an approval that grants what was asked opens: the approval itself, not a measure.
    static let approvalOpenings = ["同意", "原则同意", "原则上同意"]
    /// Words of an attachment's title that name the rules of a body set up (联席会议制度, 协调委员会组建方案): every
    /// numbered part of it is operative — its duties, members, rules of work and requirements alike.
    static let bodyRulesWords = ["制度", "组建"]

    func replyMeasures(_ reply: Reply, body: [Section], annex: [Section], in document: Document) -> [Measure] {
        let tree = SectionTree(body)
        switch reply {
        case .requests: return answeredRequests(in: tree, document: document)
        case .proposal: return nextSteps(in: tree, document: document)
        case .approval: return approvedMeasures(in: tree, annex: annex, document: document)
        }
    }

    /// Each numbered request with its answer, but one whose answer the published text leaves out (（略）).
    private func answeredRequests(in tree: SectionTree, document: Document) -> [Measure] {
        let items = tree.topSections().filter {
            SectionTree.stripOrdinal(tree.sections[$0].heading).ordinal != nil && tree.sections[$0].text.filter { !"。（）() \n".contains($0) } != "略"
        }
        return items.enumerated().flatMap { position, index in
            measureWithSubtasks(at: index, position: position + 1, in: tree, document: document, role: MeasureRole.ofAnswer(tree.fullText(of: index)))
        }
    }

    /// The parts headed as the next step: their numbered items, or each part as one measure.
    private func nextSteps(in tree: SectionTree, document: Document) -> [Measure] {
        let parts = tree.sections.indices.filter { index in
            let heading = SectionTree.stripOrdinal(tree.sections[index].heading).text
            return !heading.isEmpty && MeasureExtractor.nextStepWords.contains { heading.containsScalars($0) }
        }
        return parts.filter { part in !parts.contains { tree.isAncestor($0, of: part) } }.flatMap { part -> [Measure] in
            let items = tree.children(of: part).filter { SectionTree.stripOrdinal(tree.sections[$0].heading).ordinal != nil }
            if items.count >= 2 {
                return items.enumerated().flatMap { position, index in
                    measureWithSubtasks(at: index, position: position + 1, in: tree, document: document, role: .planned)
                }
            }
            if SubItems.numberedParagraphs(tree.sections[part].text).count >= 2 {
                return paragraphMeasures(of: part, in: tree, document: document, role: .planned)
            }
            return measureWithSubtasks(at: part, position: 1, in: tree, document: document, role: .planned)
        }
    }

    /// An approval's own decisions and points other than granting, then the parts of what it approves in its annex.
    private func approvedMeasures(in tree: SectionTree, annex: [Section], document: Document) -> [Measure] {
        var measures: [Measure] = []
        var granted = false
        if let preamble = tree.sections.firstIndex(where: { $0.path.isEmpty }) {
            let decisions = MeasureExtractor.decisionParagraphs(tree.sections[preamble].text)
            granted = decisions.contains(where: grants)
            let acts = decisions.filter { !grants($0) }
            if !acts.isEmpty { measures += paragraphMeasures(of: preamble, in: tree, document: document, role: .planned, paragraphs: acts) }
        }
        let points = planItems(tree.topSections(), in: tree, topicsGroup: true)
        granted = granted || points.contains { grants(tree.sections[$0].heading) }
        measures += points.filter { !grants(tree.sections[$0].heading) }.enumerated().flatMap { position, index in
            measureWithSubtasks(at: index, position: position + 1, in: tree, document: document, role: .planned)
        }
        // Only what the approval grants is attached as its own: not the annex of a ruling (坐标, 附图).
        return measures + (granted ? attachedParts(annex, in: document) : [])
    }

    /// Whether an approval's point or paragraph grants what was asked (同意建立…, 一、原则同意《…》).
    private func grants(_ text: String) -> Bool {
        let words = SectionTree.stripOrdinal(text).text.trimmingSpaces()
        return MeasureExtractor.approvalOpenings.contains { words.hasPrefix($0) }
    }

    /// The paragraphs of an approval's decision after 批复如下: its sentences, up to the list of annexes or the
    /// signature's date.
    static func decisionParagraphs(_ text: String) -> [String] {
        let lines = text.unicodeScalars.split(separator: "\n").map { String($0).trimmingSpaces() }
        guard let opening = lines.firstIndex(where: { $0.containsScalars("批复如下") }) else { return [] }
        return lines[(opening + 1)...].prefix { !DocumentBody.isAnnexLine($0) && !DocumentBody.isDate($0) }.filter { $0.hasSuffix("。") }
    }

    /// The numbered parts of the plan or system an approval attaches: every part where it sets up a body's rules,
    /// the measures among them (as a plan's) otherwise.
    private func attachedParts(_ annex: [Section], in document: Document) -> [Measure] {
        guard let opening = annex.first else { return [] }
        let title = opening.text.unicodeScalars.split(separator: "\n").map(String.init)
            .prefix { SectionTree.stripOrdinal($0).ordinal == nil }.joined().filter { !$0.isWhitespace }
        let tree = SectionTree(annex)
        let parts = tree.topSections().filter { SectionTree.stripOrdinal(tree.sections[$0].heading).ordinal != nil }
        let rulesOfABody = MeasureExtractor.bodyRulesWords.contains { title.containsScalars($0) }
        let measures = rulesOfABody ? parts : planItems(parts, in: tree, topicsGroup: true)
        return measures.enumerated().flatMap { position, index in
            measureWithSubtasks(at: index, position: position + 1, in: tree, document: document, role: .planned)
        }
    }
}
