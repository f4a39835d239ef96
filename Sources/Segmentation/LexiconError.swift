/// A lexicon file that could not be read, or one of its lines that is not a lexicon entry.
public struct LexiconError: Error, CustomStringConvertible, Sendable {
    /// The lexicon file.
    public let path: String
    /// The 1-based line at fault, nil when the whole file is.
    public let line: Int?
    /// What is wrong.
    public let reason: String

    public init(path: String, line: Int? = nil, reason: String) {
        self.path = path
        self.line = line
        self.reason = reason
    }

    public var description: String {
        if let line { return "\(path):\(line): \(reason)" }
        return "\(path): \(reason)"
    }
}
