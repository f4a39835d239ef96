/// A file skipped or read with a caveat (`skipped: unknown extension .pdf`).
public struct IngestionWarning: FileMessage, Sendable, Hashable {
    public let path: String
    public let reason: String

    public init(path: String, reason: String) { (self.path, self.reason) = (path, reason) }
}
