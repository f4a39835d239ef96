import Foundation

/// The formats read, told by the file's extension; other files are skipped, never read as text. A file
/// without an extension named on its own is told by its bytes (`init(sniffing:)`).
enum SourceFormat: Sendable {
    /// `.txt`, `.text`
    case text
    /// `.md`, `.markdown`: text with `#` headings (the laws' layout, see `MarkdownText`)
    case markdown
    /// `.html`, `.htm`, `.xhtml`
    case html
    /// `.docx`
    case docx

    init?(path: String) {
        switch (path as NSString).pathExtension.lowercased() {
        case "txt", "text": self = .text
        case "md", "markdown": self = .markdown
        case "html", "htm", "xhtml": self = .html
        case "docx": self = .docx
        default: return nil
        }
    }

    /// The format of a file without an extension, told by its first bytes: a zip archive is a .docx, a page
    /// whose markup opens with `<!DOCTYPE html` or `<html` (after a byte-order mark or white space) is HTML,
    /// anything else is text, whose decoding finds its encoding or rejects its bytes.
    init(sniffing bytes: [UInt8]) {
        if bytes.starts(with: [0x50, 0x4B, 0x03, 0x04]) {
            self = .docx
            return
        }
        var start = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? 3 : 0
        while start < bytes.count, [0x20, 0x09, 0x0A, 0x0D].contains(bytes[start]) { start += 1 }
        let opening = String(decoding: bytes[start..<min(bytes.count, start + 14)], as: UTF8.self).lowercased()
        self = opening.hasPrefix("<!doctype html") || opening.hasPrefix("<html") ? .html : .text
    }
}
