/// What Zhili counts as a Han character (a Chinese ideograph), the one definition every module uses: the
/// CJK Unified Ideographs with their Extensions A–I, and the CJK Compatibility Ideographs with their
/// supplement, by Unicode block (Unicode 15.1).
///
/// Whole blocks, not the `Unified_Ideograph` property: a block's unassigned tail is Han when it is assigned,
/// and a range test is what the hot loops can afford. The compatibility ideographs are in, as what they are
/// in the text as written (NFKC folds all but twelve of them to unified ones, which stay: 﨑, 﨟 …). Not 〇
/// (U+3007, a symbol that writes zero: whoever reads it as a numeral says so), radicals or strokes.
public enum HanCharacter {
    /// The unified ideographs of the Basic Multilingual Plane: Extension A and the original block.
    public static let basicPlaneUnified: [ClosedRange<Int>] = [0x3400...0x4DBF, 0x4E00...0x9FFF]
    /// The CJK Compatibility Ideographs.
    public static let basicPlaneCompatibility: ClosedRange<Int> = 0xF900...0xFAFF
    /// The blocks beyond the Basic Multilingual Plane: Extension B; C, D, E, F and I, which follow one
    /// another; the Compatibility Ideographs Supplement; G and H.
    public static let supplementary: [ClosedRange<Int>] = [0x20000...0x2A6DF, 0x2A700...0x2EE5F, 0x2F800...0x2FA1F, 0x30000...0x323AF]

    /// Whether the UTF-16 unit is a Han character of the Basic Multilingual Plane (a unit of a surrogate
    /// pair is not: whoever reads characters beyond it decodes the pair and asks `contains(_:)` of the
    /// scalar's value).
    ///
    /// The unified block is tested first, as nearly every character of the genre's text is in it, and one
    /// more comparison sends ASCII and punctuation away: the segmenter and the index ask this of every unit.
    @inlinable @inline(__always)
    public static func contains(_ unit: UInt16) -> Bool {
        if unit >= 0x4E00 { return unit <= 0x9FFF || (unit >= 0xF900 && unit <= 0xFAFF) }
        return unit >= 0x3400 && unit <= 0x4DBF
    }

    /// Whether the scalar value is a Han character.
    @inlinable @inline(__always)
    public static func contains(_ value: UInt32) -> Bool {
        if value < 0x10000 { return contains(UInt16(truncatingIfNeeded: value)) }
        guard value >= 0x20000, value <= 0x323AF else { return false }
        return value <= 0x2A6DF || (value >= 0x2A700 && value <= 0x2EE5F) || (value >= 0x2F800 && value <= 0x2FA1F) || value >= 0x30000
    }

    /// Whether the scalar is a Han character.
    @inlinable @inline(__always)
    public static func contains(_ scalar: Unicode.Scalar) -> Bool {
        contains(scalar.value)
    }

    /// Whether the UTF-16 unit is a unified ideograph of the Basic Multilingual Plane (Extension A or the
    /// original block): a Han character that is its own canonical form.
    @inlinable @inline(__always)
    public static func isBasicPlaneUnified(_ unit: UInt16) -> Bool {
        if unit >= 0x4E00 { return unit <= 0x9FFF }
        return unit >= 0x3400 && unit <= 0x4DBF
    }
}
