import Foundation
import Segmentation
import TestSupport
import Testing
import TextNormalization
@testable import SearchIndex

/// Every unit's (term, positions) as a run holds them: per term, per unit, (unit delta, frequency,
/// position deltas …) as varints.
private func occurrences(in run: PostingsRun) -> [Int: [Term: [Int32]]] {
    var found: [Int: [Term: [Int32]]] = [:]
    var offset = 0
    func varint() -> Int32 {
        var value: UInt32 = 0, shift: UInt32 = 0
        while true {
            let byte = run.bytes[offset]
            offset += 1
            value |= UInt32(byte & 0x7F) << shift
            if byte < 0x80 { return Int32(bitPattern: value) }
            shift += 7
        }
    }
    for (index, term) in run.terms.enumerated() {
        offset = run.starts[index]
        var unit: Int32 = -1
        while offset < run.starts[index + 1] {
            unit += varint()
            var position: Int32 = 0
            found[Int(unit), default: [:]][term] = (0..<varint()).map { _ in
                position += varint()
                return position
            }
        }
    }
    return found
}

@Test(arguments: [false, true])
func aRunHoldsEveryTokenOfItsUnitsAtItsPositions(words: Bool) throws {
    let essay = try String(contentsOf: Repository.corpus.appendingPathComponent("sex-ratio-essay-countermeasures.txt"), encoding: .utf8)
    // Paragraphs with Latin letters, digits and punctuation beside the ideographs, and an empty one.
    let paragraphs = essay.split(separator: "\n").map(String.init) + ["", "GDP增长6.5%左右，CPI涨幅3%。"]
    let units = paragraphs.map { IndexUnit(kind: .statistic, source: "essay.txt", documentIndex: 1, document: "", section: "", text: $0) }
    let lexicon: Lexicon? = words ? .builtIn : nil
    let source = SourceAnalyser(lexicon: lexicon).analyse(source: "essay.txt", hash: ContentHash(size: 0, fnv1a: 0, crc32: 0), units: units)
    let analyzer = Analyzer(segmenter: try lexicon.map { try WordSegmenter(lexicon: $0) })
    let found = occurrences(in: source.postings)
    var wordCount = 0
    for (index, paragraph) in paragraphs.enumerated() {
        let (tokens, positions) = analyzer.tokens(of: FoldedText(paragraph))
        var expected: [Term: [Int32]] = [:]
        for token in tokens {
            expected[token.term, default: []].append(token.position)
            if case .word = token.kind { wordCount += 1 }
        }
        #expect(found[index] ?? [:] == expected.mapValues { $0.sorted() }, "paragraph \(index)")
        #expect(source.units[index].length == positions)
    }
    #expect(source.postings.unitCount == paragraphs.count)
    #expect((wordCount > 100) == words)
}
