import Foundation
import Testing
import TestSupport
@testable import Deduplication

/// What `zhili dedupe --signatures` hands a job that pairs units elsewhere.
@Suite struct UnitSignatureTests {
    let detector = NearDuplicateDetector()

    @Test func aShortTextCarriesAllItsShinglesAndItsSamplesGiveTheDetectorsSimilarity() throws {
        let copy = Fixture.plan.replacingOccurrences(of: "50万元", with: "60万元").replacingOccurrences(of: "专项资金", with: "资金")
        let original = try #require(detector.signature(of: Fixture.plan))
        let edited = try #require(detector.signature(of: copy))
        #expect(!original.isSampled && !edited.isSampled)
        #expect(original.minhash.count == detector.minHasher.signatureSize)
        let shared = Set(original.sample).intersection(edited.sample).count
        let jaccard = Double(shared) / Double(original.sample.count + edited.sample.count - shared)
        let pair = try #require(detector.similarPairs([Fixture.plan, copy]).first)
        #expect(abs(jaccard - pair.jaccard) < 1e-12)
    }

    @Test func exactCopiesShareTheirKeyWhateverTheirPunctuationAndSpacing() throws {
        let respaced = Fixture.plan.replacingOccurrences(of: "，", with: ", ").replacingOccurrences(of: "\n", with: "\n\n")
        #expect(try #require(detector.signature(of: Fixture.plan)).exactKey == (try #require(detector.signature(of: respaced))).exactKey)
        #expect(try #require(detector.signature(of: Fixture.plan)).exactKey != (try #require(detector.signature(of: Fixture.report))).exactKey)
        #expect(detector.signature(of: "，。 \n") == nil)
    }

    @Test(.enabled(if: Repository.shared("corpus/laws/宪法/宪法.md") != nil))
    func aLongTextCarriesTheAnchorEighthOfItsShingles() throws {
        let text = try String(contentsOf: try #require(Repository.shared("corpus/laws/宪法/宪法.md")), encoding: .utf8)
        let signature = try #require(detector.signature(of: text))
        #expect(signature.isSampled && signature.distinctShingles > UnitSignature.completeSampleLimit)
        #expect(signature.sample.allSatisfy { $0 & UnitSignature.anchorMask == 0 })
        #expect(signature.sample == signature.sample.sorted() && Set(signature.sample).count == signature.sample.count)
        let share = Double(signature.sample.count) / Double(signature.distinctShingles)
        #expect(share > 0.1 && share < 0.15, "about one in eight: \(share)")
        let anchors = Set(ContainmentIndex.anchors(of: detector.shingler.hashes(of: ComparisonText.characters(of: text))))
        #expect(Set(signature.sample) == anchors, "the sample is the containment search's anchors")
        let complete = try #require(detector.signature(of: text, completeSampleLimit: .max))
        #expect(!complete.isSampled && complete.sample.count == signature.distinctShingles && complete.minhash == signature.minhash)
    }
}
