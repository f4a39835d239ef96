import Hummingbird

extension SearchServer {
    func addPageRoutes(to router: Router<BasicRequestContext>) {
        let renderer = PageRenderer(limits: limits)
        router.get("/") { request, _ in
            try await self.searchPage(request, renderer: renderer)
        }
        router.get("/documents/{id}") { request, context in
            let backend = try self.backend()
            let kinds = backend.status.kinds
            let query = (try? RequestParameters(request, limits: self.limits).query(required: false)) ?? nil
            let id = context.parameters.get("id") ?? ""
            guard let key = DocumentKey(id: id) else {
                let error = APIError.badRequest("“\(id.prefix(80))” 不是文件编号")
                return self.html(renderer.page(title: "错误 · 治理", kinds: kinds, body: renderer.error(error)), status: error.status)
            }
            guard let outline = try await self.answer({ try $0.document(key) }) else {
                let error = APIError(.notFound, "索引中没有 \(key.source) 第 \(key.documentIndex) 篇")
                return self.html(renderer.page(title: "未找到 · 治理", kinds: kinds, body: renderer.error(error)), status: error.status)
            }
            return self.html(renderer.page(title: outline.title + " · 治理", query: query ?? "", kinds: kinds, body: renderer.document(outline)))
        }
        router.get("/stats") { request, _ in
            try await self.recordPage(request, kind: .statistic, renderer: renderer, name: "统计数字") { page, recordRequest in
                renderer.statistics(page, query: recordRequest.query, document: recordRequest.document, shown: recordRequest.limit)
            }
        }
        addMeasurePageRoutes(to: router, renderer: renderer)
        router.get("/assets/zhili.css") { _, _ in
            Reply.text(PageAssets.styleSheet, contentType: "text/css; charset=utf-8", headers: [.cacheControl: "public, max-age=3600"])
        }
        router.get("/assets/zhili.js") { _, _ in
            Reply.text(PageAssets.script, contentType: "text/javascript; charset=utf-8", headers: [.cacheControl: "public, max-age=3600"])
        }
    }

    /// `/`, `/?q=...`: the home page, or a query's results; `partial=1` gives only the results part,
    /// which the script swaps in as you type.
    private func searchPage(_ request: Request, renderer: PageRenderer) async throws -> Response {
        let started = ContinuousClock.now
        let backend = try backend()
        let kinds = backend.status.kinds
        var query = ""
        var kind: String?
        var partial = false
        do {
            let parameters = try RequestParameters(request, limits: limits)
            partial = parameters.parameters["partial"] != nil
            query = parameters.parameters["q"]?.trimmingWhitespace() ?? ""
            kind = parameters.parameters["kind"]
            guard !query.isEmpty else {
                let body = renderer.home(backend.status)
                return html(partial ? body : renderer.page(title: "治理 · 中文治理文本检索", kind: kind, kinds: kinds, body: body))
            }
            let search = try searchRequest(parameters, backend: backend)
            let (results, facets) = try await answer { _ in (try backend.search(search), try backend.facets(search)) }
            let body = renderer.results(search, results, facets: facets, took: ContinuousClock.now - started)
            return html(partial ? body : renderer.page(title: search.query + " · 治理", query: search.query, kind: search.kind, kinds: kinds, body: body))
        } catch let error as APIError {
            let body = renderer.error(error)
            return html(partial ? body : renderer.page(title: "错误 · 治理", query: query, kind: kind, kinds: kinds, body: body), status: error.status)
        }
    }

    /// An HTML page or fragment with the page's security policy.
    func html(_ text: String, status: HTTPResponse.Status = .ok) -> Response {
        Reply.text(text, contentType: "text/html; charset=utf-8", status: status,
                          headers: [.contentSecurityPolicy: "default-src 'self'; style-src 'self'; script-src 'self'; img-src 'self' data:"])
    }
}
