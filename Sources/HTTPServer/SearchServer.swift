import Foundation
import Hummingbird
import HummingbirdCore
import Logging
import Reporting

/// The HTTP server over one index: the JSON API under `/api/`, the search page at `/`, and the page's
/// style sheet and script, all answered from memory — no request path ever reaches the file system.
public struct SearchServer: Sendable {
    /// The backend to answer one request with; called once per request, so that a reloading source
    /// can swap in a rebuilt index between requests.
    public typealias BackendSource = @Sendable () throws -> any SearchBackend

    let source: BackendSource
    let limits: QueryLimits
    let executor: SearchExecutor

    public init(limits: QueryLimits = QueryLimits(), workers: Int = ProcessInfo.processInfo.activeProcessorCount, backend: @escaping BackendSource) {
        self.source = backend
        self.limits = limits
        self.executor = SearchExecutor(width: workers, timeLimit: limits.timeLimit)
    }

    /// All routes, for `run` and for tests through HummingbirdTesting.
    public func router() -> Router<BasicRequestContext> {
        let router = Router()
        router.add(middleware: JSONErrorMiddleware())
        addAPIRoutes(to: router)
        addPageRoutes(to: router)
        addAnalysisRoutes(to: router)
        return router
    }

    /// Binds `host:port` (port 0 picks a free one) and serves until the process receives SIGINT or
    /// SIGTERM. `onStart` gets the port actually bound.
    public func run(host: String, port: Int, onStart: @escaping @Sendable (Int) async -> Void = { _ in }) async throws {
        var logger = Logger(label: "zhili.serve")
        logger.logLevel = .warning
        let started = StartFlag()
        let app = Application(
            router: router(),
            server: SearchServer.http1,
            configuration: .init(address: .hostname(host, port: port), serverName: "zhili"),
            onServerRunning: { channel in
                started.set()
                await onStart(channel.localAddress?.port ?? port)
            },
            logger: logger
        )
        do {
            try await app.runService()
        } catch where !started.isSet {
            // Until the server runs, what fails is binding the address the options named.
            throw ListenError(host: host, port: port, cause: error)
        }
    }

    /// HTTP/1.1 as Hummingbird serves it, with a JSON error for a request that fails to parse; `run` and
    /// the tests that serve over a socket use it.
    public static var http1: HTTPServerBuilder {
        let limit = MalformedRequestHandler.headerLimit
        return .http1(configuration: .init(additionalChannelHandlers: [MalformedRequestHandler()],
                                           httpDecoderConfiguration: .init(maxHeaderFieldSize: limit, maxHeaderListSize: limit)))
    }

    /// The backend for this request, or a 503 when the index cannot be opened.
    func backend() throws -> any SearchBackend {
        do {
            return try source()
        } catch {
            throw APIError(.serviceUnavailable, "the index cannot be read: \(error)")
        }
    }

    /// Runs a backend call on the search workers; a query the backend rejects is the client's fault (400).
    func answer<T: Sendable>(_ work: @escaping @Sendable (any SearchBackend) throws -> T) async throws -> T {
        let backend = try backend()
        return try await executor.run {
            do {
                return try work(backend)
            } catch let error as QueryError {
                throw APIError.badRequest(error.description)
            } catch let error as APIError {
                throw error
            } catch {
                throw APIError(.internalServerError, "\(error)")
            }
        }
    }
}

/// A query the backend cannot parse or run as written; the server answers 400 with its description.
public struct QueryError: Error, CustomStringConvertible, Sendable {
    public var description: String

    public init(_ description: String) {
        self.description = description
    }
}

extension SearchServer {
    /// `run` for a synchronous caller (the command line): blocks until the server stops, and
    /// rethrows what stopped it other than a signal.
    public func runBlocking(host: String, port: Int, onStart: @escaping @Sendable (Int) async -> Void = { _ in }) throws {
        let outcome = BlockingOutcome()
        Task {
            do {
                try await run(host: host, port: port, onStart: onStart)
                outcome.finish(nil)
            } catch {
                outcome.finish(error)
            }
        }
        if let error = outcome.wait() { throw error }
    }
}

/// Whether a server has started listening, set on its event loop and read where its run ends.
private final class StartFlag: @unchecked Sendable {
    private let lock = NSLock()
    private var value = false

    var isSet: Bool { lock.withLock { value } }

    func set() { lock.withLock { value = true } }
}

/// The end of a server run, handed from its task to the blocked caller.
private final class BlockingOutcome: @unchecked Sendable {
    private let done = DispatchSemaphore(value: 0)
    private let lock = NSLock()
    private var error: (any Error)?

    func finish(_ error: (any Error)?) {
        lock.withLock { self.error = error }
        done.signal()
    }

    func wait() -> (any Error)? {
        done.wait()
        return lock.withLock { error }
    }
}
