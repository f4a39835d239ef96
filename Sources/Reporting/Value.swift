/// A JSON value whose objects keep their keys in the order written, so that records print with the
/// contract's field order.
public indirect enum Value: Sendable, Hashable {
    case null
    case bool(Bool)
    /// A number kept as its decimal literal (`118.06`, `20000`), so that it prints exactly as computed.
    case number(String)
    case string(String)
    case array([Value])
    case object([(String, Value)])

    public static func int(_ value: Int) -> Value { .number(String(value)) }

    public static func == (lhs: Value, rhs: Value) -> Bool {
        switch (lhs, rhs) {
        case (.null, .null): true
        case let (.bool(a), .bool(b)): a == b
        case let (.number(a), .number(b)): a == b
        case let (.string(a), .string(b)): a == b
        case let (.array(a), .array(b)): a == b
        case let (.object(a), .object(b)): a.map(\.0) == b.map(\.0) && a.map(\.1) == b.map(\.1)
        default: false
        }
    }

    public func hash(into hasher: inout Hasher) {
        switch self {
        case .null: hasher.combine(0)
        case let .bool(value): hasher.combine(value)
        case let .number(value): hasher.combine(value)
        case let .string(value): hasher.combine(value)
        case let .array(values): hasher.combine(values)
        case let .object(fields):
            for (key, value) in fields {
                hasher.combine(key)
                hasher.combine(value)
            }
        }
    }

    /// The value as plain text for tables and CSV: strings unquoted, null empty, nested values as JSON.
    public var plainText: String {
        switch self {
        case .null: ""
        case let .bool(value): value ? "true" : "false"
        case let .number(value): value
        case let .string(value): value
        case .array, .object: json
        }
    }

    /// Compact JSON text, non-ASCII characters written as themselves.
    public var json: String {
        var output: [UInt8] = []
        appendJSON(to: &output)
        return String(decoding: output, as: UTF8.self)
    }

    /// Appends `json` to `output` as UTF-8: records are written as bytes, which costs a fraction of
    /// appending to a `String` piece by piece.
    public func appendJSON(to output: inout [UInt8]) {
        switch self {
        case .null: output.append(contentsOf: "null".utf8)
        case let .bool(value): output.append(contentsOf: (value ? "true" : "false").utf8)
        case let .number(value): output.append(contentsOf: value.utf8)
        case let .string(value): Value.appendJSONString(value, to: &output)
        case let .array(values):
            output.append(UInt8(ascii: "["))
            for (index, value) in values.enumerated() {
                if index > 0 { output.append(UInt8(ascii: ",")) }
                value.appendJSON(to: &output)
            }
            output.append(UInt8(ascii: "]"))
        case let .object(fields):
            output.append(UInt8(ascii: "{"))
            for (index, (key, value)) in fields.enumerated() {
                if index > 0 { output.append(UInt8(ascii: ",")) }
                Value.appendJSONString(key, to: &output)
                output.append(UInt8(ascii: ":"))
                value.appendJSON(to: &output)
            }
            output.append(UInt8(ascii: "}"))
        }
    }

    /// A JSON string: quote, backslash and control characters escaped, everything else as it is.
    private static func appendJSONString(_ string: String, to output: inout [UInt8]) {
        var string = string
        string.withUTF8 { appendJSONString(utf8: $0, to: &output) }
    }

    /// A JSON string from valid UTF-8 (text cut from a document's bytes), as `appendJSON` writes a
    /// `.string` of the same text.
    public static func appendJSONString(utf8 bytes: UnsafeBufferPointer<UInt8>, to output: inout [UInt8]) {
        output.append(UInt8(ascii: "\""))
        // Runs without an escape are copied whole.
        var start = 0
        for index in 0..<bytes.count {
            let byte = bytes[index]
            guard byte < 0x20 || byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "\\") else { continue }
            output.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[start..<index]))
            start = index + 1
            switch byte {
            case UInt8(ascii: "\""): output.append(contentsOf: "\\\"".utf8)
            case UInt8(ascii: "\\"): output.append(contentsOf: "\\\\".utf8)
            case UInt8(ascii: "\n"): output.append(contentsOf: "\\n".utf8)
            case UInt8(ascii: "\r"): output.append(contentsOf: "\\r".utf8)
            case UInt8(ascii: "\t"): output.append(contentsOf: "\\t".utf8)
            default:
                let hex = Array("0123456789abcdef".utf8)
                output.append(contentsOf: "\\u00".utf8)
                output.append(hex[Int(byte >> 4)])
                output.append(hex[Int(byte & 0xF)])
            }
        }
        output.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[start...]))
        output.append(UInt8(ascii: "\""))
    }
}

extension Value: ExpressibleByStringLiteral, ExpressibleByNilLiteral, ExpressibleByBooleanLiteral {
    public init(stringLiteral value: String) { self = .string(value) }
    public init(nilLiteral: ()) { self = .null }
    public init(booleanLiteral value: Bool) { self = .bool(value) }
}

extension Value {
    /// A string, or null where there is none.
    public static func string(_ value: String?) -> Value { value.map(Value.string) ?? .null }
    /// An integer, or null where there is none.
    public static func int(_ value: Int?) -> Value { value.map { .number(String($0)) } ?? .null }
}
