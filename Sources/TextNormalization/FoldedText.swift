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
        self.init(utf16: Array(text.utf16))
    }

    /// Folds a text given as UTF-16 code units.
    public init(utf16 original: [UInt16]) {
        let table = FoldingTable.shared
        var folded: [UInt16] = []
        folded.reserveCapacity(original.count)
        var offsets: [Int32] = []
        offsets.reserveCapacity(original.count + 1)
        for (index, unit) in original.enumerated() {
            let single = table.singles[Int(unit)]
            if single != FoldingTable.expansionMarker {
                folded.append(single)
                offsets.append(Int32(index))
            } else if let expansion = table.expansions[unit] {
                for part in expansion {
                    folded.append(part)
                    offsets.append(Int32(index))
                }
            }
        }
        offsets.append(Int32(original.count))
        self.original = original
        self.folded = folded
        self.originalOffsets = offsets
    }

    /// The folded text as a string.
    public var foldedString: String { String(decoding: folded, as: UTF16.self) }

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
        // Decoded from contiguous memory: from the slice as such, decoding takes a slower generic path.
        return original[start..<max(start, end)].withUnsafeBufferPointer { String(decoding: $0, as: UTF16.self) }
    }
}

extension String {
    /// This string folded for matching: NFKC width folding and traditional → simplified.
    public var folded: String { FoldedText(self).foldedString }
}
