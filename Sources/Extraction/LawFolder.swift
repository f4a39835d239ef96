import FileErrors
import Foundation
import Ingestion

/// Laws read straight from a folder of Markdown law files — the layout of `../shared/corpus/laws`
/// (`# title`, version lines, `<!-- INFO END -->`, `## 第X章`, `第N条 ` lines) and of flk exports
/// with YAML front matter — so that `zhili cites --laws DIR` resolves citations without an index.
///
/// A version's date comes from the file name (`(2021-08-20)`, `（2015）`), else the front matter's
/// `publish`, else the last dated line of the header. Files are only opened for their title when
/// the folder is read; a law's articles are parsed the first time it is asked for.
public final class LawFolder: LawArticleSource, @unchecked Sendable {
    /// Files by the folded short name of the law they hold.
    private let files: [String: [String]]
    private let lock = NSLock()
    private var parsed: [String: [LawVersion]] = [:]
    /// The files of the folders passed over: a named pipe, socket or device (never opened: opening a
    /// named pipe waits for a writer) and a file that cannot be opened.
    public let warnings: [IngestionWarning]

    /// Reads the titles of every `.md` file under `paths` (files or folders). A file named in `paths`
    /// that cannot be read is an error; one found in a folder, a warning.
    public init(paths: [String]) throws(LawFolderError) {
        var files: [String: [String]] = [:]
        var warnings: [IngestionWarning] = []
        for path in paths {
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
                throw LawFolderError(path: path, reason: "no such file or folder")
            }
            let candidates: [String]
            if isDirectory.boolValue {
                let enumerator = FileManager.default.enumerator(atPath: path)
                candidates = (enumerator?.allObjects as? [String] ?? []).filter { $0.hasSuffix(".md") }.sorted()
                    .map { (path as NSString).appendingPathComponent($0) }
                    .filter { !LawFolder.isFolder($0) }
            } else {
                candidates = [path]
            }
            for file in candidates {
                let head: String
                do {
                    head = try LawFolder.head(of: file)
                } catch {
                    guard isDirectory.boolValue else { throw error }
                    warnings.append(IngestionWarning(path: file, reason: "skipped: \(error.reason)"))
                    continue
                }
                guard let title = LawFolder.title(in: head) else { continue }
                files[LawName.key(title), default: []].append(file)
            }
        }
        self.files = files
        self.warnings = warnings
    }

    /// How many distinct laws the folder holds.
    public var lawCount: Int { files.count }

    public func versions(of law: String) -> [LawVersion] {
        let key = LawName.key(law)
        lock.lock()
        defer { lock.unlock() }
        if let versions = parsed[key] { return versions }
        let versions = LawVersion.history((files[key] ?? []).compactMap { file in
            guard let data = FileManager.default.contents(atPath: file), let text = String(data: data, encoding: .utf8) else { return nil }
            return LawFolder.parse(text, path: file)
        })
        parsed[key] = versions
        return versions
    }

    /// A law file's version: title, date and articles; nil where it has no title.
    public static func parse(_ text: String, path: String) -> LawVersion? {
        guard let title = title(in: text) else { return nil }
        var inBody = !text.contains("<!-- INFO END -->")
        var lines: [String] = []
        for rawLine in text.split(separator: "\n", omittingEmptySubsequences: true) {
            if rawLine.hasPrefix("<!-- INFO END -->") { inBody = true; continue }
            if inBody { lines.append(String(rawLine)) }
        }
        let articles = LawArticle.articles(inLines: lines)
        return LawVersion(title: LawName.full(title), date: date(path: path, text: text), origin: path, articles: articles)
    }

    /// Whether `path` is a folder (one named like a law file is searched, not read).
    private static func isFolder(_ path: String) -> Bool {
        var isDirectory: ObjCBool = false
        return FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) && isDirectory.boolValue
    }

    /// The first 4 KB of a law file, where its title stands; the file is not opened unless it is a
    /// regular file (or a folder, whose reading fails).
    private static func head(of file: String) throws(LawFolderError) -> String {
        if let special = FileErrorReason.notRegularFile(file) { throw LawFolderError(path: file, reason: special) }
        do {
            let handle = try FileHandle(forReadingFrom: URL(fileURLWithPath: file))
            defer { try? handle.close() }
            // A cut in the middle of a character loses only that character.
            return String(decoding: try handle.read(upToCount: 4096) ?? Data(), as: UTF8.self)
        } catch {
            throw LawFolderError(path: file, reason: FileErrorReason.reading(file, error))
        }
    }

    /// The `title:` of front matter, else the first `# ` heading.
    private static func title(in text: String) -> String? {
        for line in text.split(separator: "\n").prefix(40) {
            if line.hasPrefix("title:") {
                let value = line.dropFirst(6).trimmingCharacters(in: CharacterSet(charactersIn: " \"'"))
                if !value.isEmpty { return value }
            }
            if line.hasPrefix("# ") {
                let value = line.dropFirst(2).trimmingCharacters(in: .whitespaces)
                if !value.isEmpty { return value }
            }
        }
        return nil
    }


    private static func date(path: String, text: String) -> String? {
        if let date = VersionDate.fileNameSuffix(of: path) { return date.description }
        for line in text.split(separator: "\n").prefix(20) where line.hasPrefix("publish:") {
            if let match = line.range(of: #"\d{4}-\d{2}-\d{2}"#, options: .regularExpression) { return String(line[match]) }
        }
        // The header's last dated line (the latest amendment) before the body begins.
        var latest: String?
        for line in text.split(separator: "\n").prefix(60) {
            if line.hasPrefix("<!-- INFO END -->") { break }
            if let match = line.range(of: #"^(\d{4})年(\d{1,2})月(\d{1,2})日"#, options: .regularExpression) {
                let parts = line[match].split(whereSeparator: { "年月日".contains($0) }).map { Int($0) ?? 0 }
                latest = String(format: "%04d-%02d-%02d", parts[0], parts[1], parts[2])
            }
        }
        return latest
    }
}

/// A folder or file of laws that cannot be read.
public struct LawFolderError: Error, CustomStringConvertible, Sendable {
    public let path: String
    public let reason: String
    public var description: String { "\(path): \(reason)" }
}
