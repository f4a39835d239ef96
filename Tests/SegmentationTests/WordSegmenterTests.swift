import Testing
import TextNormalization
@testable import Segmentation

@Suite struct WordSegmenterTests {
    let segmenter: WordSegmenter

    init() throws {
        segmenter = try WordSegmenter()
    }

    @Test(arguments: [
        ("联合国人口基金", ["联合国", "人口", "基金"]),
        ("构建生育友好型社会", ["构建"]),
        ("关爱留守儿童", ["关爱", "留守儿童"]),
        ("坚持和发展中国特色社会主义", ["中国特色社会主义"]),
        ("进一步优化生育政策", ["优化"]),
        ("违反本法第十八条规定", ["第十八条"]),
        ("依照本法第八十条处罚", ["第八十条"]),
        ("第三章 法律责任", ["第三章"]),
    ])
    func icusWeakSpotsComeOutAsOneWord(text: String, expected: [String]) {
        let words = segmenter.words(text)
        for word in expected {
            #expect(words.contains(word), "\(words)")
        }
    }

    @Test func ordinalsWithArabicDigitsAndTheirClauseAreWordsOfTheirOwn() {
        #expect(segmenter.words("依据第18条第二款") == ["依据", "第18条", "第二款"])
        #expect(segmenter.words("见第２０２５－１号文件") == ["见", "第２０２５－１号", "文件"])
    }

    @Test func numbersStayWholeAndAYearIsSplitFromItsCharacter() {
        let words = segmenter.words("出生人口性别比为118.06，2025年降至103-107的正常区间")
        #expect(words.contains("118.06"))
        #expect(words.contains("103-107"))
        #expect(words.contains("2025"))
        #expect(words.contains("年"))
        #expect(!words.contains("2025年"))
    }

    @Test func aFullWidthCommaOrSemicolonEndsANumberButAnASCIICommaGroupsThousands() {
        #expect(segmenter.words("共3，000人；5；6") == ["共", "3", "，", "000", "人", "；", "5", "；", "6"])
        #expect(segmenter.words("投入1,000万元").contains("1,000"))
    }

    @Test func aNumberRangeIsKindedAsANumber() {
        let text = FoldedText("正常值为103～107")
        let spans = segmenter.segment(text)
        let range = spans.first { text.originalText(folded: $0.range) == "103～107" }
        #expect(range?.kind == .number)
    }

    @Test func fullWidthNumbersAreFoundWholeAndKeptAsWritten() {
        let words = segmenter.words("出生性别比为１１８．０６")
        #expect(words.last == "１１８．０６")
    }

    @Test func traditionalTextIsSegmentedLikeSimplifiedAndReturnedAsWritten() {
        let traditional = segmenter.words("嚴厲打擊非醫學需要的胎兒性別鑒定和選擇性別的人工終止妊娠")
        let simplified = segmenter.words("严厉打击非医学需要的胎儿性别鉴定和选择性别的人工终止妊娠")
        #expect(traditional.map(\.folded) == simplified)
        #expect(traditional.joined() == "嚴厲打擊非醫學需要的胎兒性別鑒定和選擇性別的人工終止妊娠")
        #expect(traditional.contains("人工終止妊娠"))
    }

    @Test func theBuiltInLexiconJoinsTheFieldsTerms() {
        let words = segmenter.words("加强出生人口性别比综合治理，做好计划生育和乡村振兴工作")
        #expect(words.contains("出生人口性别比"))
        #expect(words.contains("综合治理"))
        #expect(words.contains("计划生育"))
        #expect(words.contains("乡村振兴"))
    }

    @Test func theLatticeFindsTheBestPathWhereLongestMatchGoesWrong() throws {
        // Greedy longest match takes 研究生 and strands 命; the lattice needs one word fewer.
        let lexicon = Lexicon(words: ["研究生", "研究", "生命", "起源"])
        let segmenter = try WordSegmenter(lexicon: lexicon)
        #expect(segmenter.words("研究生命起源") == ["研究", "生命", "起源"])
        #expect(segmenter.words("研究生毕业").first == "研究生")
    }

    @Test func frequenciesDecideBetweenPathsOfAsManyWords() throws {
        func words(_ list: String) throws -> [String] {
            let lexicon = try Lexicon(utf8: Array(list.utf8), path: "frequencies.txt")
            return try WordSegmenter(lexicon: lexicon).words("提高人口素质")
        }
        #expect(try words("提高人口 2\n素质 2\n提高 900\n人口素质 900\n") == ["提高", "人口素质"])
        #expect(try words("提高人口 900\n素质 900\n提高 2\n人口素质 2\n") == ["提高人口", "素质"])
    }

    @Test func aLexiconWordMayRegroupCharactersAcrossICUsBoundaries() throws {
        let plain = try WordSegmenter(lexicon: Lexicon())
        let withTerm = try WordSegmenter(lexicon: Lexicon(words: ["出生缺陷综合防治"]))
        let text = "推进出生缺陷综合防治"
        #expect(!plain.words(text).contains("出生缺陷综合防治"))
        #expect(withTerm.words(text).contains("出生缺陷综合防治"))
    }

    @Test func lexiconWordsAtTheEdgesAndSideBySideAreAllFound() {
        #expect(segmenter.words("联合国构建关爱") == ["联合国", "构建", "关爱"])
        #expect(segmenter.words("报告提交联合国").suffix(1) == ["联合国"])
    }

    @Test func spansCoverTheWholeTextInOrder() {
        let text = FoldedText("第一条　为了维护公民的合法权益，制定本法。\n（一）加强宣传")
        let spans = segmenter.segment(text)
        #expect(spans.first?.range.lowerBound == 0)
        #expect(spans.last?.range.upperBound == text.folded.count)
        for (previous, next) in zip(spans, spans.dropFirst()) {
            #expect(previous.range.upperBound == next.range.lowerBound)
            #expect(!previous.range.isEmpty)
        }
    }

    @Test func emptyAndWhitespaceTextHaveNoWords() {
        #expect(segmenter.segment(FoldedText("")).isEmpty)
        #expect(segmenter.words(" \t　").isEmpty)
    }
}
