import Foundation
import HTTPServer
import Hummingbird
import HummingbirdTesting
import Ingestion
import Reporting
import Testing
import TestSupport
import TextAnalysis

/// The search page's concordance and trend views over the 20 resolutions on the work reports (real
/// text, 1962–2025), checked against the same analysis of the files themselves.
@Suite(.enabled(if: Repository.shared("corpus/reports/work-reports") != nil), .serialized)
struct AnalysisPageTests {
    let files: [String]
    let index: CorpusIndex
    let documents: [AnalysisDocument]

    init() throws {
        let folder = try #require(Repository.shared("corpus/reports/work-reports"))
        files = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasPrefix("第") }.sorted()
            .map { folder.appendingPathComponent($0).path }
        index = try CorpusIndex(files)
        documents = CollectionReader().readAll(files).files.flatMap(\.documents).map(AnalysisDocument.init)
    }

    @Test func searchResultsLinkToTheConcordanceAndTheTrendOfTheQuery() async throws {
        defer { index.remove() }
        try await index.app().test(.router) { client in
            try await client.execute(uri: "/" + query([("q", "政府工作报告")]), method: .get) { response in
                let page = String(buffer: response.body)
                #expect(page.contains(#"href="/concordance?q=%E6%94%BF%E5%BA%9C%E5%B7%A5%E4%BD%9C%E6%8A%A5%E5%91%8A""#))
                #expect(page.contains(#"href="/trend?q=%E6%94%BF%E5%BA%9C%E5%B7%A5%E4%BD%9C%E6%8A%A5%E5%91%8A""#))
            }
        }
    }

    @Test func aQueryWithOperatorsLinksToTheConcordanceOfEachOfItsWordsAndTheTrendCountsOnlyThem() async throws {
        defer { index.remove() }
        try await index.app().test(.router) { client in
            try await client.execute(uri: "/" + query([("q", "(会议 OR 决议) -改革")]), method: .get) { response in
                let page = String(buffer: response.body)
                // A concordance looks for its query as characters: given the whole query it would find nothing.
                #expect(page.contains("href=\"/concordance" + query([("q", "会议")]) + "\""))
                #expect(page.contains("href=\"/concordance" + query([("q", "决议")]) + "\""))
                #expect(!page.contains("href=\"/concordance" + query([("q", "(会议 OR 决议) -改革")]) + "\""))
                #expect(!page.contains("href=\"/concordance" + query([("q", "改革")]) + "\""))
            }
            try await client.execute(uri: "/trend" + query([("q", "(会议 OR 改革) NOT 决议")]), method: .get) { response in
                #expect(response.status == .ok)
                let page = String(buffer: response.body)
                #expect(page.components(separatedBy: "<polyline").count == 3)
                #expect(!page.contains("<td>(会议</td>") && !page.contains("<td>NOT</td>") && !page.contains("<td>决议</td>"))
            }
        }
    }

    @Test func theConcordanceListsEveryOccurrenceAsKwicFindsItInTheFiles() async throws {
        defer { index.remove() }
        let expected = try #require(Concordancer(query: "会议", width: 20)).lines(in: documents)
        let byRight = Concordancer.sorted(expected, by: .right)
        try await index.app().test(.router) { client in
            try await client.execute(uri: "/concordance" + query([("q", "会议"), ("sort", "right")]), method: .get) { response in
                #expect(response.status == .ok)
                let page = String(buffer: response.body)
                #expect(page.contains("共 <strong>\(expected.count)</strong> 处"))
                let rows = page.components(separatedBy: "<tr>").dropFirst()
                #expect(rows.count == expected.count)
                // Sorted by the right context, each line's parts in its cells, linked to its document.
                for (row, line) in zip(rows, byRight) {
                    #expect(row.contains("<td class=\"left\">\(line.left.markupEscaped)</td><td class=\"match\"><mark>\(line.match)</mark></td><td class=\"right\">\(line.right.markupEscaped)</td>"))
                    #expect(row.contains("/documents/"))
                }
            }
            try await client.execute(uri: "/concordance" + query([("q", "不存在的词")]), method: .get) { response in
                #expect(response.status == .ok)
                #expect(String(buffer: response.body).contains("没有找到"))
            }
            // An empty phrase finds nothing because it asks for nothing: malformed, as `zhili kwic '""'` says.
            try await client.execute(uri: "/concordance" + query([("q", "\"\"")]), method: .get) { response in
                #expect(response.status == .badRequest)
            }
        }
    }

    @Test func theTrendDrawsTheChartAndCountsAsTrendDoesFromTheFiles() async throws {
        defer { index.remove() }
        let expected = TrendTable(terms: ["会议", "改革"], documents: documents, by: .year).rows.filter { $0.count > 0 }
        #expect(expected.count > 20)
        try await index.app().test(.router) { client in
            try await client.execute(uri: "/trend" + query([("q", "会议 改革")]), method: .get) { response in
                #expect(response.status == .ok)
                let page = String(buffer: response.body)
                #expect(page.contains("<svg xmlns=\"http://www.w3.org/2000/svg\""))
                #expect(page.components(separatedBy: "<polyline").count == 3)
                for row in expected {
                    let per10k = row.record.first { $0.0 == "per_10k" }!.1.plainText
                    #expect(page.contains("<tr><td>\(row.group)</td><td>\(row.term)</td><td>\(row.count)</td><td>\(per10k)</td></tr>"))
                }
            }
            try await client.execute(uri: "/trend" + query([("q", "-会议")]), method: .get) { response in
                #expect(response.status == .badRequest)
            }
        }
    }

    @Test(.enabled(if: HeadlessBrowser.installed != nil, "no Chromium installed"))
    func theTrendChartRendersInABrowser() async throws {
        defer { index.remove() }
        let backend = try IndexBackend(directory: index.folder.path)
        let app = Application(router: SearchServer(backend: { backend }).router(), configuration: .init(address: .hostname("127.0.0.1", port: 0)))
        try await app.test(.live) { client in
            let port = try #require(client.port)
            let dom = try await HeadlessBrowser.installed!.dom(of: "http://127.0.0.1:\(port)/trend" + query([("q", "改革")]), javascript: false)
            #expect(dom.contains("<svg"))
            #expect(dom.contains("词频趋势：改革"))
            #expect(dom.contains("<polyline"))
        }
    }
}
