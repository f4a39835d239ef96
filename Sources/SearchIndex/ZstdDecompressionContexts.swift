import CZhiliZstd
import Foundation

/// zstd decompression contexts kept for reuse across calls and threads: making one allocates and
/// clears over 100 KiB (fresh pages from the kernel each time), which cost more than decompressing
/// the store block of a few KiB that a search hit needs.
final class ZstdDecompressionContexts: @unchecked Sendable {
    static let shared = ZstdDecompressionContexts()

    private let lock = NSLock()
    /// Contexts not in use; at most as many as calls ever ran at once.
    private var idle: [OpaquePointer] = []

    /// Calls `body` with a context of its own (nil when zstd could not make one).
    func withContext<T>(_ body: (OpaquePointer?) -> T) -> T {
        let context = lock.withLock { idle.popLast() } ?? ZSTD_createDCtx()
        defer { if let context { lock.withLock { idle.append(context) } } }
        return body(context)
    }
}
