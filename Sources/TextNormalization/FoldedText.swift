/// A text in its folded form (NFKC, traditional → simplified) with a map back to the text as written.
///
/// Everything that matches text — segmentation, search, deduplication, extraction — works on
/// `folded`; everything that shows text uses `original` and the offsets mapped back through
/// `originalOffset(ofFolded:)`.
public struct FoldedText: Sendable {
    /// The text as written, in UTF-16 code units.
    public let original: [UInt16]
    /// The folded text, in UTF-16 code units.
    public let folded: [UInt16]
    /// For every folded unit, the original offset of the unit it came from; one extra entry for the end.
    public let originalOffsets: [Int32]

    /// Folds `text`.
    public init(_ text: String) {
        var text = text
        self.init(utf16: text.withUTF8(FoldedText.utf16))
    }

    /// UTF-8 (well-formed, as a `String` holds it) transcoded to UTF-16: `Array(text.utf16)` walks
    /// the string's view an index at a time, several times slower on Chinese text.
    static func utf16(_ bytes: UnsafeBufferPointer<UInt8>) -> [UInt16] {
        // No more UTF-16 units than UTF-8 bytes.
        [UInt16](unsafeUninitializedCapacity: bytes.count) { units, count in
            var index = 0, written = 0
            while index < bytes.count {
                let lead = UInt32(bytes[index])
                var scalar: UInt32
                if lead < 0x80 {
                    scalar = lead
                    index += 1
                } else if lead < 0xE0 {
                    scalar = (lead & 0x1F) << 6 | UInt32(bytes[index + 1] & 0x3F)
                    index += 2
                } else if lead < 0xF0 {
                    scalar = (lead & 0x0F) << 12 | UInt32(bytes[index + 1] & 0x3F) << 6 | UInt32(bytes[index + 2] & 0x3F)
                    index += 3
                } else {
                    scalar = (lead & 0x07) << 18 | UInt32(bytes[index + 1] & 0x3F) << 12 | UInt32(bytes[index + 2] & 0x3F) << 6
                        | UInt32(bytes[index + 3] & 0x3F)
                    index += 4
                }
                if scalar < 0x10000 {
                    units[written] = UInt16(scalar)
                    written += 1
                } else {
                    scalar -= 0x10000
                    units[written] = UInt16(0xD800 | scalar >> 10)
                    units[written + 1] = UInt16(0xDC00 | scalar & 0x3FF)
                    written += 2
                }
            }
            count = written
        }
    }

    /// Folds a text given as UTF-16 code units.
    public init(utf16 original: [UInt16]) {
        var folded: [UInt16] = []
        folded.reserveCapacity(original.count)
        var offsets: [Int32] = []
        offsets.reserveCapacity(original.count + 1)
        FoldedText.fold(original) { unit, index in
            folded.append(unit)
            offsets.append(Int32(index))
        }
        offsets.append(Int32(original.count))
        self.original = original
        self.folded = folded
        self.originalOffsets = offsets
    }

    /// The folded form of `text` alone — `FoldedText(text).folded` without the text as written and
    /// the map back, which indexing a unit's terms never reads.
    public static func folded(_ text: String) -> [UInt16] {
        var text = text
        return folded(utf16: text.withUTF8(FoldedText.utf16))
    }

    /// The folded form alone of a text given as UTF-16 code units (`FoldedText(utf16:).folded`).
    public static func folded(utf16 original: [UInt16]) -> [UInt16] {
        var folded: [UInt16] = []
        folded.reserveCapacity(original.count)
        fold(original) { unit, _ in folded.append(unit) }
        return folded
    }

    /// Calls `body` with each folded unit of `original` and the index of the unit it came from.
    @inline(__always)
    private static func fold(_ original: [UInt16], _ body: (UInt16, Int) -> Void) {
        let table = FoldingTable.shared
        for (index, unit) in original.enumerated() {
            let single = table.singles[Int(unit)]
            if single != FoldingTable.expansionMarker {
                body(single, index)
            } else if let expansion = table.expansions[unit] {
                for part in expansion { body(part, index) }
            }
        }
    }

    /// The folded text as a string.
    public var foldedString: String { folded.withUnsafeBufferPointer(FoldedText.string) }

    /// UTF-16 transcoded to a string, each unpaired surrogate replaced by U+FFFD as
    /// `String(decoding:as: UTF16.self)` does — whose generic path is several times slower.
    public static func string(_ units: UnsafeBufferPointer<UInt16>) -> String {
        // At most three UTF-8 bytes per UTF-16 unit (a surrogate pair's two make four).
        String(unsafeUninitializedCapacity: 3 * units.count) { bytes in
            var index = 0, written = 0
            func put(_ scalar: UInt32) {
                if scalar < 0x80 {
                    bytes[written] = UInt8(scalar)
                    written += 1
                } else if scalar < 0x800 {
                    bytes[written] = UInt8(0xC0 | scalar >> 6)
                    bytes[written + 1] = UInt8(0x80 | scalar & 0x3F)
                    written += 2
                } else if scalar < 0x10000 {
                    bytes[written] = UInt8(0xE0 | scalar >> 12)
                    bytes[written + 1] = UInt8(0x80 | scalar >> 6 & 0x3F)
                    bytes[written + 2] = UInt8(0x80 | scalar & 0x3F)
                    written += 3
                } else {
                    bytes[written] = UInt8(0xF0 | scalar >> 18)
                    bytes[written + 1] = UInt8(0x80 | scalar >> 12 & 0x3F)
                    bytes[written + 2] = UInt8(0x80 | scalar >> 6 & 0x3F)
                    bytes[written + 3] = UInt8(0x80 | scalar & 0x3F)
                    written += 4
                }
            }
            while index < units.count {
                let unit = UInt32(units[index])
                if unit & 0xF800 != 0xD800 {
                    put(unit)
                    index += 1
                } else if unit < 0xDC00, index + 1 < units.count, units[index + 1] & 0xFC00 == 0xDC00 {
                    put(0x10000 + ((unit - 0xD800) << 10) + (UInt32(units[index + 1]) - 0xDC00))
                    index += 2
                } else {
                    put(0xFFFD)
                    index += 1
                }
            }
            return written
        }
    }

    /// The original text as a string.
    public var originalString: String { String(decoding: original, as: UTF16.self) }

    /// The original offset where the folded unit at `offset` begins (`folded.count` maps to the end).
    public func originalOffset(ofFolded offset: Int) -> Int {
        Int(originalOffsets[offset])
    }

    /// The original text spanned by a range of folded units.
    public func originalText(folded range: Range<Int>) -> String {
        let start = originalOffset(ofFolded: range.lowerBound)
        let end = range.upperBound < folded.count ? originalOffset(ofFolded: range.upperBound) : original.count
        // Transcoded by hand from contiguous memory: `String(decoding:as:)` takes a slower generic path for UTF-16.
        return original[start..<max(start, end)].withUnsafeBufferPointer(FoldedText.string)
    }
}

extension String {
    /// This string folded for matching: NFKC width folding and traditional → simplified.
    public var folded: String { FoldedText.folded(self).withUnsafeBufferPointer(FoldedText.string) }
}
