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
        var output = ""
        write(to: &output)
        return output
    }

    private func write(to output: inout String) {
        switch self {
        case .null: output += "null"
        case let .bool(value): output += value ? "true" : "false"
        case let .number(value): output += value
        case let .string(value): Value.writeString(value, to: &output)
        case let .array(values):
            output += "["
            for (index, value) in values.enumerated() {
                if index > 0 { output += "," }
                value.write(to: &output)
            }
            output += "]"
        case let .object(fields):
            output += "{"
            for (index, (key, value)) in fields.enumerated() {
                if index > 0 { output += "," }
                Value.writeString(key, to: &output)
                output += ":"
                value.write(to: &output)
            }
            output += "}"
        }
    }

    private static func writeString(_ string: String, to output: inout String) {
        output += "\""
        // Most strings need no escape: they go in whole rather than scalar by scalar.
        guard string.utf8.contains(where: { $0 == UInt8(ascii: "\"") || $0 == UInt8(ascii: "\\") || $0 < 0x20 }) else {
            output += string
            output += "\""
            return
        }
        for scalar in string.unicodeScalars {
            switch scalar {
            case "\"": output += "\\\""
            case "\\": output += "\\\\"
            case "\n": output += "\\n"
            case "\r": output += "\\r"
            case "\t": output += "\\t"
            case _ where scalar.value < 0x20:
                let hex = String(scalar.value, radix: 16)
                output += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
            default: output.unicodeScalars.append(scalar)
            }
        }
        output += "\""
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
