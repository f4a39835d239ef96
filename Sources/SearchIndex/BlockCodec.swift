/// Bit-packing of fixed blocks of 128 integers, the layout of postings and positions (as in Lucene
/// and tantivy): one byte giving the bit width, then the 128 values in that many bits each.
enum BlockCodec {
    static let blockSize = 128

    /// The number of bits needed for the largest of `values`.
    static func bitWidth(_ values: UnsafeBufferPointer<UInt32>) -> Int {
        var union: UInt32 = 0
        for value in values { union |= value }
        return union == 0 ? 0 : 32 - union.leadingZeroBitCount
    }

    /// Appends a block of exactly `blockSize` values.
    static func pack(_ values: [UInt32], into writer: inout ByteWriter) {
        precondition(values.count == blockSize)
        let width = values.withUnsafeBufferPointer(bitWidth)
        writer.append(UInt8(width))
        guard width > 0 else { return }
        var accumulator: UInt64 = 0
        var filled = 0
        for value in values {
            accumulator |= UInt64(value) << UInt64(filled)
            filled += width
            while filled >= 8 {
                writer.append(UInt8(truncatingIfNeeded: accumulator))
                accumulator >>= 8
                filled -= 8
            }
        }
        // 128 values of any width fill whole bytes, so nothing is left over.
    }

    /// Reads a block written by `pack` into `output` (at least `blockSize` values long).
    static func unpack(from reader: inout ByteReader, into output: inout [UInt32]) throws(ByteReader.Malformed) {
        let width = Int(try reader.byte())
        guard width <= 32 else { throw ByteReader.Malformed(offset: reader.offset - 1) }
        guard width > 0 else {
            for index in 0..<blockSize { output[index] = 0 }
            return
        }
        let packed = try reader.bytes(width * blockSize / 8)
        let mask: UInt64 = (1 << UInt64(width)) - 1
        var accumulator: UInt64 = 0
        var filled = 0
        var byteIndex = 0
        for index in 0..<blockSize {
            while filled < width {
                accumulator |= UInt64(packed[byteIndex]) << UInt64(filled)
                byteIndex += 1
                filled += 8
            }
            output[index] = UInt32(truncatingIfNeeded: accumulator & mask)
            accumulator >>= UInt64(width)
            filled -= width
        }
    }
}
