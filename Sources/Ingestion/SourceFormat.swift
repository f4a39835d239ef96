import Foundation

/// The formats read, told by the file's extension; other files are skipped, never read as text.
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
}
