#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// What a file's status tells of its content without reading it: its size, and when its content
/// (mtime) and its status (ctime) last changed, in nanoseconds since 1970.
///
/// A build trusts a file's recorded content hash without reading the file when its size is the
/// recorded one and both times are older than the moment the previous build began checking the
/// files (see `CollectionIndexer`): every write, `touch`, rename or `chmod` sets the ctime to the
/// present, and nothing sets it back, so an older ctime means the file was not changed since.
struct FileStatus: Sendable, Equatable {
    var size: Int
    var modified: Int64
    var changed: Int64

    /// The status of the file at `path` (symbolic links followed), or nil when it cannot be read.
    init?(path: String) {
        var info = stat()
        guard stat(path, &info) == 0 else { return nil }
        size = Int(info.st_size)
        #if canImport(Darwin)
        modified = FileStatus.nanoseconds(info.st_mtimespec)
        changed = FileStatus.nanoseconds(info.st_ctimespec)
        #else
        modified = FileStatus.nanoseconds(info.st_mtim)
        changed = FileStatus.nanoseconds(info.st_ctim)
        #endif
    }

    /// Whether the file is `size` bytes long and neither its content nor its status changed at or
    /// after `moment` (strictly before: a change in the clock's tick of `moment` may follow it).
    func isUnchanged(size: Int, before moment: Int64) -> Bool {
        self.size == size && modified < moment && changed < moment
    }

    /// The present on the clock the kernel stamps file times with (its coarse real-time clock,
    /// which may lag the precise one by a tick): a file changed after this call gets a ctime at
    /// least this.
    static func now() -> Int64 {
        var time = timespec()
        #if canImport(Darwin)
        clock_gettime(CLOCK_REALTIME, &time)
        #else
        clock_gettime(CLOCK_REALTIME_COARSE, &time)
        #endif
        return nanoseconds(time)
    }

    static func nanoseconds(_ time: timespec) -> Int64 {
        Int64(time.tv_sec) * 1_000_000_000 + Int64(time.tv_nsec)
    }

    static func time(nanoseconds: Int64) -> timespec {
        timespec(tv_sec: Int(nanoseconds / 1_000_000_000), tv_nsec: Int(nanoseconds % 1_000_000_000))
    }
}
