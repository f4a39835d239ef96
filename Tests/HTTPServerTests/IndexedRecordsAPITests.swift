import Foundation
import HTTPServer
import Hummingbird
import HummingbirdTesting
import Testing
import TestSupport

/// The `/api/cites` and `/api/measures` options over real indexed text, answered as the commands answer them.
@Suite struct IndexedRecordsAPITests {
    static let plan = Repository.corpus.appendingPathComponent("county-sex-ratio-plan-2025.gb18030.txt").path
    static let workPoints = Repository.corpus.appendingPathComponent("county-mch-work-points-2025.html").path

    /// The JSON records `zhili ARGUMENTS --format json` prints.
    private func commandRecords(_ arguments: [String]) throws -> [[String: Any]] {
        let run = try Repository.runZhili(arguments + ["--format", "json"])
        #expect(run.status == 0, "\(run.errors)")
        return try #require(try JSONSerialization.jsonObject(with: run.outputData) as? [[String: Any]])
    }

    /// The citation of 人口与计划生育法 第36条 in the work points, whose text is article 40 since the 2021 amendment.
    private static func isRenumberedCitation(_ record: [String: Any]) -> Bool {
        record["law"] as? String == "人口与计划生育法" && record["article"] as? Int == 36
    }

    @Test(.enabled(if: Repository.shared("corpus/law-versions") != nil && Repository.executableIsBuilt, "needs ../shared/corpus/law-versions"))
    func citationsAreResolvedAndCheckedAgainstTheIndexedLawsAsTheCommandDoes() async throws {
        let laws = try #require(Repository.shared("corpus/law-versions"))
        let index = try CorpusIndex([laws.path, IndexedRecordsAPITests.workPoints])
        defer { index.remove() }
        let document = DocumentKey(source: IndexedRecordsAPITests.workPoints, documentIndex: 1)
        try await index.app().test(.router) { client in
            try await client.execute(uri: "/api/cites" + query([("document", document.id)]), method: .get) { response in
                #expect(response.status == .ok)
                let results = try #require(try jsonObject(response)["results"] as? [[String: Any]])
                let cited = try #require(results.first(where: IndexedRecordsAPITests.isRenumberedCitation))
                #expect((cited["resolved"] as? String)?.hasPrefix("第三十六条") == true)
                #expect(cited["law_full"] as? String == "中华人民共和国人口与计划生育法")
                #expect(cited["check"] == nil)
            }
            let asked = try commandRecords(["cites", "--index", index.folder.path, "--check"])
                .filter { $0["source"] as? String == IndexedRecordsAPITests.workPoints }
            try await client.execute(uri: "/api/cites" + query([("document", document.id), ("check", "true"), ("limit", "1000")]), method: .get) { response in
                let results = try #require(try jsonObject(response)["results"] as? [[String: Any]])
                let cited = try #require(results.first(where: IndexedRecordsAPITests.isRenumberedCitation))
                #expect(cited["check"] as? String == "renumbered")
                #expect(cited["suggestion"] as? String == "第四十条")
                #expect((cited["note"] as? String)?.isEmpty == false)
                // Every citation of the document is checked exactly as `zhili cites --index DIR --check` checks it.
                #expect(results.count == asked.count)
                for (served, printed) in zip(results, asked) {
                    for field in ["text", "law", "law_full", "article", "resolved", "check", "suggestion", "note"] {
                        #expect("\(served[field] ?? "nil")" == "\(printed[field] ?? "nil")", "\(field) of \(served["text"] ?? "")")
                    }
                }
            }
            try await client.execute(uri: "/api/cites" + query([("document", document.id), ("check", "true"), ("format", "csv")]), method: .get) { response in
                let header = String(buffer: response.body).components(separatedBy: "\r\n")[0]
                #expect(header.hasSuffix(",check,suggestion,note"))
            }
            try await client.execute(uri: "/api/cites" + query([("document", document.id), ("check", "maybe")]), method: .get) { response in
                #expect(response.status == .badRequest)
            }
        }
    }

    @Test func anIndexDamagedAfterItWasOpenedGetsA5xxJSONErrorAndTheServerGoesOn() async throws {
        let index = try CorpusIndex([IndexedRecordsAPITests.workPoints])
        defer { index.remove() }
        let app = try index.app()
        // The store's compressed blocks are overwritten in place, as a disk fault would; its block table at the end is kept.
        let store = try #require(try index.files(endingWith: ".stor").first)
        let size = try #require(try FileManager.default.attributesOfItem(atPath: store.path)[.size] as? Int)
        let handle = try FileHandle(forWritingTo: store)
        try handle.seek(toOffset: 32)
        try handle.write(contentsOf: Data(repeating: 0xA5, count: size / 2 - 32))
        try handle.close()
        try await app.test(.router) { client in
            for uri in ["/api/cites" + query([("q", "两非")]), "/api/cites" + query([("q", "两非"), ("check", "true")])] {
                try await client.execute(uri: uri, method: .get) { response in
                    #expect(response.status.code >= 500)
                    let object = try jsonObject(response)
                    #expect(object["status"] as? Int == Int(response.status.code))
                    #expect((object["error"] as? String)?.contains(store.lastPathComponent) == true)
                }
            }
            try await client.execute(uri: "/api/health", method: .get) { response in
                #expect(response.status == .ok)
            }
        }
    }

    @Test(.enabled(if: Repository.executableIsBuilt))
    func measuresComeWithTheirCuesAndAsCountsPerCategoryAsTheCommandGivesThem() async throws {
        let index = try CorpusIndex([IndexedRecordsAPITests.plan])
        defer { index.remove() }
        let document = DocumentKey(source: IndexedRecordsAPITests.plan, documentIndex: 1)
        try await index.app().test(.router) { client in
            var measures: [[String: Any]] = []
            try await client.execute(uri: "/api/measures" + query([("document", document.id), ("limit", "1000")]), method: .get) { response in
                measures = try #require(try jsonObject(response)["results"] as? [[String: Any]])
                #expect(!measures.isEmpty)
                #expect(measures.allSatisfy { $0["cues"] == nil })
            }
            try await client.execute(uri: "/api/measures" + query([("document", document.id), ("limit", "1000"), ("explain", "true")]), method: .get) { response in
                let explained = try #require(try jsonObject(response)["results"] as? [[String: Any]])
                #expect(explained.count == measures.count)
                // A categorised measure names the cue words that decided it, with their counts.
                for record in explained where record["category"] is String {
                    let cues = try #require(record["cues"] as? String)
                    #expect(cues.contains((record["category"] as? String ?? "") + ":"), "\(cues)")
                    #expect(cues.contains("×"))
                }
            }
            try await client.execute(uri: "/api/measures" + query([("document", document.id), ("summary", "true")]), method: .get) { response in
                let rows = try #require(try jsonObject(response)["results"] as? [[String: Any]])
                #expect(rows.count == 1)
                let row = try #require(rows.first)
                // The summary counts tasks (level 1), not their sub-tasks.
                let tasks = measures.filter { $0["level"] as? Int == 1 }
                #expect(row["measures"] as? Int == tasks.count)
                #expect(row["uncategorised"] as? Int == tasks.filter { !($0["category"] is String) }.count)
                for category in Set(tasks.compactMap { $0["category"] as? String }) {
                    #expect(row[category] as? Int == tasks.filter { $0["category"] as? String == category }.count, "\(category)")
                }
                let printed = try commandRecords(["measures", "--index", index.folder.path, "--summary"])
                #expect(printed.count == 1)
                for (field, value) in row { #expect("\(value)" == "\(printed.first?[field] ?? "nil")", "\(field)") }
            }
            try await client.execute(uri: "/api/measures" + query([("q", "没有这样的词语"), ("summary", "true"), ("format", "csv")]), method: .get) { response in
                let header = String(buffer: response.body).components(separatedBy: "\r\n")[0]
                #expect(header.hasPrefix("\u{FEFF}source,document_index,document,measures,"))
                #expect(header.hasSuffix(",uncategorised"))
            }
        }
    }

    @Test func recordsOfAnIdThatNamesNoDocumentAre404AsTheDocumentItselfIs() async throws {
        let index = try CorpusIndex([IndexedRecordsAPITests.plan])
        defer { index.remove() }
        let missing = DocumentKey(source: IndexedRecordsAPITests.plan, documentIndex: 2)
        let present = DocumentKey(source: IndexedRecordsAPITests.plan, documentIndex: 1)
        try await index.app().test(.router) { client in
            for kind in ["stats", "cites", "measures"] {
                try await client.execute(uri: "/api/\(kind)" + query([("document", missing.id)]), method: .get) { response in
                    #expect(response.status == .notFound, "\(kind)")
                    let error = try jsonObject(response)["error"] as? String
                    #expect(error?.hasSuffix("county-sex-ratio-plan-2025.gb18030.txt #2") == true, "\(error ?? "")")
                }
                try await client.execute(uri: "/api/\(kind)" + query([("document", missing.id), ("q", "性别比")]), method: .get) { response in
                    #expect(response.status == .notFound, "\(kind) with q")
                }
                try await client.execute(uri: "/api/\(kind)" + query([("document", present.id)]), method: .get) { response in
                    #expect(response.status == .ok, "\(kind)")
                }
            }
        }
    }
}
