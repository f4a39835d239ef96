import FileErrors
import Foundation
import TextNormalization

/// A general Chinese vocabulary with word frequencies, which gives the segmenter's lattice the costs
/// of ordinary words (see `WordCost`); the governance lexicon goes on top of it.
///
/// By default the one Debian's python3-jieba package installs (jieba's dict.txt: 349,046 words with
/// counts, MIT licence), read where it is installed and never copied into the project. Any list in its
/// format — `WORD FREQUENCY [TAG]` a line, UTF-8 — will do.
public struct Vocabulary: Sendable {
    /// The words, folded (NFKC, traditional → simplified) as UTF-16 units, with their frequencies; a
    /// word listed twice (or folding to another's form) is here twice, and the segmenter keeps the
    /// cheaper.
    public let entries: [(units: [UInt16], frequency: Int)]
    /// The file it was read from.
    public let path: String
    /// The sum of its frequencies, the denominator of a word's probability.
    public let total: Int

    /// Reads a vocabulary file. It is read straight from its bytes into folded units, without a
    /// `Lexicon`'s dictionary of strings: every command that segments reads the 349,046 lines of
    /// jieba's list, so its cost is paid on every run.
    public init(contentsOf path: String) throws(LexiconError) {
        let data: Data
        do {
            data = try Data(contentsOf: URL(fileURLWithPath: path), options: .alwaysMapped)
        } catch {
            throw LexiconError(path: path, reason: FileErrorReason.reading(path, error))
        }
        var entries: [(units: [UInt16], frequency: Int)] = []
        var total = 0
        var failure: LexiconError?
        data.withUnsafeBytes { (raw: UnsafeRawBufferPointer) in
            let bytes = raw.bindMemory(to: UInt8.self)
            entries.reserveCapacity(bytes.count / 14)
            var start = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? 3 : 0
            var lineNumber = 0
            while start < bytes.count {
                lineNumber += 1
                var end = start
                while end < bytes.count && bytes[end] != 0x0A { end += 1 }
                defer { start = end + 1 }
                var wordEnd = start
                while wordEnd < end && !Vocabulary.isSpace(bytes[wordEnd]) { wordEnd += 1 }
                guard wordEnd > start, bytes[start] != 0x23 else { continue }  // blank, or a # comment
                var field = wordEnd
                while field < end && Vocabulary.isSpace(bytes[field]) { field += 1 }
                var frequency = 0
                while field < end, (0x30...0x39).contains(bytes[field]) {
                    frequency = frequency &* 10 &+ Int(bytes[field] - 0x30)
                    field += 1
                }
                guard field == end || Vocabulary.isSpace(bytes[field]), frequency > 0 else {
                    failure = LexiconError(path: path, line: lineNumber, reason: "is not WORD FREQUENCY with a whole number above 0")
                    return
                }
                guard let word = String(validating: UnsafeBufferPointer(rebasing: bytes[start..<wordEnd]), as: UTF8.self) else {
                    failure = LexiconError(path: path, line: lineNumber, reason: "is not valid UTF-8")
                    return
                }
                entries.append((FoldedText.folded(word), frequency))
                total += frequency
            }
        }
        if let failure { throw failure }
        guard !entries.isEmpty else { throw LexiconError(path: path, reason: "holds no words") }
        self.entries = entries
        self.path = path
        self.total = total
    }

    private static func isSpace(_ byte: UInt8) -> Bool { byte == 0x20 || byte == 0x09 || byte == 0x0D }

    /// The variable that names another vocabulary file, or `none` for none.
    public static let environmentVariable = "ZHILI_VOCABULARY"

    /// Where the general vocabulary is looked for: Debian's place for jieba's dict.txt.
    public static let standardPaths = [
        "/usr/lib/python3/dist-packages/jieba/dict.txt",
    ]

    /// The file `ZHILI_VOCABULARY` names, else the first of `standardPaths` that exists; nil where the
    /// variable says `none` or no file is found.
    public static func installedPath(environment: [String: String] = ProcessInfo.processInfo.environment) -> String? {
        if let named = environment[environmentVariable], !named.isEmpty {
            return named == "none" ? nil : named
        }
        return standardPaths.first { FileManager.default.fileExists(atPath: $0) }
    }

    /// What a command says on standard error when no vocabulary is installed.
    public static let absentNote = """
        note: no general vocabulary found (\(standardPaths[0]); install Debian's python3-jieba, or name a \
        WORD FREQUENCY list in \(environmentVariable)): segmenting with ICU and the governance lexicon alone
        """
}
