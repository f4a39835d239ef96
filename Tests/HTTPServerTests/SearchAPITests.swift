import Foundation
import HTTPServer
import Hummingbird
import HummingbirdTesting
import Testing

@Suite struct SearchAPITests {
    let backend: FixtureBackend
    let app: Application<RouterResponder<BasicRequestContext>>

    init() throws {
        backend = try FixtureBackend()
        app = backend.app
    }

    @Test func aSearchAnswersWithTheContractsRecordsInOrderThenTotalsAndTime() async throws {
        try await app.test(.router) { client in
            try await client.execute(uri: "/api/search" + query([("q", "性别比"), ("kind", "all")]), method: .get) { response in
                #expect(response.status == .ok)
                #expect(response.headers[.contentType] == "application/json; charset=utf-8")
                let body = String(buffer: response.body)
                #expect(body.contains(#"{"rank":1,"score":"#))
                #expect(body.contains(#""kind":"section","source":""#))
                let object = try jsonObject(response)
                #expect(object["total"] as? Int == 4)
                #expect(object["took_ms"] is Double || object["took_ms"] is Int)
                let results = try #require(object["results"] as? [[String: Any]])
                #expect(results.count == 4)
                let first = try #require(results.first)
                for field in ["rank", "score", "kind", "source", "document_index", "document", "section", "snippet", "document_id", "fragments"] {
                    #expect(first[field] != nil, "field \(field)")
                }
                let snippets = results.compactMap { $0["snippet"] as? String }
                #expect(snippets.contains { $0.contains("[性别比]") })
                let fragments = results.flatMap { $0["fragments"] as? [[String: Any]] ?? [] }
                #expect(fragments.contains { $0["text"] as? String == "性别比" && $0["match"] as? Bool == true })
            }
        }
    }

    @Test func facetsCountHitsByKindAndByDocumentAndFiltersNarrowThem() async throws {
        try await app.test(.router) { client in
            try await client.execute(uri: "/api/search" + query([("q", "性别比")]), method: .get) { response in
                let object = try jsonObject(response)
                #expect(object["facets"] == nil)
            }
            try await client.execute(uri: "/api/search" + query([("q", "性别比"), ("facets", "true")]), method: .get) { response in
                let facets = try #require(try jsonObject(response)["facets"] as? [String: Any])
                let kinds = try #require(facets["kind"] as? [[String: Any]])
                #expect(Set(kinds.compactMap { $0["kind"] as? String }) == ["section", "statistic"])
                #expect(kinds.compactMap { $0["count"] as? Int }.reduce(0, +) == 4)
                let documents = try #require(facets["document"] as? [[String: Any]])
                #expect(documents.count == 2)
            }
            try await client.execute(uri: "/api/search" + query([("q", "性别比"), ("kind", "statistic")]), method: .get) { response in
                let object = try jsonObject(response)
                #expect(object["total"] as? Int == 2)
                #expect((object["results"] as? [[String: Any]])?.allSatisfy { $0["kind"] as? String == "statistic" } == true)
            }
            let report = backend.documents[1].key
            try await client.execute(uri: "/api/search" + query([("q", "性别比"), ("document", report.id)]), method: .get) { response in
                let object = try jsonObject(response)
                let results = try #require(object["results"] as? [[String: Any]])
                #expect(!results.isEmpty)
                #expect(results.allSatisfy { $0["document"] as? String == "2022年县政府工作报告" && $0["document_index"] as? Int == 2 })
            }
        }
    }

    @Test func aSearchListsSectionsUnlessAKindOrAllKindsIsAsked() async throws {
        try await app.test(.router) { client in
            try await client.execute(uri: "/api/search" + query([("q", "性别比")]), method: .get) { response in
                let object = try jsonObject(response)
                #expect(object["total"] as? Int == 2)
                #expect((object["kind"] as? String) == nil)
                let results = try #require(object["results"] as? [[String: Any]])
                #expect(results.compactMap { $0["kind"] as? String } == ["section", "section"])
            }
            try await client.execute(uri: "/api/search" + query([("q", "性别比"), ("kind", "all")]), method: .get) { response in
                let object = try jsonObject(response)
                #expect(object["kind"] as? String == "all")
                let kinds = try #require(object["results"] as? [[String: Any]]).compactMap { $0["kind"] as? String }
                #expect(Set(kinds) == ["section", "statistic"])
            }
        }
    }

    @Test func pagingReturnsTheRequestedWindowWithRanksOverAllHits() async throws {
        try await app.test(.router) { client in
            try await client.execute(uri: "/api/search" + query([("q", "性别比"), ("kind", "all"), ("limit", "2"), ("offset", "2")]), method: .get) { response in
                let object = try jsonObject(response)
                #expect(object["total"] as? Int == 4)
                let results = try #require(object["results"] as? [[String: Any]])
                #expect(results.compactMap { $0["rank"] as? Int } == [3, 4])
            }
        }
    }

    @Test(arguments: [
        ("", "parameter q is required"),
        ("?q=%20%20", "parameter q is required"),
        ("?q=人口&limit=0", "parameter limit must be between 1 and 100"),
        ("?q=人口&limit=abc", "parameter limit must be a whole number"),
        ("?q=人口&limit=101", "parameter limit must be between 1 and 100"),
        ("?q=人口&offset=-1", "parameter offset must be between 0 and 999, not -1"),
        ("?q=人口&limit=-1", "parameter limit must be between 1 and 100, not -1"),
        ("?q=人口&limit=99999999999", "parameter limit must be between 1 and 100, not 99999999999"),
        ("?q=人口&limit=-", "parameter limit must be a whole number, not \"-\""),
        ("?q=人口&offset=995&limit=10", "offset + limit is 1005"),
        ("?q=人口&kind=novel", "parameter kind must be one of section, statistic"),
        ("?q=人口&per_document=101", "parameter per_document must be between 0 and 100"),
        ("?q=人口&per_document=-1", "parameter per_document must be between 0 and 100, not -1"),
        ("?q=人口&q=计生", "parameter q is given more than once"),
        ("?q=%E4%BA", "parameter q is not valid percent-encoded UTF-8"),
        ("?q=%ZZ", "parameter q is not valid percent-encoded UTF-8"),
        ("?q=人口&document=不是编号", "parameter document is not a document id"),
        ("?q=%22性别比", "unbalanced quotation mark"),
        ("?q=" + String(repeating: "人", count: 201), "parameter q is 201 characters long; the limit is 200"),
    ])
    func badParametersGetA400WithAJSONErrorNamingThem(parameters: String, message: String) async throws {
        try await app.test(.router) { client in
            var allowed = CharacterSet.urlQueryAllowed
            allowed.insert("%")
            let uri = "/api/search" + (parameters.addingPercentEncoding(withAllowedCharacters: allowed) ?? parameters)
            try await client.execute(uri: uri, method: .get) { response in
                #expect(response.status == .badRequest)
                let object = try jsonObject(response)
                #expect(object["status"] as? Int == 400)
                let error = try #require(object["error"] as? String)
                #expect(error.contains(message), "\(error)")
            }
        }
    }

    @Test func aFormsPlusSignsAreSpacesSoTwoWordsAreSearchedAsTwoTerms() async throws {
        try await app.test(.router) { client in
            try await client.execute(uri: "/api/search?q=%E5%87%BA%E7%94%9F+%E6%80%A7%E5%88%AB%E6%AF%94&kind=all", method: .get) { response in
                let object = try jsonObject(response)
                #expect(object["query"] as? String == "出生 性别比")
                #expect(object["total"] as? Int == 4)
            }
        }
    }

    @Test func aDocumentComesWithItsMetadataAndItsSectionsNestedByLevel() async throws {
        let plan = backend.documents[0].key
        try await app.test(.router) { client in
            try await client.execute(uri: "/api/documents/" + plan.id, method: .get) { response in
                #expect(response.status == .ok)
                let object = try jsonObject(response)
                #expect(object["document"] as? String == "关于做好2023年人口发展工作的实施方案")
                #expect(object["source"] as? String == "plans/2023-人口发展工作方案.txt")
                #expect((object["metadata"] as? [String: String])?["文号"] == "卫健发〔2023〕12号")
                let sections = try #require(object["sections"] as? [[String: Any]])
                #expect(sections.compactMap { $0["heading"] as? String } == ["", "一、工作目标", "二、主要措施", "三、保障措施"])
                let measures = try #require(sections[2]["sections"] as? [[String: Any]])
                #expect(measures.compactMap { $0["section"] as? String } == ["二、主要措施 › （一）加强宣传教育", "二、主要措施 › （二）严厉打击“两非”行为"])
            }
        }
    }

    @Test func anUnknownDocumentIs404AndAMalformedIdIs400() async throws {
        let missing = DocumentKey(source: "plans/没有这个文件.txt", documentIndex: 1)
        try await app.test(.router) { client in
            try await client.execute(uri: "/api/documents/" + missing.id, method: .get) { response in
                #expect(response.status == .notFound)
                let error = try jsonObject(response)["error"] as? String
                #expect(error?.contains("plans/没有这个文件.txt") == true)
            }
            try await client.execute(uri: "/api/documents/..%2F..%2Fetc%2Fpasswd", method: .get) { response in
                #expect(response.status == .badRequest)
            }
        }
    }

    @Test func theStatisticsOfAQuerysSectionsComeAsJSONAndAsCSV() async throws {
        try await app.test(.router) { client in
            try await client.execute(uri: "/api/stats" + query([("q", "工作目标")]), method: .get) { response in
                let object = try jsonObject(response)
                #expect(object["total"] as? Int == 3)
                let results = try #require(object["results"] as? [[String: Any]])
                #expect(results.compactMap { $0["text"] as? String } == ["107以内", "2个百分点", "95%以上"])
                #expect(String(buffer: response.body).contains(#"{"source":"plans/2023-人口发展工作方案.txt","document_index":1,"document":"#))
            }
            try await client.execute(uri: "/api/stats" + query([("q", "工作目标"), ("format", "csv")]), method: .get) { response in
                #expect(response.headers[.contentType] == "text/csv; charset=utf-8")
                #expect(response.headers[.contentDisposition]?.contains("attachment") == true)
                let lines = String(buffer: response.body).components(separatedBy: "\r\n")
                #expect(lines[0] == "\u{FEFF}source,document_index,document,section,text,value,max,unit,approx,kind,subject,sentence")
                #expect(lines[2].contains(",2个百分点,2,,百分点,false,change,政策外多孩率,"))
            }
            try await client.execute(uri: "/api/stats" + query([("format", "xml")]), method: .get) { response in
                #expect(response.status == .badRequest)
            }
            try await client.execute(uri: "/api/cites", method: .get) { response in
                let total = try jsonObject(response)["total"] as? Int
                #expect(total == 0)
            }
        }
    }

    @Test func healthNamesTheGenerationAndWhatTheIndexHolds() async throws {
        try await app.test(.router) { client in
            try await client.execute(uri: "/api/health", method: .get) { response in
                let object = try jsonObject(response)
                #expect(object["status"] as? String == "ok")
                #expect(object["generation"] as? String == "fixture-1")
                #expect(object["files"] as? Int == 2)
                #expect((object["units"] as? [String: Int]) == ["section": 8, "statistic": 7])
            }
        }
    }

    @Test func theOpenAPIDocumentDescribesExactlyTheAPIsRoutes() async throws {
        try await app.test(.router) { client in
            try await client.execute(uri: "/api/openapi.json", method: .get) { response in
                let object = try jsonObject(response)
                #expect((object["openapi"] as? String)?.hasPrefix("3.") == true)
                let paths = try #require(object["paths"] as? [String: Any])
                #expect(Set(paths.keys) == ["/api/health", "/api/search", "/api/documents/{id}", "/api/stats", "/api/cites", "/api/measures", "/api/openapi.json"])
            }
            // Every described path answers (with a parameterless request, 200 or a 400 naming what is missing).
            for path in ["/api/health", "/api/search", "/api/stats", "/api/cites", "/api/measures", "/api/openapi.json"] {
                try await client.execute(uri: path, method: .get) { response in
                    #expect(response.status == .ok || response.status == .badRequest, "\(path)")
                }
            }
        }
    }

    @Test(arguments: ["/api/nothing", "/etc/passwd", "/assets/../../../../etc/passwd", "/assets/..%2F..%2F..%2Fetc%2Fpasswd", "/%2e%2e/%2e%2e/etc/passwd", "/Package.swift"])
    func noRequestPathReachesTheFileSystem(path: String) async throws {
        try await app.test(.router) { client in
            try await client.execute(uri: path, method: .get) { response in
                #expect(response.status == .notFound)
                let body = String(buffer: response.body)
                #expect(!body.contains("root:"))
                #expect(!body.contains("PackageDescription"))
                let status = try jsonObject(response)["status"] as? Int
                #expect(status == 404)
            }
        }
    }

    @Test func manyConcurrentSearchesAllGetTheirOwnAnswers() async throws {
        try await app.test(.router) { client in
            let terms = ["性别比", "托育", "宣传", "经费", "就业", "两非", "生育", "人口"]
            try await withThrowingTaskGroup(of: (String, String?).self) { group in
                for round in 0..<200 {
                    let term = terms[round % terms.count]
                    group.addTask {
                        try await client.execute(uri: "/api/search" + query([("q", term)]), method: .get) { response in
                            (term, try jsonObject(response)["query"] as? String)
                        }
                    }
                }
                var answered = 0
                for try await (asked, answeredQuery) in group {
                    #expect(asked == answeredQuery)
                    answered += 1
                }
                #expect(answered == 200)
            }
        }
    }
}

@Test func anEmptyCSVStillHasTheContractsHeader() async throws {
    let app = try FixtureBackend().app
    try await app.test(.router) { client in
        try await client.execute(uri: "/api/cites" + query([("format", "csv")]), method: .get) { response in
            #expect(String(buffer: response.body) == "\u{FEFF}source,document_index,document,section,text,law,law_full,article,paragraph,item,kind,resolved\r\n")
        }
    }
}
