import Foundation
import HTTPServer
import Hummingbird
import HummingbirdTesting
import Testing

/// A backend whose searches wait until the test lets them go, to see what the server does with a
/// request that outlasts its time limit.
private struct BlockedBackend: SearchBackend {
    let gate: DispatchSemaphore
    let inner: FixtureBackend

    var status: BackendStatus { inner.status }

    func search(_ request: SearchRequest) throws -> SearchResults {
        gate.wait()
        return try inner.search(request)
    }

    func facets(_ request: SearchRequest) throws -> SearchFacets { try inner.facets(request) }
    func document(_ key: DocumentKey) throws -> DocumentOutline? { try inner.document(key) }
    func records(_ kind: RecordKind, _ request: RecordRequest) throws -> RecordPage { try inner.records(kind, request) }
}

@Test func aSearchThatOutlastsTheTimeLimitIsAnswered503AndTheServerGoesOn() async throws {
    let gate = DispatchSemaphore(value: 0)
    let backend = BlockedBackend(gate: gate, inner: try FixtureBackend())
    let server = SearchServer(limits: QueryLimits(timeLimit: .milliseconds(200)), workers: 1) { backend }
    let app = Application(router: server.router())
    try await app.test(.router) { client in
        try await client.execute(uri: "/api/search" + query([("q", "性别比")]), method: .get) { response in
            #expect(response.status == .serviceUnavailable)
            let error = try jsonObject(response)["error"] as? String
            #expect(error?.contains("time limit") == true)
        }
        gate.signal()
        try await client.execute(uri: "/api/health", method: .get) { response in
            #expect(response.status == .ok)
        }
        // The next search gets its answer once the blocked one is let go.
        gate.signal()
        try await client.execute(uri: "/api/search" + query([("q", "性别比")]), method: .get) { response in
            #expect(response.status == .ok)
        }
    }
}

@Test func aDocumentIdRoundTripsAnyPath() throws {
    for source in ["laws/中华人民共和国人口与计划生育法(2021-08-20).md", "a b/c?d=e&f#g.txt", "/abs/路径/文件.docx", "x"] {
        let key = DocumentKey(source: source, documentIndex: 3)
        #expect(key.id.allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber || "-_.".contains($0)) })
        #expect(DocumentKey(id: key.id) == key)
    }
    for bad in ["", ".1", "abc", "abc.0", "abc.-1", "!!.1", "YQ==.1"] {
        #expect(DocumentKey(id: bad) == nil, "\(bad)")
    }
}
