import Foundation
import Ingestion
import Testing
import TestSupport
import TextNormalization
@testable import Extraction

// Paragraphs of the 1954 work report, in its traditional characters: a speech whose tasks are the
// paragraphs that commit (必須, 應當).
private let paragraphs = [
    "有計劃的工業生産和工業建設對於我們是一個完全新的課題，我們必須一面工作，一面學習。從最近幾年的事實看來，我們的工作和學習是有進步的。",
    "但是農業的發展顯然還趕不上人民和國家對於農産品的需要。爲了使農業能够更快地和更有計劃地發展，必須逐步實行對農業的社會主義改造，這就是逐步改變農業中的落後的個體經營，按自願的原則用互助組和合作社的形式把農民組織起來進行集體的生産。",
    "爲了解决耕畜役畜不足、肉食供應不足和肥料不足的困難，並且爲了擴大皮毛的生産，必須努力發展養畜業。對捕魚養魚事業，也應當注意發展。",
    "我國在一九四九年至一九五二年迅速地完成了工業恢復的任務，在恢復期間工業總産值平均每年遞增百分之三十六點九。",
]

private func speech(_ paragraphs: [String]) -> Document {
    Document(source: "1954.txt", index: 1, title: "1954年中华人民共和国国务院政府工作报告",
             sections: [Section(path: [], level: 0, text: "各位代表：\n" + paragraphs.joined(separator: "\n"))])
}

@Test func aSpeechInTraditionalCharactersHasTheTasksOfItsSimplifiedFoldingQuotedAsWritten() {
    let folding = SimplifiedFolding.shared
    let written = MeasureExtractor().measures(in: speech(paragraphs))
    let simplified = MeasureExtractor().measures(in: speech(paragraphs.map(folding.fold)))
    // The second headline is cut where main's headline rule (measures13) cuts the simplified paragraph.
    #expect(written.map(\.headline) == ["一面工作，一面學習", "逐步實行對農業的社會主義改造，這就是逐步改變農業中的落後的個體經營，按自願的原則", "努力發展養畜業"])
    #expect(written.map { folding.fold($0.headline) } == simplified.map(\.headline))
    #expect(written.map { folding.fold($0.text) } == simplified.map(\.text))
    #expect(written.map(\.category) == simplified.map(\.category))
    #expect(written.map(\.role) == simplified.map(\.role))
    #expect(written.allSatisfy { paragraphs.contains($0.text) })
}

@Test func aSimplifiedDocumentIsReadAsItIs() {
    #expect(SimplifiedDocument(speech(paragraphs.map(SimplifiedFolding.shared.fold))) == nil)
    #expect(SimplifiedDocument(speech(paragraphs)) != nil)
}

@Test func aFigureInMyriadsWrittenInTraditionalCharactersHasItsBaseValue() throws {
    let sentence = "拿幾項最重要的工業産品來比較一下：煤八千一百九十九萬噸，等於一九四九年的二點六倍；機製紙四十八萬噸。"
    let document = Document(source: "1954.txt", index: 1, title: "1954年中华人民共和国国务院政府工作报告",
                            sections: [Section(path: [], level: 0, text: sentence)])
    let statistics = StatisticExtractor().statistics(in: document)
    let coal = try #require(statistics.first { $0.text == "八千一百九十九萬噸" })
    #expect(coal.unit == "萬噸")
    #expect(coal.base == BaseQuantity(value: DecimalNumber(81_990_000), unit: "吨"))
    #expect(statistics.first { $0.text == "二點六倍" }?.value == .number(try #require(DecimalNumber(literal: "2.6"))))
}

/// The statistics of `text` as the one section of a document titled `title`.
private func statistics(in text: String, title: String) -> [Statistic] {
    StatisticExtractor().statistics(in: Document(source: title + ".txt", index: 1, title: title,
                                                 sections: [Section(path: [], level: 0, text: text)]))
}

private let congress3 = "陈独秀在中国共产党第三次全国代表大会上的报告"

@Test func aTraditionalTextsFiguresAreNamedAsItWritesThemAndFilteredAndPivotedFolded() throws {
    // The 三大 report (1923), spent test14: the gold quotes its names as written.
    let sentence = "中央委員會的成員只有五人，因此，代表會議以後，杭州委員會建議擴大中央委員會，再增加兩名委員。"
    let found = statistics(in: sentence, title: congress3)
    let members = try #require(found.first { $0.text == "五人" })
    #expect(members.subject == "中央委員會的成員")
    #expect(members.indicator == "中央委員會的成員")
    #expect(found.first { $0.text == "兩名" }?.indicator == "委員")
    // Asked for in simplified characters, found; one column whichever script wrote it.
    let appointed = try #require(found.first { $0.text == "兩名" })
    #expect(StatisticFilter(indicator: "委员").admits(appointed))
    let both = StatisticPivot(found + statistics(in: SimplifiedFolding.shared.fold(sentence), title: "报告"))
    #expect(both.columns.contains { $0.hasPrefix("中央委员会的成员 · ") })
    #expect(!both.columns.contains { $0.hasPrefix("中央委員會") })
    #expect(both.rows.count == 2)
}

@Test func aCountsVerbBeforeWhatItCountsIsNoPartOfItsName() throws {
    // The 三大 report: 共有 before the members counted.
    let sentence = "現在共有黨員四百二十人，其中在國外的有四十四人，工人一百六十四人，婦女三十七人，另外還有十個同志被關在獄中。"
    #expect(statistics(in: sentence, title: congress3).first { $0.text == "四百二十人" }?.indicator == "黨員")
}

@Test func aSynonymFoldedStaysAsTheContractNamesItInATraditionalText() throws {
    let growth = try #require(statistics(in: "國內生產總值增長百分之十二點三。", title: "1954年中华人民共和国国务院政府工作报告").first)
    #expect(growth.subject == "國內生產總值")
    #expect(growth.indicator == "地区生产总值")
}

private let report1954 = "corpus/reports/work-reports/1954年中华人民共和国国务院政府工作报告.txt"

@Test(.enabled(if: Repository.shared(report1954) != nil))
func theTasksOfThe1954ReportAreFoundInItsTraditionalCharactersAndQuotedFromIt() throws {
    let url = try #require(Repository.shared(report1954))
    let document = try #require(CollectionReader().readAll([url.path]).files.first?.documents.first)
    let tasks = MeasureExtractor().measures(in: document)
    #expect(tasks.count >= 15)
    #expect(tasks.contains { $0.headline == "一面工作，一面學習" })
    #expect(tasks.contains { $0.headline == "努力發展養畜業" })
    // Every quotation is the report's own text, character for character.
    let text = document.text
    #expect(tasks.allSatisfy { text.contains($0.text) && text.contains($0.headline) })
}
