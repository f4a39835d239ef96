import Foundation
import Reporting

/// Term frequencies per group of documents (`zhili terms`), and the distinctive terms of each group.
public struct TermTable: Sendable {
    /// One group's counts.
    public struct Group: Sendable {
        public var label: String
        /// Characters of its text, whitespace not counted.
        public var characters: Int
        /// Occurrences of each term.
        public var counts: [String: Int]
        /// The number of the group's documents each term occurs in.
        public var documents: [String: Int]
        /// All term occurrences, the size of the group for keyness.
        public var tokens: Int
    }

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

    public var groups: [Group]

    /// Counts the terms of `documents` grouped by `grouping`.
    public init(_ documents: [AnalysisDocument], by grouping: Grouping, extractor: TermExtractor) {
        groups = grouping.groups(documents).map { label, members in
            var group = Group(label: label, characters: 0, counts: [:], documents: [:], tokens: 0)
            for document in members {
                group.characters += document.characterCount
                var seen = Set<String>()
                for section in document.sections {
                    for term in extractor.terms(section.text) {
                        group.counts[term, default: 0] += 1
                        group.tokens += 1
                        if seen.insert(term).inserted { group.documents[term, default: 0] += 1 }
                    }
                }
            }
            return group
        }
    }

    /// The rows: per group, terms occurring at least `minimumCount` times, most frequent first (ties
    /// in code point order), at most `top` of them (0 for all). With `keywords`, each group's terms are
    /// scored against the rest of the collection by log-likelihood and only those more frequent in the
    /// group than elsewhere are listed, best first.
    public func rows(top: Int, minimumCount: Int, keywords: Bool) -> [Row] {
        var totals: [String: Int] = [:]
        if keywords {
            for group in groups { totals.merge(group.counts, uniquingKeysWith: +) }
        }
        let allTokens = groups.reduce(0) { $0 + $1.tokens }
        return groups.flatMap { group -> [Row] in
            var rows: [Row] = []
            for (term, count) in group.counts where count >= minimumCount {
                var score: Double?
                if keywords {
                    guard let keyness = LogLikelihood.keyness(count: count, groupTokens: group.tokens,
                                                              totalCount: totals[term] ?? count, totalTokens: allTokens) else { continue }
                    score = keyness
                }
                rows.append(Row(group: group.label, term: term, count: count,
                                per10k: group.characters > 0 ? Double(count) * 10_000 / Double(group.characters) : 0,
                                documents: group.documents[term] ?? 0, score: score))
            }
            rows.sort { a, b in
                if let x = a.score, let y = b.score, x != y { return x > y }
                if a.count != b.count { return a.count > b.count }
                return a.term < b.term
            }
            return top > 0 ? Array(rows.prefix(top)) : rows
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
