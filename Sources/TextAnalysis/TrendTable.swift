import Reporting
import TextNormalization

/// How often terms occur per group of documents, per 10,000 characters (`zhili trend`). A term is
/// counted wherever its characters stand together, as `zhili search` and `zhili kwic` find it, so the
/// counts agree with the concordance of the term.
public struct TrendTable: Sendable {
    /// One row: a term in a group.
    public struct Row: Sendable, Hashable {
        public var group: String
        public var term: String
        public var count: Int
        /// Occurrences per 10,000 characters of the group's text (whitespace not counted).
        public var per10k: Double
        /// Characters of the group's text.
        public var characters: Int

        /// The contract's record: `group, term, count, per_10k, chars`.
        public var record: [(String, Value)] {
            [("group", .string(group)), ("term", .string(term)), ("count", .int(count)),
             ("per_10k", Value.decimal(per10k)), ("chars", .int(characters))]
        }
    }

    /// Every group with every term, a term that does not occur in a group with count 0: groups in the
    /// grouping's order, terms in the order given.
    public let rows: [Row]
    /// The terms, as given.
    public let terms: [String]
    public let grouping: Grouping

    /// Counts `terms` (queries that fold to nothing are left out) in `documents` grouped by `grouping`.
    public init(terms: [String], documents: [AnalysisDocument], by grouping: Grouping) {
        let matchers = terms.compactMap { term in TextMatcher(term).map { (term, $0) } }
        var rows: [Row] = []
        for (label, members) in grouping.groups(documents) {
            var counts = [Int](repeating: 0, count: matchers.count)
            var characters = 0
            for document in members {
                characters += document.characterCount
                for section in document.sections {
                    let units = TextMatcher.normalized(FoldedText(section.text).folded)
                    for (index, (_, matcher)) in matchers.enumerated() { counts[index] += matcher.count(inNormalized: units) }
                }
            }
            for (index, (term, _)) in matchers.enumerated() {
                rows.append(Row(group: label, term: term, count: counts[index],
                                per10k: characters > 0 ? Double(counts[index]) * 10_000 / Double(characters) : 0,
                                characters: characters))
            }
        }
        self.rows = rows
        self.terms = matchers.map(\.0)
        self.grouping = grouping
    }
}
