import TextNormalization

/// The characters that near-duplicate detection compares: the text folded (NFKC, traditional →
/// simplified), Latin letters lower-cased, and everything that is neither a letter nor a digit left out.
///
/// Whitespace, line breaks, punctuation, `～` placeholders and symbols go, so that two copies that differ
/// only in how a site wrapped lines or which comma it used are identical; digits stay, so that two
/// reports that differ only in their figures are near-duplicates, not copies.
public enum ComparisonText {
    /// The compared characters of `text`, as Unicode scalar values.
    public static func characters(of text: String) -> [UInt32] {
        let folded = FoldedText.folded(text)
        var result: [UInt32] = []
        result.reserveCapacity(folded.count)
        var index = 0
        while index < folded.count {
            var scalar = UInt32(folded[index])
            index += 1
            if scalar & 0xFC00 == 0xD800, index < folded.count, folded[index] & 0xFC00 == 0xDC00 {
                scalar = 0x10000 + ((scalar - 0xD800) << 10) + (UInt32(folded[index]) - 0xDC00)
                index += 1
            }
            if let kept = comparable(scalar) { result.append(kept) }
        }
        return result
    }

    /// The scalar as compared, or nil where it is not compared.
    @inline(__always)
    static func comparable(_ value: UInt32) -> UInt32? {
        // The common cases first: CJK ideographs and ASCII make up nearly all of the genre's text.
        if HanCharacter.contains(value) { return value }
        if value < 0x80 {
            switch value {
            case 0x30...0x39, 0x61...0x7A: return value
            case 0x41...0x5A: return value + 0x20
            default: return nil
            }
        }
        guard let scalar = Unicode.Scalar(value) else { return nil }
        let properties = scalar.properties
        guard properties.isAlphabetic || properties.numericType != nil else { return nil }
        if properties.isUppercase, let lower = properties.lowercaseMapping.unicodeScalars.first { return lower.value }
        return value
    }
}
