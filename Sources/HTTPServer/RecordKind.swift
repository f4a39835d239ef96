import Reporting

/// The extracted records served under `/api/stats`, `/api/cites` and `/api/measures`.
public enum RecordKind: String, Sendable, CaseIterable {
    case statistic, citation, measure

    /// The fields of the contract's record, in order: the CSV header even when there is no record.
    public var contractFields: [String] {
        let location = ["source", "document_index", "document", "section"]
        switch self {
        case .statistic: return location + ["text", "value", "max", "unit", "approx", "kind", "subject", "sentence", "start", "end"]
        case .citation: return location + ["text", "law", "law_full", "article", "paragraph", "item", "kind", "resolved"]
        case .measure: return location + ["ordinal", "headline", "text", "category", "items"]
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
/// document or all, a window of them.
public struct RecordRequest: Sendable, Hashable {
    public var query: String?
    public var document: DocumentKey?
    public var limit: Int
    public var offset: Int

    public init(query: String? = nil, document: DocumentKey? = nil, limit: Int = 100, offset: Int = 0) {
        self.query = query
        self.document = document
        self.limit = limit
        self.offset = offset
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
