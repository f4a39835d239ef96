import Testing
import TextNormalization
@testable import Segmentation

@Test func icuSplitsChineseIntoWordsAndKeepsDecimalNumbersWhole() throws {
    let text = FoldedText("出生性别比是１１８．０６")
    let breaker = try ICUWordBreaker()
    let spans = breaker.spans(of: text.folded)
    let words = spans.map { String(decoding: text.folded[$0.range], as: UTF16.self) }
    #expect(words.joined() == "出生性别比是118.06")
    #expect(words.last == "118.06")
    #expect(spans.last?.kind == .number)
    #expect(words.contains("出生"))
}
