import Ingestion

/// The measures of the State Council's replies and approvals, each genre holding them where its structure puts them:
///
/// - a reply on a province's requests (关于四川省在…考察工作时所提问题和建议办理情况的函): each numbered item states a
///   request (你省请求…) and the departments' 办理意见; the item is one measure, what the answer commits them to;
/// - a reply to a proposal or suggestion (关于科技节水建议的复函, a 提案's 答复): only what the government will do — the
///   part headed as the next step (三、有关部门下一步拟采取的措施), its numbered items or, where it is one paragraph, the
///   part itself; the proposer's case and the state of affairs are not. A reply with no such heading commits in its
///   numbered points (我们采取了以下几方面的措施：一、…五、), or else in each paragraph where the government says it will act
///   (我们将…, 我们也将…, 国务院办公厅将…), from that sentence on;
/// - an approval (批复): its numbered points and each paragraph of its decision (一、同意…建设国家自主创新示范区;
///   撤销职业教育工作部际联席会议，其职能并入…), and the numbered parts of what it approves and attaches after the
///   signature (附件: 主要职能, 成员单位, 工作规则, 工作要求) — where it attaches them, the grant (同意建立…制度) is not counted
///   beside the parts that spell it out.
extension MeasureExtractor {
    /// The genres of reply and approval, told by the title.
    enum Reply {
        case requests, proposal, approval

        init?(title: String) {
            if title.hasSuffix("函") && (title.containsScalars("办理情况") || title.containsScalars("办理意见")) {
                self = .requests
            } else if (title.hasSuffix(MeasureExtractor.replyTitleEnding) || title.hasSuffix("答复")) && (title.containsScalars("建议") || title.containsScalars("提案")) {
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
    /// How a point or paragraph of an approval that grants what was asked opens: the approval itself, a measure only where
    /// nothing attached spells it out.
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
                && !MeasureExtractor.refuses(tree.fullText(of: $0))
        }
        return items.enumerated().flatMap { position, index in
            measureWithSubtasks(at: index, position: position + 1, in: tree, document: document, role: MeasureRole.ofAnswer(tree.fullText(of: index)))
                .map { $0.level == 1 ? codedByAnswer($0, in: document) : $0 }
        }
    }

    /// Words after which a request's item gives the departments' answer (发展改革委研究提出了办理意见：…).
    static let answerMarkers = ["办理意见：", "办理意见:"]

    /// Words of an answer that commit or report an act though no tense is marked (已, 同意, 支持, 建议, 请, 安排, 给予).
    static let answerActWords = ["已", "同意", "支持", "建议", "请", "安排", "给予"]

    /// Whether a request's item answers it by refusing: its answer (after 办理意见：) commits no one to any act and reports none
    /// taken (State Council 48's 二: the rules on the workers' compensation restated, 因此，企业主辅分离改制分流不存在补助问题). The
    /// rules restated are no measure, as an item whose answer the published text leaves out is none. An item whose answer asks
    /// the province to act or promises a later study (应请地方政府…切实抓好实施工作，…再行研究) is one.
    static func refuses(_ text: String) -> Bool {
        guard let marker = answerMarkers.lazy.compactMap({ text.range(of: $0) }).first else { return false }
        let answer = String(text[marker.upperBound...])
        let (past, future) = MeasureRole.tense(answer)
        return past == 0 && future == 0 && !answerActWords.contains { answer.containsScalars($0) }
    }

    /// `measure` coded by its answer's first sentence (该委将…组织专家对该项目进行…评估论证), not by the request it answers
    /// (你省请求，国家尽快审核…): the answer is what the departments commit to. Unchanged where no answer is marked.
    private func codedByAnswer(_ measure: Measure, in document: Document) -> Measure {
        guard let marker = MeasureExtractor.answerMarkers.lazy.compactMap({ measure.text.range(of: $0) }).first else { return measure }
        let answer = SectionTree.leadSentence(String(measure.text[marker.upperBound...]))
        guard !answer.isEmpty else { return measure }
        var coded = measure
        (coded.category, coded.cues) = planCoder.code(headline: measure.headline, lead: answer, text: measure.text, domain: PolicyCoder.domain(ofTitle: document.title))
        return coded
    }

    /// The parts headed as the next step: their numbered items, or each part as one measure.
    private func nextSteps(in tree: SectionTree, document: Document) -> [Measure] {
        let parts = tree.sections.indices.filter { index in
            let heading = SectionTree.stripOrdinal(tree.sections[index].heading).text
            return !heading.isEmpty && MeasureExtractor.nextStepWords.contains { heading.containsScalars($0) }
        }
        if parts.isEmpty { return commitments(in: tree, document: document) }
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

    /// A reply's commitments where no part is headed as the next step: its numbered points, each by its answer's tense
    /// (State Council 30's 一、–五、: the measures taken and to come), or else the paragraphs that commit the government
    /// (State Council 27, 29: 对于你们提出的建议，我们将认真研究…), each from its committing sentence on, the closing thanks
    /// (感谢…，我们将…) excepted.
    private func commitments(in tree: SectionTree, document: Document) -> [Measure] {
        let points = tree.topSections().filter { SectionTree.stripOrdinal(tree.sections[$0].heading).ordinal != nil }
        if points.count >= 2 { return answeredRequests(in: tree, document: document) }
        var measures: [Measure] = []
        for section in tree.sections {
            for line in section.text.lines() {
                let paragraph = String(line).trimmingSpaces()
                guard !paragraph.hasPrefix("感谢"), let commitment = MeasureExtractor.replyCommitment(in: paragraph) else { continue }
                measures.append(make(document: document, section: section.pathString, ordinal: measures.count + 1,
                                     headline: TaskWording.headline(of: commitment.task), text: commitment.sentence, own: commitment.sentence,
                                     items: [], level: 1, role: .planned))
            }
        }
        return measures
    }

    /// Linking words that may stand between the subject and 将 (我们也将, 我们还将, 国务院办公厅将不断…).
    static let replyLinking: Set<Unicode.Scalar> = ["也", "还", "就", "并", "又", "都"]
    /// How the name of a government body that commits in a reply ends (国务院办公厅将…, 有关部门将…), beside 我们.
    static let replyActorEndings = ["我们", "办公厅", "国办", "国务院", "部门", "政府", "部", "委", "局"]
    /// The longest subject read before 将: a body's name, not a clause (这些措施将进一步方便… names no body).
    static let longestReplySubject = 12

    /// Where `paragraph` commits the government in a reply: from the sentence in which we or a government body will act
    /// (我们将, 我们也将, 国务院办公厅将) to the paragraph's end, and the task after 将; nil where no sentence does (目前，我们正在
    /// 研究… reports study under way; 这些措施将进一步方便人民群众… an effect, not an act).
    static func replyCommitment(in paragraph: String) -> (sentence: String, task: String)? {
        let scalars = Array(paragraph.unicodeScalars)
        var sentenceStart = 0
        var clauseStart = 0
        for index in scalars.indices {
            let scalar = scalars[index]
            if "。！？；".unicodeScalars.contains(scalar) { sentenceStart = index + 1 }
            if "。！？；，：".unicodeScalars.contains(scalar) { clauseStart = index + 1; continue }
            guard scalar == "将", index + 1 < scalars.count, index - clauseStart <= longestReplySubject else { continue }
            var subjectEnd = index
            while subjectEnd > clauseStart, replyLinking.contains(scalars[subjectEnd - 1]) { subjectEnd -= 1 }
            let subject = String(String.UnicodeScalarView(scalars[clauseStart..<subjectEnd]))
            guard replyActorEndings.contains(where: { subject.hasSuffix($0) }) else { continue }
            let view = { (range: Range<Int>) in String(String.UnicodeScalarView(scalars[range])) }
            return (view(sentenceStart..<scalars.count), view((index + 1)..<scalars.count))
        }
        return nil
    }

    /// An approval's own decisions and points, then the parts of what it approves in its annex; where those parts are
    /// counted, the grant that approves them is not (State Council 55's 同意建立…制度), and where nothing is attached the
    /// grant is the act decided (53's 一、同意…建设国家自主创新示范区; 14's 一、原则同意《总体规划》).
    private func approvedMeasures(in tree: SectionTree, annex: [Section], document: Document) -> [Measure] {
        let preamble = tree.sections.firstIndex { $0.path.isEmpty }
        let decisions = preamble.map { MeasureExtractor.decisionParagraphs(tree.sections[$0].text) } ?? []
        let points = planItems(tree.topSections(), in: tree, topicsGroup: true)
        // Only what the approval grants is attached as its own: not the annex of a ruling (坐标, 附图).
        let granted = decisions.contains(where: grants) || points.contains { grants(tree.sections[$0].heading) }
        let attached = granted ? attachedParts(annex, in: document) : []
        let counted = { (text: String) in attached.isEmpty || !self.grants(text) }
        var measures: [Measure] = []
        let acts = decisions.filter(counted)
        if let preamble, !acts.isEmpty {
            measures += paragraphMeasures(of: preamble, in: tree, document: document, role: .planned, paragraphs: acts)
        }
        measures += points.filter { counted(tree.sections[$0].heading) }.enumerated().flatMap { position, index in
            measureWithSubtasks(at: index, position: position + 1, in: tree, document: document, role: .planned)
        }
        return measures + attached
    }

    /// Whether an approval's point or paragraph grants what was asked (同意建立…, 一、原则同意《…》).
    func grants(_ text: String) -> Bool {
        let words = SectionTree.stripOrdinal(text).text.trimmingSpaces()
        return MeasureExtractor.approvalOpenings.contains { words.hasPrefix($0) }
    }

    /// The paragraphs of an approval's decision after 批复如下: its sentences, up to the list of annexes or the
    /// signature's date.
    static func decisionParagraphs(_ text: String) -> [String] {
        let lines = text.lines().map { String($0).trimmingSpaces() }
        guard let opening = lines.firstIndex(where: { $0.containsScalars("批复如下") }) else { return [] }
        return lines[(opening + 1)...].prefix { !DocumentBody.isAnnexLine($0) && !DocumentBody.isDate($0) }.filter { $0.hasSuffix("。") }
    }

    /// The numbered parts of the plan or system an approval attaches: every part where it sets up a body's rules,
    /// the measures among them (as a plan's) otherwise.
    private func attachedParts(_ annex: [Section], in document: Document) -> [Measure] {
        guard let opening = annex.first else { return [] }
        let title = opening.text.lines().map(String.init)
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
