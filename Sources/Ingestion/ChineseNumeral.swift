import TextNormalization

/// Numbers as Chinese texts write them — 一百一十八, 两万, 一千零五, 十九, 一点五, 二〇二五, 118.06,
/// 1.2万, 3亿, 2,000, ranges such as 三五百 or 六七十 — converted exactly to `DecimalNumber`s.
///
/// The one reader of numerals: the statistics extractor reads figures with it and ingestion reads
/// heading and article numbers with it (`ChineseNumber` is its view over Unicode scalars). It reads
/// folded UTF-16 text (NFKC: full-width digits are ASCII), 0 standing for anything past either end.
public enum ChineseNumeral {
    /// The value of `text` when the whole of it is one numeral; nil otherwise (and for ranges).
    public static func value(of text: String) -> DecimalNumber? {
        value(ofFolded: Array(text.folded.utf16))
    }

    /// The value of folded UTF-16 `units` when the whole of them is one numeral; nil otherwise.
    static func value(ofFolded units: [UInt16]) -> DecimalNumber? {
        guard let match = match(in: units, at: 0), match.end == units.count, match.maximum == nil else { return nil }
        return match.value
    }

    /// The bounds of `text` when the whole of it is one numeral or an abbreviated range (三五百 → 300…500).
    public static func bounds(of text: String) -> (value: DecimalNumber, maximum: DecimalNumber?)? {
        let units = Array(text.folded.utf16)
        guard let match = match(in: units, at: 0), match.end == units.count else { return nil }
        return (match.value, match.maximum)
    }

    /// One numeral found in a text.
    public struct Match: Sendable {
        public var end: Int
        public var value: DecimalNumber
        /// The upper bound of an abbreviated range (三五百).
        public var maximum: DecimalNumber?
        /// Written with Arabic digits (possibly with 万/亿 after them).
        public var isArabic: Bool
        /// Written as a string of digits without place units (二〇二五), as years are.
        public var isDigitString: Bool
        /// How many characters it spans.
        public var length: Int
    }

    /// The numeral starting at `start`, longest match; `stopsBefore` says where a multiplier
    /// (万, 亿 …) belongs to the unit that follows rather than to the number (万元).
    public static func match(in units: [UInt16], at start: Int, stopsBefore: (Int) -> Bool = { _ in false }) -> Match? {
        let text = Units(units: units)
        if isASCIIDigit(text[start]) { return arabic(in: text, at: start, stopsBefore: stopsBefore) }
        return chinese(in: text, at: start, stopsBefore: stopsBefore)
    }

    /// Folded UTF-16 units read by position, 0 past either end.
    private struct Units {
        let units: [UInt16]
        var count: Int { units.count }
        subscript(_ index: Int) -> UInt16 { index >= 0 && index < units.count ? units[index] : 0 }
    }

    private static func isASCIIDigit(_ unit: UInt16) -> Bool { unit >= 0x30 && unit <= 0x39 }

    // MARK: Arabic digits

    private static func arabic(in text: Units, at start: Int, stopsBefore: (Int) -> Bool) -> Match? {
        var index = start
        var literal = ""
        while isASCIIDigit(text[index]) { literal.append(Character(Unicode.Scalar(text[index])!)); index += 1 }
        // Thousands separators only where exactly three digits follow each.
        while text[index] == comma, (1...3).allSatisfy({ isASCIIDigit(text[index + $0]) }), !isASCIIDigit(text[index + 4]) {
            literal += String(decoding: text.units[(index + 1)...(index + 3)], as: UTF16.self)
            index += 4
        }
        if text[index] == point, isASCIIDigit(text[index + 1]) {
            literal.append(".")
            index += 1
            while isASCIIDigit(text[index]) { literal.append(Character(Unicode.Scalar(text[index])!)); index += 1 }
        }
        guard var value = DecimalNumber(literal: literal) else { return nil }
        // 1.2万, 3亿, 2.5万亿, 5千: place words written after the digits multiply them.
        var shifted = 0
        while let exponent = multiplierExponent(text[index]), !stopsBefore(index), shifted + exponent <= 16 {
            if exponent < 4, isASCIIDigit(text[index + 1]) { break }
            shifted += exponent
            value = value.shifted(by: exponent)
            index += 1
        }
        return Match(end: index, value: value, maximum: nil, isArabic: true, isDigitString: false, length: index - start)
    }

    // MARK: Chinese numerals

    private enum Token: Equatable {
        case digit(Int)
        case zero
        case place(Int)      // 十 1, 百 2, 千 3
        case myriad(Int)     // 万 4, 亿 8
        case point
    }

    private static func chinese(in text: Units, at start: Int, stopsBefore: (Int) -> Bool) -> Match? {
        var tokens: [Token] = []
        var index = start
        while index < text.count, let token = token(text[index]) {
            if case .myriad = token, stopsBefore(index) { break }
            if case .point = token {
                // 点 is a decimal point only between digits (三点 is a time or a count of points).
                guard !tokens.isEmpty, let next = Self.token(text[index + 1]), next == .zero || isDigit(next) else { break }
            }
            tokens.append(token)
            index += 1
        }
        // A numeral starts with a digit or 十 (十九); 万 or 点 on its own is a word (万家, 点燃).
        while let last = tokens.last, last == .point { tokens.removeLast(); index -= 1 }
        guard let first = tokens.first else { return nil }
        switch first {
        case .digit, .zero, .place(1): break
        default: return nil
        }
        guard let result = evaluate(tokens) else { return nil }
        return Match(end: start + result.consumed, value: result.value, maximum: result.maximum, isArabic: false,
                     isDigitString: result.isDigitString, length: result.consumed)
    }

    private static func isDigit(_ token: Token) -> Bool {
        if case .digit = token { return true }
        return false
    }

    private static func evaluate(_ tokens: [Token]) -> (value: DecimalNumber, maximum: DecimalNumber?, isDigitString: Bool, consumed: Int)? {
        let hasPlaces = tokens.contains { if case .place = $0 { true } else if case .myriad = $0 { true } else { false } }
        let pointIndex = tokens.firstIndex(of: .point)
        // 三五百, 六七十, 三四万: two rising digits, then place words that multiply both.
        if tokens.count >= 2, case let .digit(low) = tokens[0], case let .digit(high) = tokens[1], high > low,
           tokens.count == 2 || !isDigit(tokens[2]) && tokens[2] != .zero && tokens[2] != .point {
            var exponent = 0
            var consumed = 2
            places: for token in tokens.dropFirst(2) {
                switch token {
                case let .place(e), let .myriad(e):
                    exponent += e
                    consumed += 1
                default:
                    break places
                }
            }
            return (DecimalNumber(low).shifted(by: exponent), DecimalNumber(high).shifted(by: exponent), false, consumed)
        }
        // 二〇二五, 一九九七: digits without place words are read one by one.
        if !hasPlaces, pointIndex == nil {
            let digits = tokens.map { token -> String in
                if case let .digit(d) = token { String(d) } else { "0" }
            }.joined()
            guard let value = DecimalNumber(literal: digits) else { return nil }
            return (value, nil, tokens.count > 1, tokens.count)
        }
        let integerTokens = pointIndex.map { Array(tokens[..<$0]) } ?? tokens
        guard let (integer, integerConsumed) = integerValue(integerTokens) else { return nil }
        var value = DecimalNumber(integer)
        var consumed = integerConsumed
        if let pointIndex, integerConsumed == pointIndex {
            var fraction = ""
            var index = pointIndex + 1
            while index < tokens.count {
                if case let .digit(d) = tokens[index] { fraction += String(d) } else if tokens[index] == .zero { fraction += "0" } else { break }
                index += 1
            }
            value = value.appendingFraction(fraction)
            // 一点五万: place words after the fraction multiply the whole.
            while index < tokens.count, case let .myriad(e) = tokens[index] { value = value.shifted(by: e); index += 1 }
            consumed = index
        }
        return (value, nil, false, consumed)
    }

    /// The integer of place-value tokens (一千零五, 两万三千, 一亿二千万) and how many tokens it spans,
    /// with the spoken elision of a last place (一万五 is 15000, 三千五 is 3500); stops where the
    /// grammar breaks (a second digit in a row, two places in a row).
    private static func integerValue(_ tokens: [Token]) -> (Int, Int)? {
        var total = 0      // everything up to the last 亿
        var myriad = 0     // the part ending in 万
        var section = 0    // the part below 万
        var number = 0     // the digit waiting for its place
        var lastPlace = 0
        var consumed = 0
        loop: for token in tokens {
            let previous = consumed > 0 ? tokens[consumed - 1] : nil
            switch token {
            case let .digit(d):
                if let previous, isDigit(previous) { break loop }
                number = d
            case .zero:
                lastPlace = 0
            case let .place(e):
                if case let .place(p) = previous, p <= e { break loop }
                section += max(number, 1) * power(e)
                number = 0
                lastPlace = e
            case let .myriad(e):
                if e == 8 {
                    // 亿亿亿…: stop before a number too large to be a figure overflows.
                    let (product, overflow) = (total + myriad + section + number).multipliedReportingOverflow(by: power(8))
                    if overflow || product > largest { break loop }
                    total = product
                    myriad = 0
                } else {
                    if case .myriad = previous { break loop }
                    myriad = (section + number) * power(4)
                }
                section = 0
                number = 0
                lastPlace = e
            case .point:
                break loop
            }
            consumed += 1
        }
        guard consumed > 0 else { return nil }
        var tail = number
        if number > 0, lastPlace >= 2, consumed >= 2, !isDigit(tokens[consumed - 2]), tokens[consumed - 2] != .zero {
            tail = number * power(lastPlace - 1)
        }
        return (total + myriad + section + tail, consumed)
    }

    /// The largest integer a Chinese numeral is read to (10^17); beyond it the numeral stops.
    private static let largest = 100_000_000_000_000_000

    private static func power(_ exponent: Int) -> Int {
        var value = 1
        for _ in 0..<exponent { value *= 10 }
        return value
    }

    private static let comma = UInt16(UInt8(ascii: ","))
    private static let point = UInt16(UInt8(ascii: "."))

    private static let digitTable: [UInt16: Int] = {
        var table: [UInt16: Int] = [:]
        for (characters, value) in [("一壹幺", 1), ("二两贰", 2), ("三叁", 3), ("四肆", 4), ("五伍", 5), ("六陆", 6),
                                    ("七柒", 7), ("八捌", 8), ("九玖", 9)] {
            for character in characters { table[unit(character)] = value }
        }
        return table
    }()
    private static let zeros: Set<UInt16> = [unit("零"), unit("〇"), unit("○")]
    private static let places: [UInt16: Int] = [unit("十"): 1, unit("拾"): 1, unit("百"): 2, unit("佰"): 2, unit("千"): 3, unit("仟"): 3]
    private static let myriads: [UInt16: Int] = [unit("万"): 4, unit("萬"): 4, unit("亿"): 8, unit("億"): 8]
    private static let chinesePoint = unit("点")

    /// The UTF-16 unit of a character of the Basic Multilingual Plane.
    private static func unit(_ character: Character) -> UInt16 { String(character).utf16.first! }

    /// The token of every UTF-16 code unit as a byte (`code(of:)`, 0 for none), so that scanning text (every
    /// character of every section when extracting statistics) costs an array read per character rather than four
    /// hash lookups — a byte, not an optional token (16 bytes), so that the table is 64 KB rather than 1 MB, and
    /// the part of it Chinese text reads stays in a core's cache.
    private static let codes: [UInt8] = {
        var table = [UInt8](repeating: 0, count: 1 << 16)
        for (unit, digit) in digitTable { table[Int(unit)] = code(of: .digit(digit)) }
        for unit in zeros { table[Int(unit)] = code(of: .zero) }
        for (unit, place) in places { table[Int(unit)] = code(of: .place(place)) }
        for (unit, myriad) in myriads { table[Int(unit)] = code(of: .myriad(myriad)) }
        table[Int(chinesePoint)] = code(of: .point)
        return table
    }()

    /// A token's byte in `codes`: digits 1…9 as such, zero 10, places 11…13, myriads 14 (万) and 15 (亿), the point 16.
    private static func code(of token: Token) -> UInt8 {
        switch token {
        case .digit(let digit): UInt8(digit)
        case .zero: 10
        case .place(let place): 10 + UInt8(place)
        case .myriad(let myriad): 13 + UInt8(myriad / 4)
        case .point: 16
        }
    }

    private static func token(_ unit: UInt16) -> Token? {
        switch codes[Int(unit)] {
        case 0: nil
        case let code where code <= 9: .digit(Int(code))
        case 10: .zero
        case let code where code <= 13: .place(Int(code) - 10)
        case let code where code <= 15: .myriad(Int(code - 13) * 4)
        default: .point
        }
    }

    /// The digit a character writes (一 1, 两 2, 〇 0), nil for place words and anything else.
    public static func digitValue(_ unit: UInt16) -> Int? {
        switch token(unit) {
        case let .digit(digit): digit
        case .zero: 0
        default: nil
        }
    }

    /// Whether `unit` writes a digit (一…九, 两, 〇, 零), as years are spelled: 一九七八, 二〇二五.
    public static func isDigitCharacter(_ unit: UInt16) -> Bool { digitValue(unit) != nil }

    /// Whether `unit` can be part of a Chinese numeral (digits and place words; not 点).
    public static func isNumeralCharacter(_ unit: UInt16) -> Bool {
        guard let token = token(unit) else { return false }
        return token != .point
    }

    /// Whether a numeral can start with `unit`: an Arabic digit, a Chinese digit or 十.
    public static func canStart(_ unit: UInt16) -> Bool {
        // Digits (1…9), zero (10) and 十 (11), by their codes: asked for every character of every section.
        isASCIIDigit(unit) || (1...11).contains(codes[Int(unit)])
    }

    /// 十 2, 百 … as exponents of the multipliers that may follow Arabic digits (5千, 1.2万, 3亿).
    private static func multiplierExponent(_ unit: UInt16) -> Int? {
        switch token(unit) {
        case .myriad(let myriad): return myriad
        case .place(let place) where place >= 2: return place
        default: return nil
        }
    }
}
