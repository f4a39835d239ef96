import Hummingbird
import NIOCore
import NIOHTTP1
import NIOHTTPTypes

/// Answers a request that HTTP parsing rejects (raw non-ASCII bytes in the URL, a URL or headers longer
/// than `MalformedRequestHandler.headerLimit`) with the API's JSON error, where Hummingbird would send an
/// empty 400: such a request never reaches the router, so `JSONErrorMiddleware` cannot see it.
///
/// It sits in the channel pipeline after the HTTP decoder. Only a connection with no response under way
/// is answered here; one failing in the middle of a pipelined exchange is left to Hummingbird, whose
/// bare 400 cannot interleave with a response being written.
final class MalformedRequestHandler: ChannelDuplexHandler, RemovableChannelHandler {
    typealias InboundIn = HTTPRequestPart
    typealias InboundOut = HTTPRequestPart
    typealias OutboundIn = HTTPResponsePart
    typealias OutboundOut = HTTPResponsePart

    /// The most bytes of request line and headers the decoder reads (Hummingbird's default).
    static let headerLimit = 80 * 1024

    /// Requests read whose response has not been written to its end.
    private var unanswered = 0

    func channelRead(context: ChannelHandlerContext, data: NIOAny) {
        if case .head = unwrapInboundIn(data) { unanswered += 1 }
        context.fireChannelRead(data)
    }

    func write(context: ChannelHandlerContext, data: NIOAny, promise: EventLoopPromise<Void>?) {
        if case .end = unwrapOutboundIn(data) { unanswered -= 1 }
        context.write(data, promise: promise)
    }

    func errorCaught(context: ChannelHandlerContext, error: any Error) {
        guard let parserError = error as? HTTPParserError, unanswered == 0 else {
            context.fireErrorCaught(error)
            return
        }
        let apiError = APIError.badRequest(MalformedRequestHandler.message(for: parserError))
        let body = ByteBuffer(string: apiError.value.json + "\n")
        let head = HTTPResponse(status: .badRequest, headerFields: [
            .contentType: "application/json; charset=utf-8", .xContentTypeOptions: "nosniff",
            .contentLength: String(body.readableBytes), .connection: "close",
        ])
        unanswered = 1
        context.write(wrapOutboundOut(.head(head)), promise: nil)
        context.write(wrapOutboundOut(.body(body)), promise: nil)
        context.writeAndFlush(wrapOutboundOut(.end(nil)), promise: nil)
        context.close(promise: nil)
    }

    /// What the client sent wrong, in the terms of its request.
    static func message(for error: HTTPParserError) -> String {
        switch error {
        case .invalidURL, .invalidCharactersUsed:
            "the request's URL is not valid HTTP: characters outside ASCII must be percent-encoded as UTF-8 (性别比 as %E6%80%A7%E5%88%AB%E6%AF%94)"
        case .headerOverflow:
            "the request's URL and headers are longer than the server reads (\(headerLimit / 1024) KB)"
        default:
            "the request is not valid HTTP (\(error))"
        }
    }
}
