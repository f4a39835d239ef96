/// A non-negative decimal number kept as its digits, so that `118.06` and `1.2万` → `12000` print
/// exactly as written or computed, never through binary floating point.
public struct DecimalNumber: Sendable, Hashable, Comparable, CustomStringConvertible {
    /// The digits without a decimal point, no leading zeros (except the one before the point).
    public let digits: String
    /// How many of `digits` are behind the decimal point.
    public let scale: Int

    /// An integer.
    public init(_ integer: Int) {
        self.init(digits: String(integer), scale: 0)
    }

    /// A literal such as `118.06`, `2,000` or `0.5`; nil for anything else.
    ///
    /// Read as UTF-8 bytes: any byte that is not an ASCII digit, comma or point makes it no literal, as any
    /// character does that is not one (a combining mark joins the character before it, which is then none of them).
    /// Every numeral of every text goes through here; characters and their numeric values cost ten times as much.
    public init?(literal: String) {
        var digits: [UInt8] = []
        digits.reserveCapacity(literal.utf8.count)
        var scale = 0
        var seenPoint = false
        for byte in literal.utf8 where byte != UInt8(ascii: ",") {
            if byte == UInt8(ascii: ".") {
                guard !seenPoint else { return nil }
                seenPoint = true
            } else if byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9") {
                digits.append(byte)
                if seenPoint { scale += 1 }
            } else {
                return nil
            }
        }
        guard digits.count > scale else { return nil }
        self.init(digits: String(decoding: digits, as: UTF8.self), scale: scale)
    }

    /// `raw` is ASCII digits (every caller's), so its characters are its bytes.
    private init(digits raw: String, scale: Int) {
        let count = raw.utf8.count
        // Leading zeros carry nothing; keep at least one digit before the point.
        var leading = 0
        for byte in raw.utf8 {
            guard count - leading > scale + 1, byte == UInt8(ascii: "0") else { break }
            leading += 1
        }
        let padding = max(0, scale + 1 - (count - leading))
        self.digits = leading == 0 && padding == 0 ? raw : String(repeating: "0", count: padding) + raw.dropFirst(leading)
        self.scale = scale
    }

    /// This number times 10^`exponent` (万 is 4, 亿 is 8; negative divides), trailing fractional zeros dropped.
    public func shifted(by exponent: Int) -> DecimalNumber {
        if exponent < 0 {
            // Move the point left: 304750000 by -4 is 30475.
            var shifted = DecimalNumber(digits: digits, scale: scale - exponent)
            while shifted.scale > 0, shifted.digits.last == "0" {
                shifted = DecimalNumber(digits: String(shifted.digits.dropLast()), scale: shifted.scale - 1)
            }
            return shifted
        }
        guard exponent > 0 else { return self }
        var digits = self.digits
        var scale = self.scale - exponent
        if scale < 0 {
            digits += String(repeating: "0", count: -scale)
            scale = 0
        }
        while scale > 0, digits.last == "0" {
            digits.removeLast()
            scale -= 1
        }
        return DecimalNumber(digits: digits, scale: scale)
    }

    /// This integer with decimal places appended (`1` and `"5"` give 1.5), for numerals such as 一点五.
    func appendingFraction(_ fractionDigits: String) -> DecimalNumber {
        guard scale == 0, !fractionDigits.isEmpty else { return self }
        return DecimalNumber(digits: digits + fractionDigits, scale: fractionDigits.count)
    }

    /// The integer value, where the number is one and fits.
    public var integerValue: Int? {
        scale == 0 ? Int(digits) : nil
    }

    /// The number as a decimal literal: `118.06`, `20000`.
    public var description: String {
        guard scale > 0 else { return digits }
        let split = digits.index(digits.endIndex, offsetBy: -scale)
        return digits[..<split] + "." + digits[split...]
    }

    public static func < (lhs: DecimalNumber, rhs: DecimalNumber) -> Bool {
        let scale = max(lhs.scale, rhs.scale)
        let left = lhs.digits + String(repeating: "0", count: scale - lhs.scale)
        let right = rhs.digits + String(repeating: "0", count: scale - rhs.scale)
        return left.count != right.count ? left.count < right.count : left < right
    }
}
