import Ingestion

extension StringProtocol {
    /// The first range where `word` is written, found by a byte search of their UTF-8 (`String.firstByteOffset`),
    /// which matches scalars, not characters: Foundation's `range(of:)` bridges through NSString on Linux, and a
    /// search by scalars decoded every scalar of the text; both cost more than the measure extraction around them.
    func scalarRange(of word: String) -> Range<String.Index>? {
        guard !word.isEmpty else { return nil }
        var word = word
        let offset = word.withUTF8 { needle in
            utf8.withContiguousStorageIfAvailable { String.firstByteOffset(of: needle, in: $0) }
                ?? { var text = String(self); return text.withUTF8 { String.firstByteOffset(of: needle, in: $0) } }()
        }
        guard let offset else { return nil }
        let start = utf8.index(utf8.startIndex, offsetBy: offset)
        return start..<utf8.index(start, offsetBy: word.utf8.count)
    }

    /// Whether `word` is written anywhere in the text, by scalars (see `scalarRange(of:)`).
    func containsScalars(_ word: String) -> Bool {
        scalarRange(of: word) != nil
    }
}
