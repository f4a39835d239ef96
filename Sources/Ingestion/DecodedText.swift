/// A file's bytes decoded, with the encoding they were decoded from.
public struct DecodedText: Sendable {
    /// `UTF-8`, `UTF-16LE`, `UTF-16BE`, `GB18030`, `Big5` ...
    public var encoding: String
    /// The text, without a byte order mark.
    public var text: String
    /// Lossy decoding only: the byte offset of the first invalid sequence, replaced with U+FFFD; nil
    /// when every byte was valid.
    public var firstInvalidOffset: Int?

    init(encoding: String, text: String) {
        self.encoding = encoding
        self.text = text
    }

    init(encoding: String, units: [UInt16]) {
        self.init(encoding: encoding, text: String(decoding: units, as: UTF16.self))
    }
}
