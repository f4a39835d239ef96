import Extraction
import Reporting

/// The extracted records served under `/api/stats`, `/api/cites` and `/api/measures`.
public enum RecordKind: String, Sendable, CaseIterable {
    case statistic, citation, measure

    /// The fields of the contract's record, in order: the CSV header even when there is no record.
    public var contractFields: [String] {
        let location = ["source", "document_index", "document", "section"]
        switch self {
        case .statistic: return Statistic.fields
        case .citation: return location + ["text", "law", "law_full", "article", "paragraph", "item", "kind", "resolved"]
        case .measure: return location + ["ordinal", "headline", "text", "category", "items"]
        }
    }

    /// The fields of the records `request` asks for, in order: the contract's, or the summary's
    /// counts, with the fields its options add.
    public func fields(_ request: RecordRequest) -> [String] {
        switch self {
        case .measure where request.summary:
            return ["source", "document_index", "document", "measures"] + PolicyInstrument.allCases.map(\.rawValue) + ["uncategorised"]
        case .measure where request.explain: return contractFields + ["cues"]
        case .citation where request.check: return contractFields + ["check", "suggestion", "note"]
        default: return contractFields
        }
    }

    /// The command (and route) that lists them.
    public var command: String {
        switch self {
        case .statistic: "stats"
        case .citation: "cites"
        case .measure: "measures"
        }
    }
}

/// Which extracted records to list: those of the sections a query finds (all when no query), of one
/// document or all, a window of them; and the options of `zhili cites` and `zhili measures`.
public struct RecordRequest: Sendable, Hashable {
    public var query: String?
    public var document: DocumentKey?
    public var limit: Int
    public var offset: Int
    /// Citations: check each cited article against the indexed laws (`cites --check`).
    public var check: Bool
    /// Measures: add the cue words that decided each category (`measures --explain`).
    public var explain: Bool
    /// Measures: counts per category per document instead of the measures (`measures --summary`).
    public var summary: Bool

    public init(query: String? = nil, document: DocumentKey? = nil, limit: Int = 100, offset: Int = 0,
                check: Bool = false, explain: Bool = false, summary: Bool = false) {
        self.query = query
        self.document = document
        self.limit = limit
        self.offset = offset
        self.check = check
        self.explain = explain
        self.summary = summary
    }
}

/// A window of extracted records, each in the contract's field order.
public struct RecordPage: Sendable {
    public var total: Int
    public var records: [[(String, Value)]]

    public init(total: Int, records: [[(String, Value)]]) {
        self.total = total
        self.records = records
    }
}
