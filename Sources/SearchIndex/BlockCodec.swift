/// Patched bit-packing (PFOR, as Lucene's `PForUtil`) of runs of up to 128 integers, the layout of
/// postings: the run's values in the few bits most of them need, and the high bits of the rare larger
/// ones ("exceptions") patched in after, so that one large value — a long gap between two units, a
/// unit that holds a term many times — no longer widens all 128.
///
/// A run of n values (n known to the reader): one byte holding the bit width w (0–32) in its low six
/// bits, in its high bit whether exceptions follow and in the bit below it whether they are marked by
/// a bitmap; ⌈n·w / 8⌉ bytes: each value's low w bits, low bits first; then, when flagged, the width h
/// of the exceptions' high bits (1 to 32 − w: the widest exception's) and either — a list — the
/// exception count less one (u8, before h) and ⌈e·(7 + h) / 8⌉ bytes holding, per exception in
/// ascending order of index, its index in the run (7 bits) and its high bits `value >> w` (h bits, not
/// 0), low bits first; or — a bitmap — ⌈n / 8⌉ bytes with a bit per value (low bit first) set for the
/// exceptions, then ⌈e·h / 8⌉ bytes of their high bits (not 0) in order of index (h is at least 2
/// then: with every exception one bit wider, a bitmap of n bits costs what widening the run does). A list costs 7 bits
/// an exception, a bitmap n bits in all: a block whose gaps spread over a few bits either side of
/// their middle (the unit deltas of common terms) is cheapest at a narrow width with a third of its
/// values patched, where 7 bits an index cost more than the bits saved. (Up to version 10 an exception
/// took a byte of index and a varint of high bits; up to version 14 there was no bitmap.) The writer
/// picks the width and the layout that make the run shortest, a list when both are as short or when
/// its caller allows no bitmap (`PostingsWriter` allows one in the runs of terms that are not common:
/// a third of a block patched costs the reader more than listed exceptions do).
enum BlockCodec {
    static let blockSize = 128
    /// Tails shorter than this stay varints: the width byte would cost more than packing saves.
    static let packedTailMinimum = 4

    private static let exceptionsFollow: UInt8 = 0x80
    /// With `exceptionsFollow`: the exceptions are marked by a bitmap, not listed.
    private static let exceptionBitmap: UInt8 = 0x40
    /// The bits of an exception's index in its run (`blockSize` is 2⁷).
    private static let indexWidth = 7

    /// The bytes a run of `count` values takes at width `width` when `exceptions` of them have
    /// `highWidth` bits above it: plain or listed, and marked by a bitmap (nil without exceptions).
    private static func cost(count: Int, width: Int, exceptions: Int, highWidth: Int) -> (listed: Int, marked: Int?) {
        let packed = (count * width + 7) / 8
        guard exceptions > 0 else { return (packed, nil) }
        return (packed + 2 + (exceptions * (indexWidth + highWidth) + 7) / 8,
                packed + 1 + (count + 7) / 8 + (exceptions * highWidth + 7) / 8)
    }

    /// Appends a run of 1…`blockSize` values; its exceptions are marked by a bitmap where that is
    /// shorter and `bitmap` allows it, else listed.
    static func pack<Values: RandomAccessCollection<UInt32>>(_ values: Values, bitmap allowed: Bool = true, into writer: inout ByteWriter) {
        precondition(!values.isEmpty && values.count <= blockSize)
        let count = values.count
        // How many values need each number of bits, on the stack: the codec runs for every block of
        // every term of a segment, where an array per block was a tenth of its time.
        let (width, widest, exceptions, bitmap) = withUnsafeTemporaryAllocation(of: Int.self, capacity: 33) { needing in
            needing.initialize(repeating: 0)
            for value in values { needing[value == 0 ? 0 : 32 - value.leadingZeroBitCount] += 1 }
            var widest = 32
            while needing[widest] == 0 { widest -= 1 }
            // The shortest listed (or plain) layout and the shortest marked one, each with its width and exceptions.
            var listed = (bytes: cost(count: count, width: widest, exceptions: 0, highWidth: 0).listed, width: widest, exceptions: 0)
            var marked = (bytes: Int.max, width: widest, exceptions: 0)
            var above = 0
            for candidate in stride(from: widest - 1, through: 0, by: -1) {
                // The values wider than the candidate: its exceptions.
                above += needing[candidate + 1]
                let candidateCost = cost(count: count, width: candidate, exceptions: above, highWidth: widest - candidate)
                if candidateCost.listed < listed.bytes { listed = (candidateCost.listed, candidate, above) }
                if let bytes = candidateCost.marked, bytes < marked.bytes { marked = (bytes, candidate, above) }
            }
            let bitmap = allowed && marked.bytes < listed.bytes
            let chosen = bitmap ? marked : listed
            return (chosen.width, widest, chosen.exceptions, bitmap)
        }
        writer.append(UInt8(width) | (exceptions > 0 ? exceptionsFollow : 0) | (bitmap ? exceptionBitmap : 0))
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
        var bits = BitWriter()
        if bitmap {
            writer.append(UInt8(highWidth))
            var marks = [UInt8](repeating: 0, count: (count + 7) / 8)
            for (index, value) in values.enumerated() where value >> UInt32(width) != 0 {
                marks[index >> 3] |= 1 << UInt8(index & 7)
                bits.append(value >> UInt32(width), width: highWidth)
            }
            writer.append(contentsOf: marks)
            bits.finish(into: &writer)
            return
        }
        writer.append(UInt8(exceptions - 1))
        writer.append(UInt8(highWidth))
        for (index, value) in values.enumerated() where value >> UInt32(width) != 0 {
            bits.append(UInt32(index), width: indexWidth)
            bits.append(value >> UInt32(width), width: highWidth)
        }
        bits.finish(into: &writer)
    }

    /// Reads a run of `count` values written by `pack` into the start of `output`.
    static func unpack(count: Int = blockSize, from reader: inout ByteReader, into output: inout [UInt32]) throws(ByteReader.Malformed) {
        let header = try reader.byte()
        let width = Int(header & ~(exceptionsFollow | exceptionBitmap))
        guard width <= 32, count <= output.count, header & (exceptionsFollow | exceptionBitmap) != exceptionBitmap else {
            throw ByteReader.Malformed(offset: reader.offset - 1)
        }
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
                output.withUnsafeMutableBufferPointer { unpackBits(count: count, width: width, from: base, into: $0.baseAddress!) }
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
        if header & exceptionBitmap != 0 { return try patchMarked(count: count, width: width, from: &reader, into: &output) }
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

    /// Patches in the high bits of the exceptions a bitmap marks: the run's h, bitmap and high bits, read
    /// after its `count` values' low `width` bits were unpacked into `output`.
    private static func patchMarked(count: Int, width: Int, from reader: inout ByteReader, into output: inout [UInt32]) throws(ByteReader.Malformed) {
        let highWidth = Int(try reader.byte())
        guard highWidth > 0, width + highWidth <= 32 else { throw ByteReader.Malformed(offset: reader.offset - 1) }
        let marks = try reader.bytes((count + 7) / 8)
        // The bitmap as two words (a run is at most 128 values): a full block's loaded whole.
        var words: (UInt64, UInt64) = (0, 0)
        if marks.count == 16 {
            words = (UInt64(littleEndian: marks.loadUnaligned(as: UInt64.self)),
                     UInt64(littleEndian: marks.loadUnaligned(fromByteOffset: 8, as: UInt64.self)))
        } else {
            for (index, byte) in marks.enumerated() {
                if index < 8 { words.0 |= UInt64(byte) << UInt64(index * 8) } else { words.1 |= UInt64(byte) << UInt64(index * 8 - 64) }
            }
        }
        let damaged = ByteReader.Malformed(offset: reader.offset - 1)
        let exceptions = words.0.nonzeroBitCount + words.1.nonzeroBitCount
        // No exception at all, or a bit past the run's values, is damage.
        let beyond = count >= 64 ? (count == 128 ? 0 : words.1 >> UInt64(count - 64)) : words.0 >> UInt64(count) | words.1
        guard exceptions > 0, beyond == 0 else { throw damaged }
        let patchesStart = reader.offset
        _ = try reader.bytes((exceptions * highWidth + 7) / 8)
        // The high parts unpacked as a run of their own (a call per width, unrolled), then added to
        // the marked values: a load and a shift each where an exception read its own bits, a third
        // of a common term's block being patched.
        try withUnsafeTemporaryAllocation(of: UInt32.self, capacity: blockSize) { highs throws(ByteReader.Malformed) in
            let highs = highs.baseAddress!
            if reader.offset + 8 <= reader.base.count {
                // Fast path: 8 bytes past the high parts are still inside the body.
                unpackBits(count: exceptions, width: highWidth, from: reader.base.baseAddress!.advanced(by: patchesStart), into: highs)
            } else {
                var bits = BitReader(reader.base, byteOffset: patchesStart)
                for index in 0..<exceptions { highs[index] = try bits.read(width: highWidth) }
            }
            // Whether a high part of 0 was read: checked once after the loop (a pass of its own cost
            // twice the instructions, a branch per value).
            var zeros: UInt32 = 0
            output.withUnsafeMutableBufferPointer { output in
                let output = output.baseAddress!
                var next = highs
                for wordIndex in 0..<2 {
                    var word = wordIndex == 0 ? words.0 : words.1
                    let first = wordIndex << 6
                    while word != 0 {
                        let high = next.pointee
                        zeros |= high == 0 ? 1 : 0
                        output[first | word.trailingZeroBitCount] |= high &<< UInt32(width)
                        next += 1
                        word &= word &- 1
                    }
                }
            }
            guard zeros == 0 else { throw damaged }
        }
    }

    /// Unpacks `count` values of `width` bits (1–32) from `base`, which must be readable 8 bytes
    /// past them: whole groups of eight by `unpackGroups`, the rest one by one.
    private static func unpackBits(count: Int, width: Int, from base: UnsafeRawPointer, into output: UnsafeMutablePointer<UInt32>) {
        let groups = count / 8
        unpackGroups(width: width, groups: groups, from: base, into: output)
        let mask: UInt64 = (1 << UInt64(width)) - 1
        // Every value lies within the 8 bytes at its first byte (width ≤ 32 needs at most 39 bits).
        var bit = groups * 8 * width
        for index in (groups * 8)..<count {
            let word = base.loadUnaligned(fromByteOffset: bit >> 3, as: UInt64.self)
            output[index] = UInt32(truncatingIfNeeded: (UInt64(littleEndian: word) >> UInt64(bit & 7)) & mask)
            bit &+= width
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
