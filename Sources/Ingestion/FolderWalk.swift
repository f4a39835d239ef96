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
    /// folder, descending into a folder when `visit` returns true; false when `folder` cannot be
    /// listed (a subfolder that cannot be is passed over).
    static func walk(_ folder: String, visit: (_ relative: String, _ name: String, _ isFolder: Bool) -> Bool) -> Bool {
        guard let entries = list(folder) else { return false }
        descend(folder, prefix: "", entries: entries, visit: visit)
        return true
    }

    private static func descend(_ folder: String, prefix: String, entries: [(name: String, type: UInt8)],
                                visit: (String, String, Bool) -> Bool) {
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
            guard visit(relative, name, isFolder), isFolder, let children = list(path) else { continue }
            descend(folder, prefix: relative, entries: children, visit: visit)
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
