import CZhiliISAL
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The framing every index file shares: a header naming the format and the file's role, the body, and a
/// CRC32 footer over everything before it.
///
/// `ZHLI` · kind (4 ASCII bytes) · format version (u32 LE) · body · CRC32 (u32 LE) · `ILHZ`
enum IndexFile {
    /// The on-disk format version; readers refuse any other. Also changed when the terms of a text change
    /// (12: 显著 is indexed as written, no longer folded to 显着), so that an index keeps the terms its
    /// queries are folded to.
    static let formatVersion: UInt32 = 21
    static let headerSize = 12
    static let footerSize = 8

    /// The file of `kind` whose body is `parts` one after the other, as the pieces to write in order: the
    /// header, the parts themselves (not copied: a segment's postings are tens of megabytes, written as the
    /// slices their threads wrote), and the footer, its CRC32 carried across the pieces.
    static func framed(kind: String, parts: [[UInt8]]) -> [[UInt8]] {
        var header = ByteWriter()
        header.append(contentsOf: "ZHLI".utf8)
        header.append(contentsOf: kind.utf8)
        header.appendUInt32(formatVersion)
        var crc = crc32(header.bytes)
        for part in parts { crc = part.withUnsafeBytes { crc32($0, continuing: crc) } }
        var footer = ByteWriter()
        footer.appendUInt32(crc)
        footer.append(contentsOf: "ILHZ".utf8)
        return [header.bytes] + parts + [footer.bytes]
    }

    static func crc32(_ bytes: [UInt8]) -> UInt32 {
        bytes.withUnsafeBytes { crc32(UnsafeRawBufferPointer($0)) }
    }

    /// zlib's CRC32, computed by ISA-L: opening an index checks the CRC of every byte of it, which
    /// zlib's table-driven loop made several milliseconds of every search and concordance. With `crc`,
    /// the CRC32 of the bytes before and these (zlib's `crc32(crc, …)`).
    static func crc32(_ bytes: UnsafeRawBufferPointer, continuing crc: UInt32 = 0) -> UInt32 {
        guard let base = bytes.baseAddress else { return crc }
        return crc32_gzip_refl(crc, base.assumingMemoryBound(to: UInt8.self), UInt64(bytes.count))
    }
}

/// A read-only memory map of one index file whose framing and CRC have been verified.
final class MappedFile: @unchecked Sendable {
    /// The path, for error messages.
    let path: String
    /// The whole file.
    let whole: UnsafeRawBufferPointer
    /// The body between header and footer.
    let body: UnsafeRawBufferPointer
    /// The CRC32 stored in the footer.
    let checksum: UInt32

    /// Maps `path` and verifies it is a file of `kind` in this format version with an intact CRC.
    init(path: String, kind: String) throws(IndexError) {
        self.path = path
        let descriptor = open(path, O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else {
            throw errno == ENOENT ? IndexError.missing(file: path) : IndexError.system(errno, file: path, "cannot be opened")
        }
        defer { close(descriptor) }
        var status = stat()
        guard fstat(descriptor, &status) == 0 else { throw IndexError.inaccessible(file: path, reason: "cannot be examined") }
        let size = Int(status.st_size)
        let minimum = IndexFile.headerSize + IndexFile.footerSize
        guard size >= minimum else { throw IndexError.damaged(file: path, reason: "truncated (\(size) bytes)") }
        guard let address = mmap(nil, size, PROT_READ, MAP_PRIVATE, descriptor, 0), address != MAP_FAILED else {
            throw IndexError.system(errno, file: path, "cannot be memory-mapped")
        }
        let whole = UnsafeRawBufferPointer(start: address, count: size)
        func fail(_ error: IndexError) -> IndexError {
            munmap(address, size)
            return error
        }
        guard Array(whole[0..<4]) == Array("ZHLI".utf8), Array(whole[(size - 4)...]) == Array("ILHZ".utf8) else {
            throw fail(.damaged(file: path, reason: "not a zhili index file, or truncated"))
        }
        // The CRC first (every version has framed its files this way): a damaged header must be
        // reported as damage, not read as the version or role it now seems to name.
        let stored = whole.loadUnaligned(fromByteOffset: size - 8, as: UInt32.self).littleEndian
        let computed = IndexFile.crc32(UnsafeRawBufferPointer(rebasing: whole[0..<(size - 8)]))
        guard stored == computed else {
            throw fail(.damaged(file: path, reason: "CRC32 \(hex(computed)) does not match the recorded \(hex(stored))"))
        }
        guard Array(whole[4..<8]) == Array(kind.utf8) else {
            throw fail(.damaged(file: path, reason: "holds a \(String(decoding: whole[4..<8], as: UTF8.self)) structure, expected \(kind)"))
        }
        let version = whole.loadUnaligned(fromByteOffset: 8, as: UInt32.self).littleEndian
        guard version == IndexFile.formatVersion else {
            throw fail(.otherVersion(file: path, version: version))
        }
        // Verifying the CRC read every page; let them go (they stay in the page cache, and fault back
        // in as searches touch them), so that opening an index — or the segments a commit merges and
        // groups — does not keep all of it resident.
        madvise(address, size, MADV_DONTNEED)
        self.whole = whole
        self.body = UnsafeRawBufferPointer(rebasing: whole[IndexFile.headerSize..<(size - IndexFile.footerSize)])
        self.checksum = stored
    }

    deinit { munmap(UnsafeMutableRawPointer(mutating: whole.baseAddress), whole.count) }

    /// A reader over the body.
    func reader(at offset: Int = 0) -> ByteReader { ByteReader(body, offset: offset) }

    /// The error to throw when the body's content is inconsistent despite an intact CRC.
    func malformed(_ what: String) -> IndexError {
        .damaged(file: path, reason: "malformed \(what)")
    }
}

func hex(_ value: UInt32) -> String {
    let digits = String(value, radix: 16)
    return String(repeating: "0", count: 8 - digits.count) + digits
}

extension MappedFile {
    /// Lets go of the pages read so far (they stay in the page cache): a pass over a whole file does
    /// not keep it resident.
    func release() {
        madvise(UnsafeMutableRawPointer(mutating: whole.baseAddress), whole.count, MADV_DONTNEED)
    }
}
