import Foundation
import HTTPServer
import Testing

@Suite final class IndexBackendTests {
    let index: FixtureIndex
    let backend: IndexBackend

    init() throws {
        index = try FixtureIndex()
        backend = try IndexBackend(directory: index.folder.path)
    }

    deinit {
        index.remove()
    }

    @Test func aSearchFindsTheSectionsWithTheMatchesHighlighted() throws {
        let results = try backend.search(SearchRequest(query: "性别比"))
        #expect(results.total == 2)
        #expect(Set(results.hits.map(\.section)) == ["一、工作目标", "一、过去一年的工作回顾"])
        #expect(results.hits.allSatisfy { $0.snippet.fragments.contains { $0.isMatch && $0.text == "性别比" } })
        #expect(results.hits.map(\.rank) == [1, 2])
    }

    @Test func facetsCountByKindAndByDocument() throws {
        let facets = try backend.facets(SearchRequest(query: "人口"))
        // The plan's title has 人口 too, so its document unit is a hit beside its sections; the kind
        // facet counts it, while the documents are counted over the sections a plain search lists.
        #expect(facets.kinds == [Facet(value: "section", count: 6), Facet(value: "document", count: 1)])
        let byTitle = Dictionary(uniqueKeysWithValues: facets.documents.map { ($0.value.title, $0.count) })
        #expect(byTitle["关于做好2023年人口发展工作的实施方案"] == 4)
        let everyKind = try backend.facets(SearchRequest(query: "人口", kind: SearchRequest.allKinds))
        #expect(everyKind.documents.first { $0.value.title == "关于做好2023年人口发展工作的实施方案" }?.count == 5)
        #expect(byTitle["2022年县政府工作报告"] == 2)
    }

    @Test func aDocumentListsAtMostItsShareOfHitsWithTheCountOfTheRest() throws {
        let crowded = try backend.search(SearchRequest(query: "人口", perDocument: 1))
        let plan = crowded.hits.filter { $0.title == "关于做好2023年人口发展工作的实施方案" }
        #expect(plan.count == 1)
        #expect(plan.first?.moreInDocument == 3)
        let all = try backend.search(SearchRequest(query: "人口", perDocument: 0))
        #expect(all.hits.filter { $0.title == "关于做好2023年人口发展工作的实施方案" }.count == 4)
        #expect(all.totalIsExact && all.total == 6)
    }

    @Test func aMalformedQueryIsAQueryErrorNamingThePosition() {
        #expect {
            try self.backend.search(SearchRequest(query: "(人口 OR 性别比"))
        } throws: { error in
            (error as? QueryError)?.description.contains("at character 11") == true
        }
    }

    @Test func aPassedDeadlineIsAnsweredWith503() {
        #expect {
            try self.backend.search(SearchRequest(query: "人口", deadline: .now - .seconds(1)))
        } throws: { error in
            (error as? APIError)?.status == .serviceUnavailable
        }
    }

    @Test func aDocumentFilterKeepsOnlyThatDocumentsHits() throws {
        let report = DocumentKey(source: "reports/政府工作报告合集.txt", documentIndex: 2)
        let results = try backend.search(SearchRequest(query: "人口", document: report))
        #expect(results.total == 2)
        #expect(results.hits.allSatisfy { $0.document == report })
    }

    @Test func aDocumentOutlineShowsEachHeadingOnceAndKeepsReadingOrder() throws {
        let outline = try #require(try backend.document(DocumentKey(source: "plans/2023-人口发展工作方案.txt", documentIndex: 1)))
        #expect(outline.title == "关于做好2023年人口发展工作的实施方案")
        #expect(outline.metadata.map(\.key) == ["来源", "文号", "更新时间"])
        #expect(outline.metadata.map(\.value) == ["县卫生健康局", "卫健发〔2023〕12号", "2023-03-15"])
        #expect(outline.sections.map(\.pathString) == ["", "一、工作目标", "二、主要措施", "二、主要措施 › （一）加强宣传教育",
                                                      "二、主要措施 › （二）严厉打击“两非”行为", "三、保障措施"])
        #expect(outline.sections[1].text.hasPrefix("到2023年底"))
        #expect(outline.sections[3].level == 2)
        #expect(try backend.document(DocumentKey(source: "plans/2023-人口发展工作方案.txt", documentIndex: 2)) == nil)
    }

    @Test func statisticsAndCitationsAreExtractedFromTheSectionsAQueryFinds() throws {
        let statistics = try backend.records(.statistic, RecordRequest(query: "工作目标"))
        let texts = statistics.records.compactMap { record in record.first { $0.0 == "text" }?.1.plainText }
        #expect(texts.contains { $0.contains("107") })
        #expect(texts.contains { $0.contains("95%") })
        let citations = try backend.records(.citation, RecordRequest(query: "两非"))
        let laws = citations.records.compactMap { record in record.first { $0.0 == "law" }?.1.plainText }
        #expect(laws.contains("人口与计划生育法"))
        #expect(laws.contains("母婴保健法"))
    }

    @Test func recordsNeedAQueryOrADocument() throws {
        #expect(throws: QueryError.self) { try backend.records(.statistic, RecordRequest()) }
    }

    @Test func aQueryTheParserRejectsIsAQueryError() throws {
        #expect(throws: QueryError.self) { try backend.search(SearchRequest(query: "\"性别比")) }
        // An empty phrase is malformed too (a 400 for `/api/search?q=""`), not a query that finds nothing.
        #expect(throws: QueryError.self) { try backend.search(SearchRequest(query: "\"\"")) }
        // So is an exclusion alone (a 400 for `/api/search?q=-计划生育`), not a list of every section.
        #expect(throws: QueryError.self) { try backend.search(SearchRequest(query: "-计划生育")) }
    }

    @Test func theReloadingBackendPicksUpARebuiltIndexAndKeepsTheOldOneForRunningRequests() throws {
        let reloading = try IndexBackend.reloading(directory: index.folder.path)
        let before = reloading.current()
        #expect(try before.search(SearchRequest(query: "托育服务")).total == 1)
        var documents = try FixtureBackend().documents
        documents[1].sections[1].text = "加快发展养老服务，新建社区养老服务中心12个。"
        try index.write(documents)
        let after = reloading.current()
        #expect(after.status.generation != before.status.generation)
        #expect(try after.search(SearchRequest(query: "托育服务")).total == 0)
        #expect(try after.search(SearchRequest(query: "养老服务中心")).total == 1)
        // The backend a request already holds still answers from the generation it opened.
        #expect(try before.search(SearchRequest(query: "托育服务")).total == 1)
    }
}
