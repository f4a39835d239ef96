import Foundation
import TestSupport
import Testing
@testable import SearchIndex

/// The seed essay of Corpus/, a text of some 2,400 characters.
private func essay() throws -> String {
    try String(contentsOf: Repository.corpus.appendingPathComponent("sex-ratio-essay-countermeasures.txt"), encoding: .utf8)
}

/// The passage a snippet shows for a first match at UTF-16 offset `first` of `text`, as plain text:
/// 36 units before it, 120 in all, line breaks as spaces, `…` where text is left out.
private func passage(_ text: String, first: Int) -> String {
    let units = Array(text.utf16)
    let start = max(0, first - Snippet.lead)
    let end = min(units.count, start + Snippet.width)
    let body = String(decoding: units[start..<end], as: UTF16.self).replacingOccurrences(of: "\n", with: " ")
    return (start > 0 ? "…" : "") + body + (end < units.count ? "…" : "")
}

private func offset(of phrase: String, in text: String) throws -> Int {
    let range = try #require(text.range(of: phrase))
    return text.utf16.distance(from: text.startIndex, to: range.lowerBound)
}

@Test func aMatchFarIntoALongTextIsShownWithTheTextAroundIt() throws {
    let text = try essay()
    let first = try offset(of: "奖励扶助", in: text)
    #expect(first > Snippet.firstReach)
    let snippet = Snippet(text: text, phrases: ["奖励扶助"], analyzer: Analyzer(segmenter: nil))
    #expect(snippet.plain == passage(text, first: first))
    #expect(snippet.pieces.first { $0.highlighted }?.text == "奖励扶助")
}

@Test func aPhraseAcrossTheFirstStretchReadIsFoundWhole() throws {
    // The phrase's comma stands right where the first stretch read ends: its second half lies beyond.
    let units = Array(try essay().utf16)
    let before = String(decoding: units[0..<(Snippet.firstReach - 2)], as: UTF16.self)
    let text = before + "长江，黄河" + String(decoding: units[(Snippet.firstReach - 2)...], as: UTF16.self)
    let snippet = Snippet(text: text, phrases: ["长江，黄河"], analyzer: Analyzer(segmenter: nil))
    #expect(snippet.plain == passage(text, first: Snippet.firstReach - 2))
    #expect(snippet.pieces.filter(\.highlighted).map(\.text) == ["长江，黄河"])
}

@Test func aTextWithoutTheMatchShowsItsBeginning() throws {
    let text = try essay()
    let snippet = Snippet(text: text, phrases: ["长江黄河"], analyzer: Analyzer(segmenter: nil))
    #expect(snippet.plain == passage(text, first: 0))
    #expect(!snippet.pieces.contains { $0.highlighted })
}

@Test func lineBreaksInAPassageBecomeSpaces() {
    let snippet = Snippet(text: "第一条\r\n为了规范\t出生人口\n性别比", phrases: ["出生人口"], analyzer: Analyzer(segmenter: nil))
    #expect(snippet.marked(open: "[", close: "]") == "第一条 为了规范 [出生人口] 性别比")
}
