import Hummingbird

extension SearchServer {
    /// `/measures?q=…` or `/measures?document=…`: the policy measures of a query's sections or of one
    /// document, as a page (`partial=1`: the table alone), from the same records as `/api/measures`.
    func addMeasurePageRoutes(to router: Router<BasicRequestContext>, renderer: PageRenderer) {
        router.get("/measures") { request, _ in
            let backend = try self.backend()
            do {
                let parameters = try RequestParameters(request, limits: self.limits)
                let recordRequest = try self.recordRequest(parameters, kind: .measure)
                let page = try await self.answer { try $0.records(.measure, recordRequest) }
                let table = renderer.measures(page, query: recordRequest.query, document: recordRequest.document, shown: recordRequest.limit)
                if parameters.parameters["partial"] != nil { return self.pageHTML(table) }
                let title = (recordRequest.query.map { $0 + " · " } ?? "") + "政策措施 · 治理"
                let heading = recordRequest.query.map { "“\(HTML.escape($0))”所在章节的政策措施" } ?? "本文件的政策措施"
                return self.pageHTML(renderer.page(title: title, query: recordRequest.query ?? "", kinds: backend.status.kinds,
                                                   body: "<h1 class=\"page-title\">\(heading)</h1>\n" + table))
            } catch let error as APIError {
                return self.pageHTML(renderer.page(title: "错误 · 治理", kinds: backend.status.kinds, body: renderer.error(error)), status: error.status)
            }
        }
    }
}
