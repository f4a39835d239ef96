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
/// - A tie left after that goes to the instrument of the headline's last word.
/// - The whole text, sub-items included, is read only where these leave no cue or a tie, and only for
///   means: its items spread over several means, and its area words name the document's domain rather than
///   what this measure does (a 加强组织领导 whose items mention 资金, 宣传 and 监督).
/// - A tie left after all that goes to the instrument listed first in `PolicyInstrument`.
///
/// Where an area outside the seven codes (外交, 国防, 台湾) outweighs every code in the headline and lead,
/// the measure is left uncoded. A cue that is a word of the document's title (扶贫 in 关于深入开展消费扶贫…
/// 的指导意见) names its domain, not a means, and is not counted anywhere.
struct PolicyCoder: Sendable {
    static let headlineMeans = 4
    static let headlineArea = 3
    static let leadMeans = 2

    /// A word that signals an instrument (nil: an area outside the seven codes), as a means or an area.
    private struct Cue: Sendable {
        let instrument: PolicyInstrument?
        let word: String
        let units: [UInt16]
        let isMeans: Bool
    }

    /// The cues by their first unit, longest first, so that 领导小组 is one cue, not also 领导.
    private let cues: [UInt16: [Cue]]

    init() {
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
        }
        add(nil, PolicyInstrument.outsideAreas, isMeans: false)
        self.cues = cues.mapValues { $0.sorted { $0.units.count > $1.units.count } }
    }

    /// The cues written in `text`, in order, each at its longest; areas only where `areas` is set.
    private func matches(in text: String, areas: Bool, domain: String) -> [Cue] {
        let scan = ScanText(text)
        var found: [Cue] = []
        var index = 0
        while index < scan.count {
            guard let cue = cues[scan[index]]?.first(where: { (areas || $0.isMeans) && scan.has($0.units, at: index) }) else {
                index += 1
                continue
            }
            index += cue.units.count
            if !domain.containsScalars(cue.word) { found.append(cue) }
        }
        return found
    }

    /// The code and the cues found for it and its rivals; nil where no cue appears or the measure lies
    /// outside the seven codes.
    func code(headline: String, lead: String = "", text: String, domain: String = "") -> (PolicyInstrument?, [(instrument: PolicyInstrument, cue: String, count: Int)]) {
        let head = matches(in: headline, areas: true, domain: domain)
        let leading = matches(in: lead, areas: true, domain: domain)
        var headScore: [PolicyInstrument: Int] = [:]
        var leadScore: [PolicyInstrument: Int] = [:]
        var outside = 0
        for (position, cue) in head.enumerated() {
            let weight = (cue.isMeans ? PolicyCoder.headlineMeans : PolicyCoder.headlineArea) + (position == head.count - 1 ? 1 : 0)
            if let instrument = cue.instrument { headScore[instrument, default: 0] += weight } else { outside += weight }
        }
        for cue in leading {
            let weight = cue.isMeans ? PolicyCoder.leadMeans : 1
            if let instrument = cue.instrument { leadScore[instrument, default: 0] += weight } else if head.isEmpty { outside += weight }
        }
        var found = head + leading
        if outside > (headScore.values.max() ?? 0) + (head.isEmpty ? (leadScore.values.max() ?? 0) : 0) { return (nil, evidence(found)) }
        let object = head.last?.instrument
        // The headline decides; the lead sentence breaks its ties, then the headline's object.
        let key: (PolicyInstrument) -> (Int, Int, Int) = { (headScore[$0] ?? 0, leadScore[$0] ?? 0, $0 == object ? 1 : 0) }
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
