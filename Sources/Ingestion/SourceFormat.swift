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
        let found = SourceFormat.fileExtension(of: path)
        // Lowercased byte by byte where it is ASCII, as every known extension is (Unicode's lowercasing
        // of a short string cost a folder's walk as much as the test itself).
        let name = found.utf8.allSatisfy { $0 < 0x80 }
            ? String(decoding: found.utf8.map { $0 >= 0x41 && $0 <= 0x5A ? $0 | 0x20 : $0 }, as: UTF8.self) : found.lowercased()
        switch name {
        case "txt", "text": self = .text
        case "md", "markdown": self = .markdown
        case "html", "htm", "xhtml": self = .html
        case "docx": self = .docx
        default: return nil
        }
    }

    /// The extension of `path` as `NSString.pathExtension` gives it: what follows the last dot of its last
    /// component (trailing slashes aside), none where that dot begins the component.
    static func fileExtension(of path: String) -> Substring {
        let end = endOfLastComponent(path)
        return extensionStart(of: path, end: end).map { path[$0..<end] } ?? ""
    }

    /// A file's `name` (no slashes) less its extension and the dot before it, as `NSString.deletingPathExtension`
    /// gives it.
    static func stem(of name: String) -> Substring {
        extensionStart(of: name, end: name.endIndex).map { name[..<name.utf8.index(before: $0)] } ?? name[...]
    }

    /// `path`'s end less its trailing slashes.
    private static func endOfLastComponent(_ path: String) -> String.Index {
        let bytes = path.utf8
        var end = bytes.endIndex
        while end > bytes.startIndex, bytes[bytes.index(before: end)] == UInt8(ascii: "/") { end = bytes.index(before: end) }
        return end
    }

    /// Where the extension of the component of `path` that ends at `end` starts (after its dot), found
    /// among the UTF-8 bytes, whose dots and slashes are never part of another character: bridging every
    /// listed file's path to `NSString` was a twentieth of an update's processor time.
    /// Nil where the component has no dot but the one it begins with, or is `..`.
    private static func extensionStart(of path: String, end: String.Index) -> String.Index? {
        let bytes = path.utf8
        var position = end
        while position > bytes.startIndex {
            let dot = bytes.index(before: position)
            switch bytes[dot] {
            case UInt8(ascii: "/"): return nil
            case UInt8(ascii: "."):
                guard dot > bytes.startIndex else { return nil }
                let before = bytes.index(before: dot)
                if bytes[before] == UInt8(ascii: "/") { return nil }
                // `..`: its last dot ends it and the other begins it.
                if position == end, bytes[before] == UInt8(ascii: "."), before == bytes.startIndex || bytes[bytes.index(before: before)] == UInt8(ascii: "/") {
                    return nil
                }
                return position
            default: position = dot
            }
        }
        return nil
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
