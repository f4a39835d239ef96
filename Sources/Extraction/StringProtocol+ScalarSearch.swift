extension StringProtocol {
    /// The first range where `word` is written, found by comparing scalars: Foundation's `range(of:)`
    /// bridges through NSString on Linux, which cost more than the measure extraction around it.
    func scalarRange(of word: String) -> Range<String.Index>? {
        let scalars = unicodeScalars
        let pattern = Array(word.unicodeScalars)
        guard let first = pattern.first else { return nil }
        var start = scalars.startIndex
        while let found = scalars[start...].firstIndex(of: first) {
            var index = found
            var matched = 0
            while matched < pattern.count, index < scalars.endIndex, scalars[index] == pattern[matched] {
                index = scalars.index(after: index)
                matched += 1
            }
            if matched == pattern.count { return found..<index }
            start = scalars.index(after: found)
        }
        return nil
    }

    /// Whether `word` is written anywhere in the text, by scalars (see `scalarRange(of:)`).
    func containsScalars(_ word: String) -> Bool {
        scalarRange(of: word) != nil
    }
}
