import CZhiliZstd

/// A dictionary digested for compression at a level once, shared by the compressors of every thread
/// (zstd's CDict is read-only once made).
final class CompressionDictionary: @unchecked Sendable {
    /// The digested dictionary; nil when there is none.
    let pointer: OpaquePointer?
    let level: Int32

    /// `bytes` (none when empty) digested for `level`.
    init(_ bytes: [UInt8], level: Int32) {
        self.level = level
        pointer = bytes.isEmpty ? nil : bytes.withUnsafeBytes { ZSTD_createCDict($0.baseAddress, $0.count, level) }
    }

    deinit { if let pointer { ZSTD_freeCDict(pointer) } }
}

/// Compressors with one dictionary for the threads that compress a file's blocks side by side, each
/// borrowing one at a time: a context's workspace (its match tables, megabytes at the store's level) is
/// allocated and cleared at its first compression, which a context per chunk of blocks repeated a few
/// dozen times a segment, in freshly faulted pages: nearly half of a build's page faults (BENCHMARKS.md,
/// issue 14, twenty-third session).
final class ZstdCompressors: Sendable {
    private let compressors: BorrowedObjects<ZstdCompressor>

    init(dictionary: [UInt8], level: Int32 = Zstd.level) {
        let digested = CompressionDictionary(dictionary, level: level)
        compressors = BorrowedObjects { ZstdCompressor(digested) }
    }

    /// `body` with a compressor no other thread is using.
    func withCompressor<T>(_ body: (ZstdCompressor) -> T) -> T { compressors.borrow(body) }
}
