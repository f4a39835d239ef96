#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Why an index cannot be used. The command-line tool exits with 4 on any of these; every case names
/// the file (or folder) at fault.
public enum IndexError: Error, CustomStringConvertible, Sendable, Hashable {
    /// No index here, or a file the manifest names is gone.
    case missing(file: String)
    /// Another `zhili index` holds the writer's lock.
    case locked(file: String)
    /// The file was written by another format version of zhili.
    case otherVersion(file: String, version: UInt32)
    /// The file is truncated, fails its CRC32, disagrees with the manifest, or holds a malformed
    /// structure; `reason` says which.
    case damaged(file: String, reason: String)
    /// The index cannot be written or read for a reason of the system (permissions, a full disk);
    /// `reason` says which.
    case inaccessible(file: String, reason: String)

    /// The index file (or folder) at fault.
    public var file: String {
        switch self {
        case .missing(let file), .locked(let file), .otherVersion(let file, _), .damaged(let file, _),
             .inaccessible(let file, _):
            file
        }
    }

    public var description: String {
        switch self {
        case .missing(let file):
            file.hasSuffix("/" + Manifest.fileName) || file == Manifest.fileName
                ? "\(file): missing: no index here (build one with `zhili index`)" : "\(file): missing"
        case .locked(let file): "\(file): another `zhili index` is writing this index"
        case .otherVersion(let file, let version):
            "\(file): format version \(version), this zhili reads version \(IndexFile.formatVersion); rebuild the index with `zhili index`"
        case .damaged(let file, let reason): "\(file): damaged: \(reason)"
        case .inaccessible(let file, let reason): "\(file): \(reason)"
        }
    }
}

extension IndexError {
    /// A system call's failure on `file`: what could not be done, and why in the system's words
    /// (`cannot be opened (Permission denied)`) rather than an errno number. `code` comes first so
    /// that `errno` is read before anything else might change it.
    static func system(_ code: Int32, file: String, _ failure: String) -> IndexError {
        .inaccessible(file: file, reason: "\(failure) (\(String(cString: strerror(code))))")
    }
}
