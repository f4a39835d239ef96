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
    public var rows: [Row] {
        numbering.ordered.flatMap { number in
            matchers.indices.map { index in
                let (count, characters) = (counts[number][index], characters[number])
                return Row(group: numbering.labels[number], term: matchers[index].term, count: count,
                           per10k: characters > 0 ? Double(count) * 10_000 / Double(characters) : 0, characters: characters)
            }
        }
    }
    /// The terms, as given.
    public var terms: [String] { matchers.map(\.term) }
    public var grouping: Grouping { numbering.grouping }

    private let matchers: [(term: String, matcher: TextMatcher)]
    private var numbering: GroupNumbering
    /// By group number, then term.
    private var counts: [[Int]] = []
    private var characters: [Int] = []

    /// An empty table of `terms` (queries that fold to nothing are left out) grouped by `grouping`.
    public init(terms: [String], by grouping: Grouping) {
        matchers = terms.compactMap { term in TextMatcher(term).map { (term, $0) } }
        numbering = GroupNumbering(grouping)
    }

    /// Counts `terms` in `documents` grouped by `grouping`.
    public init(terms: [String], documents: [AnalysisDocument], by grouping: Grouping) {
        self.init(terms: terms, by: grouping)
        for file in AnalysisDocument.byFile(documents) {
            for document in file { add(document, severalInFile: file.count > 1, counts: counts(document)) }
        }
    }

    /// The occurrences of each term in `document` (thread-safe: count on any thread, then `add`).
    public func counts(_ document: AnalysisDocument) -> [Int] {
        var counts = [Int](repeating: 0, count: matchers.count)
        for section in document.sections {
            let units = TextMatcher.normalized(FoldedText.folded(section.text))
            for (index, (_, matcher)) in matchers.enumerated() { counts[index] += matcher.count(inNormalized: units) }
        }
        return counts
    }

    /// Adds `document` with its `counts(_:)`; `severalInFile` as `Grouping.label` takes it.
    public mutating func add(_ document: AnalysisDocument, severalInFile: Bool, counts documentCounts: [Int]) {
        add(document, severalInFile: severalInFile, characters: document.characterCount, counts: documentCounts)
    }

    /// Adds `document` with its `counts(_:)` and its `characters` (counted elsewhere: the document may
    /// come without its text).
    public mutating func add(_ document: AnalysisDocument, severalInFile: Bool, characters documentCharacters: Int, counts documentCounts: [Int]) {
        let number = numbering.number(of: document, severalInFile: severalInFile)
        if number == counts.count {
            counts.append([Int](repeating: 0, count: matchers.count))
            characters.append(0)
        }
        characters[number] += documentCharacters
        for index in documentCounts.indices { counts[number][index] += documentCounts[index] }
    }
}
