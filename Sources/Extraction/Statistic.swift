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
    /// What the figure measures, where the sentence says (出生性别比, 宣传品).
    public var subject: String?
    /// The sentence it stands in, as written.
    public var sentence: String

    public init(source: String, documentIndex: Int, document: String, section: String, text: String, value: Quantity,
                maximum: Quantity?, unit: String?, approx: Bool, kind: StatisticKind, subject: String?, sentence: String) {
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
    }

    /// The contract's record, fields in the contract's order, then `start` and `end`: `value` and
    /// `max` are numbers or null, a period's dates go to `start` and `end`.
    public var record: [(String, Value)] {
        [("source", .string(source)), ("document_index", .int(documentIndex)), ("document", .string(document)),
         ("section", .string(section)), ("text", .string(text)), ("value", value.number), ("max", maximum?.number ?? .null),
         ("unit", .string(unit)), ("approx", .bool(approx)), ("kind", .string(kind.rawValue)),
         ("subject", .string(subject)), ("sentence", .string(sentence)),
         ("start", value.date), ("end", maximum?.date ?? .null)]
    }
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
