import ArgumentParser
import HTTPServer

/// `zhili serve [--index DIR] [--port N] [--host 127.0.0.1]`: the index over HTTP, with a search page.
struct ServeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "serve",
        abstract: "Serve an index over HTTP: a search page at / and a JSON API under /api/ (described at /api/openapi.json).",
        discussion: """
            The server picks up a rebuilt index (a new manifest written by `zhili index`) without restarting. \
            It listens on the loopback address unless --host says otherwise; stop it with Ctrl-C.
            """
    )

    @Option(help: "The index folder.")
    var index = "Index"

    @Option(parsing: .unconditional, help: "The port to listen on; 0 picks a free one.")
    var port = 8080

    @Option(help: "The address to listen on: 127.0.0.1 keeps the server on this machine; 0.0.0.0 shares it with the network.")
    var host = "127.0.0.1"

    func validate() throws {
        guard (0...65535).contains(port) else { throw ValidationError("--port must be between 0 and 65535.") }
    }

    func run() throws {
        let backend: ReloadingBackend
        do {
            backend = try IndexBackend.reloading(directory: index)
        } catch {
            StandardError.print("error: \(error)")
            throw ExitCode.damagedIndex
        }
        let status = backend.current().status
        let server = SearchServer { backend.current() }
        let (index, host) = (self.index, self.host)
        do {
            try server.runBlocking(host: host, port: port) { port in
                let url = "http://\(host.contains(":") ? "[\(host)]" : host):\(port)/"
                StandardError.print("zhili serve: \(url) (index \(index), generation \(status.generation), \(status.files) files, \(status.count(of: "section")) sections; Ctrl-C stops)")
            }
        } catch let error as ListenError {
            // The address the options name cannot be used: bad usage, as a port out of range is.
            StandardError.print("zhili serve: \(error)")
            throw ExitCode.badUsage
        } catch {
            StandardError.print("error: cannot serve on \(host):\(port): \(error)")
            throw ExitCode.failure
        }
    }
}
