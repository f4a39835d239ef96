import Foundation
import Reporting

/// Term frequencies per group of documents (`zhili terms`), and the distinctive terms of each group.
///
/// Documents are added one at a time with their `TermCounts` (counted on any thread), so a collection
/// goes through without being held; terms are numbered once for the whole table.
public struct TermTable: Sendable {
    /// One row of the table.
    public struct Row: Sendable, Hashable {
        public var group: String
        public var term: String
        public var count: Int
        /// Occurrences per 10,000 characters of the group's text.
        public var per10k: Double
        public var documents: Int
        /// The log-likelihood keyness score, with `--keywords`.
        public var score: Double?

        /// The contract's record: `group, term, count, per_10k, documents` (+ `score`).
        public var record: [(String, Value)] {
            var record: [(String, Value)] = [("group", .string(group)), ("term", .string(term)), ("count", .int(count)),
                                             ("per_10k", Value.decimal(per10k)), ("documents", .int(documents))]
            if let score { record.append(("score", Value.decimal(score))) }
            return record
        }
    }

    /// A term's occurrences in a group, and the number of the group's documents that hold it.
    private struct Tally: Sendable {
        var count = 0
        var documents = 0
    }

    /// One group's counts.
    private struct Group: Sendable {
        /// Characters of its text, whitespace not counted.
        var characters = 0
        /// By term number.
        var tallies: [Int32: Tally] = [:]
        /// All term occurrences, the size of the group for keyness.
        var tokens = 0
    }

    private var numbering: GroupNumbering
    private var terms = TermInterner()
    private var groups: [Group] = []

    /// The groups' labels, in the order they were met.
    public var groupLabels: [String] { numbering.labels }

    /// An empty table grouped by `grouping`.
    public init(by grouping: Grouping) {
        numbering = GroupNumbering(grouping)
    }

    /// Counts the terms of `documents` grouped by `grouping`.
    public init(_ documents: [AnalysisDocument], by grouping: Grouping, extractor: TermExtractor) {
        self.init(by: grouping)
        for file in AnalysisDocument.byFile(documents) {
            for document in file { add(document, severalInFile: file.count > 1, counts: extractor.counts(document)) }
        }
    }

    /// Adds `document`, whose terms are `counts`; `severalInFile` as `Grouping.label` takes it.
    public mutating func add(_ document: AnalysisDocument, severalInFile: Bool, counts: TermCounts) {
        let number = numbering.number(of: document, severalInFile: severalInFile)
        if number == groups.count { groups.append(Group()) }
        groups[number].characters += document.characterCount
        groups[number].tokens += counts.tokens
        for local in 0..<counts.terms.count {
            let id = counts.terms.units(Int32(local)).withUnsafeBufferPointer { terms.intern($0) }
            groups[number].tallies[id, default: Tally()].count += counts.counts[local]
            groups[number].tallies[id, default: Tally()].documents += 1
        }
    }

    /// The rows: per group, terms occurring at least `minimumCount` times, most frequent first (ties
    /// in code point order), at most `top` of them (0 for all). With `keywords`, each group's terms are
    /// scored against the rest of the collection by log-likelihood and only those more frequent in the
    /// group than elsewhere are listed, best first.
    public func rows(top: Int, minimumCount: Int, keywords: Bool) -> [Row] {
        var totals = [Int](repeating: 0, count: keywords ? terms.count : 0)
        if keywords {
            for group in groups { for (id, tally) in group.tallies { totals[Int(id)] += tally.count } }
        }
        let allTokens = groups.reduce(0) { $0 + $1.tokens }
        return numbering.ordered.flatMap { number -> [Row] in
            let group = groups[number]
            var ranked: [(id: Int32, tally: Tally, score: Double?)] = []
            for (id, tally) in group.tallies where tally.count >= minimumCount {
                var score: Double?
                if keywords {
                    guard let keyness = LogLikelihood.keyness(count: tally.count, groupTokens: group.tokens,
                                                              totalCount: totals[Int(id)], totalTokens: allTokens) else { continue }
                    score = keyness
                }
                ranked.append((id, tally, score))
            }
            ranked.sort { a, b in
                if let x = a.score, let y = b.score, x != y { return x > y }
                if a.tally.count != b.tally.count { return a.tally.count > b.tally.count }
                return terms.precedes(a.id, b.id)
            }
            // Strings only for the rows shown.
            return ranked.prefix(top > 0 ? top : ranked.count).map { id, tally, score in
                Row(group: numbering.labels[number], term: terms.string(id), count: tally.count,
                    per10k: group.characters > 0 ? Double(tally.count) * 10_000 / Double(group.characters) : 0,
                    documents: tally.documents, score: score)
            }
        }
    }
}

extension Value {
    /// A number with up to four decimals, trailing zeros dropped (`12.5`, `0.0417`, `3`).
    static func decimal(_ value: Double) -> Value {
        var text = String(format: "%.4f", value)
        while text.hasSuffix("0") { text.removeLast() }
        if text.hasSuffix(".") { text.removeLast() }
        return .number(text)
    }
}
