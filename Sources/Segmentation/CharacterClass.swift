import TextNormalization

/// Classes of folded UTF-16 units that the segmenter's rules need.
enum CharacterClass {
    /// Han characters of the BMP (`HanCharacter`), and 〇, which the segmenter treats as one: it stands
    /// alone or in a year (二〇一九) as the ideographs do.
    @inline(__always)
    static func isIdeograph(_ unit: UInt16) -> Bool {
        HanCharacter.contains(unit) || unit == 0x3007
    }

    /// ASCII digits (full-width ones fold to these).
    @inline(__always)
    static func isDigit(_ unit: UInt16) -> Bool {
        (0x30...0x39).contains(unit)
    }

    /// Digits and the Chinese numerals that make ordinals: 第十八, 第一百零三, 第18.
    @inline(__always)
    static func isOrdinalNumeral(_ unit: UInt16) -> Bool {
        isDigit(unit) || chineseNumerals.contains(unit)
    }

    /// Dashes and tildes that join two numbers into a range: 103-107, 2024—2025, 3～5.
    @inline(__always)
    static func isRangeDash(_ unit: UInt16) -> Bool {
        unit == 0x2D || unit == 0x7E || (0x2010...0x2015).contains(unit)
    }

    /// Whitespace, which separates words and is not printed as one.
    @inline(__always)
    static func isWhitespace(_ unit: UInt16) -> Bool {
        switch unit {
        case 0x09...0x0D, 0x20, 0x85, 0xA0, 0x1680, 0x2000...0x200A, 0x2028, 0x2029, 0x202F, 0x205F, 0x3000, 0xFEFF:
            return true
        default:
            return false
        }
    }

    private static let chineseNumerals: Set<UInt16> = Set("〇零一二三四五六七八九十百千万".utf16)
}
