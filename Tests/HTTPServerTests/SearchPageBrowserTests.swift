import Foundation
import HTTPServer
import Hummingbird
import HummingbirdTesting
import Testing
import TestSupport

/// The page in a real browser, served over a real socket by the server on the fixture backend.
@Suite(.enabled(if: HeadlessBrowser.installed != nil, "no Chromium installed"), .serialized)
struct SearchPageBrowserTests {
    let app: Application<RouterResponder<BasicRequestContext>>
    let browser = HeadlessBrowser.installed!

    init() throws {
        let backend = try FixtureBackend()
        app = Application(router: SearchServer(backend: { backend }).router(), configuration: .init(address: .hostname("127.0.0.1", port: 0)))
    }

    @Test func withoutJavaScriptAQueryInTheAddressShowsHighlightedResults() async throws {
        try await app.test(.live) { client in
            let port = try #require(client.port)
            let dom = try await browser.dom(of: "http://127.0.0.1:\(port)/" + query([("q", "性别比")]), javascript: false)
            #expect(dom.contains("<mark>性别比</mark>"))
            #expect(dom.contains(#"<main id="main">"#))
        }
    }

    @Test func typingAQueryFetchesHighlightedResultsIntoThePage() async throws {
        try await app.test(.live) { client in
            let port = try #require(client.port)
            // `#q=` makes the page's script type the query into the box and fire its input event.
            let dom = try await browser.dom(of: "http://127.0.0.1:\(port)/#q=%E6%89%98%E8%82%B2")
            #expect(dom.contains(#"<main id="main" data-loaded="script">"#))
            #expect(dom.contains("<mark>托育</mark>"))
            #expect(dom.contains("共 <strong>1</strong> 条结果"))
        }
    }

    @Test func theResultsPageRendersToAScreenshot() async throws {
        try await app.test(.live) { client in
            let port = try #require(client.port)
            let file = Scratch.url("zhili-serve-\(UUID().uuidString).png")
            defer { try? FileManager.default.removeItem(at: file) }
            try await browser.screenshot(of: "http://127.0.0.1:\(port)/" + query([("q", "人口")]), to: file)
            let png = try Data(contentsOf: file)
            #expect(png.starts(with: [0x89, 0x50, 0x4E, 0x47]))
        }
    }
}
