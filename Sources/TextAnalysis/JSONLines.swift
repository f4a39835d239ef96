/// Concordance lines written as JSON objects, each followed by a line feed (JSON lines as they are).
public struct JSONLines: Sendable {
    /// The lines' UTF-8.
    public var bytes: [UInt8] = []
    /// Where each line ends in `bytes`, after its line feed.
    public var ends: [Int] = []
}
