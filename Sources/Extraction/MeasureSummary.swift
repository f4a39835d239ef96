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
        switch grouping {
        case .document:
            return documents.map { MeasureSummary(document: $0.0, measures: $0.1) }
        case .year:
            var groups: [Int: [(Document, [Measure])]] = [:]
            for entry in documents { groups[year(of: entry.0) ?? Int.max, default: []].append(entry) }
            return groups.keys.sorted().map { year in
                let members = groups[year]!
                return MeasureSummary(group: year == Int.max ? "unknown" : String(year), documents: members.count,
                                      measures: members.flatMap(\.1))
            }
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
