import Ingestion

/// How far a build has got, reported after every file.
public struct IndexProgress: Sendable {
    public var filesDone: Int
    public var filesTotal: Int
    public var bytesDone: Int
    public var bytesTotal: Int
    /// Seconds since the build started.
    public var elapsed: Double
}

/// What `CollectionIndexer.run` did.
public struct IndexReport: Sendable {
    /// Files found under the paths.
    public var files = 0
    /// Files indexed before and unchanged since: carried over without being read again.
    public var unchanged = 0
    public var added = 0
    public var changed = 0
    /// Files indexed before and not found now.
    public var removed = 0
    /// Raw bytes of all files found.
    public var bytes = 0
    /// Units in the index afterwards.
    public var units = 0
    /// Files that could not be read; the rest was indexed.
    public var errors: [IngestionError] = []
    public var warnings: [IngestionWarning] = []
    /// What was written; nil when nothing changed and the index was left as it was.
    public var statistics: IndexStatistics?
    /// Why the previous index could not be reused, if it could not.
    public var rebuildReason: String?
    /// Whether nothing could be read, so that the index was left as it was.
    public var leftAsItWas = false
    /// Whether there was an index before (left as it was, when nothing could be read), or none.
    public var indexExisted = false
}
