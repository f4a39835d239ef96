extension StringProtocol {
    /// The first range where `word` is written, found by comparing scalars: Foundation's `range(of:)`
    /// bridges through NSString on Linux, which cost more than the measure extraction around it.
    func scalarRange(of word: String) -> Range<String.Index>? {
        let scalars = unicodeScalars
        let pattern = word.unicodeScalars
        guard let first = pattern.first else { return nil }
        var start = scalars.startIndex
        while let found = scalars[start...].firstIndex(of: first) {
            var index = scalars.index(after: found)
            var next = pattern.index(after: pattern.startIndex)
            while next < pattern.endIndex, index < scalars.endIndex, scalars[index] == pattern[next] {
                index = scalars.index(after: index)
                next = pattern.index(after: next)
            }
            if next == pattern.endIndex { return found..<index }
            start = scalars.index(after: found)
        }
        return nil
    }

    /// Whether `word` is written anywhere in the text, by scalars (see `scalarRange(of:)`).
    func containsScalars(_ word: String) -> Bool {
        scalarRange(of: word) != nil
    }
}
