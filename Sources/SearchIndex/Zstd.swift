import CZhiliZstd
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// zstd compression with a dictionary trained on the collection, for the store's small blocks: a
/// block of a few KiB compressed alone would lose most of what it shares with the rest of the
/// collection (its phrases, its headings' numbering), which the dictionary supplies.
enum Zstd {
    /// The store's level: against 6, 8 makes the laws' store blocks 3.4% smaller for half as much
    /// compression time again (BENCHMARKS.md, issue 14, eighth session); 9 gains 1% more for as much again.
    static let level: Int32 = 8

    /// A dictionary of at most `capacity` bytes trained on `samples` (their bytes one after the other,
    /// of the given sizes), or an empty one when they are too few or too small to train on.
    ///
    /// zstd's fast COVER trainer with fixed parameters (segments of k = 200 bytes scored by their
    /// d = 6-byte pieces): `ZDICT_trainFromBuffer` searches four segment sizes instead, training a
    /// dictionary for each and compressing a quarter of the samples with it to pick one — 0.78 s
    /// for a store's 8 MiB sample against 0.18 s, and on the laws' texts and terms the fixed choice
    /// compresses 1–1.6% better than the one the search picks (it scores on fewer samples).
    static func trainDictionary(samples: [UInt8], sizes: [Int], capacity: Int) -> [UInt8] {
        guard !sizes.isEmpty else { return [] }
        var parameters = ZDICT_fastCover_params_t()
        parameters.k = 200
        parameters.d = 6
        parameters.f = 20
        parameters.accel = 1
        parameters.zParams.compressionLevel = 3
        var dictionary = [UInt8](repeating: 0, count: capacity)
        let length = dictionary.withUnsafeMutableBytes { output in
            samples.withUnsafeBytes { input in
                sizes.withUnsafeBufferPointer { lengths in
                    ZDICT_trainFromBuffer_fastCover(output.baseAddress, capacity, input.baseAddress, lengths.baseAddress,
                                                    UInt32(lengths.count), parameters)
                }
            }
        }
        guard ZDICT_isError(length) == 0 else { return [] }
        return Array(dictionary[0..<length])
    }

    /// The `rawLength` bytes that `compressed` decompresses to, with `dictionary` when it was compressed
    /// with one, or nil when it does not decompress to exactly that many.
    static func decompress(_ compressed: UnsafeRawBufferPointer, rawLength: Int, dictionary: DecompressionDictionary? = nil) -> OwnedBytes? {
        guard let context = threadContext(for: dictionary?.pointer) else { return nil }
        let output = OwnedBytes(count: rawLength)
        let length = if let dictionary {
            ZSTD_decompress_usingDDict(context, output.mutable.baseAddress, rawLength, compressed.baseAddress, compressed.count, dictionary.pointer)
        } else {
            ZSTD_decompressDCtx(context, output.mutable.baseAddress, rawLength, compressed.baseAddress, compressed.count)
        }
        return ZSTD_isError(length) == 0 && length == rawLength ? output : nil
    }

    /// This thread's decompression context for `dictionary`, made on its first use and freed when the
    /// thread ends: a context is a workspace of over 100 KiB, whose allocation per block cost a
    /// concordance of a common word, which decompresses hundreds of blocks, more than decompressing them.
    private static func threadContext(for dictionary: OpaquePointer?) -> OpaquePointer? {
        if let contexts = pthread_getspecific(contextKey) {
            return Unmanaged<DecompressionContexts>.fromOpaque(contexts).takeUnretainedValue().context(for: dictionary)
        }
        let contexts = DecompressionContexts()
        pthread_setspecific(contextKey, Unmanaged.passRetained(contexts).toOpaque())
        return contexts.context(for: dictionary)
    }
}

/// The key of each thread's decompression contexts (`Zstd.threadContext(for:)`).
private let contextKey: pthread_key_t = {
    var key = pthread_key_t()
    pthread_key_create(&key) { contexts in
        guard let contexts = UnsafeRawPointer(contexts) else { return }
        Unmanaged<DecompressionContexts>.fromOpaque(contexts).release()
    }
    return key
}()

/// One thread's decompression contexts, one for each of the last few dictionaries it decompressed with.
/// A context that last used another dictionary takes this one as cold (zstd prefetches it and loads its
/// tables again): over an index of seven segments, whose hits come from one store and then another, a
/// context shared by every dictionary made the texts' decompression an eighth dearer than over one segment.
private final class DecompressionContexts {
    /// Contexts kept, at most: a store's and a term dictionary's per segment of an unmerged index.
    private static let capacity = 16
    private var dictionaries: [OpaquePointer?] = []
    private var contexts: [OpaquePointer] = []
    /// The context the next new dictionary takes, once all are made.
    private var next = 0

    func context(for dictionary: OpaquePointer?) -> OpaquePointer? {
        if let index = dictionaries.firstIndex(of: dictionary) { return contexts[index] }
        guard contexts.count == DecompressionContexts.capacity else {
            guard let context = ZSTD_createDCtx() else { return nil }
            dictionaries.append(dictionary)
            contexts.append(context)
            return context
        }
        dictionaries[next] = dictionary
        defer { next = (next + 1) % DecompressionContexts.capacity }
        return contexts[next]
    }

    deinit { for context in contexts { ZSTD_freeDCtx(context) } }
}

/// A compression context with its dictionary, reused from block to block (a fresh context per
/// block would clear its tables each time). Used by one writer at a time.
final class ZstdCompressor {
    private let context: OpaquePointer
    private let dictionary: CompressionDictionary

    /// A compressor using `dictionary` (none when empty) at `level`.
    convenience init(dictionary: [UInt8] = [], level: Int32 = Zstd.level) {
        self.init(CompressionDictionary(dictionary, level: level))
    }

    /// A compressor using a dictionary digested beforehand, which other compressors may share.
    init(_ dictionary: CompressionDictionary) {
        context = ZSTD_createCCtx()!
        self.dictionary = dictionary
    }

    deinit { ZSTD_freeCCtx(context) }

    func compress(_ bytes: [UInt8]) -> [UInt8] {
        var compressed = [UInt8](repeating: 0, count: ZSTD_compressBound(bytes.count))
        let length = compressed.withUnsafeMutableBytes { output in
            bytes.withUnsafeBytes { input in
                if let digested = dictionary.pointer {
                    ZSTD_compress_usingCDict(context, output.baseAddress, output.count, input.baseAddress, input.count, digested)
                } else {
                    ZSTD_compressCCtx(context, output.baseAddress, output.count, input.baseAddress, input.count, dictionary.level)
                }
            }
        }
        precondition(ZSTD_isError(length) == 0, "zstd compression failed (\(String(cString: ZSTD_getErrorName(length))))")
        return Array(compressed[0..<length])
    }
}

/// A store's dictionary digested for decompression once, shared by every reader thread (zstd's
/// DDict is read-only once made).
final class DecompressionDictionary: @unchecked Sendable {
    let pointer: OpaquePointer?

    /// The digested `bytes` (which it copies); nil pointer, no dictionary, when empty. Nil when the
    /// bytes are not a dictionary zstd can load.
    init?(_ bytes: UnsafeRawBufferPointer) {
        if bytes.isEmpty {
            pointer = nil
        } else {
            guard let digested = ZSTD_createDDict(bytes.baseAddress, bytes.count) else { return nil }
            pointer = digested
        }
    }

    deinit { if let pointer { ZSTD_freeDDict(pointer) } }
}
