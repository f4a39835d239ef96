import Foundation

/// A file that could not be read or decoded, and why (`invalid GB18030 byte sequence at byte offset
/// 1207`); the other files of a collection are read on.
public struct IngestionError: Error, FileMessage, Sendable, Hashable {
    public let path: String
    public let reason: String

    public init(path: String, reason: String) { (self.path, self.reason) = (path, reason) }
}
