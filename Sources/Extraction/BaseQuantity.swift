import Ingestion
/// A figure without its unit's multiplier, so that a column of figures can be summed and compared
/// across documents: 996亿元 → 99600000000 元, 5.2万亿元 → 5200000000000 元, 三成 → 30 %.
/// Figures whose number already carries its multiplier (11.2万个 → 112000) and `%`, `‰`, `百分点`
/// stay as they are.
public struct BaseQuantity: Sendable, Hashable {
    public var value: DecimalNumber
    /// The unit left once the multiplier is taken out; nil for a bare number.
    public var unit: String?

    public init(value: DecimalNumber, unit: String?) {
        guard let unit else {
            self.value = value
            self.unit = nil
            return
        }
        if unit == "成" {
            self.value = value.shifted(by: 1)
            self.unit = "%"
            return
        }
        // 千 multiplies only 元: 千克, 千瓦, 千米 are units of their own.
        if unit == "千元" {
            self.value = value.shifted(by: 3)
            self.unit = "元"
            return
        }
        for (prefix, exponent) in BaseQuantity.multipliers where unit.hasPrefix(prefix) && unit.count > prefix.count {
            self.value = value.shifted(by: exponent)
            self.unit = String(unit.dropFirst(prefix.count))
            return
        }
        self.value = value
        self.unit = unit
    }

    /// Multipliers a unit as written may begin with, longest first.
    private static let multipliers: [(String, Int)] = [("万亿", 12), ("千亿", 11), ("百亿", 10), ("亿", 8), ("千万", 7),
                                                        ("百万", 6), ("十万", 5), ("万", 4)]
}
