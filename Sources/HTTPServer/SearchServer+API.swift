import Hummingbird
import Reporting

extension SearchServer {
    func addAPIRoutes(to router: Router<BasicRequestContext>) {
        router.get("/api/health") { _, _ in
            let status = try self.backend().status
            return Reply.json(.object([
                ("status", "ok"),
                ("generation", .string(status.generation)),
                ("files", .int(status.files)),
                ("units", .object(status.units.map { ($0.value, .int($0.count)) })),
            ]))
        }
        router.get("/api/search") { request, _ in
            let started = ContinuousClock.now
            let backend = try self.backend()
            let parameters = try RequestParameters(request, limits: self.limits)
            var wanted = try self.searchRequest(parameters, backend: backend)
            // The search stops at the time limit, freeing its worker, when the server has answered 503.
            wanted.deadline = started + self.limits.timeLimit
            let search = wanted
            let wantsFacets = try parameters.flag("facets")
            let (results, facets) = try await self.answer { _ in
                (try backend.search(search), wantsFacets ? try backend.facets(search) : nil)
            }
            return Reply.json(APIRecords.search(search, results, facets: facets, took: ContinuousClock.now - started))
        }
        router.get("/api/documents/{id}") { _, context in
            let id = context.parameters.get("id") ?? ""
            guard let key = DocumentKey(id: id) else { throw APIError.badRequest("\"\(id.prefix(80))\" is not a document id") }
            guard let outline = try await self.answer({ try $0.document(key) }) else {
                throw APIError.noDocument(key)
            }
            return Reply.json(APIRecords.document(outline))
        }
        for kind in RecordKind.allCases {
            router.get("/api/\(kind.command)") { request, _ in
                let parameters = try RequestParameters(request, limits: self.limits)
                let format = try parameters.choice("format", default: "json", among: ["json", "csv", "jsonl"])
                let recordRequest = try self.recordRequest(parameters, kind: kind)
                let page = try await self.answer { try $0.records(kind, recordRequest) }
                switch format {
                case "csv":
                    let body = page.records.isEmpty
                        ? kind.fields(recordRequest).joined(separator: ",") + "\r\n"
                        : RecordWriter(format: .csv).render(page.records)
                    var headers = HTTPFields()
                    headers[.contentDisposition] = "attachment; filename=\"zhili-\(kind.command).csv\""
                    // A byte-order mark so that spreadsheet programs read the Chinese text as UTF-8.
                    return Reply.text("\u{FEFF}" + body, contentType: "text/csv; charset=utf-8", headers: headers)
                case "jsonl":
                    return Reply.text(RecordWriter(format: .jsonl).render(page.records), contentType: "application/jsonl; charset=utf-8")
                default:
                    return Reply.json(.object([
                        ("total", .int(page.total)),
                        ("offset", .int(recordRequest.offset)),
                        ("limit", .int(recordRequest.limit)),
                        ("results", .array(page.records.map(Value.object))),
                    ]))
                }
            }
        }
        router.get("/api/openapi.json") { _, _ in
            Reply.text(OpenAPIDocument.json, contentType: "application/json; charset=utf-8")
        }
        router.get("/api/**") { request, _ -> Response in
            throw APIError(.notFound, "no such resource: \(request.uri.path.prefix(200))")
        }
    }

    /// The search a request asks for, checked against the limits and the kinds the index has.
    func searchRequest(_ parameters: RequestParameters, backend: any SearchBackend) throws(APIError) -> SearchRequest {
        let query = try parameters.query(required: true) ?? ""
        let window = try parameters.window(defaultLimit: 10)
        let kind = try parameters.kind(allowed: backend.status.kinds + [SearchRequest.allKinds])
        return SearchRequest(query: query, limit: window.limit, offset: window.offset, kind: kind, document: try parameters.document(),
                             all: try parameters.flag("all"),
                             perDocument: try parameters.integer("per_document", default: SearchRequest.defaultPerDocument,
                                                                 in: 0...limits.maximumLimit))
    }

    /// Records may be listed for a whole index or a query's sections, a page of up to the result window,
    /// with the options of the command that lists `kind`.
    func recordRequest(_ parameters: RequestParameters, kind: RecordKind) throws(APIError) -> RecordRequest {
        let query = try parameters.query(required: false)
        let limit = try parameters.integer("limit", default: 100, in: 1...limits.resultWindow)
        let offset = try parameters.integer("offset", default: 0, in: 0...1_000_000)
        var request = RecordRequest(query: query, document: try parameters.document(), limit: limit, offset: offset)
        switch kind {
        case .citation: request.check = try parameters.flag("check")
        case .measure:
            request.explain = try parameters.flag("explain")
            request.summary = try parameters.flag("summary")
        case .statistic: break
        }
        return request
    }
}
