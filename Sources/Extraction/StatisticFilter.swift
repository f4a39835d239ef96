import TextNormalization

/// Which statistics a researcher asks for: an indicator (folded as the records' are, so that
/// 全市生产总值 finds 地区生产总值), a role, a period and an aspect; nil asks for any.
public struct StatisticFilter: Sendable {
    public var indicator: String?
    public var role: StatisticRole?
    public var period: String?
    public var aspect: StatisticAspect?

    public init(indicator: String? = nil, role: StatisticRole? = nil, period: String? = nil, aspect: StatisticAspect? = nil) {
        self.indicator = indicator.flatMap { IndicatorName.fold($0) }
        self.role = role
        self.period = period
        self.aspect = aspect
    }

    /// Whether `statistic` is one asked for. Periods compare as written (`2026`, `2021-2025`).
    public func admits(_ statistic: Statistic) -> Bool {
        // Indicators are written as the text writes them (黨員): compared folded, 党员 finds 黨員.
        if let indicator, statistic.indicator.map(SimplifiedFolding.shared.fold) != indicator { return false }
        if let role, statistic.role != role { return false }
        if let period, statistic.period != period { return false }
        if let aspect, statistic.aspect != aspect { return false }
        return true
    }
}
