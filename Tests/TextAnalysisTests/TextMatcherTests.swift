import Foundation
import Testing
import TestSupport
import TextNormalization
@testable import TextAnalysis

@Suite struct TextMatcherTests {
    @Test func aQueryIsFoundInTraditionalAndFullWidthTextAndWithoutRegardToASCIICase() throws {
        let matcher = try #require(TextMatcher("联合国"))
        #expect(matcher.count(inNormalized: TextMatcher.normalized(FoldedText("聯合國和联合国").folded)) == 2)
        let gdp = try #require(TextMatcher("gdp"))
        #expect(gdp.count(inNormalized: TextMatcher.normalized(FoldedText("ＧＤＰ增长，GDP总量").folded)) == 2)
    }

    @Test func aQueryOfOnlySpacesIsNoQuery() {
        // The index holds no whitespace: from it such a concordance would find nothing, from the files
        // every run of ideographic spaces in a form's blank.
        #expect(TextMatcher("   ") == nil)
        #expect(TextMatcher("\u{3000}\u{3000}") == nil)
        #expect(TextMatcher(" 改革 ") != nil)
    }

    @Test func aQuotedQueryIsThePhraseInsideTheQuotesAsSearchReadsIt() throws {
        #expect(TextMatcher("\"\"") == nil)
        #expect(TextMatcher("“ ”") == nil)
        let quoted = try #require(TextMatcher("“两非”"))
        #expect(quoted.pattern == TextMatcher("两非")?.pattern)
        #expect(quoted.count(inNormalized: TextMatcher.normalized(FoldedText("严厉打击“两非”行为").folded)) == 1)
        // Quotes inside a query are its characters.
        #expect(TextMatcher("\"两非\"行为")?.pattern.count == 6)
    }

    @Test func occurrencesDoNotOverlap() throws {
        let matcher = try #require(TextMatcher("哈哈"))
        #expect(matcher.count(inNormalized: Array("哈哈哈".utf16)) == 1)
    }
}

/// The scan over UTF-8 finds exactly what matching the whole folded text finds, mapped back to the text as written.
@Suite struct TextMatcherUTF8Tests {
    /// The occurrences as the folded copy of `text` gives them, as UTF-8 byte ranges of `text`.
    static func foldedOccurrences(of matcher: TextMatcher, in text: String) -> [Range<Int>] {
        let folded = FoldedText(text)
        func byteOffset(_ utf16: Int) -> Int { text.utf8.distance(from: text.startIndex, to: String.Index(utf16Offset: utf16, in: text)) }
        return matcher.occurrences(in: folded).map { range in
            let end = range.upperBound < folded.folded.count ? folded.originalOffset(ofFolded: range.upperBound) : folded.original.count
            return byteOffset(folded.originalOffset(ofFolded: range.lowerBound))..<byteOffset(end)
        }
    }

    static func utf8Occurrences(of matcher: TextMatcher, in text: String) -> [Range<Int>] {
        var text = text
        return text.withUTF8 { matcher.occurrences(inUTF8: $0) }
    }

    @Test func traditionalFullWidthCaseExpansionsAndAstralCharactersAreFoundAsInTheFoldedText() throws {
        // ㈠ folds to (一), ﬁ to fi, Ａ to a; 𠀀 lies beyond the BMP; 哈哈哈 holds one 哈哈, not two.
        let text = "聯合國和联合国，ＧＤＰ与gdp；㈠㈡（一）ﬁnance、Finance；𠀀年𠀀年，哈哈哈\n发展\r\n發展"
        for query in ["联合国", "gdp", "一", "(一)", "）(", "fi", "fin", "𠀀年", "哈哈", "展\n發", "发展", "，", "x"] {
            let matcher = try #require(TextMatcher(query))
            #expect(Self.utf8Occurrences(of: matcher, in: text) == Self.foldedOccurrences(of: matcher, in: text), "\(query)")
        }
        let gdp = try #require(TextMatcher("gdp"))
        #expect(Self.utf8Occurrences(of: gdp, in: text).count == 2)
    }

    @Test(.enabled(if: Repository.shared("corpus/reports/work-reports") != nil))
    func aWorkReportGivesTheSameOccurrencesEitherWay() throws {
        let folder = try #require(Repository.shared("corpus/reports/work-reports"))
        let file = try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted().first { $0.hasPrefix("1954") } ?? "missing"
        // Written in traditional characters: 发展 and 国家 are found as 發展 and 國家.
        let text = try String(contentsOf: folder.appendingPathComponent(file), encoding: .utf8)
        for query in ["发展", "人民", "的", "国家", "五年计划"] {
            let matcher = try #require(TextMatcher(query))
            let found = Self.utf8Occurrences(of: matcher, in: text)
            #expect(found == Self.foldedOccurrences(of: matcher, in: text), "\(query)")
            #expect(!found.isEmpty, "\(query)")
        }
    }
}
