/// How a text file is to be read, as `TextDecoder.decode` would decide for its bytes.
public enum TextFileContent: Sendable {
    /// Valid UTF-8 (after a UTF-8 byte order mark, if any) that `decode` takes as it stands: the file
    /// can be read as a stream of UTF-8 without being held in memory.
    case utf8
    /// Any other file (GB18030, Big5, UTF-16, or UTF-8 with invalid bytes when lossy), decoded whole.
    case decoded(DecodedText)
}
