import Foundation
import TestSupport
import Testing
@testable import SearchIndex

/// A plan with a bare heading over two sections, and a regulation with many matching articles.
private let plan: [IndexUnit] = [
    IndexUnit(kind: .section, source: "plan.txt", documentIndex: 1, document: "工作计划", section: "一、综合治理出生人口性别比",
              text: "一、综合治理出生人口性别比"),
    IndexUnit(kind: .section, source: "plan.txt", documentIndex: 1, document: "工作计划", section: "一、综合治理出生人口性别比 › （一）加强宣传",
              text: "（一）加强宣传\n深入开展婚育新风进万家活动，倡导男女平等。"),
    IndexUnit(kind: .section, source: "plan.txt", documentIndex: 1, document: "工作计划", section: "一、综合治理出生人口性别比 › （二）严厉打击",
              text: "（二）严厉打击\n严厉打击非医学需要的胎儿性别鉴定。"),
]

private func regulation(_ articles: Int) -> [IndexUnit] {
    (1...articles).map { number in
        IndexUnit(kind: .section, source: "rule.md", documentIndex: 1, document: "禁止非医学需要的胎儿性别鉴定的规定", section: "第\(number)条",
                  text: "第\(number)条\n任何机构不得开展非医学需要的胎儿性别鉴定，违者依法处理，并予通报。")
    }
}

private func index(_ files: [(String, [IndexUnit])]) throws -> IndexReader {
    let folder = Scratch.url("zhili-rank-\(UUID().uuidString)")
    let writer = IndexWriter(lexicon: nil, duplicateThreshold: nil)
    for (name, units) in files { writer.add(source: name, hash: ContentHash(size: 0, fnv1a: 0, crc32: 0), units: units) }
    try writer.commit(to: IndexDirectory(path: folder.path))
    return try IndexReader(directory: IndexDirectory(path: folder.path))
}

private func search(_ reader: IndexReader, _ text: String, _ options: SearchOptions = SearchOptions()) throws -> SearchResults {
    try reader.search(try QueryParser.parse(text), options: options)
}

@Test func aBareHeadingGivesWayToTheSectionsUnderIt() throws {
    let reader = try index([("plan.txt", plan)])
    let hits = try search(reader, "综合治理出生人口性别比").hits
    #expect(Set(hits.map(\.unit.section)) == ["一、综合治理出生人口性别比 › （一）加强宣传", "一、综合治理出生人口性别比 › （二）严厉打击"])
    // The bare heading is kept for outlines, only not listed.
    #expect(try reader.unit(0).text == "一、综合治理出生人口性别比")
    #expect(try search(reader, "宣传").hits.map(\.unitNumber) == [1])
}

@Test func aPhraseInTheHeadingOutranksTheSamePhraseInTheText() throws {
    let units = [
        IndexUnit(kind: .section, source: "a.txt", documentIndex: 1, document: "方案", section: "一、工作措施",
                  text: "一、工作措施\n开展婚育新风进万家活动，加强宣传教育，倡导文明新风。"),
        IndexUnit(kind: .section, source: "b.txt", documentIndex: 1, document: "方案", section: "二、宣传教育",
                  text: "二、宣传教育\n开展婚育新风进万家活动，组织文艺演出，倡导文明新风。"),
    ]
    let reader = try index([("a.txt", [units[0]]), ("b.txt", [units[1]])])
    #expect(try search(reader, "宣传教育").hits.map(\.unit.source) == ["b.txt", "a.txt"])
    #expect(try search(reader, "宣传教育", SearchOptions(weights: .flat)).hits.first?.score
            ?? 0 < (try search(reader, "宣传教育").hits.first?.score ?? 0))
}

@Test func aDocumentListsAtMostItsShareWithTheCountOfTheRest() throws {
    let reader = try index([("rule.md", regulation(8)), ("plan.txt", plan)])
    let results = try search(reader, "胎儿性别鉴定")
    #expect(results.hits.count == 4)
    #expect(results.hits.filter { $0.unit.source == "rule.md" }.count == 3)
    #expect(results.hits.filter { $0.unit.source == "rule.md" }.allSatisfy { $0.moreInDocument == 5 })
    #expect(results.hits.first { $0.unit.source == "plan.txt" }?.moreInDocument == 0)
    let all = try search(reader, "胎儿性别鉴定", SearchOptions(perDocument: 0))
    #expect(all.hits.count == 9)
    #expect(all.hits.allSatisfy { $0.moreInDocument == 0 })
}

@Test func theCountOfTheRestIsExactWhenBlocksWereSkipped() throws {
    // Enough matching units for several postings blocks, so that block-max skips some.
    let reader = try index([("rule.md", regulation(600)), ("plan.txt", plan)])
    let pruned = try search(reader, "胎儿性别鉴定", SearchOptions(exactTotalLimit: 0))
    #expect(!pruned.totalIsExact)
    #expect(pruned.hits.filter { $0.unit.source == "rule.md" }.allSatisfy { $0.moreInDocument == 597 })
    let counted = try search(reader, "胎儿性别鉴定", SearchOptions(countAll: true))
    #expect(counted.totalIsExact && counted.total == 601)
    #expect(counted.hits.map(\.unitNumber) == pruned.hits.map(\.unitNumber))
}

@Test func matchesThatCannotEnterTheTopAreCountedAsIfCollected() throws {
    // A figure quoting the phrase is of another kind: neither listed nor counted among sections.
    let figure = IndexUnit(kind: .statistic, source: "rule.md", documentIndex: 1, document: "禁止非医学需要的胎儿性别鉴定的规定",
                           section: "第1条", text: "查处非医学需要的胎儿性别鉴定案件12起")
    let reader = try index([("rule.md", regulation(600) + [figure]), ("plan.txt", plan)])
    let top = try search(reader, "胎儿性别鉴定", SearchOptions(limit: 2, kinds: [.section]))
    let every = try search(reader, "胎儿性别鉴定", SearchOptions(limit: 1000, kinds: [.section]))
    #expect(top.totalIsExact && top.total == 601 && every.total == 601)
    #expect(top.copies == every.copies)
    #expect(top.hits.map(\.unitNumber) == every.hits.prefix(2).map(\.unitNumber))
    let shown = top.hits.filter { $0.unit.source == "rule.md" }.count
    #expect(top.hits.filter { $0.unit.source == "rule.md" }.allSatisfy { $0.moreInDocument == 600 - shown })
}

@Test func aPassedDeadlineStopsTheSearch() throws {
    let reader = try index([("rule.md", regulation(3000))])
    let results = try search(reader, "胎儿性别鉴定", SearchOptions(deadline: .now - .seconds(1)))
    #expect(results.timedOut)
    #expect(results.total < 3000)
}
