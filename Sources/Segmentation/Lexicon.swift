import TextNormalization

/// A word list for the segmenter's lexicon pass: words in folded form (NFKC, traditional → simplified)
/// with an optional frequency each.
///
/// Words are folded when they enter the list, and the segmenter matches them against folded text, so a
/// simplified entry also matches the same word written in traditional characters or full-width forms.
public struct Lexicon: Sendable {
    /// Folded word → frequency (0 where the list gave none).
    public private(set) var frequencies: [String: Int]

    /// An empty lexicon: the segmenter then follows ICU alone, with the number and ordinal rules.
    public init() {
        frequencies = [:]
    }

    /// A lexicon of `words` (folded on the way in), without frequencies.
    public init<Words: Sequence>(words: Words) where Words.Element: StringProtocol {
        frequencies = [:]
        for word in words { insert(String(word), frequency: 0) }
    }

    /// The number of distinct folded words.
    public var count: Int { frequencies.count }

    /// Whether `word`, once folded, is in the lexicon.
    public func contains(_ word: String) -> Bool {
        frequencies[word.folded] != nil
    }

    /// Adds `word` (folded); a word listed twice keeps the larger frequency.
    public mutating func insert(_ word: String, frequency: Int) {
        let folded = word.folded
        guard !folded.isEmpty else { return }
        frequencies[folded] = max(frequencies[folded] ?? 0, frequency)
    }

    /// This lexicon with the words of `other` added.
    public func merging(_ other: Lexicon) -> Lexicon {
        var merged = self
        for (word, frequency) in other.frequencies {
            merged.frequencies[word] = max(merged.frequencies[word] ?? 0, frequency)
        }
        return merged
    }
}
