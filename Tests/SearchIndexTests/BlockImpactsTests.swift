import Testing
@testable import SearchIndex

/// A fixed-seed generator (SplitMix64), so that the random blocks are the same in every run.
struct SplitMix: RandomNumberGenerator {
    var state: UInt64
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var value = state
        value = (value ^ (value >> 30)) &* 0xBF58_476D_1CE4_E5B9
        value = (value ^ (value >> 27)) &* 0x94D0_49BB_1331_11EB
        return value ^ (value >> 31)
    }
}

@Test func aBlocksImpactsKeepOnlyUnitsNoOtherOutdoes() {
    let units = [(frequency: 1, headingFrequency: 0, length: 40), (3, 0, 200), (2, 1, 40), (1, 0, 500), (3, 0, 300)]
    let impacts = BlockImpacts.frontier(of: units)
    #expect(impacts.map { [$0.frequency, $0.headingFrequency, $0.length] } == [[2, 1, 40], [3, 0, 200]])
}

@Test func theBestImpactBoundsEveryUnitsScoreWhateverTheMeanLengthAndWeights() {
    var generator = SplitMix(state: 11)
    for _ in 0..<300 {
        let units = (0..<Int.random(in: 1...128, using: &generator)).map { _ in
            let frequency = Int.random(in: 1...(Bool.random(using: &generator) ? 3 : 40), using: &generator)
            return (frequency: frequency, headingFrequency: Int.random(in: 0...frequency, using: &generator),
                    length: Int.random(in: frequency...2_000, using: &generator))
        }
        let impacts = BlockImpacts.frontier(of: units)
        #expect(impacts.count <= BlockImpacts.limit)
        for averageLength in [20.0, 150, 900] {
            for weights in [FieldWeights.standard, .flat] {
                func score(_ frequency: Int, _ heading: Int, _ length: Int) -> Double {
                    Scoring.saturated(idf: 2, Scoring.weighted(frequency: frequency, headingFrequency: heading, length: length, titleMatch: false,
                                                               averageLength: averageLength, weights: weights))
                }
                let bound = impacts.map { score($0.frequency, $0.headingFrequency, $0.length) }.max()!
                let best = units.map { score($0.frequency, $0.headingFrequency, $0.length) }.max()!
                #expect(bound >= best)
                // Below the limit the bound is the best score itself.
                if impacts.count < BlockImpacts.limit { #expect(bound == best) }
            }
        }
    }
}

@Test func frequenciesBeyondSixteenBitsGiveTheFrontierSmallOnesGive() {
    let small: [(frequency: Int, headingFrequency: Int, length: Int)] = [(1, 0, 40), (3, 0, 200), (2, 1, 40), (1, 0, 500), (3, 0, 300), (2, 2, 40)]
    let large = small.map { (frequency: $0.frequency * 100_000, headingFrequency: $0.headingFrequency * 100_000, length: $0.length * 100_000) }
    let impacts = BlockImpacts.frontier(of: small).map { [$0.frequency * 100_000, $0.headingFrequency * 100_000, $0.length * 100_000] }
    #expect(BlockImpacts.frontier(of: large).map { [$0.frequency, $0.headingFrequency, $0.length] } == impacts)
    #expect(impacts == [[2 * 100_000, 2 * 100_000, 40 * 100_000], [3 * 100_000, 0, 200 * 100_000]])
}

@Test func theFrontierIsTheUnitsNoneOutdoesShortestFirstWhateverTheirOrder() {
    var generator = SplitMix(state: 23)
    for _ in 0..<300 {
        let units = (0..<Int.random(in: 1...128, using: &generator)).map { _ in
            let frequency = Int.random(in: 1...6, using: &generator)
            return (frequency: frequency, headingFrequency: Int.random(in: 0...min(frequency, 2), using: &generator),
                    length: Int.random(in: 5...40, using: &generator))
        }
        // By definition: the distinct units that no other unit outdoes (at least its frequencies in a
        // length no longer), by length, then by falling frequencies, then the limit's merge.
        var expected: [[Int]] = []
        for unit in units {
            let outdone = units.contains {
                ($0.length, $0.frequency, $0.headingFrequency) != (unit.length, unit.frequency, unit.headingFrequency)
                    && $0.length <= unit.length && $0.frequency >= unit.frequency && $0.headingFrequency >= unit.headingFrequency
            }
            let triple = [unit.frequency, unit.headingFrequency, unit.length]
            if !outdone && !expected.contains(triple) { expected.append(triple) }
        }
        expected.sort { ($0[2], -$0[0], -$0[1]) < ($1[2], -$1[0], -$1[1]) }
        if expected.count > BlockImpacts.limit {
            let beyond = expected[(BlockImpacts.limit - 1)...]
            let merged = [beyond.map { $0[0] }.max()!, beyond.map { $0[1] }.max()!, beyond.first![2]]
            expected = Array(expected[..<(BlockImpacts.limit - 1)]) + [merged]
        }
        #expect(BlockImpacts.frontier(of: units).map { [$0.frequency, $0.headingFrequency, $0.length] } == expected)
        #expect(BlockImpacts.frontier(of: units.reversed()).map { [$0.frequency, $0.headingFrequency, $0.length] } == expected)
    }
}
