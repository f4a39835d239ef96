import Foundation
import TextNormalization

/// Words left out of term tables and co-word networks: function words and the boilerplate of
/// governance texts. Matched on folded words, so a list in simplified characters also stops the same
/// words written in traditional ones.
public struct StopWords: Sendable {
    /// The folded words.
    public let words: Set<String>

    public init<Words: Sequence>(_ words: Words) where Words.Element: StringProtocol {
        self.words = Set(words.map { String($0).folded.lowercased() }.filter { !$0.isEmpty })
    }

    /// Reads a stop list: UTF-8, words separated by whitespace or one a line; `#` starts a comment line.
    public init(contentsOf path: String) throws(StopWordsError) {
        guard let data = FileManager.default.contents(atPath: path) else { throw StopWordsError(path: path, reason: "cannot be read") }
        guard let text = String(data: data, encoding: .utf8) else { throw StopWordsError(path: path, reason: "is not UTF-8 text") }
        let lines = text.split(whereSeparator: \.isNewline).filter { !$0.trimmingCharacters(in: .whitespaces).hasPrefix("#") }
        self.init(lines.flatMap { $0.split(whereSeparator: \.isWhitespace) })
    }

    /// Whether `word` (folded) is stopped.
    public func contains(_ word: String) -> Bool { words.contains(word) }
}

/// A stop list that could not be read.
public struct StopWordsError: Error, CustomStringConvertible, Sendable {
    public let path: String
    public let reason: String

    public var description: String { "\(path): \(reason)" }
}
