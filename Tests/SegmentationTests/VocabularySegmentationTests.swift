import Testing
@testable import Segmentation

/// Segmentation with a general vocabulary, where ICU first sees every ideograph masked and its
/// dictionary runs only on the stretches the vocabulary leaves as lone characters.
@Suite struct VocabularySegmentationTests {
    let segmenter: WordSegmenter

    init() throws {
        let folder = try TemporaryFolder()
        // 的 stands for the rest of a general vocabulary: its count makes the total (60 million, as
        // jieba's) that prices every word.
        let list = try folder.file("dict.txt", contents: "的 60000000\n我们 5000\n把 8000\n水 3000\n价格 2000\n为 9000\n降 500\n至 900\n依据 700\n")
        segmenter = try WordSegmenter(vocabulary: try Vocabulary(contentsOf: list.path))
    }

    @Test func wordsTheVocabularyLacksComeFromICUsDictionary() {
        // 喝, 下 and 去 are not listed: alone they would be three lone characters; ICU reads 喝下去.
        #expect(segmenter.words("我们把水喝下去") == ["我们", "把", "水", "喝下去"])
    }

    @Test func numbersRangesAndLatinWordsStayWholeWithIdeographsMasked() {
        let words = segmenter.words("价格为118.06，GDP降至103-107")
        for word in ["价格", "为", "118.06", "，", "GDP", "103-107"] { #expect(words.contains(word), "\(words)") }
        #expect(segmenter.words("依据第18条第二款") == ["依据", "第18条", "第二款"])
    }

    @Test func aSmallVocabularyOfOnesOwnKeepsNumbersAndOrdinalsWhole() throws {
        // A total far below jieba's: the listed-word price must not turn negative.
        let folder = try TemporaryFolder()
        let list = try folder.file("own.txt", contents: "我们 50\n价格 20\n为 90\n降 5\n至 9\n依据 7\n")
        let small = try WordSegmenter(vocabulary: try Vocabulary(contentsOf: list.path))
        let words = small.words("价格为118.06，GDP降至103-107")
        for word in ["价格", "为", "118.06", "GDP", "103-107"] { #expect(words.contains(word), "\(words)") }
        #expect(small.words("依据第18条第二款") == ["依据", "第18条", "第二款"])
    }
}
