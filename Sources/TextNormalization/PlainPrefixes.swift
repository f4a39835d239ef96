/// Words looked for at the start of texts, each compared by its UTF-8 bytes where that gives `hasPrefix`'s
/// answer (the word, as many bytes of the text and the scalar after them plain: `String.isPlainText`), else
/// by `hasPrefix`. For lists of words asked of every heading and clause a rule reads (a task's openings,
/// 加强, 推进 …), where comparing characters word by word cost more than the rules.
public struct PlainPrefixes: Sendable {
    private let words: [String]
    private let bytes: [[UInt8]]
    private let isPlain: [Bool]
    /// How far a text's beginning is read for plainness: the longest word and the scalar after it.
    private let reach: Int

    public init(_ words: [String]) {
        self.words = words
        bytes = words.map { Array($0.utf8) }
        isPlain = bytes.map { word in word.withUnsafeBufferPointer(String.isPlainText) }
        reach = (bytes.map(\.count).max() ?? 0) + 4
    }

    /// Whether `text` begins with one of the words: `words.contains { text.hasPrefix($0) }`.
    public func anyIsPrefix(of text: String) -> Bool {
        var utf8 = text
        return utf8.withUTF8 { opening in
            let plain = String.plainPrefixLength(opening, limit: reach)
            return bytes.indices.contains { index in
                // The bytes decide where the word is plain, and so are the text's bytes it covers and the
                // scalar after them (none where the text is plain to its end).
                guard isPlain[index], plain > bytes[index].count || plain == opening.count else { return text.hasPrefix(words[index]) }
                return bytes[index].count <= opening.count && bytes[index].indices.allSatisfy { opening[$0] == bytes[index][$0] }
            }
        }
    }
}
