import TextAnalysis

/// What the server needs from an index: searching it, showing a document, and listing the records
/// extracted from it. The server owns validation, bounds and rendering; a backend only answers.
///
/// Calls are synchronous and may take CPU time: the server runs them on its own worker threads,
/// never on the threads that serve connections.
public protocol SearchBackend: Sendable {
    /// What is loaded, for `/api/health`.
    var status: BackendStatus { get }
    /// The requested window of the hits of `request.query`, in rank order, and how many there are.
    func search(_ request: SearchRequest) throws -> SearchResults
    /// How the hits of `request.query` spread over kinds and documents.
    func facets(_ request: SearchRequest) throws -> SearchFacets
    /// A document with its metadata and sections, or nil where the index has no such document.
    func document(_ key: DocumentKey) throws -> DocumentOutline?
    /// Statistics, citations or measures of the documents and sections that `request` selects.
    func records(_ kind: RecordKind, _ request: RecordRequest) throws -> RecordPage
    /// The first `limit` concordance lines of `query` in `order`, and how many there are (see `SearchBackend+Analysis`).
    func concordance(_ query: String, width: Int, order: Concordancer.Order, limit: Int) throws -> ConcordancePage
    /// How often `terms` occur per 10,000 characters by year.
    func trend(_ terms: [String]) throws -> TrendTable
}

/// A description of what a backend has loaded.
public struct BackendStatus: Sendable, Hashable {
    /// Which build of the index is being served (the manifest's generation).
    public var generation: String
    /// How many source files were indexed.
    public var files: Int
    /// How many units of each kind (`section`, `document`, `statistic` ...) the index holds.
    public var units: [Facet<String>]

    public init(generation: String, files: Int, units: [Facet<String>]) {
        self.generation = generation
        self.files = files
        self.units = units
    }

    /// The kinds a search can be restricted to.
    public var kinds: [String] { units.map(\.value) }

    /// How many units of `kind` the index holds.
    public func count(of kind: String) -> Int { units.first { $0.value == kind }?.count ?? 0 }
}
