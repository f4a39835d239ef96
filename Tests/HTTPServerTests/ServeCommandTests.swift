import Foundation
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif
import Testing
import TestSupport

/// `zhili serve` as a user runs it: the real binary on a free port, queried over HTTP, then stopped.
@Suite(.serialized) struct ServeCommandTests {
    /// A started `zhili serve` and the address it printed.
    final class RunningServer: @unchecked Sendable {
        let process = Process()
        let base: String

        init(index: String) throws {
            process.executableURL = Repository.executable
            process.arguments = ["serve", "--index", index, "--port", "0"]
            let errors = Pipe()
            process.standardError = errors
            process.standardOutput = FileHandle.nullDevice
            try process.run()
            // The first line on standard error names the address; a server that never prints it
            // ends the wait when it exits (the pipe closes).
            var line = Data()
            while !line.contains(UInt8(ascii: "\n")) {
                let chunk = errors.fileHandleForReading.availableData
                if chunk.isEmpty { break }
                line.append(chunk)
            }
            let text = String(decoding: line, as: UTF8.self)
            guard let start = text.range(of: "http://"), let end = text[start.lowerBound...].firstIndex(of: " ") else {
                process.terminate()
                throw ServeFailure(output: text)
            }
            base = String(text[start.lowerBound..<end])
        }

        func stop() -> Int32 {
            process.terminate()
            process.waitUntilExit()
            return process.terminationStatus
        }
    }

    struct ServeFailure: Error, CustomStringConvertible {
        let output: String
        var description: String { "zhili serve printed no address: \(output)" }
    }

    private func get(_ url: String) async throws -> (status: Int, json: [String: Any]) {
        let (data, response) = try await URLSession.shared.data(from: try #require(URL(string: url)))
        let status = (response as? HTTPURLResponse)?.statusCode ?? 0
        return (status, try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any]))
    }

    @Test func theBinaryServesTheIndexOnLoopbackAndStopsOnSIGTERM() async throws {
        let index = try FixtureIndex()
        defer { index.remove() }
        let server = try RunningServer(index: index.folder.path)
        #expect(server.base.hasPrefix("http://127.0.0.1:"))
        let health = try await get(server.base + "api/health")
        #expect(health.status == 200)
        #expect(health.json["files"] as? Int == 2)
        let search = try await get(server.base + "api/search?q=%E4%B8%A4%E9%9D%9E")
        #expect(search.status == 200)
        let results = try #require(search.json["results"] as? [[String: Any]])
        #expect(results.first?["section"] as? String == "二、主要措施 › （二）严厉打击“两非”行为")
        let bad = try await get(server.base + "api/search?q=%E4%B8%A4&limit=0")
        #expect(bad.status == 400)
        #expect(server.stop() == 0)
    }

    @Test func theBinaryPicksUpARebuiltIndexWithoutRestarting() async throws {
        let index = try FixtureIndex()
        defer { index.remove() }
        let server = try RunningServer(index: index.folder.path)
        let before = try await get(server.base + "api/health")
        var documents = try FixtureBackend().documents
        documents[0].sections[5].text = "县财政安排人口监测专项经费80万元。"
        try index.write(documents)
        let after = try await get(server.base + "api/health")
        #expect(after.json["generation"] as? String != before.json["generation"] as? String)
        let search = try await get(server.base + "api/search?q=%E4%BA%BA%E5%8F%A3%E7%9B%91%E6%B5%8B")
        #expect(search.json["total"] as? Int == 1)
        #expect(server.stop() == 0)
    }

    @Test func aPortInUseExitsWith2SayingSoAndHowToChooseAnother() throws {
        let index = try FixtureIndex()
        defer { index.remove() }
        let first = try RunningServer(index: index.folder.path)
        defer { _ = first.stop() }
        let port = try #require(first.base.split(separator: ":").last?.split(separator: "/").first.map(String.init))
        let run = try Repository.runZhili(["serve", "--index", index.folder.path, "--port", port])
        #expect(run.status == 2)
        #expect(run.errors.contains("zhili serve: cannot listen on 127.0.0.1:\(port): the port is in use by another program; choose another with --port"))
        let unknown = try Repository.runZhili(["serve", "--index", index.folder.path, "--port", "0", "--host", "no-such-host.invalid"])
        #expect(unknown.status == 2)
        #expect(unknown.errors.contains("--host no-such-host.invalid is neither an address nor a host name that resolves"))
    }

    @Test func withoutAnIndexTheBinaryExitsWith4NamingTheFolder() throws {
        let missing = Scratch.url("zhili-no-index-\(UUID().uuidString)").path
        let process = Process()
        process.executableURL = Repository.executable
        process.arguments = ["serve", "--index", missing, "--port", "0"]
        let errors = Pipe()
        process.standardError = errors
        try process.run()
        let message = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        #expect(process.terminationStatus == 4)
        #expect(message.contains(missing))
    }
}
