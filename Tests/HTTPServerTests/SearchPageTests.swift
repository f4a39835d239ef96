import Foundation
import HTTPServer
import Hummingbird
import HummingbirdTesting
import Testing

@Suite struct SearchPageTests {
    let backend: FixtureBackend
    let app: Application<RouterResponder<BasicRequestContext>>

    init() throws {
        backend = try FixtureBackend()
        app = backend.app
    }

    @Test func theHomePageHasTheSearchFormAndWorksWithoutAQuery() async throws {
        try await app.test(.router) { client in
            try await client.execute(uri: "/", method: .get) { response in
                #expect(response.status == .ok)
                #expect(response.headers[.contentType] == "text/html; charset=utf-8")
                let page = String(buffer: response.body)
                #expect(page.contains(#"<html lang="zh-CN">"#))
                #expect(page.contains(#"<form class="search" id="search" action="/" method="get""#))
                #expect(page.contains("<strong>2</strong> 个文件、<strong>8</strong> 个章节"))
            }
        }
    }

    @Test func aQueryInTheAddressIsAnsweredWithServerRenderedHighlightedResults() async throws {
        try await app.test(.router) { client in
            try await client.execute(uri: "/" + query([("q", "性别比"), ("kind", "all")]), method: .get) { response in
                let page = String(buffer: response.body)
                #expect(page.contains("<mark>性别比</mark>"))
                #expect(page.contains("共 <strong>4</strong> 条结果"))
                #expect(page.contains(#"value="性别比""#))
                // Facets link to the same query narrowed by kind and by document.
                #expect(page.contains("/?q=%E6%80%A7%E5%88%AB%E6%AF%94&amp;kind=statistic"))
                #expect(page.contains("&amp;document=" + backend.documents[1].key.id))
                // Each hit links to its section in the document page.
                #expect(page.contains("/documents/" + backend.documents[0].key.id))
                #expect(page.contains("下载 CSV"))
            }
        }
    }

    @Test func thePartialResultsAreTheResultsAloneForTheScriptToSwapIn() async throws {
        try await app.test(.router) { client in
            try await client.execute(uri: "/" + query([("q", "托育"), ("partial", "1")]), method: .get) { response in
                let fragment = String(buffer: response.body)
                #expect(fragment.contains("<mark>托育</mark>"))
                #expect(!fragment.contains("<html"))
            }
        }
    }

    @Test func pagingLinksMoveThroughTheResults() async throws {
        try await app.test(.router) { client in
            try await client.execute(uri: "/" + query([("q", "性别比"), ("kind", "all"), ("limit", "2")]), method: .get) { response in
                let page = String(buffer: response.body)
                #expect(page.contains("第 1 / 2 页"))
                #expect(page.contains(#"rel="next" href="/?q=%E6%80%A7%E5%88%AB%E6%AF%94&amp;kind=all&amp;offset=2""#))
            }
        }
    }

    @Test func markupInAQueryIsShownAsTextNeverRun() async throws {
        try await app.test(.router) { client in
            try await client.execute(uri: "/" + query([("q", "<script>alert(1)</script>")]), method: .get) { response in
                let page = String(buffer: response.body)
                #expect(!page.contains("<script>alert(1)</script>"))
                #expect(page.contains("&lt;script&gt;alert(1)&lt;/script&gt;"))
                #expect(response.headers[.contentSecurityPolicy]?.contains("script-src 'self'") == true)
            }
        }
    }

    @Test func aBadParameterOnThePageIsExplainedWithA400() async throws {
        try await app.test(.router) { client in
            try await client.execute(uri: "/" + query([("q", "性别比"), ("limit", "1000")]), method: .get) { response in
                #expect(response.status == .badRequest)
                #expect(String(buffer: response.body).contains("parameter limit must be between 1 and 100"))
            }
        }
    }

    @Test func theDocumentPageShowsTheSectionTreeAndTheText() async throws {
        let plan = backend.documents[0]
        try await app.test(.router) { client in
            try await client.execute(uri: "/documents/" + plan.key.id, method: .get) { response in
                let page = String(buffer: response.body)
                #expect(page.contains("<h1>关于做好2023年人口发展工作的实施方案</h1>"))
                #expect(page.contains("<dt>文号</dt><dd>卫健发〔2023〕12号</dd>"))
                #expect(page.contains(#"<nav class="toc""#))
                // The subsections are nested under their heading in the table of contents.
                #expect(page.contains("二、主要措施</a><ul><li><a href=\"#"))
                #expect(page.contains("<p>县财政安排人口发展专项经费120万元，各乡镇要落实计划生育工作人员，确保工作有人抓、有人管。</p>"))
            }
            try await client.execute(uri: "/documents/garbage", method: .get) { response in
                #expect(response.status == .badRequest)
            }
        }
    }

    @Test func theStatisticsTableOfAQueryIsRenderedWithItsCSVLink() async throws {
        try await app.test(.router) { client in
            try await client.execute(uri: "/stats" + query([("q", "工作目标")]), method: .get) { response in
                let page = String(buffer: response.body)
                #expect(page.contains("共 3 个数字"))
                #expect(page.contains(#"<td class="nowrap">95%以上</td><td class="number">95</td>"#))
                #expect(page.contains("/api/stats?q=%E5%B7%A5%E4%BD%9C%E7%9B%AE%E6%A0%87&amp;limit=1000&amp;format=csv"))
            }
        }
    }

    @Test func aConcordanceSortedNoKnownWayIsRefusedNamingTheChoices() async throws {
        try await app.test(.router) { client in
            try await client.execute(uri: "/concordance" + query([("q", "人口"), ("sort", "upward")]), method: .get) { response in
                #expect(response.status == .badRequest)
                #expect(String(buffer: response.body).contains("parameter sort must be one of left, right, source"))
            }
        }
    }

    @Test func theStyleSheetAndScriptAreServedFromMemory() async throws {
        try await app.test(.router) { client in
            try await client.execute(uri: "/assets/zhili.css", method: .get) { response in
                #expect(response.headers[.contentType] == "text/css; charset=utf-8")
                #expect(String(buffer: response.body).contains("Noto Sans CJK SC"))
            }
            try await client.execute(uri: "/assets/zhili.js", method: .get) { response in
                #expect(response.headers[.contentType] == "text/javascript; charset=utf-8")
            }
            try await client.execute(uri: "/assets/zhili.json", method: .get) { response in
                #expect(response.status == .notFound)
            }
        }
    }
}

/// A backend holding one law-like document: a chapter of twelve articles.
private struct ChapterBackend: SearchBackend {
    static let key = DocumentKey(source: "laws/示例条例.md", documentIndex: 1)
    let status = BackendStatus(generation: "1", files: 1, units: [Facet(value: "section", count: 13)])

    func search(_ request: SearchRequest) throws -> SearchResults { SearchResults(total: 0, hits: []) }
    func facets(_ request: SearchRequest) throws -> SearchFacets { SearchFacets(kinds: [], documents: [], documentWindow: 100) }
    func records(_ kind: RecordKind, _ request: RecordRequest) throws -> RecordPage { RecordPage(total: 0, records: []) }

    func document(_ key: DocumentKey) throws -> DocumentOutline? {
        let numerals = ["一", "二", "三", "四", "五", "六", "七", "八", "九", "十", "十一", "十二"]
        let articles = numerals.map { DocumentOutline.Section(path: ["第一章 总则", "第\($0)条"], level: 2, text: "本条例第\($0)条的内容。") }
        return DocumentOutline(key: key, title: "示例条例", metadata: [],
                               sections: [DocumentOutline.Section(path: ["第一章 总则"], level: 1, text: "")] + articles)
    }
}

@Test func aChapterWithManyArticlesIsFoldedInTheTableOfContents() async throws {
    let app = Application(router: SearchServer(backend: { ChapterBackend() }).router())
    try await app.test(.router) { client in
        try await client.execute(uri: "/documents/" + ChapterBackend.key.id, method: .get) { response in
            let page = String(buffer: response.body)
            #expect(page.contains("第一章 总则</a><details><summary>12 项</summary><ul>"))
            #expect(page.contains("<h3>第十二条</h3><p>本条例第十二条的内容。</p>"))
        }
    }
}
