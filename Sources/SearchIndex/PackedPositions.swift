/// One unit's positions of a term as they lie in the positions file (`PositionCodec`), located but not
/// decoded: a phrase check reads only the few it compares, where decoding a common part's positions
/// in every unit it checks was a quarter of a common phrase's time.
struct PackedPositions {
    /// The positions file's body.
    let base: UnsafeRawBufferPointer
    /// The first position's first bit, counted from the start of `base`; the `count` positions lie
    /// within `base` (checked when located).
    let bit: Int
    /// The bits each position takes.
    let width: Int
    let count: Int
    /// The unit's length: every position is below it.
    let length: UInt32

    /// No positions (a cursor's before it locates any).
    static var none: PackedPositions {
        PackedPositions(base: UnsafeRawBufferPointer(start: nil, count: 0), bit: 0, width: 0, count: 0, length: 0)
    }

    /// The position at `index` (below `count`), as stored: the caller checks it against `length`
    /// and the one before it.
    @inline(__always)
    func value(_ index: Int) -> UInt32 {
        guard width > 0 else { return 0 }
        let at = bit &+ index &* width
        let byte = at >> 3
        var word: UInt64 = 0
        if byte &+ 8 <= base.count {
            word = UInt64(littleEndian: base.loadUnaligned(fromByteOffset: byte, as: UInt64.self))
        } else {
            // Near the end of the file: the bytes that are there (the value's own are, see `bit`).
            for offset in byte..<base.count { word |= UInt64(base[offset]) << UInt64(8 * (offset - byte)) }
        }
        return UInt32(truncatingIfNeeded: (word >> UInt64(at & 7)) & ((1 << UInt64(width)) &- 1))
    }

    /// The position at `index` (below `count`), checked against the unit's length and `previous`, the
    /// position before it (−1 for the first): one at or beyond the length or not above it is damage.
    @inline(__always)
    func value(_ index: Int, after previous: Int64) throws(ByteReader.Malformed) -> UInt32 {
        let value = value(index)
        guard value < length, Int64(value) > previous else { throw ByteReader.Malformed(offset: (bit + index * width) >> 3) }
        return value
    }
}
