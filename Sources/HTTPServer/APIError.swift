import Hummingbird
import Reporting

/// A request the server refuses or could not answer, sent as `{"error": "...", "status": N}`.
public struct APIError: Error, HTTPResponseError, CustomStringConvertible, Sendable {
    public var status: HTTPResponse.Status
    public var message: String

    public init(_ status: HTTPResponse.Status, _ message: String) {
        self.status = status
        self.message = message
    }

    public static func badRequest(_ message: String) -> APIError { APIError(.badRequest, message) }

    /// A well-formed document id that names no document of the index.
    public static func noDocument(_ key: DocumentKey) -> APIError {
        APIError(.notFound, "the index has no document \(key.source) #\(key.documentIndex)")
    }

    public var description: String { "\(status.code) \(message)" }

    /// The error as a response's body holds it.
    var value: Value { .object([("error", .string(message)), ("status", .int(status.code))]) }

    public func response(from request: Request, context: some RequestContext) throws -> Response {
        Reply.json(value, status: status)
    }
}
