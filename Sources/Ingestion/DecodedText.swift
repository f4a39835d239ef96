/// A file's bytes decoded, with the encoding they were decoded from.
struct DecodedText: Sendable {
    /// `UTF-8`, `UTF-16LE`, `UTF-16BE`, `GB18030`, `Big5` ...
    var encoding: String
    /// The text, without a byte order mark.
    var text: String

    init(encoding: String, text: String) {
        self.encoding = encoding
        self.text = text
    }

    init(encoding: String, units: [UInt16]) {
        self.init(encoding: encoding, text: String(decoding: units, as: UTF16.self))
    }
}
