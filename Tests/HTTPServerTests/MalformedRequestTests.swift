import Foundation
#if canImport(Glibc)
import Glibc
#endif
import HTTPServer
import Hummingbird
import HummingbirdTesting
import Testing

/// Requests HTTP parsing rejects, sent as raw bytes over a real socket (an HTTP client would encode
/// them): the client gets the API's JSON error, not an empty 400.
@Suite struct MalformedRequestTests {
    let app: Application<RouterResponder<BasicRequestContext>>

    init() throws {
        let backend = try FixtureBackend()
        app = Application(router: SearchServer(backend: { backend }).router(), server: SearchServer.http1,
                          configuration: .init(address: .hostname("127.0.0.1", port: 0)))
    }

    @Test func aURLWithRawChineseCharactersGetsAJSONErrorSayingToPercentEncodeThem() async throws {
        try await app.test(.live) { client in
            let reply = try RawConnection.exchange("GET /api/search?q=性别比 HTTP/1.1\r\nHost: localhost\r\n\r\n", port: try #require(client.port))
            #expect(reply.hasPrefix("HTTP/1.1 400"))
            #expect(reply.contains("Content-Type: application/json; charset=utf-8"))
            #expect(reply.hasSuffix(#"{"error":"the request's URL is not valid HTTP: characters outside ASCII must be percent-encoded as UTF-8 (性别比 as %E6%80%A7%E5%88%AB%E6%AF%94)","status":400}"# + "\n"))
        }
    }

    @Test func aURLLongerThanTheServerReadsGetsAJSONErrorNamingTheLimit() async throws {
        try await app.test(.live) { client in
            let query = String(repeating: "%E6%80%A7", count: 10_000)
            let reply = try RawConnection.exchange("GET /api/search?q=\(query) HTTP/1.1\r\nHost: localhost\r\n\r\n", port: try #require(client.port))
            #expect(reply.hasPrefix("HTTP/1.1 400"))
            #expect(reply.hasSuffix(#"{"error":"the request's URL and headers are longer than the server reads (80 KB)","status":400}"# + "\n"))
        }
    }

    @Test func aWellFormedRequestBeforeAMalformedOneOnTheSameConnectionIsAnswered() async throws {
        try await app.test(.live) { client in
            let requests = "GET /api/health HTTP/1.1\r\nHost: localhost\r\n\r\n" + "GET /api/search?q=性别比 HTTP/1.1\r\nHost: localhost\r\n\r\n"
            let reply = try RawConnection.exchange(requests, port: try #require(client.port))
            #expect(reply.hasPrefix("HTTP/1.1 200"))
            #expect(reply.contains("HTTP/1.1 400"))
        }
    }
}

/// One TCP connection to the loopback: the request's bytes out, then every byte until the server closes.
enum RawConnection {
    struct Failure: Error, CustomStringConvertible {
        let description: String
    }

    static func exchange(_ request: String, port: Int) throws -> String {
        let socket = Glibc.socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        guard socket >= 0 else { throw Failure(description: "no socket: errno \(errno)") }
        defer { close(socket) }
        // A server that never answers fails the test rather than hanging it; the bound is generous because
        // the whole test run shares two cores and the server's tasks may wait minutes for a thread.
        var timeout = timeval(tv_sec: 600, tv_usec: 0)
        setsockopt(socket, SOL_SOCKET, SO_RCVTIMEO, &timeout, socklen_t(MemoryLayout<timeval>.size))
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_port = in_port_t(UInt16(port).bigEndian)
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        let connected = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { connect(socket, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) }
        }
        guard connected == 0 else { throw Failure(description: "cannot connect to port \(port): errno \(errno)") }
        let bytes = Array(request.utf8)
        var sent = 0
        while sent < bytes.count {
            let count = bytes[sent...].withUnsafeBytes { send(socket, $0.baseAddress, $0.count, Int32(MSG_NOSIGNAL)) }
            // The server may answer and close before reading all of a request it refuses.
            guard count > 0 else { break }
            sent += count
        }
        var reply: [UInt8] = []
        var buffer = [UInt8](repeating: 0, count: 65_536)
        while true {
            let count = recv(socket, &buffer, buffer.count, 0)
            if count < 0 {
                let error = errno
                // A reset after the server's answers still leaves those answers to check.
                guard error == ECONNRESET, !reply.isEmpty else {
                    throw Failure(description: "no reply from port \(port) after \(reply.count) bytes: errno \(error)")
                }
            }
            guard count > 0 else { break }
            reply += buffer[0..<count]
        }
        return String(decoding: reply, as: UTF8.self)
    }
}
