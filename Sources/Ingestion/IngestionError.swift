import Foundation

/// A file that could not be read or decoded, and why (`invalid GB18030 byte sequence at byte offset
/// 1207`); the other files of a collection are read on.
public struct IngestionError: Error, FileMessage, Sendable, Hashable {
    public let path: String
    public let reason: String

    public init(path: String, reason: String) { (self.path, self.reason) = (path, reason) }
}

extension IngestionError {
    /// What the system said went wrong with a file, in its own words (`Permission denied`, `No space left
    /// on device`) where Foundation's error carries them, rather than Foundation's generic sentence.
    public static func systemReason(_ error: any Error) -> String {
        let error = error as NSError
        if error.domain == NSPOSIXErrorDomain { return String(cString: strerror(Int32(error.code))) }
        if let underlying = error.userInfo[NSUnderlyingErrorKey] as? NSError, underlying.domain == NSPOSIXErrorDomain {
            return String(cString: strerror(Int32(underlying.code)))
        }
        // Foundation on Linux reports some file errors only by its own codes.
        if error.domain == NSCocoaErrorDomain {
            switch error.code {
            case CocoaError.fileReadNoPermission.rawValue, CocoaError.fileWriteNoPermission.rawValue: return String(cString: strerror(EACCES))
            case CocoaError.fileReadNoSuchFile.rawValue, CocoaError.fileNoSuchFile.rawValue: return String(cString: strerror(ENOENT))
            case CocoaError.fileWriteOutOfSpace.rawValue: return String(cString: strerror(ENOSPC))
            default: break
            }
        }
        return error.localizedDescription
    }
}
