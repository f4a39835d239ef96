import Hummingbird

extension SearchServer {
    /// `/measures?q=…` or `/measures?document=…`: the policy measures of a query's sections or of one
    /// document, as a page (`partial=1`: the table alone), from the same records as `/api/measures`.
    func addMeasurePageRoutes(to router: Router<BasicRequestContext>, renderer: PageRenderer) {
        router.get("/measures") { request, _ in
            try await self.recordPage(request, kind: .measure, renderer: renderer, name: "政策措施") { page, recordRequest in
                renderer.measures(page, query: recordRequest.query, document: recordRequest.document, shown: recordRequest.limit)
            }
        }
    }

    /// A page of extracted records (`/stats`, `/measures`): the table `render` makes of the records of
    /// a query's sections or of one document, under a heading naming them; with `partial`, the table alone.
    func recordPage(_ request: Request, kind: RecordKind, renderer: PageRenderer, name: String,
                    render: (RecordPage, RecordRequest) -> String) async throws -> Response {
        let backend = try backend()
        do {
            let parameters = try RequestParameters(request, limits: limits)
            let asked = try recordRequest(parameters, kind: kind)
            let page = try await answer { try $0.records(kind, asked) }
            let table = render(page, asked)
            if parameters.parameters["partial"] != nil { return html(table) }
            let title = (asked.query.map { $0 + " · " } ?? "") + name + " · 治理"
            let heading = asked.query.map { "“\(HTML.escape($0))”所在章节的\(name)" } ?? "本文件的\(name)"
            return html(renderer.page(title: title, query: asked.query ?? "", kinds: backend.status.kinds,
                                          body: "<h1 class=\"page-title\">\(heading)</h1>\n" + table))
        } catch let error as APIError {
            return html(renderer.page(title: "错误 · 治理", kinds: backend.status.kinds, body: renderer.error(error)), status: error.status)
        }
    }
}
