/// What the server needs from an index: searching it, showing a document, and listing the records
/// extracted from it. The server owns validation, bounds and rendering; a backend only answers.
///
/// Calls are synchronous and may take CPU time: the server runs them on its own worker threads,
/// never on the threads that serve connections.
public protocol SearchBackend: Sendable {
    /// What is loaded, for `/api/health`.
    var status: BackendStatus { get }
    /// The hits of `request.query` in rank order, the requested window of them, and their facets.
    func search(_ request: SearchRequest) throws -> SearchResults
    /// A document with its metadata and sections, or nil where the index has no such document.
    func document(_ key: DocumentKey) throws -> DocumentOutline?
    /// Statistics, citations or measures of the documents and sections that `request` selects.
    func records(_ kind: RecordKind, _ request: RecordRequest) throws -> RecordPage
}

/// A description of what a backend has loaded.
public struct BackendStatus: Sendable, Hashable {
    /// Which build of the index is being served (the manifest's generation).
    public var generation: String
    public var documents: Int
    public var sections: Int
    /// The record kinds a search can be restricted to (`section`, `statistic` ...).
    public var kinds: [String]

    public init(generation: String, documents: Int, sections: Int, kinds: [String]) {
        self.generation = generation
        self.documents = documents
        self.sections = sections
        self.kinds = kinds
    }
}
