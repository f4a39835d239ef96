/// An append-only byte buffer with the little-endian and variable-length integer encodings the index
/// files use.
struct ByteWriter {
    var bytes: [UInt8] = []

    var count: Int { bytes.count }

    mutating func append(_ byte: UInt8) { bytes.append(byte) }

    mutating func append<S: Sequence>(contentsOf other: S) where S.Element == UInt8 { bytes.append(contentsOf: other) }

    mutating func appendUInt16(_ value: UInt16) {
        bytes.append(UInt8(truncatingIfNeeded: value))
        bytes.append(UInt8(truncatingIfNeeded: value >> 8))
    }

    mutating func appendUInt32(_ value: UInt32) {
        for shift in stride(from: 0, to: 32, by: 8) { bytes.append(UInt8(truncatingIfNeeded: value >> UInt32(shift))) }
    }

    mutating func appendUInt64(_ value: UInt64) {
        for shift in stride(from: 0, to: 64, by: 8) { bytes.append(UInt8(truncatingIfNeeded: value >> UInt64(shift))) }
    }

    /// LEB128: seven bits a byte, low bits first, the high bit set on every byte but the last.
    mutating func appendVarint(_ value: UInt64) {
        var rest = value
        while rest >= 0x80 {
            bytes.append(UInt8(truncatingIfNeeded: rest) | 0x80)
            rest >>= 7
        }
        bytes.append(UInt8(rest))
    }

    mutating func appendVarint(_ value: Int) { appendVarint(UInt64(value)) }

    /// A length-prefixed UTF-8 string.
    mutating func appendString(_ string: String) {
        let utf8 = Array(string.utf8)
        appendVarint(utf8.count)
        bytes.append(contentsOf: utf8)
    }

    /// A length-prefixed byte string.
    mutating func appendBytes(_ data: [UInt8]) {
        appendVarint(data.count)
        bytes.append(contentsOf: data)
    }
}
