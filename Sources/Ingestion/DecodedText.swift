/// A file's bytes decoded to UTF-16, with the encoding they were decoded from.
struct DecodedText: Sendable {
    /// `UTF-8`, `UTF-16LE`, `UTF-16BE`, `GB18030`, `Big5` ...
    var encoding: String
    /// The text in UTF-16 code units, without a byte order mark.
    var units: [UInt16]
}
