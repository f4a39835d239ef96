import Foundation
import HTTPServer
import Hummingbird
import HummingbirdTesting
import Testing
import TestSupport

/// The search page's view of policy measures, over real indexed text.
@Suite struct MeasuresPageTests {
    static let plan = Repository.corpus.appendingPathComponent("county-sex-ratio-plan-2025.gb18030.txt").path

    @Test(.enabled(if: Repository.executableIsBuilt))
    func aDocumentsMeasuresAreShownWithTheirLevelInstrumentAndRoleAsTheAPIGivesThem() async throws {
        let index = try CorpusIndex([MeasuresPageTests.plan])
        defer { index.remove() }
        let document = DocumentKey(source: MeasuresPageTests.plan, documentIndex: 1)
        try await index.app().test(.router) { client in
            var records: [[String: Any]] = []
            try await client.execute(uri: "/api/measures" + query([("document", document.id), ("limit", "1000")]), method: .get) { response in
                records = try #require(try jsonObject(response)["results"] as? [[String: Any]])
            }
            try await client.execute(uri: "/documents/" + document.id, method: .get) { response in
                #expect(String(buffer: response.body).contains("/measures?document=" + document.id))
            }
            try await client.execute(uri: "/measures" + query([("document", document.id), ("limit", "1000")]), method: .get) { response in
                #expect(response.status == .ok)
                let page = String(buffer: response.body)
                #expect(page.contains("<h1 class=\"page-title\">本文件的政策措施</h1>"))
                #expect(page.contains("共 \(records.count) 条措施"))
                #expect(page.contains("<th>政策工具</th>"))
                // Every measure is a row, its headline beside its level and the instrument's Chinese name.
                #expect(page.components(separatedBy: "<tr><td>").count - 1 == records.count)
                let first = try #require(records.first)
                #expect(page.contains("<td>\(first["headline"] as? String ?? "")</td>"))
                let tasks = records.filter { $0["level"] as? Int == 1 }
                #expect(page.contains("所示 \(tasks.count) 条一级措施的政策工具"))
                if tasks.contains(where: { $0["category"] as? String == "publicity_education" }) { #expect(page.contains("宣传教育")) }
                #expect(page.contains("/api/measures?document=" + document.id))
            }
            try await client.execute(uri: "/measures" + query([("document", document.id), ("partial", "1")]), method: .get) { response in
                let fragment = String(buffer: response.body)
                #expect(fragment.contains("条措施"))
                #expect(!fragment.contains("<html"))
            }
            try await client.execute(uri: "/measures", method: .get) { response in
                #expect(response.status == .badRequest)
                #expect(String(buffer: response.body).contains("role=\"alert\""))
            }
        }
    }
}
