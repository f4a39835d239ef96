import Ingestion
import TextNormalization

extension SubjectFinder {
    /// The name of a size a rule gives by its dimension word alone (核心保护区是指以云梯街为中心，长约八百五十米，宽约五十至一百五十米范围):
    /// the dimension as a noun (长度, 宽度), after what the sentence defines or speaks of before its copula (核心保护区长度); the
    /// noun alone where the sentence opens with no such name. nil where `subject` is no dimension word.
    func dimensionName(of subject: String, sentence: Range<Int>, before start: Int) -> String? {
        guard let dimension = SubjectFinder.dimensions[subject] else { return nil }
        let opening = scan.foldedString(sentence.lowerBound..<start)
        guard let copula = SubjectFinder.definingCopulas.lazy.compactMap({ opening.range(of: $0) }).min(by: { $0.lowerBound < $1.lowerBound }) else {
            return dimension
        }
        let named = opening[..<copula.lowerBound]
        guard (2...SubjectFinder.longestDefined).contains(named.count), named.unicodeScalars.allSatisfy(HanCharacter.contains) else { return dimension }
        return named + dimension
    }

    /// The name of a vehicle's seats, where a count in 座 spanning up to `end` is followed by the vehicle it sizes (七座及以下乘用车,
    /// 用七座以下乘用车提供客运服务 → 乘用车座位数): the vehicle, with what stands between it and the figure, and 座位数; nil where no
    /// vehicle follows within a name's reach (7356座水库 counts reservoirs).
    func seatsName(after end: Int) -> String? {
        // 七座及以下乘用车: the bound after the figure is no part of the vehicle.
        let end = end + (scan.longest(of: SubjectFinder.seatBounds, at: end)?.count ?? 0)
        for start in end..<(end + SubjectFinder.longestVehicle) {
            guard HanCharacter.contains(scan[start]) else { return nil }
            if let vehicle = scan.longest(of: SubjectFinder.vehicles, at: start) {
                return scan.foldedString(end..<(start + vehicle.count)) + SubjectFinder.seats
            }
        }
        return nil
    }

    /// Vehicles a count of seats sizes.
    private static let vehicles: [[UInt16]] = ["乘用车", "客车", "汽车", "轿车", "校车", "面包车"].map(Unit.of)
    private static let seats = "座位数"
    private static let seatBounds: [[UInt16]] = ["及以下", "及以上", "以下", "以上"].map(Unit.of)
    /// How far after a count of seats its vehicle may end (七座以下大型乘用车).
    private static let longestVehicle = 6
    /// Words of dimension a size is written after (长约八百五十米), and the nouns that name them.
    private static let dimensions = ["长": "长度", "宽": "宽度", "高": "高度", "深": "深度", "厚": "厚度"]
    /// Copulas after what a sentence defines or describes (核心保护区是指…, 建设控制区为…).
    private static let definingCopulas = ["是指", "为", "是"]
    /// The longest name a sentence may define.
    private static let longestDefined = 12
}
