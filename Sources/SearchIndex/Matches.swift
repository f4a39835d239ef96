/// The units a query (or part of one) matches, ascending, with their scores, the explanation of each
/// score when asked for, and where the matches stand when a NEAR above needs them (each occurrence
/// packed as start << 32 | end, in positions, end exclusive).
struct Matches {
    var units: [UInt32] = []
    var scores: [Double] = []
    var explanations: [[String]] = []
    var occurrences: [[UInt64]] = []

    var count: Int { units.count }

    mutating func append(unit: UInt32, score: Double, explanation: [String], occurrences: [UInt64]) {
        units.append(unit)
        scores.append(score)
        explanations.append(explanation)
        self.occurrences.append(occurrences)
    }

    /// The units in both, scores added.
    func intersection(_ other: Matches) -> Matches {
        var result = Matches()
        var a = 0, b = 0
        while a < count && b < other.count {
            if units[a] < other.units[b] { a += 1 } else if units[a] > other.units[b] { b += 1 } else {
                result.append(unit: units[a], score: scores[a] + other.scores[b],
                              explanation: explanations[a] + other.explanations[b],
                              occurrences: merged(occurrences[a], other.occurrences[b]))
                a += 1
                b += 1
            }
        }
        return result
    }

    /// The units in either, scores added where in both.
    func union(_ other: Matches) -> Matches {
        var result = Matches()
        var a = 0, b = 0
        while a < count || b < other.count {
            if b >= other.count || (a < count && units[a] < other.units[b]) {
                result.append(unit: units[a], score: scores[a], explanation: explanations[a], occurrences: occurrences[a])
                a += 1
            } else if a >= count || units[a] > other.units[b] {
                result.append(unit: other.units[b], score: other.scores[b], explanation: other.explanations[b],
                              occurrences: other.occurrences[b])
                b += 1
            } else {
                result.append(unit: units[a], score: scores[a] + other.scores[b],
                              explanation: explanations[a] + other.explanations[b],
                              occurrences: merged(occurrences[a], other.occurrences[b]))
                a += 1
                b += 1
            }
        }
        return result
    }

    /// The units of this not in `other`.
    func subtracting(_ other: Matches) -> Matches {
        var result = Matches()
        var b = 0
        for a in 0..<count {
            while b < other.count && other.units[b] < units[a] { b += 1 }
            if b < other.count && other.units[b] == units[a] { continue }
            result.append(unit: units[a], score: scores[a], explanation: explanations[a], occurrences: occurrences[a])
        }
        return result
    }

    private func merged(_ a: [UInt64], _ b: [UInt64]) -> [UInt64] {
        if a.isEmpty { return b }
        if b.isEmpty { return a }
        return Array(Set(a + b)).sorted()
    }
}
