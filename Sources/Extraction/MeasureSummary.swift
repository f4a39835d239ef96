import Ingestion
import Reporting

/// How many measures of each policy instrument one document has: the table of instrument analysis.
public struct MeasureSummary: Sendable {
    public var source: String
    public var documentIndex: Int
    public var document: String
    public var counts: [PolicyInstrument: Int]
    public var uncategorised: Int
    public var total: Int

    public init(document: Document, measures: [Measure]) {
        source = document.source
        documentIndex = document.index
        self.document = document.title
        var counts: [PolicyInstrument: Int] = [:]
        for measure in measures { if let category = measure.category { counts[category, default: 0] += 1 } }
        self.counts = counts
        uncategorised = measures.filter { $0.category == nil }.count
        total = measures.count
    }

    /// `source, document_index, document, measures`, one count per instrument, `uncategorised`.
    public var record: [(String, Value)] {
        [("source", .string(source)), ("document_index", .int(documentIndex)), ("document", .string(document)),
         ("measures", .int(total))]
            + PolicyInstrument.allCases.map { ($0.rawValue, .int(counts[$0] ?? 0)) }
            + [("uncategorised", .int(uncategorised))]
    }
}
