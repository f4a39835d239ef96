import CZhiliZstd

/// A store dictionary (`SDIC`, `s<ID>.sdic`): the character code and the zstd dictionary that the stores of
/// an index's segments compress their blocks with, in a file of its own that every segment using it names
/// in the manifest, so that it is stored once per index rather than at the head of each segment's store.
///
/// Body: the character code of the stores' texts (`StoreCharacterCode`, serialized), then the dictionary as
/// zstd trained it on texts in that code. Its zstd dictionary ID (a hash of its content, in its header) is
/// what a store records in its trailer: a store opened with any other dictionary is damage.
final class StoreDictionary: @unchecked Sendable {
    static let role = "SDIC"

    let file: MappedFile
    /// The code the stores' literal texts are in.
    let code: StoreCharacterCode
    /// The zstd dictionary's bytes, in the file.
    let zstdDictionary: UnsafeRawBufferPointer
    /// The digested dictionary, shared by every store that names the file.
    let digested: DecompressionDictionary
    /// Its zstd dictionary ID.
    let id: UInt32

    init(file: MappedFile) throws(IndexError) {
        self.file = file
        guard let (code, dictionary) = StoreDictionary.parts(of: file.body), !dictionary.isEmpty,
              let digested = DecompressionDictionary(dictionary) else { throw file.malformed("store dictionary") }
        id = StoreDictionary.zstdID(of: dictionary)
        guard id != 0 else { throw file.malformed("store dictionary (no dictionary ID)") }
        self.code = code
        zstdDictionary = dictionary
        self.digested = digested
    }

    /// Its bytes: the body.
    var bytes: UnsafeRawBufferPointer { file.body }

    /// A dictionary's body: `code`, then the zstd dictionary trained on texts in it.
    static func body(code: StoreCharacterCode, dictionary: [UInt8]) -> [UInt8] {
        code.serialized + dictionary
    }

    /// The code and the zstd dictionary of a dictionary's `body`, or nil when it does not begin with a code.
    static func parts(of body: UnsafeRawBufferPointer) -> (code: StoreCharacterCode, dictionary: UnsafeRawBufferPointer)? {
        var reader = ByteReader(body)
        guard let code = StoreCharacterCode(reading: &reader) else { return nil }
        return (code, UnsafeRawBufferPointer(rebasing: body[reader.offset...]))
    }

    /// The zstd dictionary ID of a dictionary's `body` (0 when it is empty or holds no trained dictionary).
    static func id(of body: [UInt8]) -> UInt32 {
        body.withUnsafeBytes { body in parts(of: body).map { zstdID(of: $0.dictionary) } ?? 0 }
    }

    /// The zstd dictionary ID of `bytes` (0 when they are empty or not a trained dictionary).
    private static func zstdID(of bytes: UnsafeRawBufferPointer) -> UInt32 {
        guard let base = bytes.baseAddress else { return 0 }
        return ZDICT_getDictID(base, bytes.count)
    }
}
