import Foundation

extension String {
    /// `components(separatedBy:)`, the same components, found by comparing bytes where the text and the
    /// separator are plain (see `isPlainText`): Foundation's splitting compares characters, grapheme by
    /// grapheme, and cost a build of the laws about 3% of its time on the units' section paths.
    public func fastComponents(separatedBy separator: String) -> [String] {
        var text = self, separator = separator
        let split: [String]? = text.withUTF8 { bytes in
            separator.withUTF8 { separatorBytes in
                guard !separatorBytes.isEmpty, String.isPlainText(bytes), String.isPlainText(separatorBytes) else { return nil }
                var components: [String] = []
                var start = 0, index = 0
                while index + separatorBytes.count <= bytes.count {
                    if bytes[index] == separatorBytes[0], String.equal(bytes, at: index, separatorBytes) {
                        components.append(String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<index]), as: UTF8.self))
                        index += separatorBytes.count
                        start = index
                    } else {
                        index += 1
                    }
                }
                components.append(String(decoding: UnsafeBufferPointer(rebasing: bytes[start...]), as: UTF8.self))
                return components
            }
        }
        return split ?? components(separatedBy: separator)
    }

    /// `hasPrefix(_:)`, the same answer, by comparing bytes where the prefix and as many bytes of this
    /// text, and the character after them, are plain (see `isPlainText`).
    public func fastHasPrefix(_ prefix: String) -> Bool {
        var text = self, prefix = prefix
        let answer: Bool? = text.withUTF8 { bytes in
            prefix.withUTF8 { prefixBytes in
                guard prefixBytes.count <= bytes.count else { return String.isPlainText(prefixBytes) && String.isPlainText(bytes) ? false : nil }
                // The bytes after the prefix up to the next character's end: a character of a plain
                // text that begins there cannot join the prefix's last one.
                var end = prefixBytes.count
                if end < bytes.count { end += String.scalarLength(lead: bytes[end]) }
                guard end <= bytes.count, String.isPlainText(prefixBytes), String.isPlainText(UnsafeBufferPointer(rebasing: bytes[..<end]))
                else { return nil }
                return String.equal(bytes, at: 0, prefixBytes)
            }
        }
        return answer ?? hasPrefix(prefix)
    }

    /// Whether UTF-8 `bytes` are plain text: every scalar printable ASCII, a line feed, a unified ideograph
    /// of the BMP (`HanCharacter.isBasicPlaneUnified`), the ideographic space or CJK punctuation (U+3000–U+3029,
    /// U+3030–U+303F), general punctuation (U+2010–U+2027, U+2030–U+205E) or a full-width form
    /// (U+FF01–U+FF5E). None of these extends or joins a grapheme (a line feed joins only a carriage
    /// return, which is not plain) or has a canonical equivalent, so that every scalar is a character of
    /// its own and two plain texts are equal as strings exactly where their bytes are. (The laws' chapter
    /// headings hold an ideographic space, and a section's heading is followed by a line feed.)
    public static func isPlainText(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        plainPrefixLength(bytes) == bytes.count
    }

    /// How many bytes the plain scalars at the start of UTF-8 `bytes` take (see `isPlainText`), read no further
    /// than the first scalar that reaches `limit` bytes: a text's beginning is all a comparison of prefixes needs.
    public static func plainPrefixLength(_ bytes: UnsafeBufferPointer<UInt8>, limit: Int = .max) -> Int {
        var index = 0
        while index < bytes.count, index < limit {
            let lead = bytes[index]
            if lead < 0x80 {
                guard (lead >= 0x20 && lead <= 0x7E) || lead == 0x0A else { return index }
                index += 1
                continue
            }
            // Every plain scalar outside ASCII takes three bytes.
            guard lead & 0xF0 == 0xE0, index + 2 < bytes.count else { return index }
            let scalar = UInt32(lead & 0x0F) << 12 | UInt32(bytes[index + 1] & 0x3F) << 6 | UInt32(bytes[index + 2] & 0x3F)
            switch scalar {
            case _ where HanCharacter.isBasicPlaneUnified(UInt16(truncatingIfNeeded: scalar)): break
            case 0x3000...0x3029, 0x3030...0x303F, 0x2010...0x2027, 0x2030...0x205E, 0xFF01...0xFF5E: break
            default: return index
            }
            index += 3
        }
        return index
    }

    /// The bytes of the scalar that `lead` begins.
    private static func scalarLength(lead: UInt8) -> Int {
        lead < 0x80 ? 1 : lead < 0xE0 ? 2 : lead < 0xF0 ? 3 : 4
    }

    /// Whether `part` stands in `bytes` at `offset` (which leaves room for it).
    private static func equal(_ bytes: UnsafeBufferPointer<UInt8>, at offset: Int, _ part: UnsafeBufferPointer<UInt8>) -> Bool {
        for index in 0..<part.count where bytes[offset + index] != part[index] { return false }
        return true
    }
}
