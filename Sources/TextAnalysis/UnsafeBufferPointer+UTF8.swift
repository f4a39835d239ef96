extension UnsafeBufferPointer<UInt8> {
    /// The scalar whose UTF-8 begins at `offset` of valid UTF-8 (a Swift string's bytes, or stored text
    /// whose CRC was checked), and its length in bytes. A sequence cut short by the end of the buffer
    /// (damage the CRC did not catch) reads as U+FFFD up to the end, never past it.
    @inline(__always)
    func scalar(at offset: Int) -> (value: UInt32, length: Int) {
        let lead = UInt32(self[offset])
        if lead < 0x80 { return (lead, 1) }
        let length = lead < 0xE0 ? 2 : lead < 0xF0 ? 3 : 4
        guard offset + length <= count else { return (0xFFFD, count - offset) }
        if lead < 0xE0 { return ((lead & 0x1F) << 6 | UInt32(self[offset + 1] & 0x3F), 2) }
        if lead < 0xF0 {
            return ((lead & 0x0F) << 12 | UInt32(self[offset + 1] & 0x3F) << 6 | UInt32(self[offset + 2] & 0x3F), 3)
        }
        return ((lead & 0x07) << 18 | UInt32(self[offset + 1] & 0x3F) << 12 | UInt32(self[offset + 2] & 0x3F) << 6
                    | UInt32(self[offset + 3] & 0x3F), 4)
    }

    /// Where the scalar that ends at `offset` (> 0) begins.
    @inline(__always)
    func startOfScalar(before offset: Int) -> Int {
        var start = offset - 1
        while start > 0 && self[start] & 0xC0 == 0x80 { start -= 1 }
        return start
    }

    /// The text of `range` (whole scalars).
    func string(_ range: Range<Int>) -> String {
        String(decoding: UnsafeBufferPointer(rebasing: self[range]), as: UTF8.self)
    }
}
