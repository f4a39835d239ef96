/// Codes a measure with a `PolicyInstrument` by counting cue words in its headline and text.
struct PolicyCoder: Sendable {
    /// How much more a cue in the headline counts than one in the text.
    static let headlineWeight = 3

    private let cues: [(instrument: PolicyInstrument, cue: String, units: [UInt16])]

    init() {
        var cues: [(PolicyInstrument, String, [UInt16])] = []
        for instrument in PolicyInstrument.allCases {
            for cue in instrument.cues { cues.append((instrument, cue, Unit.of(cue))) }
        }
        // Longest first, so that 领导小组 is one cue, not also 领导.
        self.cues = cues.sorted { $0.2.count > $1.2.count }
    }

    /// The best code and the cues found; nil where no cue appears. Ties go to the code listed first.
    func code(headline: String, text: String) -> (PolicyInstrument?, [(instrument: PolicyInstrument, cue: String, count: Int)]) {
        var counts: [String: (PolicyInstrument, Int)] = [:]
        var order: [String] = []
        var score: [PolicyInstrument: Int] = [:]
        for (text, weight) in [(headline, PolicyCoder.headlineWeight), (text, 1)] {
            let scan = ScanText(text)
            var index = 0
            while index < scan.count {
                guard let match = cues.first(where: { scan.has($0.units, at: index) }) else { index += 1; continue }
                if counts[match.cue] == nil { order.append(match.cue) }
                counts[match.cue, default: (match.instrument, 0)].1 += 1
                score[match.instrument, default: 0] += weight
                index += match.units.count
            }
        }
        let best = PolicyInstrument.allCases.filter { (score[$0] ?? 0) > 0 }.max { (score[$0] ?? 0) < (score[$1] ?? 0) }
        let top = best.flatMap { best in PolicyInstrument.allCases.first { score[$0] == score[best] } }
        return (top, order.map { (counts[$0]!.0, $0, counts[$0]!.1) })
    }
}
