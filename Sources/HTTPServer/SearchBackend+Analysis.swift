import TextAnalysis

/// A query's concordance lines for the search page: the first `limit` in the order asked for, and
/// how many there are.
public struct ConcordancePage: Sendable {
    public var lines: [ConcordanceLine]
    public var total: Int

    public init(lines: [ConcordanceLine], total: Int) {
        self.lines = lines
        self.total = total
    }
}

extension SearchBackend {
    /// A backend without text analysis says so.
    public func concordance(_ query: String, width: Int, order: Concordancer.Order, limit: Int) throws -> ConcordancePage {
        throw APIError(.notImplemented, "此索引不提供语境检索")
    }

    public func trend(_ terms: [String]) throws -> TrendTable {
        throw APIError(.notImplemented, "此索引不提供词频趋势")
    }
}
