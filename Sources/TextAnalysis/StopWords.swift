import FileErrors
import Foundation
import Ingestion
import TextNormalization

/// Words left out of term tables and co-word networks: function words and the boilerplate of
/// governance texts. Matched on folded words, so a list in simplified characters also stops the same
/// words written in traditional ones.
public struct StopWords: Sendable {
    /// The folded words.
    public let words: Set<String>
    /// The same words numbered, to look up a word's units without making a `String` of them.
    private let interned: TermInterner

    public init<Words: Sequence>(_ words: Words) where Words.Element: StringProtocol {
        self.words = Set(words.map { String($0).folded.lowercased() }.filter { !$0.isEmpty })
        var interned = TermInterner()
        for word in self.words { Array(word.utf16).withUnsafeBufferPointer { _ = interned.intern($0) } }
        self.interned = interned
    }

    /// Reads a stop list: UTF-8, words separated by whitespace or one a line; `#` starts a comment line.
    /// Binary data is refused as a document would be, rather than read as words no text holds.
    public init(contentsOf path: String) throws(StopWordsError) {
        let data: Data
        do {
            data = try Data(contentsOf: URL(fileURLWithPath: path))
        } catch {
            throw StopWordsError(path: path, reason: FileErrorReason.reading(path, error))
        }
        if let reason = TextDecoder.binaryDataReason([UInt8](data)) { throw StopWordsError(path: path, reason: reason) }
        guard let text = String(data: data, encoding: .utf8) else { throw StopWordsError(path: path, reason: "is not UTF-8 text") }
        let lines = text.split(whereSeparator: \.isNewline).filter { !$0.trimmingCharacters(in: .whitespaces).hasPrefix("#") }
        self.init(lines.flatMap { $0.split(whereSeparator: \.isWhitespace) })
    }

    /// Whether `word` (folded) is stopped.
    public func contains(_ word: String) -> Bool { words.contains(word) }

    /// Whether the word of these folded, lowercased units is stopped.
    public func contains(_ units: UnsafeBufferPointer<UInt16>) -> Bool { interned.find(units) != nil }
}

/// A stop list that could not be read.
public struct StopWordsError: Error, CustomStringConvertible, Sendable {
    public let path: String
    public let reason: String

    public var description: String { "\(path): \(reason)" }
}
