import CZhiliZstd

/// A store dictionary (`SDIC`, `s<ID>.sdic`): the zstd dictionary that the stores of an index's segments
/// compress their blocks with, in a file of its own that every segment using it names in the manifest,
/// so that it is stored once per index rather than at the head of each segment's store.
///
/// Body: the dictionary as zstd trained it. Its zstd dictionary ID (a hash of its content, in its header)
/// is what a store records in its trailer: a store opened with any other dictionary is damage.
final class StoreDictionary: @unchecked Sendable {
    static let role = "SDIC"

    let file: MappedFile
    /// The digested dictionary, shared by every store that names the file.
    let digested: DecompressionDictionary
    /// Its zstd dictionary ID.
    let id: UInt32

    init(file: MappedFile) throws(IndexError) {
        self.file = file
        guard !file.body.isEmpty, let digested = DecompressionDictionary(file.body) else { throw file.malformed("store dictionary") }
        id = StoreDictionary.id(of: file.body)
        guard id != 0 else { throw file.malformed("store dictionary (no dictionary ID)") }
        self.digested = digested
    }

    /// Its bytes.
    var bytes: UnsafeRawBufferPointer { file.body }

    /// The zstd dictionary ID of `bytes` (0 when they are empty or not a trained dictionary).
    static func id(of bytes: UnsafeRawBufferPointer) -> UInt32 {
        guard let base = bytes.baseAddress else { return 0 }
        return ZDICT_getDictID(base, bytes.count)
    }

    static func id(of bytes: [UInt8]) -> UInt32 {
        bytes.withUnsafeBytes { id(of: $0) }
    }
}
