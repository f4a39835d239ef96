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
    /// Calls `visit` with every entry's path relative to `folder`, its name and whether it is a
    /// folder, descending into a folder when `visit` returns true, and `unlisted` with the relative path
    /// of a subfolder it would descend into but cannot list; false when `folder` cannot be listed.
    static func walk(_ folder: String, visit: (_ relative: String, _ name: String, _ isFolder: Bool) -> Bool,
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
                                visit: (String, String, Bool) -> Bool, unlisted: (String) -> Void) {
        for (name, type) in entries {
            let relative = prefix.isEmpty ? name : prefix + "/" + name
            let path = folder + "/" + relative
            let isFolder: Bool
            if type == UInt8(DT_UNKNOWN) {
                var info = stat()
                isFolder = lstat(path, &info) == 0 && (info.st_mode & S_IFMT) == S_IFDIR
            } else {
                isFolder = type == UInt8(DT_DIR)
            }
            guard visit(relative, name, isFolder), isFolder else { continue }
            guard let children = list(path) else {
                unlisted(relative)
                continue
            }
            descend(folder, prefix: relative, entries: children, visit: visit, unlisted: unlisted)
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
