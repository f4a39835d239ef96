/// A file as it was read: its encoding and the documents found in it.
public struct SourceFile: Sendable, Hashable {
    /// The path as given or found.
    public var path: String
    /// The encoding it was decoded from: `UTF-8`, `UTF-16LE`, `GB18030`, `Big5` ...; `docx` and `html`
    /// files report the encoding of their text.
    public var encoding: String
    /// Its documents, in order; a compilation has several.
    public var documents: [Document]

    public init(path: String, encoding: String, documents: [Document]) {
        self.path = path
        self.encoding = encoding
        self.documents = documents
    }
}
