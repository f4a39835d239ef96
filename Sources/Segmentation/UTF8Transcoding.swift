/// UTF-8 ⇄ UTF-16 for the line stream, by hand: the stream segmenter converts every line both ways and
/// must stay close to ICU's own speed.
public enum UTF8Transcoding {
    /// Writes the UTF-16 of `bytes` to `units` (room for `bytes.count` units always suffices); invalid or
    /// truncated sequences become U+FFFD. Returns the units written and the offset of the first invalid
    /// byte, if any.
    static func decode(_ bytes: UnsafeBufferPointer<UInt8>,
                       into units: UnsafeMutablePointer<UInt16>) -> (count: Int, firstInvalid: Int?) {
        var firstInvalid: Int?
        var written = 0
        var index = 0
        let count = bytes.count
        while index < count {
            let lead = bytes[index]
            if lead < 0x80 {
                units[written] = UInt16(lead)
                written += 1
                index += 1
                continue
            }
            let length: Int
            var scalar: UInt32
            let smallest: UInt32
            switch lead {
            case 0xC2...0xDF: length = 2; scalar = UInt32(lead & 0x1F); smallest = 0x80
            case 0xE0...0xEF: length = 3; scalar = UInt32(lead & 0x0F); smallest = 0x800
            case 0xF0...0xF4: length = 4; scalar = UInt32(lead & 0x07); smallest = 0x10000
            default: length = 0; scalar = 0; smallest = 0
            }
            var consumed = 1
            if length > 0 {
                while consumed < length, index + consumed < count, bytes[index + consumed] & 0xC0 == 0x80 {
                    scalar = scalar << 6 | UInt32(bytes[index + consumed] & 0x3F)
                    consumed += 1
                }
            }
            if length == 0 || consumed < length || scalar < smallest || scalar > 0x10FFFF
                || (0xD800...0xDFFF).contains(scalar) {
                units[written] = 0xFFFD
                written += 1
                if firstInvalid == nil { firstInvalid = index }
            } else if scalar >= 0x10000 {
                let offset = scalar - 0x10000
                units[written] = UInt16(0xD800 + (offset >> 10))
                written += 1
                units[written] = UInt16(0xDC00 + (offset & 0x3FF))
                written += 1
            } else {
                units[written] = UInt16(scalar)
                written += 1
            }
            index += consumed
        }
        return (written, firstInvalid)
    }

    /// The string whose UTF-16 is `units`, a lone surrogate read as U+FFFD (as `String(decoding:as:)`
    /// reads it, which takes the generic slow path for UTF-16: a twentieth of a search's time went
    /// to making its snippets' strings).
    public static func string(fromUTF16 units: UnsafeBufferPointer<UInt16>) -> String {
        units.isEmpty ? "" : String(unsafeUninitializedCapacity: units.count * 3) { bytes in encode(units, into: bytes.baseAddress!) }
    }

    /// Writes the UTF-8 of `units` to `bytes` (room for three bytes a unit always suffices); a lone
    /// surrogate becomes U+FFFD. Returns the bytes written.
    static func encode(_ units: UnsafeBufferPointer<UInt16>, into bytes: UnsafeMutablePointer<UInt8>) -> Int {
        var written = 0
        var index = units.startIndex
        while index < units.endIndex {
            let unit = units[index]
            index += 1
            var scalar = UInt32(unit)
            if (0xD800...0xDBFF).contains(unit), index < units.endIndex, (0xDC00...0xDFFF).contains(units[index]) {
                scalar = 0x10000 + (UInt32(unit - 0xD800) << 10) + UInt32(units[index] - 0xDC00)
                index += 1
            } else if (0xD800...0xDFFF).contains(unit) {
                scalar = 0xFFFD
            }
            switch scalar {
            case 0..<0x80:
                bytes[written] = UInt8(scalar)
                written += 1
            case 0x80..<0x800:
                bytes[written] = UInt8(0xC0 | scalar >> 6)
                written += 1
                bytes[written] = UInt8(0x80 | scalar & 0x3F)
                written += 1
            case 0x800..<0x10000:
                bytes[written] = UInt8(0xE0 | scalar >> 12)
                written += 1
                bytes[written] = UInt8(0x80 | scalar >> 6 & 0x3F)
                written += 1
                bytes[written] = UInt8(0x80 | scalar & 0x3F)
                written += 1
            default:
                bytes[written] = UInt8(0xF0 | scalar >> 18)
                written += 1
                bytes[written] = UInt8(0x80 | scalar >> 12 & 0x3F)
                written += 1
                bytes[written] = UInt8(0x80 | scalar >> 6 & 0x3F)
                written += 1
                bytes[written] = UInt8(0x80 | scalar & 0x3F)
                written += 1
            }
        }
        return written
    }
}
