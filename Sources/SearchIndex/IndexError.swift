/// Why an index cannot be used: missing, from another format version, damaged, or locked. The
/// command-line tool exits with 4 on any of these; `file` names the file at fault.
public struct IndexError: Error, CustomStringConvertible, Sendable {
    /// The index file (or folder) at fault.
    public let file: String
    public let reason: String

    public init(file: String, reason: String) {
        self.file = file
        self.reason = reason
    }

    public var description: String { "\(file): \(reason)" }
}
