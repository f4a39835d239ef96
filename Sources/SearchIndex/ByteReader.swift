/// A bounds-checked cursor over bytes of a mapped index file.
///
/// Every read checks its bounds and throws `Malformed` instead of trapping, so that a file whose CRC
/// happens to match but whose content is inconsistent is still reported, never half-read.
struct ByteReader {
    let base: UnsafeRawBufferPointer
    var offset: Int

    struct Malformed: Error {
        let offset: Int
    }

    init(_ base: UnsafeRawBufferPointer, offset: Int = 0) {
        self.base = base
        self.offset = offset
    }

    var isAtEnd: Bool { offset >= base.count }

    mutating func byte() throws(Malformed) -> UInt8 {
        guard offset < base.count else { throw Malformed(offset: offset) }
        defer { offset += 1 }
        return base[offset]
    }

    mutating func uint16() throws(Malformed) -> UInt16 {
        guard offset + 2 <= base.count else { throw Malformed(offset: offset) }
        defer { offset += 2 }
        return UInt16(base[offset]) | UInt16(base[offset + 1]) << 8
    }

    mutating func uint32() throws(Malformed) -> UInt32 {
        guard offset + 4 <= base.count else { throw Malformed(offset: offset) }
        defer { offset += 4 }
        return base.loadUnaligned(fromByteOffset: offset, as: UInt32.self).littleEndian
    }

    mutating func uint64() throws(Malformed) -> UInt64 {
        guard offset + 8 <= base.count else { throw Malformed(offset: offset) }
        defer { offset += 8 }
        return base.loadUnaligned(fromByteOffset: offset, as: UInt64.self).littleEndian
    }

    mutating func varint() throws(Malformed) -> UInt64 {
        var result: UInt64 = 0
        var shift: UInt64 = 0
        while true {
            guard offset < base.count, shift < 64 else { throw Malformed(offset: offset) }
            let byte = base[offset]
            offset += 1
            result |= UInt64(byte & 0x7F) << shift
            if byte < 0x80 { return result }
            shift += 7
        }
    }

    /// A varint that must fit in `0...limit`.
    mutating func int(max limit: Int = Int(Int32.max)) throws(Malformed) -> Int {
        let value = try varint()
        guard value <= UInt64(limit) else { throw Malformed(offset: offset) }
        return Int(value)
    }

    mutating func bytes(_ count: Int) throws(Malformed) -> UnsafeRawBufferPointer {
        guard count >= 0, offset + count <= base.count else { throw Malformed(offset: offset) }
        defer { offset += count }
        return UnsafeRawBufferPointer(rebasing: base[offset..<(offset + count)])
    }

    mutating func string() throws(Malformed) -> String {
        let length = try int()
        return String(decoding: try bytes(length), as: UTF8.self)
    }

    mutating func byteArray() throws(Malformed) -> [UInt8] {
        let length = try int()
        return Array(try bytes(length))
    }
}
