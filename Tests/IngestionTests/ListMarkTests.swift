import Testing
@testable import Ingestion

/// The list marks extractors read inside a section's text, on lines of the laws (诉讼费用交纳办法, an election law, a
/// water rule), folded as `ScanText` folds them.
@Suite struct ListMarkTests {
    @Test func aScheduleItemsMarkIsReadWithItsStyleAndLength() throws {
        let item = try #require(ListMark(opening: "(一)财产案件根据诉讼请求的金额或者价额,按照下列比例分段累计交纳:"))
        #expect(item.style == .parenthesizedNumeral)
        #expect(ListMark.dropped(from: "(一)财产案件根据诉讼请求的金额或者价额,按照下列比例分段累计交纳:") == "财产案件根据诉讼请求的金额或者价额,按照下列比例分段累计交纳:")
        let tier = try #require(ListMark(opening: "1.不超过1万元的,每件交纳50元;"))
        #expect(tier.style == .arabic)
        #expect(tier.length == 2)
        #expect(ListMark(opening: "二、选举委员会委员共800人,由下列各界人士组成:")?.style == .numeral)
    }

    @Test func numbersThatOpenALineAreNoMarksAndAnItemIsDroppedOfItsMarkOnce() {
        #expect(ListMark(opening: "2019年1月1日 施行") == nil)
        #expect(ListMark(opening: "一、二级饮用水源保护区,水源涵养区") == nil)
        let text = "2.执行金额或者价额不超过1万元的,每件交纳50元;超过1万元至50万元的部分,按照1.5%交纳;"
        #expect(ListMark.dropped(from: text) == String(text.dropFirst(2)))
        #expect(ListMark.dropped(from: String(text.dropFirst(2))) == String(text.dropFirst(2)))
    }
}
