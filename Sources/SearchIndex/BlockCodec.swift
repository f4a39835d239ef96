/// Patched bit-packing (PFOR, as Lucene's `PForUtil`) of runs of up to 128 integers, the layout of
/// postings: the run's values in the few bits most of them need, and the high bits of the rare larger
/// ones ("exceptions") patched in after, so that one large value — a long gap between two units, a
/// unit that holds a term many times — no longer widens all 128.
///
/// A run of n values (n known to the reader): one byte holding the bit width w (0–32) in its low six
/// bits and, in its high bit, whether exceptions follow; ⌈n·w / 8⌉ bytes: each value's low w bits,
/// low bits first; then, when flagged, the exception count less one (u8), the width h of their high
/// bits (u8, 1 to 32 − w: the widest exception's) and ⌈e·(7 + h) / 8⌉ bytes holding, per exception
/// in ascending order of index, its index in the run (7 bits) and its high bits `value >> w` (h bits,
/// not 0), low bits first. (Up to version 10 an exception took a byte of index and a varint of high
/// bits, 16 bits or more where 7 + h are mostly 8 to 10: the writer then chose wider runs to avoid
/// them.) The writer picks the w that makes the run shortest.
enum BlockCodec {
    static let blockSize = 128
    /// Tails shorter than this stay varints: the width byte would cost more than packing saves.
    static let packedTailMinimum = 4

    private static let exceptionsFollow: UInt8 = 0x80
    /// The bits of an exception's index in its run (`blockSize` is 2⁷).
    private static let indexWidth = 7

    /// The bytes a run of `count` values takes at width `width` when `exceptions` of them have
    /// `highWidth` bits above it.
    private static func cost(count: Int, width: Int, exceptions: Int, highWidth: Int) -> Int {
        (count * width + 7) / 8 + (exceptions == 0 ? 0 : 2 + (exceptions * (indexWidth + highWidth) + 7) / 8)
    }

    /// Appends a run of 1…`blockSize` values.
    static func pack<Values: RandomAccessCollection<UInt32>>(_ values: Values, into writer: inout ByteWriter) {
        precondition(!values.isEmpty && values.count <= blockSize)
        let count = values.count
        // How many values need each number of bits, on the stack: the codec runs for every block of
        // every term of a segment, where an array per block was a tenth of its time.
        let (width, widest, exceptions) = withUnsafeTemporaryAllocation(of: Int.self, capacity: 33) { needing in
            needing.initialize(repeating: 0)
            for value in values { needing[value == 0 ? 0 : 32 - value.leadingZeroBitCount] += 1 }
            var widest = 32
            while needing[widest] == 0 { widest -= 1 }
            var width = widest, exceptions = 0
            var best = cost(count: count, width: widest, exceptions: 0, highWidth: 0)
            var above = 0
            for candidate in stride(from: widest - 1, through: 0, by: -1) {
                // The values wider than the candidate: its exceptions.
                above += needing[candidate + 1]
                let candidateCost = cost(count: count, width: candidate, exceptions: above, highWidth: widest - candidate)
                if candidateCost < best {
                    best = candidateCost
                    width = candidate
                    exceptions = above
                }
            }
            return (width, widest, exceptions)
        }
        writer.append(UInt8(width) | (exceptions > 0 ? exceptionsFollow : 0))
        if width > 0 {
            let mask: UInt64 = (1 << UInt64(width)) - 1
            var accumulator: UInt64 = 0
            var filled = 0
            for value in values {
                accumulator |= (UInt64(value) & mask) << UInt64(filled)
                filled += width
                while filled >= 8 {
                    writer.append(UInt8(truncatingIfNeeded: accumulator))
                    accumulator >>= 8
                    filled -= 8
                }
            }
            if filled > 0 { writer.append(UInt8(truncatingIfNeeded: accumulator)) }
        }
        guard exceptions > 0 else { return }
        let highWidth = widest - width
        writer.append(UInt8(exceptions - 1))
        writer.append(UInt8(highWidth))
        var bits = BitWriter()
        for (index, value) in values.enumerated() where value >> UInt32(width) != 0 {
            bits.append(UInt32(index), width: indexWidth)
            bits.append(value >> UInt32(width), width: highWidth)
        }
        bits.finish(into: &writer)
    }

    /// Reads a run of `count` values written by `pack` into the start of `output`.
    static func unpack(count: Int = blockSize, from reader: inout ByteReader, into output: inout [UInt32]) throws(ByteReader.Malformed) {
        let header = try reader.byte()
        let width = Int(header & ~exceptionsFollow)
        guard width <= 32, count <= output.count else { throw ByteReader.Malformed(offset: reader.offset - 1) }
        if width == 0 {
            for index in 0..<count { output[index] = 0 }
        } else {
            let start = reader.offset
            let packed = try reader.bytes((count * width + 7) / 8)
            let mask: UInt64 = (1 << UInt64(width)) - 1
            if start + packed.count + 8 <= reader.base.count {
                // Fast path: every value lies within the 8 bytes at its first byte (width ≤ 32 needs at
                // most 39 bits), and 8 bytes past the run are still inside the body.
                let base = reader.base.baseAddress!.advanced(by: start)
                output.withUnsafeMutableBufferPointer { output in
                    let output = output.baseAddress!
                    let groups = count / 8
                    unpackGroups(width: width, groups: groups, from: base, into: output)
                    var bit = groups * 8 * width
                    for index in (groups * 8)..<count {
                        let word = base.loadUnaligned(fromByteOffset: bit >> 3, as: UInt64.self)
                        output[index] = UInt32(truncatingIfNeeded: (UInt64(littleEndian: word) >> UInt64(bit & 7)) & mask)
                        bit &+= width
                    }
                }
            } else {
                var accumulator: UInt64 = 0
                var filled = 0
                var byteIndex = 0
                for index in 0..<count {
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
        guard header & exceptionsFollow != 0 else { return }
        let exceptions = Int(try reader.byte()) + 1
        let highWidth = Int(try reader.byte())
        guard exceptions <= count, highWidth > 0, width + highWidth <= 32 else { throw ByteReader.Malformed(offset: reader.offset - 1) }
        let patchesStart = reader.offset
        _ = try reader.bytes((exceptions * (indexWidth + highWidth) + 7) / 8)
        let damaged = ByteReader.Malformed(offset: reader.offset)
        let patchWidth = indexWidth + highWidth
        if reader.offset + 8 <= reader.base.count {
            // Fast path: an exception's 7 + h ≤ 39 bits lie within the 8 bytes at its first byte, and
            // 8 bytes past the patches are still inside the body. (Read through `BitReader`, a call per
            // field, patching was a sixth of decoding a common term's blocks.)
            let base = reader.base.baseAddress!.advanced(by: patchesStart)
            let indexMask: UInt64 = (1 << UInt64(indexWidth)) - 1, highMask: UInt64 = (1 << UInt64(highWidth)) - 1
            try output.withUnsafeMutableBufferPointer { output throws(ByteReader.Malformed) in
                var previous = -1
                var bit = 0
                for _ in 0..<exceptions {
                    let word = UInt64(littleEndian: base.loadUnaligned(fromByteOffset: bit >> 3, as: UInt64.self)) >> UInt64(bit & 7)
                    let index = Int(word & indexMask)
                    let high = UInt32(truncatingIfNeeded: (word >> UInt64(indexWidth)) & highMask)
                    guard index > previous, index < count, high > 0 else { throw damaged }
                    previous = index
                    output[index] |= high << UInt32(width)
                    bit &+= patchWidth
                }
            }
            return
        }
        // Near the end of the body: bit by bit through a reader; the bits read stay within the
        // patches (their size is checked above).
        var bits = BitReader(reader.base, byteOffset: patchesStart)
        var previous = -1
        for _ in 0..<exceptions {
            let index = Int(try bits.read(width: indexWidth))
            let high = try bits.read(width: highWidth)
            guard index > previous, index < count, high > 0 else { throw damaged }
            previous = index
            output[index] |= high << UInt32(width)
        }
    }

    /// Unpacks `groups` groups of eight `width`-bit values (`width` bytes each) from `base`, which
    /// must be readable 8 bytes past them. Eight values of a width fill whole bytes, so each value's
    /// byte and shift within a group depend on the width alone: the loop is made once per width
    /// with these as constants, unrolled (decoding was the largest part of a common phrase's time).
    private static func unpackGroups(width: Int, groups: Int, from base: UnsafeRawPointer, into output: UnsafeMutablePointer<UInt32>) {
        switch width {
        case 1: unpackGroups(constantWidth: 1, groups: groups, from: base, into: output)
        case 2: unpackGroups(constantWidth: 2, groups: groups, from: base, into: output)
        case 3: unpackGroups(constantWidth: 3, groups: groups, from: base, into: output)
        case 4: unpackGroups(constantWidth: 4, groups: groups, from: base, into: output)
        case 5: unpackGroups(constantWidth: 5, groups: groups, from: base, into: output)
        case 6: unpackGroups(constantWidth: 6, groups: groups, from: base, into: output)
        case 7: unpackGroups(constantWidth: 7, groups: groups, from: base, into: output)
        case 8: unpackGroups(constantWidth: 8, groups: groups, from: base, into: output)
        case 9: unpackGroups(constantWidth: 9, groups: groups, from: base, into: output)
        case 10: unpackGroups(constantWidth: 10, groups: groups, from: base, into: output)
        case 11: unpackGroups(constantWidth: 11, groups: groups, from: base, into: output)
        case 12: unpackGroups(constantWidth: 12, groups: groups, from: base, into: output)
        case 13: unpackGroups(constantWidth: 13, groups: groups, from: base, into: output)
        case 14: unpackGroups(constantWidth: 14, groups: groups, from: base, into: output)
        case 15: unpackGroups(constantWidth: 15, groups: groups, from: base, into: output)
        case 16: unpackGroups(constantWidth: 16, groups: groups, from: base, into: output)
        case 17: unpackGroups(constantWidth: 17, groups: groups, from: base, into: output)
        case 18: unpackGroups(constantWidth: 18, groups: groups, from: base, into: output)
        case 19: unpackGroups(constantWidth: 19, groups: groups, from: base, into: output)
        case 20: unpackGroups(constantWidth: 20, groups: groups, from: base, into: output)
        case 21: unpackGroups(constantWidth: 21, groups: groups, from: base, into: output)
        case 22: unpackGroups(constantWidth: 22, groups: groups, from: base, into: output)
        case 23: unpackGroups(constantWidth: 23, groups: groups, from: base, into: output)
        case 24: unpackGroups(constantWidth: 24, groups: groups, from: base, into: output)
        case 25: unpackGroups(constantWidth: 25, groups: groups, from: base, into: output)
        case 26: unpackGroups(constantWidth: 26, groups: groups, from: base, into: output)
        case 27: unpackGroups(constantWidth: 27, groups: groups, from: base, into: output)
        case 28: unpackGroups(constantWidth: 28, groups: groups, from: base, into: output)
        case 29: unpackGroups(constantWidth: 29, groups: groups, from: base, into: output)
        case 30: unpackGroups(constantWidth: 30, groups: groups, from: base, into: output)
        case 31: unpackGroups(constantWidth: 31, groups: groups, from: base, into: output)
        case 32: unpackGroups(constantWidth: 32, groups: groups, from: base, into: output)
        default: preconditionFailure("a bit width of \(width)")
        }
    }

    @inline(__always)
    private static func unpackGroups(constantWidth width: Int, groups: Int, from base: UnsafeRawPointer,
                                     into output: UnsafeMutablePointer<UInt32>) {
        let mask: UInt64 = (1 << UInt64(width)) - 1
        for group in 0..<groups {
            let source = base + group * width
            let target = output + group * 8
            for slot in 0..<8 {
                let bit = slot * width
                let word = UInt64(littleEndian: source.loadUnaligned(fromByteOffset: bit >> 3, as: UInt64.self))
                target[slot] = UInt32(truncatingIfNeeded: (word >> UInt64(bit & 7)) & mask)
            }
        }
    }
}
