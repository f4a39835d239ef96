/// Concordance lines written as JSON objects (no separator between them), one after another.
public struct JSONLines: Sendable {
    /// The objects' UTF-8.
    public var bytes: [UInt8] = []
    /// Where each object ends in `bytes`.
    public var ends: [Int] = []
}
