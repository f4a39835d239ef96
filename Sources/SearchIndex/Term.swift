/// A term of the index: the UTF-8 bytes of a character bigram, a run-final character, or a segmenter's
/// word. Terms of up to eight bytes — every bigram — are packed into one
/// integer so that building the index hashes integers, not strings.
enum Term: Hashable, Comparable, Sendable {
    /// Up to eight bytes, the first in the most significant byte and zero-padded: integer order is
    /// byte order, and no UTF-8 text contains a zero byte.
    case short(UInt64)
    case long([UInt8])

    init(bytes: some Collection<UInt8>) {
        if bytes.count <= 8 {
            var packed: UInt64 = 0
            var shift: UInt64 = 56
            for byte in bytes {
                packed |= UInt64(byte) << shift
                shift &-= 8
            }
            self = .short(packed)
        } else {
            self = .long(Array(bytes))
        }
    }

    var bytes: [UInt8] {
        switch self {
        case .long(let bytes): return bytes
        case .short(let packed):
            var bytes: [UInt8] = []
            var shift: UInt64 = 56
            while true {
                let byte = UInt8(truncatingIfNeeded: packed >> shift)
                if byte == 0 { break }
                bytes.append(byte)
                if shift == 0 { break }
                shift -= 8
            }
            return bytes
        }
    }

    var text: String { String(decoding: bytes, as: UTF8.self) }

    static func < (lhs: Term, rhs: Term) -> Bool {
        if case .short(let a) = lhs, case .short(let b) = rhs { return a < b }
        return lhs.bytes.lexicographicallyPrecedes(rhs.bytes)
    }
}
