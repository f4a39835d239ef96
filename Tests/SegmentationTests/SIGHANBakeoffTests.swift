import Foundation
import Testing
import TestSupport
@testable import Segmentation

/// Word F1 on the SIGHAN 2005 MSR development set, scored as ../shared/corpus/README.md describes.
@Suite(.enabled(if: Repository.shared("corpus/sighan2005/msr_test_gold.utf8") != nil))
struct SIGHANBakeoffTests {
    /// Measured 0.9456 with the MSR training words alone (the closed track, BENCHMARKS.md); the floor
    /// guards the lexicon pass, the cost model and the number rules.
    static let floor = 0.945

    @Test func icuWithTheMSRWordListScoresAboveTheMeasuredFloorOnMSR() throws {
        let folder = try #require(Repository.shared("corpus/sighan2005"))
        let words = try Lexicon(contentsOf: folder.appendingPathComponent("msr_training_words.utf8").path)
        let stream = SIGHANStreamSegmenter(segmenter: try WordSegmenter(lexicon: words))
        let test = try String(contentsOf: folder.appendingPathComponent("msr_test.utf8"), encoding: .utf8)
        let output = test.split(separator: "\n", omittingEmptySubsequences: false).map { stream.line(String($0)) }
        let gold = try String(contentsOf: folder.appendingPathComponent("msr_test_gold.utf8"), encoding: .utf8)
        let score = try #require(WordSpanScore(gold: gold, output: output.joined(separator: "\n")))
        #expect(score.f1 >= Self.floor, "precision \(score.precision), recall \(score.recall)")
    }

    /// The default segmentation, with jieba's word list as its vocabulary where python3-jieba is
    /// installed, on the held-out half of the MSR gold (lines 1994–3985, `Scripts/msr-split.py`): measured
    /// 0.8447 against jieba's 0.8102 (BENCHMARKS.md); the floor keeps it above jieba's.
    @Test(.enabled(if: Vocabulary.installedPath() != nil, "no general vocabulary installed"))
    func theDefaultSegmentationScoresAboveJiebaOnTheHeldOutHalfOfMSR() throws {
        let folder = try #require(Repository.shared("corpus/sighan2005"))
        let vocabulary = try Vocabulary(contentsOf: try #require(Vocabulary.installedPath()))
        let stream = SIGHANStreamSegmenter(segmenter: try WordSegmenter(vocabulary: vocabulary))
        let gold = try String(contentsOf: folder.appendingPathComponent("msr_test_gold.utf8"), encoding: .utf8)
            .split(omittingEmptySubsequences: false, whereSeparator: \.isNewline).dropLast()
        let heldOut = gold.dropFirst((gold.count + 1) / 2)
        let output = heldOut.map { stream.line($0.split(whereSeparator: \.isWhitespace).joined()) }
        let score = try #require(WordSpanScore(gold: heldOut.joined(separator: "\n"), output: output.joined(separator: "\n")))
        #expect(score.f1 >= 0.84, "precision \(score.precision), recall \(score.recall)")
    }

    @Test func theScorerCountsSharedSpansOverTheWholeText() throws {
        let score = try #require(WordSpanScore(gold: "计划 生育\n工作", output: "计划生育 工\n作"))
        #expect(score.precision == 0.0)
        let exact = try #require(WordSpanScore(gold: "计划生育  工作", output: "计划生育 工作"))
        #expect(exact.f1 == 1.0)
        #expect(WordSpanScore(gold: "计划生育", output: "计划生产") == nil)
    }
}

/// Precision, recall and F1 of the words of `output` against `gold`, both whitespace-separated, each
/// word taken as its span of character offsets over the whole text; nil if the characters differ.
struct WordSpanScore {
    let precision: Double
    let recall: Double
    var f1: Double { precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall) }

    init?(gold: String, output: String) {
        let (goldCharacters, goldSpans) = Self.spans(gold)
        let (outputCharacters, outputSpans) = Self.spans(output)
        guard goldCharacters == outputCharacters, !goldSpans.isEmpty, !outputSpans.isEmpty else { return nil }
        let shared = Double(goldSpans.intersection(outputSpans).count)
        precision = shared / Double(outputSpans.count)
        recall = shared / Double(goldSpans.count)
    }

    private struct Span: Hashable {
        let start: Int
        let end: Int
    }

    private static func spans(_ text: String) -> (String, Set<Span>) {
        var characters = ""
        var spans = Set<Span>()
        var offset = 0
        for word in text.split(whereSeparator: \.isWhitespace) {
            spans.insert(Span(start: offset, end: offset + word.count))
            offset += word.count
            characters += word
        }
        return (characters, spans)
    }
}
