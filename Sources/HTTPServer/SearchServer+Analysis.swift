import Hummingbird
import TextAnalysis

extension SearchServer {
    /// `/concordance?q=…` (every occurrence of the query with its context, `sort=left|right|source`)
    /// and `/trend?q=…` (the query's words per 10,000 characters by year, drawn as a line chart):
    /// the search page's analysis views, linked from its results.
    func addAnalysisRoutes(to router: Router<BasicRequestContext>) {
        let renderer = PageRenderer(limits: limits)
        router.get("/concordance") { request, _ in
            try await self.analysisPage(request, renderer: renderer, title: "语境") { parameters, query in
                let sort = try parameters.choice("sort", default: Concordancer.Order.source.rawValue,
                                                 among: Concordancer.Order.allCases.map(\.rawValue))
                let order = Concordancer.Order(rawValue: sort) ?? .source
                let limit = self.limits.resultWindow
                let page = try await self.answer { try $0.concordance(query, width: 20, order: order, limit: limit) }
                return renderer.concordance(page, query: query, order: order)
            }
        }
        router.get("/trend") { request, _ in
            try await self.analysisPage(request, renderer: renderer, title: "词频趋势") { _, query in
                let terms = PageRenderer.queryPhrases(query)
                guard !terms.isEmpty else { throw APIError.badRequest("查询中没有可统计的词语") }
                let table = try await self.answer { try $0.trend(terms) }
                return renderer.trend(table, query: query)
            }
        }
    }

    /// A page around what `body` renders for the request's query; errors as the other pages show them.
    private func analysisPage(_ request: Request, renderer: PageRenderer, title: String,
                              body: (RequestParameters, String) async throws -> String) async throws -> Response {
        let kinds = try backend().status.kinds
        var query = ""
        do {
            let parameters = try RequestParameters(request, limits: limits)
            guard let asked = try parameters.query(required: true) else { throw APIError.badRequest("缺少查询 q") }
            query = asked
            return html(renderer.page(title: query + " · " + title + " · 治理", query: query, kinds: kinds,
                                      body: try await body(parameters, query)))
        } catch let error as APIError {
            return html(renderer.page(title: "错误 · 治理", query: query, kinds: kinds, body: renderer.error(error)), status: error.status)
        }
    }
}
