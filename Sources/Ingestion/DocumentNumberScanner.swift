import TextNormalization

/// Finds document numbers (文号) such as `国发〔2019〕5号`: an issuer's abbreviation of Han characters,
/// a four-digit year in 〔〕, [], ［］ or （）, a serial number and 号.
enum DocumentNumberScanner {
    /// The scalar range of the first document number in `scalars`, if any.
    static func first(in scalars: [Unicode.Scalar]) -> Range<Int>? {
        var index = 0
        while index < scalars.count {
            defer { index += 1 }
            guard isOpening(scalars[index]) else { continue }
            var start = index
            while start > 0, start > index - 8, HanCharacter.contains(scalars[start - 1]) { start -= 1 }
            guard start < index else { continue }
            var position = index + 1
            var yearDigits = 0
            while position < scalars.count, ChineseNumber.isArabicDigit(scalars[position]) {
                yearDigits += 1
                position += 1
            }
            guard yearDigits == 4, position < scalars.count, isClosing(scalars[position]) else { continue }
            position += 1
            var serialDigits = 0
            while position < scalars.count, ChineseNumber.isArabicDigit(scalars[position]) {
                serialDigits += 1
                position += 1
            }
            guard serialDigits >= 1, serialDigits <= 5, position < scalars.count, scalars[position] == "号" else { continue }
            return start..<(position + 1)
        }
        return nil
    }

    /// Switches rather than searches of a string's scalars: every scalar of a document's head is tested.
    private static func isOpening(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar {
        case "〔", "[", "［", "(", "（", "【": true
        default: false
        }
    }

    private static func isClosing(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar {
        case "〕", "]", "］", ")", "）", "】": true
        default: false
        }
    }
}
