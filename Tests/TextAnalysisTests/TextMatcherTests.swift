import Testing
import TextNormalization
@testable import TextAnalysis

@Suite struct TextMatcherTests {
    @Test func aQueryIsFoundInTraditionalAndFullWidthTextAndWithoutRegardToASCIICase() throws {
        let matcher = try #require(TextMatcher("联合国"))
        #expect(matcher.count(inNormalized: TextMatcher.normalized(FoldedText("聯合國和联合国").folded)) == 2)
        let gdp = try #require(TextMatcher("gdp"))
        #expect(gdp.count(inNormalized: TextMatcher.normalized(FoldedText("ＧＤＰ增长，GDP总量").folded)) == 2)
    }

    @Test func occurrencesDoNotOverlap() throws {
        let matcher = try #require(TextMatcher("哈哈"))
        #expect(matcher.count(inNormalized: Array("哈哈哈".utf16)) == 1)
    }
}
