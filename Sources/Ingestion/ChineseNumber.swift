/// Chinese and Arabic numerals as written in headings and article numbers: 三百三十六, 十二, 一〇五, 36.
enum ChineseNumber {
    /// The value of `scalars` if they are all digits of one kind, else nil.
    static func value<S: Collection>(_ scalars: S) -> Int? where S.Element == Unicode.Scalar {
        guard !scalars.isEmpty, scalars.count <= 12 else { return nil }
        if scalars.allSatisfy(isArabicDigit) {
            return scalars.reduce(0) { $0 * 10 + arabicValue($1) }
        }
        // Digits without units are positional: 二〇二五.
        if scalars.count > 1, !scalars.contains(where: { unitValue($0) != nil }) {
            var value = 0
            for scalar in scalars {
                guard let digit = digitValue(scalar) else { return nil }
                value = value * 10 + digit
            }
            return value
        }
        var total = 0
        var section = 0
        var digit = -1
        for scalar in scalars {
            if let value = digitValue(scalar) {
                digit = value
            } else if let unit = unitValue(scalar) {
                if unit == 10_000 {
                    total += (section + max(digit, 0)) * unit
                    section = 0
                } else {
                    section += (digit < 0 ? 1 : digit) * unit
                }
                digit = -1
            } else {
                return nil
            }
        }
        return total + section + max(digit, 0)
    }

    static func isArabicDigit(_ scalar: Unicode.Scalar) -> Bool {
        ("0"..."9").contains(scalar) || ("０"..."９").contains(scalar)
    }

    static func arabicValue(_ scalar: Unicode.Scalar) -> Int {
        scalar.value >= 0xFF10 ? Int(scalar.value - 0xFF10) : Int(scalar.value - 0x30)
    }

    /// Whether `scalar` can be part of a Chinese numeral.
    static func isChineseNumeral(_ scalar: Unicode.Scalar) -> Bool {
        digitValue(scalar) != nil || unitValue(scalar) != nil
    }

    static func digitValue(_ scalar: Unicode.Scalar) -> Int? {
        switch scalar {
        case "〇", "○", "零": 0
        case "一", "壹": 1
        case "二", "两", "贰": 2
        case "三", "叁": 3
        case "四", "肆": 4
        case "五", "伍": 5
        case "六", "陆": 6
        case "七", "柒": 7
        case "八", "捌": 8
        case "九", "玖": 9
        default: nil
        }
    }

    static func unitValue(_ scalar: Unicode.Scalar) -> Int? {
        switch scalar {
        case "十", "拾": 10
        case "百", "佰": 100
        case "千", "仟": 1000
        case "万": 10_000
        default: nil
        }
    }
}
