import Foundation

extension StringProtocol {
    /// The text's lines, cut at each line feed found by a byte search (`memchr`); empty lines are left out
    /// unless `keepingEmpty`. The same slices as `split(separator: "\n")` by characters or by scalars gives
    /// for a section's text, which holds no carriage return (ingestion breaks lines at it, so no CR LF pair is
    /// one character): the report's parts are read line by line many times over, and splitting by characters
    /// broke graphemes over the whole text each time.
    func lines(keepingEmpty: Bool = false) -> [SubSequence] {
        let feeds = utf8.withContiguousStorageIfAvailable(Self.lineFeedOffsets)
            ?? { var text = String(self); return text.withUTF8(Self.lineFeedOffsets) }()
        var lines: [SubSequence] = []
        var start = 0
        for end in feeds + [utf8.count] {
            if keepingEmpty || end > start {
                lines.append(self[utf8.index(utf8.startIndex, offsetBy: start)..<utf8.index(utf8.startIndex, offsetBy: end)])
            }
            start = end + 1
        }
        return lines
    }

    /// The byte offsets of the line feeds in `bytes`.
    private static func lineFeedOffsets(_ bytes: UnsafeBufferPointer<UInt8>) -> [Int] {
        guard let base = bytes.baseAddress else { return [] }
        var offsets: [Int] = []
        var from = 0
        while from < bytes.count, let found = memchr(base + from, 0x0A, bytes.count - from) {
            let offset = base.distance(to: found.assumingMemoryBound(to: UInt8.self))
            offsets.append(offset)
            from = offset + 1
        }
        return offsets
    }
}
