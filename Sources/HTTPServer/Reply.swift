import Hummingbird
import Reporting

/// Responses built from ordered JSON values and from text held in memory.
enum Reply {
    static func json(_ value: Value, status: HTTPResponse.Status = .ok) -> Response {
        text(value.json + "\n", contentType: "application/json; charset=utf-8", status: status)
    }

    static func text(_ text: String, contentType: String, status: HTTPResponse.Status = .ok, headers extra: HTTPFields = [:]) -> Response {
        var headers = extra
        headers[.contentType] = contentType
        headers[.xContentTypeOptions] = "nosniff"
        let buffer = ByteBuffer(string: text)
        return Response(status: status, headers: headers, body: ResponseBody(byteBuffer: buffer))
    }
}
