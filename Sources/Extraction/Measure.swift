import Reporting

/// One enumerated countermeasure of a document (the contract's `measures` record).
public struct Measure: Sendable, Hashable {
    public var source: String
    public var documentIndex: Int
    public var document: String
    /// The section path of the measure's own heading (or of the section whose text lists it).
    public var section: String
    /// Its number in its list: 2 for 2、, （二） or 二、; its position where unnumbered.
    public var ordinal: Int
    /// The heading's first clause without its number: 加强立法.
    public var headline: String
    /// The whole measure as written: heading, text and sub-items.
    public var text: String
    /// The policy instrument it mainly uses, from `PolicyInstrument`; nil where no cue word appears.
    public var category: PolicyInstrument?
    /// Its sub-items (一是…, 二是…, 1、…), as written.
    public var items: [String]
    /// The cue words found for each instrument, the evidence for `category` (`--explain`).
    public var cues: [(instrument: PolicyInstrument, cue: String, count: Int)]
    /// 1 for a top-level task, 2 for one of its numbered sub-tasks.
    public var level: Int
    /// Whether the document commits to it (`planned`) or reports it as done (`done`).
    public var role: MeasureRole
    /// The units named as lead or responsible (牵头, 负责, 指导), in the order written.
    public var actors: [String]
    /// The year or date by which it is due, as written (到2020年, 2019年6月底前); nil where none is given.
    public var deadline: String?

    public init(source: String, documentIndex: Int, document: String, section: String, ordinal: Int, headline: String,
                text: String, category: PolicyInstrument?, items: [String], cues: [(instrument: PolicyInstrument, cue: String, count: Int)],
                level: Int = 1, role: MeasureRole = .planned, actors: [String] = [], deadline: String? = nil) {
        self.source = source
        self.documentIndex = documentIndex
        self.document = document
        self.section = section
        self.ordinal = ordinal
        self.headline = headline
        self.text = text
        self.category = category
        self.items = items
        self.cues = cues
        self.level = level
        self.role = role
        self.actors = actors
        self.deadline = deadline
    }

    public static func == (lhs: Measure, rhs: Measure) -> Bool {
        lhs.source == rhs.source && lhs.documentIndex == rhs.documentIndex && lhs.section == rhs.section
            && lhs.ordinal == rhs.ordinal && lhs.text == rhs.text
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(source)
        hasher.combine(documentIndex)
        hasher.combine(section)
        hasher.combine(ordinal)
        hasher.combine(text)
    }

    /// The cues as one line: `publicity_education: 宣传×4, 教育×2; legal_regulation: 法律×1`.
    public var explanation: String {
        var parts: [String] = []
        for instrument in PolicyInstrument.allCases {
            let found = cues.filter { $0.instrument == instrument }
            guard !found.isEmpty else { continue }
            parts.append(instrument.rawValue + ": " + found.map { "\($0.cue)×\($0.count)" }.joined(separator: ", "))
        }
        return parts.joined(separator: "; ")
    }

    /// The contract's record; with `explain`, a further `cues` field.
    public func record(explain: Bool = false) -> [(String, Value)] {
        var fields: [(String, Value)] = [
            ("source", .string(source)), ("document_index", .int(documentIndex)), ("document", .string(document)),
            ("section", .string(section)), ("ordinal", .int(ordinal)), ("headline", .string(headline)), ("text", .string(text)),
            ("category", .string(category?.rawValue)), ("items", .array(items.map(Value.string))),
            ("level", .int(level)), ("role", .string(role.rawValue)), ("actors", .array(actors.map(Value.string))),
            ("deadline", .string(deadline)),
        ]
        if explain { fields.append(("cues", .string(explanation))) }
        return fields
    }
}
