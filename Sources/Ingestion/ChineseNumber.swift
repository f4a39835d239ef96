import TextNormalization

/// Chinese and Arabic numerals as written in headings and article numbers (三百三十六, 十二, 一〇五, 36),
/// read scalar by scalar: a view of `ChineseNumeral`, the one reader of numerals, for the parsers of
/// ingestion that walk Unicode scalars.
enum ChineseNumber {
    /// The value of `scalars` if they are one whole integer numeral (no range, no fraction), else nil.
    static func value<S: Collection>(_ scalars: S) -> Int? where S.Element == Unicode.Scalar {
        guard !scalars.isEmpty, scalars.count <= 12 else { return nil }
        // Folded as `String.folded` folds a string, without making one: every line is parsed for a
        // heading and every paragraph again, and the strings made here cost 3% of an index build.
        var units: [UInt16] = []
        units.reserveCapacity(2 * scalars.count)
        for scalar in scalars { units.append(contentsOf: scalar.utf16) }
        return ChineseNumeral.value(ofFolded: FoldedText.folded(utf16: units))?.integerValue
    }

    static func isArabicDigit(_ scalar: Unicode.Scalar) -> Bool {
        ("0"..."9").contains(scalar) || ("０"..."９").contains(scalar)
    }

    /// Whether `scalar` can be part of a Chinese numeral (a digit or a place word).
    static func isChineseNumeral(_ scalar: Unicode.Scalar) -> Bool {
        scalar.value <= 0xFFFF && ChineseNumeral.isNumeralCharacter(UInt16(scalar.value))
    }

    /// The digit a Chinese digit character writes (一 1, 两 2, 〇 ○ 零 0).
    static func digitValue(_ scalar: Unicode.Scalar) -> Int? {
        scalar.value <= 0xFFFF ? ChineseNumeral.digitValue(UInt16(scalar.value)) : nil
    }
}
