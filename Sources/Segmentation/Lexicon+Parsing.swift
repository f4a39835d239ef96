import FileErrors
import Foundation

extension Lexicon {
    /// Reads a lexicon file: UTF-8, one entry a line, the word as the first whitespace-separated field
    /// and an optional whole-number frequency as the second (later fields, such as jieba's part-of-speech
    /// tags, are ignored). Blank lines and lines starting with `#` are skipped.
    public init(contentsOf path: String) throws(LexiconError) {
        let data: Data
        do {
            data = try Data(contentsOf: URL(fileURLWithPath: path))
        } catch {
            throw LexiconError(path: path, reason: FileErrorReason.reading(path, error))
        }
        try self.init(utf8: [UInt8](data), path: path)
    }

    /// Parses lexicon text given as UTF-8 bytes; `path` names it in errors.
    public init(utf8 bytes: [UInt8], path: String) throws(LexiconError) {
        self.init()
        frequencies.reserveCapacity(bytes.count / 8)
        var lineNumber = 0
        var start = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? 3 : 0
        while start < bytes.count {
            lineNumber += 1
            let end = bytes[start...].firstIndex(of: 0x0A) ?? bytes.count
            try parseLine(bytes[start..<end], number: lineNumber, path: path)
            start = end + 1
        }
        if count == 0 { throw LexiconError(path: path, reason: "holds no words") }
    }

    private mutating func parseLine(_ bytes: ArraySlice<UInt8>, number: Int, path: String) throws(LexiconError) {
        guard let line = String(validating: bytes, as: UTF8.self) else {
            throw LexiconError(path: path, line: number, reason: "is not valid UTF-8")
        }
        let fields = line.split(whereSeparator: \.isWhitespace)
        guard let word = fields.first, !word.hasPrefix("#") else { return }
        if let bad = word.unicodeScalars.first(where: { $0.properties.generalCategory == .control || $0 == "\u{FFFD}" }) {
            throw LexiconError(path: path, line: number,
                               reason: "word contains U+\(String(bad.value, radix: 16, uppercase: true)), not text")
        }
        var frequency = 0
        if fields.count > 1 {
            guard let value = Int(fields[1]), value >= 0 else {
                throw LexiconError(path: path, line: number,
                                   reason: "frequency “\(fields[1])” is not a whole number (expected: WORD [FREQUENCY])")
            }
            frequency = value
        }
        insert(String(word), frequency: frequency)
    }
}
