/// Codes a measure with a `PolicyInstrument` by counting cue words, in its headline and lead sentence
/// first.
///
/// Where the headline and lead sentence carry a cue, they decide, and the sub-items only break a tie:
/// the lead sentence states the means of the measure (加大政策激励。统筹相关政策资源和资金项目…), while
/// its items spread over several means and the domain's own vocabulary (a measure to 加强组织领导 whose
/// items mention 资金, 宣传 and 监督), so that a count over the whole text codes what a measure is about
/// rather than what it does. Only a measure without any cue in its lead is coded from its whole text.
/// A cue that is a word of the document's title (扶贫 in 关于深入开展消费扶贫…的指导意见) names its
/// domain, not a means, and is not counted.
struct PolicyCoder: Sendable {
    /// How much more a cue in the headline counts than one in the lead sentence.
    static let headlineWeight = 2

    /// The cues by their first unit, longest first, so that 领导小组 is one cue, not also 领导.
    private let cues: [UInt16: [(instrument: PolicyInstrument, cue: String, units: [UInt16])]]

    init() {
        var cues: [UInt16: [(instrument: PolicyInstrument, cue: String, units: [UInt16])]] = [:]
        for instrument in PolicyInstrument.allCases {
            for cue in instrument.cues {
                let units = Unit.of(cue)
                cues[units[0], default: []].append((instrument, cue, units))
            }
        }
        self.cues = cues.mapValues { $0.sorted { $0.units.count > $1.units.count } }
    }

    /// The best code and the cues found; nil where no cue appears. Ties go to the code listed first.
    func code(headline: String, lead: String = "", text: String, domain: String = "") -> (PolicyInstrument?, [(instrument: PolicyInstrument, cue: String, count: Int)]) {
        var counts: [String: (PolicyInstrument, Int)] = [:]
        var order: [String] = []
        var leadScore: [PolicyInstrument: Int] = [:]
        var score: [PolicyInstrument: Int] = [:]
        func scan(_ text: String, weight: Int, lead: Bool) {
            let scan = ScanText(text)
            var index = 0
            while index < scan.count {
                guard let match = cues[scan[index]]?.first(where: { scan.has($0.units, at: index) }) else { index += 1; continue }
                index += match.units.count
                if domain.contains(match.cue) { continue }
                if counts[match.cue] == nil { order.append(match.cue) }
                counts[match.cue, default: (match.instrument, 0)].1 += 1
                if lead { leadScore[match.instrument, default: 0] += weight }
                score[match.instrument, default: 0] += weight
            }
        }
        scan(headline, weight: PolicyCoder.headlineWeight, lead: true)
        scan(lead, weight: 1, lead: true)
        // The whole text is read only where the lead does not decide alone (no cue, or a tie).
        let leading = leadScore.values.max() ?? 0
        if leading == 0 || leadScore.values.filter({ $0 == leading }).count > 1 { scan(text, weight: 1, lead: false) }
        // The lead decides; the whole text breaks its ties and codes a measure whose lead has no cue.
        let key: (PolicyInstrument) -> (Int, Int) = { (leadScore[$0] ?? 0, score[$0] ?? 0) }
        let best = PolicyInstrument.allCases.filter { (score[$0] ?? 0) > 0 }.max { key($0) < key($1) }
        let top = best.flatMap { best in PolicyInstrument.allCases.first { key($0) == key(best) } }
        return (top, order.map { (counts[$0]!.0, $0, counts[$0]!.1) })
    }
}
