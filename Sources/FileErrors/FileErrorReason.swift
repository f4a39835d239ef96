import Foundation

/// Why a file operation failed, in the system's words (`Permission denied`, `No space left on device`)
/// rather than Foundation's generic sentences, which on Linux often carry only a Cocoa error number.
/// Every module that reads or writes a file the user named words its failures here.
public enum FileErrorReason {
    /// What the system said went wrong, where Foundation's error carries it.
    public static func system(_ error: any Error) -> String {
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
        // Some failures (making a folder inside a file) carry only an unknown-error code: ask the path.
        let path = error.userInfo[NSFilePathErrorKey] as? String ?? (error.userInfo[NSURLErrorKey] as? URL)?.path
        if let path, let reason = reasonFromFolders(above: path) { return reason }
        return error.localizedDescription
    }

    /// Why nothing can be made at `path`, from the nearest folder above it that exists: it is a file
    /// (`Not a directory`) or cannot be written in (`Permission denied`); nil when neither.
    private static func reasonFromFolders(above path: String) -> String? {
        var parent = (path as NSString).deletingLastPathComponent
        while !parent.isEmpty, access(parent, F_OK) != 0 {
            let next = (parent as NSString).deletingLastPathComponent
            if next == parent { return nil }
            parent = next
        }
        if parent.isEmpty { parent = "." }
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: parent, isDirectory: &isFolder) else { return nil }
        if !isFolder.boolValue { return String(cString: strerror(ENOTDIR)) }
        if access(parent, W_OK) != 0 { return String(cString: strerror(errno)) }
        return nil
    }

    /// Why the file at `path` could not be read whole, `error` being what reading it threw:
    /// `is a folder, not a file` (Foundation on Linux gives only an unknown-error code for one), what
    /// else than a regular file it is, else `cannot be read (…)` with the system's reason.
    public static func reading(_ path: String, _ error: any Error) -> String {
        var isFolder: ObjCBool = false
        if FileManager.default.fileExists(atPath: path, isDirectory: &isFolder), isFolder.boolValue {
            return "is a folder, not a file"
        }
        return notRegularFile(path) ?? "cannot be read (\(system(error)))"
    }

    /// What the file at `path` (a link followed) is where it is neither a regular file nor a folder —
    /// `is a named pipe (FIFO), not a regular file` — else nil. Opening a named pipe waits for a writer
    /// and reading it consumes it, so that a file read twice (detected, then decoded) would come out
    /// empty: such a file is named and passed over, never opened (Foundation calls it `Permission denied`).
    public static func notRegularFile(_ path: String) -> String? {
        var info = stat()
        guard stat(path, &info) == 0 else { return nil }
        let kind: String
        switch info.st_mode & S_IFMT {
        case S_IFIFO: kind = "a named pipe (FIFO)"
        case S_IFSOCK: kind = "a socket"
        case S_IFCHR: kind = "a character device"
        case S_IFBLK: kind = "a block device"
        default: return nil
        }
        return "is \(kind), not a regular file"
    }
}
