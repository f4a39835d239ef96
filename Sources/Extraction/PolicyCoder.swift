/// Codes a measure with a `PolicyInstrument` from the words of its means and of the policy area it
/// governs, weighed by where they stand: the headline first, then the lead sentence, the whole text last.
///
/// - The headline (a measure's heading, or the first clause of its paragraph) states what is done: a cue
///   of means (查处, 补贴, 宣传, 考核) counts `headlineMeans`, a word of an area (民生, 生态, 对外开放)
///   `headlineArea`, and the last word found in it one more, as the object its verb governs — 依靠创新引领
///   **产业**升级 is about industry, 为改革和发展创造良好的**社会环境** about public order.
/// - The lead sentence (the rest of the heading's sentence, else the first sentence of the text) breaks
///   the headline's ties and codes a measure whose headline has no cue, a means counting `leadMeans`, an
///   area 1: 加大政策激励。统筹相关政策资源和资金项目….
/// - A tie left after that goes to the instrument of the headline's last word, or of the first member of the list of means
///   it closes (加强…地方立法和监督工作 makes laws first: the codebook's rule 3).
/// - The whole text, sub-items included, is read only where these leave no cue or a tie, and only for
///   means: its items spread over several means, and its area words name the document's domain rather than
///   what this measure does (a 加强组织领导 whose items mention 资金, 宣传 and 监督).
/// - A tie left after all that goes to the instrument listed first in `PolicyInstrument`.
///
/// Two readings come before all of these. A lead sentence that opens by granting a permission (允许, 准许,
/// 放宽 …) codes `legalRegulation`. Where a headline and its lead disagree (支持再制造业。允许综合保税区内企业
/// 开展…再制造业务), the headline names the aim and the lead the means; a permission is authority, what may be
/// done set by rule, and no money or service is given. In a report, a headline that names a programme as a
/// whole (着力保障和改善民生, 以创新引领实体经济转型升级) and no means is coded by the first part of it the task
/// names (`programme(headline:text:)`). Before that, a task or item whose heading or lead commits to the reform of
/// an institution or the building of a 体制 (深化金融体制改革, 必须深化收入分配制度改革, 健全城乡融合发展体制机制) codes
/// `legalRegulation`, whatever area its headline names (`institutionReform(headline:text:)`); so does an approval's
/// grant (原则同意《…总体规划》) whose clause names no means, and a headline or lead that sets up or dissolves a body
/// (联合成立的示范区理事会) codes `organisationAccountability` (`bodySetUp(in:)`). A body's decision in one act (国务院决定对国家
/// 教材委员会组成人员进行调整) is coded by the title's word that names the act (`decidedAct(in:domain:)`). In a decision or a plan, a point that lays a
/// duty on firms, units or persons (…的个人，应当…; 任何部门和个人不得…) codes `legalRegulation` (`duty(in:)`, rule 9), and a
/// filing a rule requires (按…规定办理审批手续) is a cue of rules, not of a service (`isRequiredByRule(_:)`).
///
/// In a plan, programme or opinion (`forPlans`) the headline is short and often names only what the
/// measure is about (改善消费条件, 完善产业链条) while its lead sentence names the means (加强新建体育场地
/// 设施的科学规划…): there a means in the headline still decides, but the headline's areas and the lead
/// are summed. A work report's broad task names its area in its headline, and its long lead sentences
/// spread over many means: there the headline decides as above. A plan's coder also reads the cues that
/// name a means in a plan but a stance or an area in a report's broad task (`PolicyInstrument.planCues`:
/// 支持企业发展, but 支持和保证人民…行使国家权力; 金融产品, but 整顿金融秩序).
///
/// Where an area outside the seven codes (外交, 国防, 台湾) outweighs every code in the headline and lead,
/// the measure is left uncoded. A cue that is a word of the document's title (扶贫 in 关于深入开展消费扶贫…
/// 的指导意见) names its domain, not a means, and is not counted anywhere — except where a headline ends on the act
/// the title closes on (加强政府债务审查监督 in a decision 关于加强市级预算审查监督): that is what the point does
/// (`headAct(of:domain:)`).
struct PolicyCoder: Sendable {
    static let headlineMeans = 4
    static let headlineArea = 3
    static let leadMeans = 2

    /// A word that signals an instrument (nil: an area outside the seven codes, or a word that counts for
    /// nothing), as a means or an area.
    private struct Cue: Sendable {
        let instrument: PolicyInstrument?
        let word: String
        let units: [UInt16]
        let isMeans: Bool
        /// A word holding a cue that names a body or a thing, not a means (国际组织, 组织机构): read so that
        /// its cue is not, and counted for nothing.
        var isNeutral = false
        /// Whether a means stands joined to the means right before it by a conjunction alone (地方立法**和**监督工作): a list
        /// whose first member decides (the codebook's rule 3).
        var isListed = false
    }

    /// The cues by their first unit, longest first, so that 领导小组 is one cue, not also 领导.
    private let cues: [UInt16: [Cue]]
    /// Whether this coder codes the measures of plans, programmes and opinions rather than reports.
    let forPlans: Bool
    private let boundNouns = PolicyInstrument.boundNouns.map(Unit.of)
    private let boundAdjectives = PolicyInstrument.boundAdjectives.map(Unit.of)

    init(forPlans: Bool = false) {
        self.forPlans = forPlans
        var cues: [UInt16: [Cue]] = [:]
        func add(_ instrument: PolicyInstrument?, _ words: [String], isMeans: Bool) {
            for word in words {
                let units = Unit.of(word)
                cues[units[0], default: []].append(Cue(instrument: instrument, word: word, units: units, isMeans: isMeans))
            }
        }
        for instrument in PolicyInstrument.allCases {
            add(instrument, instrument.cues, isMeans: true)
            add(instrument, instrument.areas, isMeans: false)
            if forPlans { add(instrument, instrument.planCues, isMeans: true) }
        }
        add(nil, PolicyInstrument.outsideAreas, isMeans: false)
        for word in PolicyInstrument.neutralWords {
            let units = Unit.of(word)
            cues[units[0], default: []].append(Cue(instrument: nil, word: word, units: units, isMeans: false, isNeutral: true))
        }
        self.cues = cues.mapValues { $0.sorted { $0.units.count > $1.units.count } }
    }

    /// The cues written in `text`, in order, each at its longest; areas only where `areas` is set. A
    /// generic head (制度) right after a means cue belongs to it: 举报制度 is a means of monitoring, not of
    /// rules. Support (支持, 扶持) followed in its clause by another means names the aim that means serves, and
    /// is not counted (the codebook's rule 6: 本市支持“一业一证”改革，将…多张许可证整合为一张 is the reform, not money);
    /// a word of the title counts as that later means, though it is not counted itself.
    private func matches(in text: String, areas: Bool, domain: String) -> [Cue] {
        let scan = ScanText(text)
        var found: [Cue] = []
        var index = 0
        var meansEnd = -1
        var support: Int?
        var clauseStart = 0
        while index < scan.count {
            if PolicyCoder.clauseEnds.contains(scan[index]) {
                support = nil
                clauseStart = index + 1
            }
            guard let cue = cues[scan[index]]?.first(where: { (areas || $0.isMeans || $0.isNeutral) && scan.has($0.units, at: index) }) else {
                index += 1
                continue
            }
            let follows = index == meansEnd
            let start = index
            index += cue.units.count
            if cue.isNeutral || follows && PolicyInstrument.genericHeads.contains(cue.word) { continue }
            // A law named as what is publicised or studied (做好…环保法律、法规的宣传教育工作; 《传染病防治法》等法律、法规的宣传贯彻工作)
            // is the object of that act, no rule made (the codebook's rule 2): the publicity decides.
            if PolicyCoder.lawNames.contains(cue.word), PolicyCoder.lawCarriers.contains(where: clause(of: scan, from: clauseStart).containsScalars) { continue }
            // 编制 is a means only as a noun, a body's posts (关于仲裁委员会的编制、经费和用房); as a verb it drafts what follows it
            // (编制规划, 编制预算), which names no means of its own (the codebook's rule 2).
            if PolicyInstrument.nounOnlyCues.contains(cue.word),
               scan[start - 1] != PolicyCoder.possessive || index < scan.count && !PolicyCoder.nounEnds.contains(scan[index]) { continue }
            if PolicyInstrument.modifierCues.contains(cue.word) {
                // A word is matched whole: a cue bound into a longer noun (服务组织, 标准版, 高标准) is that noun's part.
                if let noun = boundNouns.first(where: { scan.has($0, at: index) }) {
                    index += noun.count
                    continue
                }
                if boundAdjectives.contains(where: { scan.has($0, endingAt: start) }) { continue }
            }
            let listed = cue.isMeans && !found.isEmpty && PolicyCoder.conjunctions.contains { meansEnd >= 0 && meansEnd + $0.count == start && scan.has($0, at: meansEnd) }
            if cue.isMeans && !PolicyInstrument.genericHeads.contains(cue.word) {
                meansEnd = index
                if let at = support, !PolicyCoder.supportWords.contains(cue.word), !PolicyCoder.mannerCues.contains(cue.word) {
                    found.remove(at: at)
                    support = nil
                }
            }
            if !domain.containsScalars(cue.word) {
                if PolicyCoder.supportWords.contains(cue.word) { support = found.count }
                var match = PolicyCoder.filings.contains(cue.word) && PolicyCoder.isRequiredByRule(clause(of: scan, from: clauseStart))
                    ? Cue(instrument: .legalRegulation, word: cue.word, units: cue.units, isMeans: true) : cue
                match.isListed = listed
                found.append(match)
            }
        }
        return found
    }

    /// The folded clause of `scan` that begins at `start`, up to the mark that ends it.
    private func clause(of scan: ScanText, from start: Int) -> String {
        var end = start
        while end < scan.count && !PolicyCoder.clauseEnds.contains(scan[end]) { end += 1 }
        return scan.foldedString(start..<end)
    }

    /// The 的 that makes the word after it a noun.
    static let possessive = Unit.one("的")
    /// The marks and words that may follow a noun-only cue where it is a noun: a list goes on or the phrase ends.
    static let nounEnds: Set<UInt16> = Set("、，,。；;：:和等及与）)".utf16)

    /// Words that join two means into a list (立法和监督, 宣传、教育).
    static let conjunctions = ["和", "、", "与", "及"].map(Unit.of)

    /// Cues that name a body of law, a rule made only where no act in their clause takes them as its object (`lawCarriers`).
    static let lawNames: Set<String> = ["法律", "法规", "条例", "规章"]
    /// Acts that spread laws already made: publicising and studying them (贯彻执行 a law is coded as the gold reads it, by the law).
    static let lawCarriers = ["宣传", "普及", "学习"]

    /// Words of support that name a means only where no other means follows them in their clause.
    static let supportWords: Set<String> = ["支持", "扶持", "鼓励"]
    /// Cues of the manner an act is done in (支持在自贸试验区**依法**合规建设…平台), not of another act after support.
    static let mannerCues: Set<String> = ["依法"]
    /// The marks that end a clause, where support stops waiting for a means after it.
    static let clauseEnds: Set<UInt16> = Set("，,；;。：:".utf16)

    /// The code and the cues found for it and its rivals; nil where no cue appears or the measure lies
    /// outside the seven codes.
    func code(headline: String, lead: String = "", text: String, domain: String = "") -> (PolicyInstrument?, [(instrument: PolicyInstrument, cue: String, count: Int)]) {
        let headline = PolicyCoder.withoutAssessment(headline)
        // A point headed as an understanding (提高认识，认清形势…; 转变观念…) names no means in its heading: the first clause with a cue
        // in the first sentence of its body that commits someone to an act decides (rules 1a, 2 and 3).
        if let clauses = PolicyCoder.committedClauses(underUnderstanding: headline, text: text) {
            for clause in clauses {
                let found = matches(in: clause, areas: true, domain: domain).filter { $0.instrument != nil }
                var score: [PolicyInstrument: Int] = [:]
                for cue in found { score[cue.instrument!, default: 0] += cue.isMeans ? PolicyCoder.leadMeans : 1 }
                guard let best = score.values.max() else { continue }
                return (found.first { score[$0.instrument!] == best }!.instrument, evidence(found))
            }
        }
        // A lead that opens with 由 names who does the act (仲裁员办理仲裁案件，由仲裁委员会依照仲裁规则的规定给付报酬): the headline
        // before it is the act's topic or occasion, which names no means (the codebook's rule 2), and the lead decides.
        let plainHeadline = lead.hasPrefix("由") ? "" : PolicyCoder.withoutRecipient(PolicyCoder.withoutPurpose(headline))
        var head = matches(in: plainHeadline, areas: true, domain: domain)
        if let act = headAct(of: plainHeadline, domain: domain), head.last?.word != act.word { head.append(act) }
        let leading = matches(in: lead, areas: true, domain: domain)
        var headScore: [PolicyInstrument: Int] = [:]
        var headMeans: [PolicyInstrument: Int] = [:]
        var leadScore: [PolicyInstrument: Int] = [:]
        var outside = 0
        // The object the headline's verb governs is its last cue, or the first member of the list it closes (加强…地方**立法**和监督工作).
        var objectIndex = head.count - 1
        while objectIndex > 0 && head[objectIndex].isListed { objectIndex -= 1 }
        for (position, cue) in head.enumerated() {
            let weight = (cue.isMeans ? PolicyCoder.headlineMeans : PolicyCoder.headlineArea) + (position == objectIndex ? 1 : 0)
            if let instrument = cue.instrument { headScore[instrument, default: 0] += weight } else { outside += weight }
            if let instrument = cue.instrument, cue.isMeans { headMeans[instrument, default: 0] += weight }
        }
        for cue in leading {
            let weight = cue.isMeans ? PolicyCoder.leadMeans : 1
            if let instrument = cue.instrument { leadScore[instrument, default: 0] += weight } else if head.isEmpty { outside += weight }
        }
        var found = head + leading
        // A lead sentence that grants a permission (允许综合保税区内企业开展…再制造业务; 我国目前…采用的市制计量单位，可以延续使用到
        // 一九九0年) uses authority, whatever its headline names as the aim (支持再制造业) or the thing it applies to: what may be
        // done is set by rule. So does a headline or lead that opens by handing down a power (会议同意国务院的建议，授权…常务委员会审查
        // 和批准…计划和…预算): who may decide is set, whatever the power is over (the codebook's rule 9). A 可以 whose clause names
        // money (可以享受…税收优惠) widens who is paid: the money decides, as for a grant in a plan (`grantExceptions`).
        let permission = PolicyCoder.permissions.first { lead.hasPrefix($0) }
        let paysFirst = permission == "可以"
            && matches(in: PolicyCoder.clauses(of: lead).first ?? "", areas: false, domain: domain).first { $0.instrument != nil }?.instrument == .economicIncentive
        if permission != nil && !paysFirst || PolicyCoder.powerGrants.contains(where: { headline.hasPrefix($0) || lead.hasPrefix($0) }) {
            return (.legalRegulation, evidence(found))
        }
        // An approval's grant (原则同意《…总体规划》, 同意…建设国家自主创新示范区, 同意…享受…相关政策) is the act decided: it
        // makes a plan binding or gives a status, set by authority (the codebook's rule 9), whatever area the plan or zone
        // names. Where the grant's own clause names a means (同意将…纳入…部际协调小组统筹指导), that means decides. A congress's
        // resolution names itself before its grant (会议同意国务院的建议): the session is the speaker, the grant what follows.
        let granting = headline.hasPrefix(PolicyCoder.session) ? String(headline.dropFirst(PolicyCoder.session.count)) : headline
        if let grant = PolicyCoder.grants.first(where: { granting.hasPrefix($0) }), !head.contains(where: { $0.isMeans }) {
            return (.legalRegulation, evidence(found + [Cue(instrument: .legalRegulation, word: grant, units: Unit.of(grant), isMeans: true)]))
        }
        // A decision that confers or adjusts in one act (国务院决定对国家教材委员会组成人员进行调整) does what its title names:
        // the title's word after 决定 is the act's means, not the document's domain.
        if let act = decidedAct(in: headline + "，" + lead, domain: domain), let instrument = act.instrument {
            return (instrument, evidence(found + [act]))
        }
        // A headline or lead that sets up a body (联合成立的示范区理事会) organises: who decides and coordinates, whatever
        // the body is charged with.
        if let verb = PolicyCoder.bodySetUp(in: headline) ?? PolicyCoder.bodySetUp(in: lead) {
            return (.organisationAccountability, evidence(found + [Cue(instrument: .organisationAccountability, word: verb, units: Unit.of(verb), isMeans: true)]))
        }
        // In a plan, a lead or headline that changes what a firm or an administration must or may do (取消…要求,
        // 将…审批权限下放至…, 开展…试点) sets a rule (the codebook's rule 9). A headline is read too: in a list of
        // measures each one sentence (若干措施), it is the sentence's first clause, not a heading.
        if forPlans, let grant = PolicyCoder.requirementChange(in: lead, domain: domain) ?? PolicyCoder.requirementChange(in: headline, domain: domain) {
            return (.legalRegulation, evidence(found + [Cue(instrument: .legalRegulation, word: grant, units: Unit.of(grant), isMeans: true)]))
        }
        // In a decision or a plan, a point that lays a duty on firms, units or persons (…从事其他活动的个人，应当增强法治意识，
        // 自觉遵守法律法规规定; 职业院校应当…与…企业…开展合作) sets by rule what they must do (the codebook's rule 9), whatever
        // the duty is about; a duty laid on administrations alone (市、区人民政府应当…) is coded by its means. Where the lead names
        // money paid (转制企业应当切实保障职工的合法权益，…经济补偿金，可从…收入中优先支付), the money decides, as it does for a grant.
        if forPlans, !leading.contains(where: { $0.isMeans && $0.instrument == .economicIncentive }), let duty = PolicyCoder.duty(in: headline + "，" + lead) {
            return (.legalRegulation, evidence(found + [Cue(instrument: .legalRegulation, word: duty, units: Unit.of(duty), isMeans: true)]))
        }
        // A report's broad task, or a plan's item, is coded by the reform of an institution its heading or its lead
        // commits to (有效防范化解重大经济金融风险。深化金融体制改革…; 有序承接北京非首都功能疏解。要…，改革创新体制机制): the
        // lead's means decides before the headline's area, a broad cue of the headline (千方百计增加居民收入: 收入) and the
        // first item (rules 1a and 5); reform as a frame (深化改革，扩大开放) names no institution and decides nothing. Not
        // where the headline names an area outside the codes. In the plans of the spent halves all 13 matched items that
        // do so are rules.
        if head.allSatisfy({ $0.instrument != nil }), let reform = PolicyCoder.institutionReform(headline: headline, text: text) {
            return (.legalRegulation, evidence(found + [Cue(instrument: .legalRegulation, word: reform, units: Unit.of(reform), isMeans: true)]))
        }
        // A report's broad task that names a programme as a whole (民生, 社会建设, 创新) with no means and no
        // area of another code (加强依法行政和社会建设) is coded by the first of its parts it names: a service
        // (教育, 科技) or a payment (就业, 社会保障, 税). A plan's item names its means in its lead.
        if !forPlans, head.allSatisfy({ !$0.isMeans && PolicyCoder.programmeAreas.contains($0.instrument) }), let programme = PolicyCoder.programme(headline: headline, text: text) {
            let part = Cue(instrument: programme.instrument, word: programme.part, units: Unit.of(programme.part), isMeans: true)
            return (programme.instrument, evidence(found + [part]))
        }
        if outside > (headScore.values.max() ?? 0) + (head.isEmpty ? (leadScore.values.max() ?? 0) : 0) { return (nil, evidence(found)) }
        let object = head.indices.contains(objectIndex) ? head[objectIndex].instrument : nil
        // The headline decides; the lead sentence breaks its ties, then the headline's object. In a plan
        // the headline's means decide, then its areas and the lead together.
        func key(_ instrument: PolicyInstrument) -> (Int, Int, Int) {
            let head = headScore[instrument] ?? 0
            let lead = leadScore[instrument] ?? 0
            let isObject = instrument == object ? 1 : 0
            return forPlans ? (headMeans[instrument] ?? 0, head + lead, isObject) : (head, lead, isObject)
        }
        let best = PolicyInstrument.allCases.map(key).max(by: <)!
        var textScore: [PolicyInstrument: Int] = [:]
        if best == (0, 0, 0) || PolicyInstrument.allCases.filter({ key($0) == best }).count > 1 {
            let body = matches(in: text, areas: false, domain: domain)
            for cue in body { if let instrument = cue.instrument { textScore[instrument, default: 0] += 1 } }
            found += body
        }
        let full: (PolicyInstrument) -> (Int, Int, Int, Int) = { let k = key($0); return (k.0, k.1, k.2, textScore[$0] ?? 0) }
        let top = PolicyInstrument.allCases.map(full).max(by: <)!
        guard top > (0, 0, 0, 0) else { return (nil, evidence(found)) }
        return (PolicyInstrument.allCases.first { full($0) == top }, evidence(found))
    }

    /// The means a headline ends on where the document's title closes on it too (加强政府债务**审查监督**, 加强对预算的初步
    /// **审查**, 加强预算联网**监督**工作 in the decision 关于加强市级预算**审查监督**的决定), or on its head (民事检察**监督**工作 in the
    /// resolution 关于加强新时代检察机关法律**监督**工作的决议: a procuratorate's supervision is the 法律监督 the title names): the
    /// title names the act every point does, and the point's last word is that act, not the domain (the codebook's rule 1a: the verb and its object, the
    /// means before the area). A title's other words name its domain and are not counted (扶贫 in 关于深入开展消费扶贫助力打赢
    /// 脱贫攻坚战的指导意见, where 参与消费扶贫 ends a point on the domain the title's 开展 governs).
    private func headAct(of headline: String, domain: String) -> Cue? {
        guard let close = domain.unicodeScalars.lastIndex(of: "的") else { return nil }
        let ending = PolicyCoder.withoutActTail(headline)
        guard let last = matches(in: ending, areas: false, domain: "").last, last.instrument != nil,
              !PolicyInstrument.genericHeads.contains(last.word), ending.hasSuffix(last.word) else { return nil }
        // The title's closing acts: the means it ends on, one after another (预算**审查监督**), before its 的决定.
        var title = PolicyCoder.withoutActTail(String(domain[..<close]))
        let acts = matches(in: title, areas: false, domain: "")
        while let act = acts.last(where: { title.hasSuffix($0.word) }) {
            if act.word.hasSuffix(last.word) { return last }
            title = String(title.unicodeScalars.dropLast(act.units.count))
        }
        return nil
    }

    /// The act a measure decides in its document's title words (国务院决定对国家教材委员会**组成人员**进行调整 in 关于调整国家
    /// 教材委员会组成人员的通知; 国务院决定，对…科学技术人员和组织给予**奖励** in 关于2018年度国家科学技术奖励的决定): a decision that
    /// confers or adjusts in one act does what its title names, so the title's word in the clause after a body's 决定 is that
    /// act, not the domain (the codebook's rule for a decision in one act, and rule 1a). The clause's last such word is read,
    /// the object its verb governs, as in a headline (暂时调整实施《…药品管理法实施**条例**》, not the 医疗 of the place 在…
    /// 医疗旅游先行区). Only where a body decides (`deciders`): 执法决定 or 本决定 name a decision, no act.
    private func decidedAct(in sentence: String, domain: String) -> Cue? {
        guard !domain.isEmpty, let decides = sentence.scalarRange(of: "决定"),
              PolicyCoder.deciders.contains(where: { sentence[..<decides.lowerBound].hasSuffix($0) }) else { return nil }
        var rest = sentence[decides.upperBound...]
        if rest.hasPrefix("，") { rest = rest.dropFirst() }
        let act = String(String.UnicodeScalarView(rest.unicodeScalars.prefix { !"，,；;。".unicodeScalars.contains($0) }))
        return matches(in: act, areas: false, domain: "").last {
            $0.instrument != nil && !PolicyInstrument.genericHeads.contains($0.word) && domain.containsScalars($0.word)
        }
    }

    /// The bodies whose 决定 is an act decided (国务院决定, 市人民政府决定, 常务委员会决定).
    static let deciders = ["国务院", "政府", "委员会", "常委会"]

    /// `text` without a noun it closes on after its act (加强预算联网监督**工作**).
    static func withoutActTail(_ text: String) -> String {
        text.hasSuffix("工作") ? String(text.dropLast(2)) : text
    }

    /// Verbs that open a grant of permission: what a measure allows is a rule, not support or a service.
    static let permissions = ["允许", "准许", "放宽", "可以"]
    /// Verbs that open a grant of power to a body (授权…审查和批准).
    static let powerGrants = ["授权"]

    /// Words that open an approval's grant of what was asked (an approval's numbered point or paragraph).
    static let grants = ["原则同意", "同意"]
    /// The subject a congress's resolution gives its own acts (会议同意…, 会议决定…).
    static let session = "会议"

    /// A headline from its verb on where it opens with what the measure is for (为经济建设和改革开放**创造更好的
    /// 社会政治环境**): the purpose names areas the measure serves, not the means it uses.
    static func withoutPurpose(_ headline: String) -> String {
        guard headline.hasPrefix("为") else { return headline }
        for verb in ["创造", "营造", "提供"] {
            if let range = headline.scalarRange(of: verb) { return String(headline[range.lowerBound...]) }
        }
        return headline
    }

    /// A headline without the assessment it makes of its subject (刑事检察监督工作是宪法和法律赋予检察机关的一项重要职责; 1954's
    /// 逐步實行對農業的社會主義改造，這就是逐步改變…的個體經營): what follows 是 says what the subject is for, who gives it or what
    /// it means, which names no means (the codebook's rule 2: definitions and assessments, told as `isDefinition(_:)` tells a
    /// lead sentence), and the words before it name what the point does. The headline as it is where it defines nothing or
    /// opens with 是.
    static func withoutAssessment(_ headline: String) -> String {
        guard isDefinition(headline), let copula = headline.unicodeScalars.firstIndex(of: "是"), copula != headline.startIndex else { return headline }
        return String(headline[..<copula])
    }

    /// Words after a recipient's last 的 that make the headline an act on it (对应急处理的效果**进行**评估,
    /// 对存在下列问题的社会团体**要**进行整改), not its recipient alone.
    static let recipientActs = ["进行", "予以", "给予", "实行", "实施", "要", "应", "一律", "，"]

    /// A headline without what it opens with where that is only the measure's recipient, the 对…的 phrase of
    /// whom it acts on (对按时完成高标准农田建设任务且成效显著的省（区、市）, 对宗旨、业务范围相同相似的社会团体):
    /// the achievements or traits that select the recipients name no means (the codebook's rule 2), and the
    /// lead says what is done to them (在分配年度中央财政资金时予以适当倾斜). Empty where the headline is that phrase, however
    /// long what it names (对…涉及的企业所得税、增值税、城市维护建设税、契税等，…享受相应税收优惠政策) and where it ends on its 的
    /// (对投资兴办文化企业的，有关行政主管部门应当…): the words after the last 的 are what the act applies to, no act.
    static func withoutRecipient(_ headline: String) -> String {
        guard headline.hasPrefix("对") else { return headline }
        let plain = withoutAsides(headline)
        guard let last = plain.unicodeScalars.lastIndex(of: "的") else { return headline }
        let recipient = plain[plain.unicodeScalars.index(after: last)...]
        guard !recipientActs.contains(where: { recipient.containsScalars($0) }) else { return headline }
        return ""
    }

    /// Each cue of the seven codes found, in order of first appearance, with how often it was found.
    private func evidence(_ found: [Cue]) -> [(instrument: PolicyInstrument, cue: String, count: Int)] {
        var counts: [String: Int] = [:]
        var order: [(PolicyInstrument, String)] = []
        for cue in found {
            guard let instrument = cue.instrument else { continue }
            if counts[cue.word] == nil { order.append((instrument, cue.word)) }
            counts[cue.word, default: 0] += 1
        }
        return order.map { ($0.0, $0.1, counts[$0.1]!) }
    }
}
