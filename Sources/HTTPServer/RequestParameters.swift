import Hummingbird

/// The query string of a request, read and checked against the limits; any bad parameter becomes a
/// 400 naming it.
struct RequestParameters {
    let parameters: [String: String]
    let limits: QueryLimits

    init(_ request: Request, limits: QueryLimits) throws(APIError) {
        try self.init(queryString: request.uri.query ?? "", limits: limits)
    }

    /// Reads `application/x-www-form-urlencoded` pairs, as a search form sends them (`+` is a space).
    init(queryString: String, limits: QueryLimits) throws(APIError) {
        var parameters: [String: String] = [:]
        for pair in queryString.split(separator: "&", omittingEmptySubsequences: true) {
            let parts = pair.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
            guard let name = RequestParameters.formDecode(parts[0]) else {
                throw .badRequest("a parameter name is not valid percent-encoded UTF-8")
            }
            guard let value = RequestParameters.formDecode(parts.count > 1 ? parts[1] : "") else {
                throw .badRequest("parameter \(name.prefix(40)) is not valid percent-encoded UTF-8")
            }
            // A repeated parameter is ambiguous; refusing it beats guessing which one was meant.
            if parameters[name] != nil { throw .badRequest("parameter \(name.prefix(40)) is given more than once") }
            parameters[name] = value
        }
        self.parameters = parameters
        self.limits = limits
    }

    private static func formDecode(_ text: Substring) -> String? {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(text.utf8.count)
        var iterator = text.utf8.makeIterator()
        while let byte = iterator.next() {
            switch byte {
            case UInt8(ascii: "+"): bytes.append(UInt8(ascii: " "))
            case UInt8(ascii: "%"):
                guard let high = iterator.next().flatMap(hexValue), let low = iterator.next().flatMap(hexValue) else { return nil }
                bytes.append(high << 4 | low)
            default: bytes.append(byte)
            }
        }
        return String(validating: bytes, as: UTF8.self)
    }

    private static func hexValue(_ byte: UInt8) -> UInt8? {
        switch byte {
        case UInt8(ascii: "0")...UInt8(ascii: "9"): byte - UInt8(ascii: "0")
        case UInt8(ascii: "a")...UInt8(ascii: "f"): byte - UInt8(ascii: "a") + 10
        case UInt8(ascii: "A")...UInt8(ascii: "F"): byte - UInt8(ascii: "A") + 10
        default: nil
        }
    }

    /// The query text, trimmed; nil when absent or blank unless `required`.
    func query(required: Bool) throws(APIError) -> String? {
        let text = (parameters["q"] ?? "").trimmingWhitespace()
        if text.isEmpty {
            if required { throw .badRequest("parameter q is required: the text to search for") }
            return nil
        }
        if text.count > limits.maximumQueryLength {
            throw .badRequest("parameter q is \(text.count) characters long; the limit is \(limits.maximumQueryLength)")
        }
        if text.unicodeScalars.contains(where: { $0.properties.generalCategory == .control && !$0.properties.isWhitespace }) {
            throw .badRequest("parameter q contains control characters")
        }
        return text
    }

    func integer(_ name: String, default defaultValue: Int, in range: ClosedRange<Int>) throws(APIError) -> Int {
        guard let text = parameters[name], !text.isEmpty else { return defaultValue }
        let digits = text.utf8.first == UInt8(ascii: "-") ? text.utf8.dropFirst() : text.utf8[...]
        guard !digits.isEmpty, digits.allSatisfy({ $0 >= UInt8(ascii: "0") && $0 <= UInt8(ascii: "9") }) else {
            throw .badRequest("parameter \(name) must be a whole number, not \"\(text.prefix(20))\"")
        }
        // A negative or overlong number is a number out of range, not a malformed one.
        guard digits.count <= 9, let value = Int(text), range.contains(value) else {
            throw .badRequest("parameter \(name) must be between \(range.lowerBound) and \(range.upperBound), not \(text.prefix(20))")
        }
        return value
    }

    /// `limit` and `offset`, with the window they make kept within the limits.
    func window(defaultLimit: Int) throws(APIError) -> (limit: Int, offset: Int) {
        let limit = try integer("limit", default: defaultLimit, in: 1...limits.maximumLimit)
        let offset = try integer("offset", default: 0, in: 0...max(0, limits.resultWindow - 1))
        if offset + limit > limits.resultWindow {
            throw .badRequest("offset + limit is \(offset + limit); results are served only within the first \(limits.resultWindow)")
        }
        return (limit, offset)
    }

    /// A yes-or-no parameter: `true` or `1`, `false` or `0`; `defaultValue` when absent.
    func flag(_ name: String, default defaultValue: Bool = false) throws(APIError) -> Bool {
        ["true", "1"].contains(try choice(name, default: defaultValue ? "true" : "false", among: ["true", "false", "1", "0"]))
    }

    func kind(allowed: [String]) throws(APIError) -> String? {
        guard let text = parameters["kind"], !text.isEmpty else { return nil }
        guard allowed.contains(text) else {
            throw .badRequest("parameter kind must be one of \(allowed.joined(separator: ", ")), not \"\(text.prefix(40))\"")
        }
        return text
    }

    func document() throws(APIError) -> DocumentKey? {
        guard let text = parameters["document"], !text.isEmpty else { return nil }
        guard let key = DocumentKey(id: text) else { throw .badRequest("parameter document is not a document id") }
        return key
    }

    func choice(_ name: String, default defaultValue: String, among allowed: [String]) throws(APIError) -> String {
        guard let text = parameters[name], !text.isEmpty else { return defaultValue }
        guard allowed.contains(text) else {
            throw .badRequest("parameter \(name) must be one of \(allowed.joined(separator: ", ")), not \"\(text.prefix(40))\"")
        }
        return text
    }
}

extension String {
    func trimmingWhitespace() -> String {
        var scalars = Substring(self)
        while let first = scalars.first, first.isWhitespace { scalars.removeFirst() }
        while let last = scalars.last, last.isWhitespace { scalars.removeLast() }
        return String(scalars)
    }
}
