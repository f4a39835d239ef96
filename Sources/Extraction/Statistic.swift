import Ingestion
import TextNormalization
import Reporting

/// One figure of a document, as a row of the statistics table (the contract's `stats` record).
public struct Statistic: Sendable, Hashable {
    public var source: String
    public var documentIndex: Int
    public var document: String
    public var section: String
    /// The figure as written, with its unit and bound words: `2万余份`, `103-107`, `1.2个百分点`.
    public var text: String
    /// The number in Arabic form; for a `period`, the first date (ISO 8601, as precise as written).
    public var value: Quantity
    /// The upper end of a range, nil for a single figure.
    public var maximum: Quantity?
    /// The unit or measure word as written, without 个; nil for a bare number.
    public var unit: String?
    /// Marked inexact or as a bound (余, 多, 约, 近, 左右, 以上, 以下, 不足, 超过 …).
    public var approx: Bool
    public var kind: StatisticKind
    /// What the figure measures, as the sentence names it (出生性别比, 宣传品, 全市生产总值).
    public var subject: String?
    /// The sentence it stands in, as written.
    public var sentence: String
    /// `subject` with boilerplate removed and synonyms folded (`IndicatorName`): 全市生产总值 → 地区生产总值.
    public var indicator: String?
    public var aspect: StatisticAspect
    /// Up or down, for a change; nil otherwise.
    public var direction: StatisticDirection?
    public var role: StatisticRole
    /// The year or years the figure is about: `2025`, `2021-2025`; nil where neither text nor document says.
    public var period: String?
    /// What a table's figure is given for: its row's label (江苏, 总计) where its column's label names it; nil elsewhere.
    public var dimension: String?

    public init(source: String, documentIndex: Int, document: String, section: String, text: String, value: Quantity,
                maximum: Quantity?, unit: String?, approx: Bool, kind: StatisticKind, subject: String?, sentence: String,
                indicator: String? = nil, aspect: StatisticAspect = .level, direction: StatisticDirection? = nil,
                role: StatisticRole = .other, period: String? = nil, dimension: String? = nil) {
        self.source = source
        self.documentIndex = documentIndex
        self.document = document
        self.section = section
        self.text = text
        self.value = value
        self.maximum = maximum
        self.unit = unit
        self.approx = approx
        self.kind = kind
        self.subject = subject
        self.sentence = sentence
        self.indicator = indicator
        self.aspect = aspect
        self.direction = direction
        self.role = role
        self.period = period
        self.dimension = dimension
    }

    /// The value without its unit's multiplier, and the unit that is left (`BaseQuantity`), read from
    /// the unit folded (萬噸 → 万吨 → 吨) as the figure was.
    public var base: BaseQuantity? {
        guard case let .number(number) = value else { return nil }
        return BaseQuantity(value: number, unit: unit?.folded)
    }

    /// The contract's record, fields in the contract's order (the second round's after `sentence`),
    /// then `start` and `end`: `value` and `max` are numbers or null, a period's dates go to `start` and `end`; then
    /// `dimension`, added after them (the contract is extended, never reordered).
    public var record: [(String, Value)] {
        let base = self.base
        return [("source", .string(source)), ("document_index", .int(documentIndex)), ("document", .string(document)),
                ("section", .string(section)), ("text", .string(text)), ("value", value.number), ("max", maximum?.number ?? .null),
                ("unit", .string(unit)), ("approx", .bool(approx)), ("kind", .string(kind.rawValue)),
                ("subject", .string(subject)), ("sentence", .string(sentence)),
                ("indicator", .string(indicator)), ("aspect", .string(aspect.rawValue)), ("direction", .string(direction?.rawValue)),
                ("role", .string(role.rawValue)), ("period", .string(period)),
                ("base_value", base.map { .number($0.value.description) } ?? .null), ("base_unit", .string(base?.unit)),
                ("start", value.date), ("end", maximum?.date ?? .null), ("dimension", .string(dimension))]
    }

    /// The record fields, in order, for headers and field lists.
    public static let fields = ["source", "document_index", "document", "section", "text", "value", "max", "unit", "approx", "kind",
                                "subject", "sentence", "indicator", "aspect", "direction", "role", "period", "base_value",
                                "base_unit", "start", "end", "dimension"]
}

/// A statistic's value: a number, or for periods a date.
public enum Quantity: Sendable, Hashable, CustomStringConvertible {
    case number(DecimalNumber)
    /// An ISO 8601 date as precise as the text: `2025`, `2025-08`, `2025-09-30`.
    case date(String)

    /// The number as JSON; null for a date.
    public var number: Value {
        if case let .number(number) = self { .number(number.description) } else { .null }
    }

    /// The date as a JSON string; null for a number.
    public var date: Value {
        if case let .date(date) = self { .string(date) } else { .null }
    }

    public var description: String {
        switch self {
        case let .number(number): number.description
        case let .date(date): date
        }
    }
}

/// What kind of figure a statistic is, from its unit (see `StatisticUnits`).
public enum StatisticKind: String, Sendable, CaseIterable {
    /// Things counted with a measure word: 253期, 50余场, 19个村.
    case count
    /// Sums of money: 10元, 20万元.
    case money
    /// 100%, 百分之十五.
    case percent
    /// 1.2个百分点 — a difference of percentages, never turned into %.
    case percentagePoints = "percentage_points"
    /// Ratios and multiples: a 性别比 of 118.06, 3倍, 5‰.
    case ratio
    /// Spans of time: 3个月, 14周, 5年.
    case duration
    /// Ages: 60周岁.
    case age
    /// Physical measures: 300平方米, 5吨.
    case measure
    /// A bare number with no unit.
    case number
    /// A span between two dates: 2025年8月下旬至10月中旬.
    case period
}

/// What a figure says of its indicator: an amount, a change, or a share.
public enum StatisticAspect: String, Sendable, CaseIterable {
    /// An amount: 5.2万亿元, 1244万人.
    case level
    /// A change by the figure: 增长5.2%, 下降2.5%, 提高1.2个百分点.
    case change
    /// A part of a whole or a rate: 占…比重60%, 失业率5.5%, 比例.
    case share
}

/// The way a change goes.
public enum StatisticDirection: String, Sendable, CaseIterable {
    case up, down
}

/// Whether a figure reports what was achieved or sets a goal.
public enum StatisticRole: String, Sendable, CaseIterable {
    /// Reported as achieved: 完成, 实现, in a review of the year.
    case actual
    /// A goal: 预期目标, 力争, 确保, 到2027年.
    case target
    /// Neither said: an estimate, a rule, a threshold.
    case other
}
