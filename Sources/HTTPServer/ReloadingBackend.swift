import Foundation

/// Serves whichever build of an index is current: before each request it compares a cheap stamp of
/// the index (the manifest file's identity) with the one it loaded, and when a rebuild has published
/// a new manifest it opens the new build and swaps it in.
///
/// A request holds the backend it was handed to its end, so searches running during a swap finish on
/// the old build (its memory maps stay valid while referenced) and never see a mix. Only one request
/// opens a new build; the others go on with the old one meanwhile. A build that fails to open is
/// reported once on standard error and the old one kept until the stamp changes again.
public final class ReloadingBackend: @unchecked Sendable {
    public typealias Stamp = String

    private let stamp: @Sendable () -> Stamp?
    private let open: @Sendable () throws -> any SearchBackend
    private let lock = NSLock()
    private let openLock = NSLock()
    private var loaded: (stamp: Stamp?, backend: any SearchBackend)
    private var failedStamp: Stamp?

    /// Opens the index now (throwing if it cannot) and remembers its stamp.
    public init(stamp: @escaping @Sendable () -> Stamp?, open: @escaping @Sendable () throws -> any SearchBackend) throws {
        self.stamp = stamp
        self.open = open
        let before = stamp()
        loaded = (before, try open())
    }

    /// The backend to answer the current request with, reloaded first if the index was rebuilt.
    public func current() -> any SearchBackend {
        let now = stamp()
        let (loadedStamp, backend, failed) = lock.withLock { (loaded.stamp, loaded.backend, failedStamp) }
        guard now != loadedStamp, now != failed else { return backend }
        // Another request is already opening the new build: answer from the old one meanwhile.
        guard openLock.try() else { return backend }
        defer { openLock.unlock() }
        if let current = lock.withLock({ loaded.stamp == now ? loaded.backend : nil }) { return current }
        do {
            let fresh = try open()
            lock.withLock {
                loaded = (now, fresh)
                failedStamp = nil
            }
            return fresh
        } catch {
            lock.withLock { failedStamp = now }
            FileHandle.standardError.write(Data("zhili serve: the rebuilt index could not be opened, still serving the previous one: \(error)\n".utf8))
            return backend
        }
    }

    /// A stamp that changes whenever `path` is replaced or rewritten: device, inode, size and
    /// modification time; nil where the file is missing.
    public static func fileStamp(_ path: String) -> Stamp? {
        var info = stat()
        guard stat(path, &info) == 0 else { return nil }
        #if canImport(Darwin)
        let modified = info.st_mtimespec
        #else
        let modified = info.st_mtim
        #endif
        return "\(info.st_dev):\(info.st_ino):\(info.st_size):\(modified.tv_sec).\(modified.tv_nsec)"
    }
}
