/// The code the store's texts are compressed in: ASCII as itself, and every other character by its rank
/// among those of the texts the store's dictionary was trained on — the `singleByteCodes` commonest as one
/// byte (0x80 + rank), the next ones as two (a lead byte from 0xE0 to 0xFE, then a byte), any other as
/// 0xFF and its scalar in three bytes (big-endian). zstd codes its literals byte by byte and finds matches
/// of whole bytes: in UTF-8 a Han character is three bytes, two of them six bits each, where here a common
/// one is a byte and most others two, so the same text is about a fifth smaller compressed (BENCHMARKS.md,
/// issue 11, twenty-fourth session). The store's lengths and the quotations' spans stay in UTF-8's terms
/// but a literal entry's text, which is stored in this code and decoded when it is read.
///
/// Serialized (at the head of a `StoreDictionary`'s body): the character count (varint), then the
/// characters in rank order, as UTF-8.
struct StoreCharacterCode: Sendable {
    /// The characters coded in one byte, 0x80 up to 0xDF.
    static let singleByteCodes = 96
    /// The lead bytes of the two-byte codes, 0xE0 up to 0xFE; 0xFF leads an escaped scalar.
    static let firstLead: UInt8 = 0x80 + UInt8(singleByteCodes)
    static let escape: UInt8 = 0xFF
    /// The most characters a code ranks.
    static let capacity = singleByteCodes + Int(escape - firstLead) * 256

    /// The ranked characters' scalars, the commonest first.
    let scalars: [UInt32]
    /// Per rank, its character's UTF-8 bytes, the first in the low byte.
    private let utf8: [UInt32]
    /// Per scalar of the Basic Multilingual Plane, its rank + 1 (0: not ranked).
    private let bmpRanks: [UInt16]
    /// The ranks of the other planes' ranked scalars.
    private let otherRanks: [UInt32: Int]

    /// A code ranking `scalars` (non-ASCII, distinct, at most `capacity`), in that order.
    init(scalars: [UInt32]) {
        precondition(scalars.count <= StoreCharacterCode.capacity, "a code ranks at most \(StoreCharacterCode.capacity) characters")
        self.scalars = scalars
        var utf8: [UInt32] = []
        var bmpRanks = [UInt16](repeating: 0, count: 0x10000)
        var otherRanks: [UInt32: Int] = [:]
        for (rank, scalar) in scalars.enumerated() {
            var packed: UInt32 = 0
            for (index, byte) in StoreCharacterCode.utf8Bytes(of: scalar).enumerated() { packed |= UInt32(byte) << (8 * index) }
            utf8.append(packed)
            if scalar < 0x10000 { bmpRanks[Int(scalar)] = UInt16(rank + 1) } else { otherRanks[scalar] = rank }
        }
        self.utf8 = utf8
        self.bmpRanks = bmpRanks
        self.otherRanks = otherRanks
    }

    /// The code read from `reader` (its serialized form), or nil when it is not one: a character that is
    /// ASCII, not a scalar, or ranked twice, or more than `capacity` of them.
    init?(reading reader: inout ByteReader) {
        guard let count = try? reader.int(), count <= StoreCharacterCode.capacity else { return nil }
        var scalars: [UInt32] = []
        var seen = Set<UInt32>()
        for _ in 0..<count {
            guard let lead = try? reader.byte(), lead >= 0xC0, lead < 0xF8 else { return nil }
            let length = lead < 0xE0 ? 2 : lead < 0xF0 ? 3 : 4
            guard let rest = try? reader.bytes(length - 1) else { return nil }
            var scalar = UInt32(lead) & (0xFF >> (length + 1))
            for byte in rest {
                guard byte & 0xC0 == 0x80 else { return nil }
                scalar = scalar << 6 | UInt32(byte & 0x3F)
            }
            guard scalar >= 0x80, Unicode.Scalar(scalar) != nil, StoreCharacterCode.utf8Bytes(of: scalar).count == length,
                  seen.insert(scalar).inserted else { return nil }
            scalars.append(scalar)
        }
        self.init(scalars: scalars)
    }

    /// Its serialized form.
    var serialized: [UInt8] {
        var writer = ByteWriter()
        writer.appendVarint(scalars.count)
        for scalar in scalars { writer.append(contentsOf: StoreCharacterCode.utf8Bytes(of: scalar)) }
        return writer.bytes
    }

    /// Counts of the characters of texts, to rank them by.
    struct Counts: Sendable {
        private var bmp = [UInt32](repeating: 0, count: 0x10000)
        private var other: [UInt32: UInt32] = [:]

        init() {}

        /// Counts the non-ASCII characters of `text` (valid UTF-8).
        mutating func count(_ text: [UInt8]) {
            text.withUnsafeBufferPointer { bytes in
                var at = 0
                while at < bytes.count {
                    let lead = bytes[at]
                    guard lead >= 0x80 else {
                        at += 1
                        continue
                    }
                    let (scalar, length) = StoreCharacterCode.scalar(in: bytes, at: at)
                    if scalar < 0x10000 { bmp[Int(scalar)] &+= 1 } else { other[scalar, default: 0] += 1 }
                    at += length
                }
            }
        }

        /// The code of the characters counted: the commonest first (ties in scalar order), as many as
        /// it can rank.
        var code: StoreCharacterCode {
            var counted: [(scalar: UInt32, count: UInt32)] = []
            for (scalar, count) in bmp.enumerated() where count > 0 { counted.append((UInt32(scalar), count)) }
            for (scalar, count) in other { counted.append((scalar, count)) }
            counted.sort { $0.count != $1.count ? $0.count > $1.count : $0.scalar < $1.scalar }
            return StoreCharacterCode(scalars: counted.prefix(StoreCharacterCode.capacity).map(\.scalar))
        }
    }

    /// Appends `text` (valid UTF-8) in this code to `output`.
    func encode(_ text: UnsafeRawBufferPointer, into output: inout ByteWriter) {
        let bytes = text.assumingMemoryBound(to: UInt8.self)
        var at = 0
        while at < bytes.count {
            let lead = bytes[at]
            guard lead >= 0x80 else {
                output.append(lead)
                at += 1
                continue
            }
            let (scalar, length) = StoreCharacterCode.scalar(in: bytes, at: at)
            at += length
            let rank = scalar < 0x10000 ? Int(bmpRanks[Int(scalar)]) - 1 : otherRanks[scalar] ?? -1
            if rank < 0 {
                output.append(StoreCharacterCode.escape)
                output.append(UInt8(scalar >> 16))
                output.append(UInt8(scalar >> 8 & 0xFF))
                output.append(UInt8(scalar & 0xFF))
            } else if rank < StoreCharacterCode.singleByteCodes {
                output.append(0x80 + UInt8(rank))
            } else {
                let twoByte = rank - StoreCharacterCode.singleByteCodes
                output.append(StoreCharacterCode.firstLead + UInt8(twoByte >> 8))
                output.append(UInt8(twoByte & 0xFF))
            }
        }
    }

    /// `coded` decoded to UTF-8 into the start of `output` (grown as needed): the number of bytes, or nil
    /// when `coded` is not text in this code (a rank past the code's, a cut code, an escape of something
    /// that is not a non-ASCII scalar).
    func decode(_ coded: UnsafeRawBufferPointer, into output: inout [UInt8]) -> Int? {
        // No code is longer in UTF-8 than four bytes a byte of it.
        if output.count < 4 * coded.count { output = [UInt8](repeating: 0, count: 4 * coded.count) }
        let utf8 = self.utf8
        return output.withUnsafeMutableBufferPointer { out -> Int? in
            var at = 0, written = 0
            while at < coded.count {
                let byte = coded[at]
                if byte < 0x80 {
                    out[written] = byte
                    written += 1
                    at += 1
                    continue
                }
                var packed: UInt32
                if byte < StoreCharacterCode.firstLead {
                    let rank = Int(byte - 0x80)
                    guard rank < utf8.count else { return nil }
                    packed = utf8[rank]
                    at += 1
                } else if byte < StoreCharacterCode.escape {
                    guard at + 1 < coded.count else { return nil }
                    let rank = StoreCharacterCode.singleByteCodes + Int(byte - StoreCharacterCode.firstLead) << 8 + Int(coded[at + 1])
                    guard rank < utf8.count else { return nil }
                    packed = utf8[rank]
                    at += 2
                } else {
                    guard at + 3 < coded.count else { return nil }
                    let scalar = UInt32(coded[at + 1]) << 16 | UInt32(coded[at + 2]) << 8 | UInt32(coded[at + 3])
                    guard scalar >= 0x80, Unicode.Scalar(scalar) != nil else { return nil }
                    packed = 0
                    for (index, byte) in StoreCharacterCode.utf8Bytes(of: scalar).enumerated() { packed |= UInt32(byte) << (8 * index) }
                    at += 4
                }
                repeat {
                    out[written] = UInt8(truncatingIfNeeded: packed)
                    written += 1
                    packed >>= 8
                } while packed != 0
            }
            return written
        }
    }

    /// The scalar whose UTF-8 (valid) begins at `at` in `bytes` with a byte of 0x80 or more, and its length.
    private static func scalar(in bytes: UnsafeBufferPointer<UInt8>, at: Int) -> (scalar: UInt32, length: Int) {
        let lead = bytes[at]
        if lead < 0xE0 { return (UInt32(lead & 0x1F) << 6 | UInt32(bytes[at + 1] & 0x3F), 2) }
        if lead < 0xF0 { return (UInt32(lead & 0x0F) << 12 | UInt32(bytes[at + 1] & 0x3F) << 6 | UInt32(bytes[at + 2] & 0x3F), 3) }
        return (UInt32(lead & 0x07) << 18 | UInt32(bytes[at + 1] & 0x3F) << 12 | UInt32(bytes[at + 2] & 0x3F) << 6
                    | UInt32(bytes[at + 3] & 0x3F), 4)
    }

    /// The UTF-8 bytes of `scalar` (a Unicode scalar of 0x80 or more).
    private static func utf8Bytes(of scalar: UInt32) -> [UInt8] {
        Array(String(Character(Unicode.Scalar(scalar)!)).utf8)
    }
}
