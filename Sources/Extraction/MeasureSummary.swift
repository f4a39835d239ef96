import Foundation
import Ingestion
import Reporting

/// How many level-1 measures of each policy instrument a group of documents has: the table of
/// instrument analysis, by document or by year.
public struct MeasureSummary: Sendable {
    /// How documents are grouped.
    public enum Grouping: String, Sendable, CaseIterable {
        case document, year
    }

    /// The group's label: the document's title, or the year (`unknown` where no year is found).
    public var group: String
    public var source: String?
    public var documentIndex: Int?
    public var documents: Int
    public var counts: [PolicyInstrument: Int]
    public var uncategorised: Int
    public var total: Int

    public init(document: Document, measures: [Measure]) {
        self.init(group: document.title, documents: 1, measures: measures)
        source = document.source
        documentIndex = document.index
    }

    init(group: String, documents: Int, measures: [Measure]) {
        self.group = group
        self.documents = documents
        let tasks = measures.filter { $0.level == 1 }
        var counts: [PolicyInstrument: Int] = [:]
        for measure in tasks { if let category = measure.category { counts[category, default: 0] += 1 } }
        self.counts = counts
        uncategorised = tasks.filter { $0.category == nil }.count
        total = tasks.count
    }

    /// One row per document, or per year in order (documents without a year last, as `unknown`).
    public static func rows(_ documents: [(Document, [Measure])], by grouping: Grouping) -> [MeasureSummary] {
        rows(documents.map { (year(of: $0.0), MeasureSummary(document: $0.0, measures: $0.1)) }, by: grouping)
    }

    /// The same rows from each document's own summary and year, for a collection summarised a
    /// document at a time: only the counts are kept, never the documents.
    public static func rows(_ documents: [(year: Int?, summary: MeasureSummary)], by grouping: Grouping) -> [MeasureSummary] {
        switch grouping {
        case .document:
            return documents.map(\.summary)
        case .year:
            var groups: [Int: MeasureSummary] = [:]
            for (year, summary) in documents {
                let key = year ?? Int.max
                var group = groups[key] ?? MeasureSummary(group: key == Int.max ? "unknown" : String(key), documents: 0, measures: [])
                group.documents += 1
                group.counts.merge(summary.counts, uniquingKeysWith: +)
                group.uncategorised += summary.uncategorised
                group.total += summary.total
                groups[key] = group
            }
            return groups.keys.sorted().map { groups[$0]! }
        }
    }

    /// The year a document is about: the first year in its title, else in its file name, else in its
    /// header's metadata (发布日期, 成文日期 …).
    public static func year(of document: Document) -> Int? {
        VersionDate.first(in: document.title)?.year
            ?? VersionDate.first(in: (document.source as NSString).lastPathComponent)?.year
            ?? document.metadata.lazy.compactMap { VersionDate.first(in: $0.value)?.year }.first
    }

    /// `source, document_index, document` (by document) or `year, documents` (by year), then
    /// `measures`, one count per instrument, `uncategorised`.
    public func record(_ grouping: Grouping) -> [(String, Value)] {
        let head: [(String, Value)] = grouping == .document
            ? [("source", .string(source)), ("document_index", documentIndex.map(Value.int) ?? .null), ("document", .string(group))]
            : [("year", .string(group)), ("documents", .int(documents))]
        return head + [("measures", .int(total))]
            + PolicyInstrument.allCases.map { ($0.rawValue, .int(counts[$0] ?? 0)) }
            + [("uncategorised", .int(uncategorised))]
    }

    /// The record by document (the first round's `--summary`).
    public var record: [(String, Value)] { record(.document) }
}
