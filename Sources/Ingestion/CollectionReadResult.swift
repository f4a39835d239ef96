/// What reading a collection gave: the files read, the files that failed, and the warnings.
public struct CollectionReadResult: Sendable {
    /// Files read, in the order enumerated.
    public var files: [SourceFile]
    /// Files that could not be read or decoded.
    public var errors: [IngestionError]
    /// Files skipped or read with a caveat.
    public var warnings: [IngestionWarning]

    public init(files: [SourceFile] = [], errors: [IngestionError] = [], warnings: [IngestionWarning] = []) {
        self.files = files
        self.errors = errors
        self.warnings = warnings
    }
}
