import Foundation

/// Reads files and folders of reports into `SourceFile`s: decoding, format extraction, cleaning,
/// documents and sections.
public struct CollectionReader: Sendable {
    /// Whether invalid bytes are replaced with U+FFFD instead of failing the file.
    public var lossy: Bool

    /// Extensions read, by format.
    static let textExtensions: Set<String> = ["txt", "text"]
    static let markdownExtensions: Set<String> = ["md", "markdown"]
    static let htmlExtensions: Set<String> = ["html", "htm", "xhtml"]
    static let docxExtensions: Set<String> = ["docx"]

    public init(lossy: Bool = false) {
        self.lossy = lossy
    }

    /// The readable files among `paths`, folders searched recursively, each folder's files sorted;
    /// files with other extensions, hidden files and missing paths give warnings.
    public func enumerate(_ paths: [String]) -> (files: [String], warnings: [IngestionWarning]) {
        var files: [String] = []
        var warnings: [IngestionWarning] = []
        let manager = FileManager.default
        for path in paths {
            var isDirectory: ObjCBool = false
            guard manager.fileExists(atPath: path, isDirectory: &isDirectory) else {
                warnings.append(IngestionWarning(path: path, reason: "skipped: no such file or folder"))
                continue
            }
            guard isDirectory.boolValue else {
                if CollectionReader.isReadable(path) {
                    files.append(path)
                } else {
                    warnings.append(CollectionReader.unknownExtensionWarning(path))
                }
                continue
            }
            guard let enumerator = manager.enumerator(atPath: path) else {
                warnings.append(IngestionWarning(path: path, reason: "skipped: folder cannot be listed"))
                continue
            }
            var found: [String] = []
            while let relative = enumerator.nextObject() as? String {
                let name = (relative as NSString).lastPathComponent
                if name.hasPrefix(".") {
                    if enumerator.fileAttributes?[.type] as? FileAttributeType == .typeDirectory { enumerator.skipDescendants() }
                    continue
                }
                guard enumerator.fileAttributes?[.type] as? FileAttributeType != .typeDirectory else { continue }
                let full = (path as NSString).appendingPathComponent(relative)
                if CollectionReader.isReadable(full) {
                    found.append(full)
                } else {
                    warnings.append(CollectionReader.unknownExtensionWarning(full))
                }
            }
            files.append(contentsOf: found.sorted())
        }
        return (files, warnings)
    }

    /// Reads one file.
    public func read(_ path: String) throws(IngestionError) -> SourceFile {
        let url = URL(fileURLWithPath: path)
        let format = CollectionReader.format(of: path)
        let fallbackTitle = url.deletingPathExtension().lastPathComponent
        let bytes: [UInt8]
        do {
            bytes = try [UInt8](Data(contentsOf: url, options: .mappedIfSafe))
        } catch {
            throw IngestionError(path: path, reason: "cannot be read (\((error as NSError).localizedDescription))")
        }
        switch format {
        case "txt", "md":
            let decoded = try TextDecoder(lossy: lossy).decode(bytes, path: path)
            var lines = TextLine.split(decoded.units)
            var parser = DocumentParser(source: path, fallbackTitle: fallbackTitle)
            if format == "md" { MarkdownText.prepare(&lines, parser: &parser) }
            return SourceFile(path: path, encoding: decoded.encoding, documents: parser.documents(from: lines))
        case "html":
            let decoded = try TextDecoder(lossy: lossy).decode(bytes, path: path, declared: HTMLCharset.declared(in: bytes))
            let page = HTMLTextExtractor(String(decoding: decoded.units, as: UTF16.self))
            let parser = DocumentParser(source: path, fallbackTitle: fallbackTitle, knownTitle: page.title)
            return SourceFile(path: path, encoding: decoded.encoding, documents: parser.documents(from: page.lines))
        case "docx":
            var lines = try DocxTextExtractor(contentsOf: url, path: path).lines
            var parser = DocumentParser(source: path, fallbackTitle: fallbackTitle)
            if let first = lines.first, first.outlineLevel == 1 {
                parser.knownTitle = first.text
                lines.removeFirst()
            }
            return SourceFile(path: path, encoding: "UTF-8", documents: parser.documents(from: lines))
        default:
            throw IngestionError(path: path, reason: "unsupported format .\(url.pathExtension)")
        }
    }

    /// Reads every file of `paths` (see `enumerate`), collecting what failed instead of stopping.
    public func readAll(_ paths: [String]) -> CollectionReadResult {
        let (files, warnings) = enumerate(paths)
        var result = CollectionReadResult(warnings: warnings)
        for path in files {
            do {
                result.files.append(try read(path))
            } catch {
                result.errors.append(error)
            }
        }
        return result
    }

    static func format(of path: String) -> String? {
        let ext = (path as NSString).pathExtension.lowercased()
        if textExtensions.contains(ext) { return "txt" }
        if markdownExtensions.contains(ext) { return "md" }
        if htmlExtensions.contains(ext) { return "html" }
        if docxExtensions.contains(ext) { return "docx" }
        return nil
    }

    static func isReadable(_ path: String) -> Bool { format(of: path) != nil }

    static func unknownExtensionWarning(_ path: String) -> IngestionWarning {
        let ext = (path as NSString).pathExtension
        return IngestionWarning(path: path, reason: ext.isEmpty ? "skipped: no file extension" : "skipped: unknown extension .\(ext)")
    }
}
