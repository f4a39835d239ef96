/// A unit's positions of a term, each coded in just the bits a position of that unit can need: in a
/// unit of L positions every position is below L, so each takes w(L) = ⌈log₂ L⌉ bits (0 when L is 1).
/// A position in a unit of 20 positions takes 5 bits whatever the other units of its block are
/// (patched bit-packing gave every value of a run of 128 the width most of them needed, a long
/// article's deep positions patched in).
///
/// The positions are absolute, not gaps: a unit's k-th position lies at a bit known without reading
/// the ones before it, and a unit is stepped over by its width alone (f · w(L) bits), so that neither
/// reading nor skipping follows a chain of values (coding each gap in the bits of the room left after
/// the previous position saves 3% more but made a common phrase's positions a serial chain, 30–50%
/// slower). The bits are written low first, value after value, with no header: the reader knows each
/// unit's length (the unit table) and frequency (the postings).
enum PositionCodec {
    /// The bits each position of a unit of `length` positions takes.
    @inline(__always)
    static func width(length: UInt32) -> Int {
        length <= 1 ? 0 : 32 - (length - 1).leadingZeroBitCount
    }

    /// Appends a unit's positions, given as `deltas` (the first absolute, then each from the one
    /// before; ascending, each position below `length`), to `writer`.
    static func append(deltas: some Collection<UInt32>, length: UInt32, to writer: inout BitWriter) {
        let width = width(length: length)
        var position: UInt32 = 0
        for (index, delta) in deltas.enumerated() {
            precondition(index == 0 || delta > 0, "positions ascending")
            position = index == 0 ? delta : position + delta
            precondition(position < length, "positions within the unit's length")
            writer.append(position, width: width)
        }
    }

    /// Reads the `count` positions of a unit of `length` positions into the start of `output`: a
    /// position at or beyond the length, or not above the one before it, is damage.
    @inline(__always)
    static func read(count: Int, length: UInt32, from reader: inout BitReader,
                     into output: UnsafeMutableBufferPointer<UInt32>) throws(ByteReader.Malformed) {
        let width = width(length: length)
        let start = reader.bit
        try reader.skip(count * width)
        let base = reader.base
        let mask: UInt64 = (1 << UInt64(width)) &- 1
        var previous: Int64 = -1
        var damaged = false
        if (start + count * width) >> 3 + 8 <= base.count {
            // Every value lies within the 8 bytes at its first byte, and those are inside the body.
            for index in 0..<count {
                let bit = start &+ index &* width
                let word = UInt64(littleEndian: base.loadUnaligned(fromByteOffset: bit >> 3, as: UInt64.self))
                let value = UInt32(truncatingIfNeeded: (word >> UInt64(bit & 7)) & mask)
                damaged = damaged || value >= length || Int64(value) <= previous
                previous = Int64(value)
                output[index] = value
            }
        } else {
            var slow = BitReader(base, byteOffset: 0, bit: start)
            for index in 0..<count {
                let value = try slow.read(width: width)
                damaged = damaged || value >= length || Int64(value) <= previous
                previous = Int64(value)
                output[index] = value
            }
        }
        if damaged { throw ByteReader.Malformed(offset: start >> 3) }
    }
}

/// Appends values of up to 32 bits to a `ByteWriter`, low bits first.
struct BitWriter {
    private var accumulator: UInt64 = 0
    private var filled = 0

    mutating func append(_ value: UInt32, width: Int) {
        guard width > 0 else { return }
        accumulator |= UInt64(value) << UInt64(filled)
        filled += width
        precondition(filled <= 64)
        if filled >= 32 {
            bytes.append(UInt8(truncatingIfNeeded: accumulator))
            bytes.append(UInt8(truncatingIfNeeded: accumulator >> 8))
            bytes.append(UInt8(truncatingIfNeeded: accumulator >> 16))
            bytes.append(UInt8(truncatingIfNeeded: accumulator >> 24))
            accumulator >>= 32
            filled -= 32
        }
    }

    /// The whole bytes written so far; the pending bits are written by `finish`.
    private var bytes: [UInt8] = []

    /// Appends the bytes and the pending bits, the last byte padded with zeros, to `writer`, and
    /// starts again empty.
    mutating func finish(into writer: inout ByteWriter) {
        while filled > 0 {
            bytes.append(UInt8(truncatingIfNeeded: accumulator))
            accumulator >>= 8
            filled -= 8
        }
        filled = 0
        accumulator = 0
        writer.append(contentsOf: bytes)
        bytes.removeAll(keepingCapacity: true)
    }
}

/// Reads values written by `BitWriter` from a mapped file's bytes, bounds-checked.
struct BitReader {
    let base: UnsafeRawBufferPointer
    /// The next bit to read, counted from the start of `base`.
    private(set) var bit: Int

    init(_ base: UnsafeRawBufferPointer, byteOffset: Int, bit: Int = 0) {
        self.base = base
        self.bit = byteOffset * 8 + bit
    }

    var malformed: ByteReader.Malformed { ByteReader.Malformed(offset: bit >> 3) }

    @inline(__always)
    mutating func read(width: Int) throws(ByteReader.Malformed) -> UInt32 {
        let byte = bit >> 3, shift = bit & 7
        let word: UInt64
        if byte + 8 <= base.count {
            // 32 bits at any shift lie within the 8 bytes at their first byte.
            word = base.loadUnaligned(fromByteOffset: byte, as: UInt64.self).littleEndian
        } else {
            guard byte >= 0, bit + width <= base.count * 8 else { throw malformed }
            var gathered: UInt64 = 0
            for index in byte..<base.count { gathered |= UInt64(base[index]) << UInt64(8 * (index - byte)) }
            word = gathered
        }
        bit += width
        return UInt32(truncatingIfNeeded: (word >> UInt64(shift)) & ((1 << UInt64(width)) &- 1))
    }

    @inline(__always)
    mutating func skip(_ width: Int) throws(ByteReader.Malformed) {
        guard bit + width <= base.count * 8 else { throw malformed }
        bit += width
    }
}
