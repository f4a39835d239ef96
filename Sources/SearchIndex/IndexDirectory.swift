#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The folder of an index: immutable segment files, per-generation files, the manifest naming the
/// current generation, and a lock file that keeps two builds from writing at once.
///
/// A build writes and fsyncs new segments and the new generation's files under fresh names, then
/// writes and fsyncs `manifest.tmp` and renames it over `manifest` (atomic on POSIX), then fsyncs the
/// folder. A build killed at any moment leaves the old manifest and every file it names untouched.
/// After a commit, files named by neither the new manifest nor the one just replaced are removed, so
/// that a search that read the previous manifest an instant before can still open its files (and one
/// that finds them gone re-reads the manifest).
public struct IndexDirectory: Sendable {
    public let path: String

    public init(path: String) {
        self.path = path
    }

    func file(_ name: String) -> String { path.hasSuffix("/") ? path + name : path + "/" + name }

    /// Whether a manifest exists.
    public var exists: Bool { access(file(Manifest.fileName), F_OK) == 0 }

    /// The error for a path that names a file rather than a folder (`--index report.txt`), if it does.
    var notAFolder: IndexError? {
        var status = stat()
        guard stat(path, &status) == 0, status.st_mode & S_IFMT != S_IFDIR else { return nil }
        return IndexError.inaccessible(file: path, reason: "is a file, not an index folder")
    }

    /// The current manifest.
    func manifest() throws(IndexError) -> Manifest {
        try Manifest(file: try MappedFile(path: file(Manifest.fileName), kind: Manifest.kind))
    }

    /// Creates the folder if needed and takes the writer's lock; it is released when the returned
    /// descriptor is closed (or the process dies).
    func lock() throws(IndexError) -> Int32 {
        if mkdir(path, 0o755) != 0 && errno != EEXIST {
            // mkdir makes one level: say so rather than "No such file or directory" of the index itself.
            if errno == ENOENT { throw IndexError.inaccessible(file: path, reason: "cannot create the index folder: the folder it goes in does not exist") }
            throw IndexError.system(errno, file: path, "cannot create the index folder")
        }
        if let notAFolder { throw notAFolder }
        let descriptor = open(file("lock"), O_RDWR | O_CREAT | O_CLOEXEC, 0o644)
        guard descriptor >= 0 else { throw IndexError.system(errno, file: file("lock"), "cannot be opened") }
        guard flock(descriptor, LOCK_EX | LOCK_NB) == 0 else {
            close(descriptor)
            throw IndexError.locked(file: file("lock"))
        }
        return descriptor
    }

    /// Writes `parts`, one after the other, to `name` and, `syncing`, fsyncs it; with `modified`, gives it
    /// that modification time first.
    func write(_ name: String, _ parts: [[UInt8]], modified: Int64? = nil, syncing: Bool = true) throws(IndexError) {
        let target = file(name)
        let descriptor = open(target, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o644)
        guard descriptor >= 0 else { throw IndexError.system(errno, file: target, "cannot be created") }
        defer { close(descriptor) }
        for bytes in parts {
            var written = 0
            while written < bytes.count {
                let result = bytes.withUnsafeBytes { raw in
                    Glibc.write(descriptor, raw.baseAddress! + written, raw.count - written)
                }
                guard result > 0 else { throw IndexError.system(errno, file: target, "cannot be written") }
                written += result
            }
        }
        if let modified {
            let times = [FileStatus.time(nanoseconds: modified), FileStatus.time(nanoseconds: modified)]
            guard futimens(descriptor, times) == 0 else { throw IndexError.system(errno, file: target, "cannot be dated") }
        }
        guard !syncing || fsync(descriptor) == 0 else { throw IndexError.system(errno, file: target, "cannot be synced") }
    }

    /// Fsyncs the files `names`, written without (`write(…syncing: false)`).
    func sync(_ names: [String]) throws(IndexError) {
        for name in names {
            let target = file(name)
            let descriptor = open(target, O_RDONLY | O_CLOEXEC)
            guard descriptor >= 0 else { throw IndexError.system(errno, file: target, "cannot be opened") }
            defer { close(descriptor) }
            guard fsync(descriptor) == 0 else { throw IndexError.system(errno, file: target, "cannot be synced") }
        }
    }

    /// Frames `body` as a file of `role`, writes it to `name` and, `syncing`, fsyncs it; returns its
    /// manifest entry.
    func write(role: String, name: String, body: [UInt8], syncing: Bool = true) throws(IndexError) -> Manifest.Entry {
        try write(role: role, name: name, parts: [body], syncing: syncing)
    }

    /// `write(role:name:body:syncing:)` of the body that is `parts` one after the other, written as they
    /// are rather than joined first.
    func write(role: String, name: String, parts: [[UInt8]], syncing: Bool = true) throws(IndexError) -> Manifest.Entry {
        let pieces = IndexFile.framed(kind: role, parts: parts)
        try write(name, pieces, syncing: syncing)
        let footer = pieces[pieces.count - 1]
        return Manifest.Entry(role: role, name: name, size: pieces.reduce(0) { $0 + $1.count },
                              crc32: footer.withUnsafeBytes { $0.loadUnaligned(as: UInt32.self).littleEndian })
    }

    /// Maps the file of `entry` and checks it is the one the manifest recorded (size and CRC32).
    func map(_ entry: Manifest.Entry) throws(IndexError) -> MappedFile {
        let path = file(entry.name)
        let mapped = try MappedFile(path: path, kind: entry.role)
        guard mapped.whole.count == entry.size, mapped.checksum == entry.crc32 else {
            throw IndexError.damaged(file: path, reason: "does not match the manifest (size or CRC32 differs): damaged or from another build")
        }
        return mapped
    }

    /// Publishes `manifest`: the commit point. With `sourcesCheckedAt`, the manifest's modification
    /// time is that moment (see `sourcesCheckedAt`).
    func publish(_ manifest: Manifest, sourcesCheckedAt: Int64? = nil) throws(IndexError) {
        let temporary = "manifest.tmp"
        try write(temporary, IndexFile.framed(kind: Manifest.kind, parts: [manifest.body()]), modified: sourcesCheckedAt)
        guard rename(file(temporary), file(Manifest.fileName)) == 0 else {
            throw IndexError.system(errno, file: file(Manifest.fileName), "cannot be replaced")
        }
        syncFolder()
    }

    /// When the build that published the current manifest began checking its files against their
    /// content hashes, if it said so: the manifest's modification time, which a build sets to that
    /// moment (`publish(_:sourcesCheckedAt:)`, `markSourcesChecked(at:)`). Every file recorded in the
    /// manifest's segments had the recorded content at some moment after it; a file whose status has
    /// not changed since then still has it. (Copy an index with its modification times, `cp -a`: a
    /// copy dated later could hide a file changed between the build and the copy.)
    var sourcesCheckedAt: Int64? {
        guard let status = FileStatus(path: file(Manifest.fileName)) else { return nil }
        return status.modified
    }

    /// Dates the current manifest `moment`: a build that found every file as the manifest records
    /// it, having begun checking at `moment`, holding the lock, and publishing nothing.
    func markSourcesChecked(at moment: Int64) {
        let times = [FileStatus.time(nanoseconds: moment), FileStatus.time(nanoseconds: moment)]
        utimensat(AT_FDCWD, file(Manifest.fileName), times, 0)
    }

    func syncFolder() {
        let descriptor = open(path, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        guard descriptor >= 0 else { return }
        fsync(descriptor)
        close(descriptor)
    }

    /// The generation numbers of the files present (`g<N>.<role>`).
    func generationsOnDisk() -> Set<Int> {
        Set(fileNames().compactMap(IndexDirectory.generation(ofFile:)))
    }

    /// The ids of the segments whose files are present (`s<ID>.<role>`, `s<ID>.<N>.dele`).
    func segmentsOnDisk() -> Set<Int> {
        Set(fileNames().compactMap(IndexDirectory.segment(ofFile:)))
    }

    /// Removes every file of the index's own naming (generations, segments, deletion bitmaps, an
    /// unpublished manifest) but those named in `keep`; the caller holds the lock.
    func removeFiles(except keep: Set<String>) {
        for name in fileNames() where !keep.contains(name) {
            if IndexDirectory.generation(ofFile: name) != nil || IndexDirectory.segment(ofFile: name) != nil || name == "manifest.tmp" {
                unlink(file(name))
            }
        }
    }

    static func fileName(generation: Int, role: String) -> String { "g\(generation).\(role.lowercased())" }

    static func fileName(segment: Int, role: String) -> String { "s\(segment).\(role.lowercased())" }

    /// The deletion bitmap of `segment` as of `generation`.
    static func deletionFileName(segment: Int, generation: Int) -> String { "s\(segment).\(generation).dele" }

    static func generation(ofFile name: String) -> Int? { number(after: "g", in: name) }

    static func segment(ofFile name: String) -> Int? { number(after: "s", in: name) }

    private static func number(after prefix: Character, in name: String) -> Int? {
        guard name.first == prefix, let dot = name.firstIndex(of: ".") else { return nil }
        return Int(name[name.index(after: name.startIndex)..<dot])
    }

    private func fileNames() -> [String] {
        guard let folder = opendir(path) else { return [] }
        defer { closedir(folder) }
        var names: [String] = []
        while let entry = readdir(folder) {
            let name = withUnsafeBytes(of: entry.pointee.d_name) { raw in
                String(decoding: raw.prefix { $0 != 0 }, as: UTF8.self)
            }
            names.append(name)
        }
        return names
    }
}
