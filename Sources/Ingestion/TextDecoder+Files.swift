import FileErrors
import Foundation

extension TextDecoder {
    /// Bytes checked at a time by `content(ofFileAt:)`.
    static let checkedBlockLength = 1 << 20

    /// What `decode` makes of the file at `path`, found without holding a UTF-8 file in memory.
    ///
    /// The file is read in blocks that are checked as they come: a file all of whose blocks are valid
    /// UTF-8 with no sign of binary data or a UTF-16 byte order mark is `.utf8`, as `decode` would find;
    /// any other file is read whole and given to `decode`, so that detection stays in one place.
    public func content(ofFileAt path: String) throws(IngestionError) -> TextFileContent {
        if let reason = FileErrorReason.notRegularFile(path) { throw IngestionError(path: path, reason: reason) }
        guard let handle = FileHandle(forReadingAtPath: path) else {
            let reason = String(cString: strerror(errno))
            throw IngestionError(path: path, reason: FileManager.default.fileExists(atPath: path)
                                 ? "cannot be opened (\(reason))" : "no such file or folder")
        }
        defer { try? handle.close() }
        if try TextDecoder.isPlainUTF8(handle, path: path) { return .utf8 }
        return .decoded(try decode(TextDecoder.bytes(ofFileAt: path), path: path))
    }

    /// A file's bytes, or an error naming it.
    static func bytes(ofFileAt path: String) throws(IngestionError) -> [UInt8] {
        if let reason = FileErrorReason.notRegularFile(path) { throw IngestionError(path: path, reason: reason) }
        do {
            return try [UInt8](Data(contentsOf: URL(fileURLWithPath: path), options: .mappedIfSafe))
        } catch {
            throw CollectionReader.readFailure(path, error)
        }
    }

    /// Whether every block of `handle` is valid UTF-8 without binary evidence, the first not starting
    /// with a UTF-16 byte order mark; a sequence cut by the end of a block is checked with the next.
    static func isPlainUTF8(_ handle: FileHandle, path: String) throws(IngestionError) -> Bool {
        var carried: [UInt8] = []
        var first = true
        while true {
            let chunk: Data?
            do {
                chunk = try handle.read(upToCount: checkedBlockLength)
            } catch {
                throw IngestionError(path: path, reason: "cannot be read (\(FileErrorReason.system(error)))")
            }
            guard let chunk, !chunk.isEmpty else { return carried.isEmpty }
            var block = carried
            block.append(contentsOf: chunk)
            if first, block.starts(with: [0xFF, 0xFE]) || block.starts(with: [0xFE, 0xFF]) { return false }
            first = false
            if binaryEvidence(in: block) != nil { return false }
            let end = completeSequencesEnd(of: block)
            guard String(validating: block[..<end], as: UTF8.self) != nil else { return false }
            carried = Array(block[end...])
        }
    }

    /// The end of the last whole UTF-8 sequence in `block`: before a lead byte among the last three
    /// whose sequence the block cuts short.
    static func completeSequencesEnd(of block: [UInt8]) -> Int {
        var index = block.count
        while index > max(0, block.count - 3) {
            index -= 1
            let byte = block[index]
            guard byte & 0xC0 == 0x80 else {
                let length = byte >= 0xF0 ? 4 : byte >= 0xE0 ? 3 : byte >= 0xC0 ? 2 : 1
                return block.count - index < length ? index : block.count
            }
        }
        return block.count
    }
}
