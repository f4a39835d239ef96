/// UTF-8 ⇄ UTF-16 for the line stream, by hand: the stream segmenter converts every line both ways and
/// must stay close to ICU's own speed.
enum UTF8Transcoding {
    /// Appends the UTF-16 of `bytes` to `units`; invalid or truncated sequences become U+FFFD.
    /// Returns false if there were any.
    static func decode(_ bytes: UnsafeBufferPointer<UInt8>, into units: inout [UInt16]) -> Bool {
        var valid = true
        var index = 0
        let count = bytes.count
        while index < count {
            let lead = bytes[index]
            if lead < 0x80 {
                units.append(UInt16(lead))
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
                units.append(0xFFFD)
                valid = false
            } else if scalar >= 0x10000 {
                let offset = scalar - 0x10000
                units.append(UInt16(0xD800 + (offset >> 10)))
                units.append(UInt16(0xDC00 + (offset & 0x3FF)))
            } else {
                units.append(UInt16(scalar))
            }
            index += consumed
        }
        return valid
    }

    /// Appends the UTF-8 of `units` to `bytes`; a lone surrogate becomes U+FFFD.
    static func encode(_ units: ArraySlice<UInt16>, into bytes: inout [UInt8]) {
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
                bytes.append(UInt8(scalar))
            case 0x80..<0x800:
                bytes.append(UInt8(0xC0 | scalar >> 6))
                bytes.append(UInt8(0x80 | scalar & 0x3F))
            case 0x800..<0x10000:
                bytes.append(UInt8(0xE0 | scalar >> 12))
                bytes.append(UInt8(0x80 | scalar >> 6 & 0x3F))
                bytes.append(UInt8(0x80 | scalar & 0x3F))
            default:
                bytes.append(UInt8(0xF0 | scalar >> 18))
                bytes.append(UInt8(0x80 | scalar >> 12 & 0x3F))
                bytes.append(UInt8(0x80 | scalar >> 6 & 0x3F))
                bytes.append(UInt8(0x80 | scalar & 0x3F))
            }
        }
    }
}
