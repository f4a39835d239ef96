#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Walks a folder depth first as `FileManager`'s enumerator does (a folder's entries in the order the
/// system lists them, a subfolder's entries right after it, symbolic links not followed), telling
/// folders from files by `readdir`'s entry type: no `stat`, extended attributes or URL per entry,
/// which made listing a folder cost more than reading the few files an update reads.
enum FolderWalk {
    /// What a folder entry is, as far as reading it goes.
    enum Kind {
        case folder
        /// A regular file or a symbolic link (to a file, or to a folder, which is not followed).
        case file
        /// A named pipe, socket or device: nothing to read as a document.
        case special
    }

    /// Calls `visit` with every entry's path relative to `folder`, its name and kind, descending into
    /// a folder when `visit` returns true, and `unlisted` with the relative path of a subfolder it would
    /// descend into but cannot list; false when `folder` cannot be listed.
    static func walk(_ folder: String, visit: (_ relative: String, _ name: String, _ kind: Kind) -> Bool,
                     unlisted: (_ relative: String) -> Void) -> Bool {
        guard let entries = list(folder) else { return false }
        descend(folder, prefix: "", entries: entries, visit: visit, unlisted: unlisted)
        return true
    }

    /// Why folder `path` cannot be listed (`Permission denied`), or nil when it can.
    static func listingFailure(_ path: String) -> String? {
        guard let stream = opendir(path) else { return String(cString: strerror(errno)) }
        closedir(stream)
        return nil
    }

    private static func descend(_ folder: String, prefix: String, entries: [(name: String, type: UInt8)],
                                visit: (String, String, Kind) -> Bool, unlisted: (String) -> Void) {
        for (name, type) in entries {
            let relative = prefix.isEmpty ? name : prefix + "/" + name
            let path = folder + "/" + relative
            let kind = type == UInt8(DT_UNKNOWN) ? kind(ofPath: path) : kind(ofType: type)
            guard visit(relative, name, kind), kind == .folder else { continue }
            guard let children = list(path) else {
                unlisted(relative)
                continue
            }
            descend(folder, prefix: relative, entries: children, visit: visit, unlisted: unlisted)
        }
    }

    private static func kind(ofType type: UInt8) -> Kind {
        switch Int(type) {
        case Int(DT_DIR): .folder
        case Int(DT_FIFO), Int(DT_SOCK), Int(DT_CHR), Int(DT_BLK): .special
        default: .file
        }
    }

    /// The kind of the entry at `path`, for a file system whose listing gives no type.
    private static func kind(ofPath path: String) -> Kind {
        var info = stat()
        guard lstat(path, &info) == 0 else { return .file }
        switch info.st_mode & S_IFMT {
        case S_IFDIR: return .folder
        case S_IFIFO, S_IFSOCK, S_IFCHR, S_IFBLK: return .special
        default: return .file
        }
    }

    /// The names and entry types in folder `path` (`.` and `..` left out), in the order listed.
    private static func list(_ path: String) -> [(name: String, type: UInt8)]? {
        guard let stream = opendir(path) else { return nil }
        defer { closedir(stream) }
        var entries: [(name: String, type: UInt8)] = []
        while let entry = readdir(stream) {
            let name = withUnsafeBytes(of: entry.pointee.d_name) { raw in
                String(decoding: raw.prefix { $0 != 0 }, as: UTF8.self)
            }
            if name != "." && name != ".." { entries.append((name, entry.pointee.d_type)) }
        }
        return entries
    }
}
