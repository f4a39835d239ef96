import Hummingbird

/// Turns the router's own errors (no such route, method not allowed) into the API's JSON errors, so
/// that every error a client sees has the same shape.
struct JSONErrorMiddleware: RouterMiddleware {
    typealias Context = BasicRequestContext

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        do {
            return try await next(request, context)
        } catch let error as APIError {
            throw error
        } catch let error as HTTPError {
            let message = error.status == .notFound ? "no such resource: \(request.uri.path.prefix(200))" : (error.body ?? error.status.reasonPhrase)
            throw APIError(error.status, message)
        }
    }
}
