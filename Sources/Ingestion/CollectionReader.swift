import FileErrors
import Foundation

/// Reads files and folders of reports into `SourceFile`s: decoding, format extraction, cleaning,
/// documents and sections.
public struct CollectionReader: Sendable {
    /// Whether invalid bytes are replaced with U+FFFD instead of failing the file.
    public var lossy: Bool

    public init(lossy: Bool = false) {
        self.lossy = lossy
    }

    /// The readable files among `paths`, folders searched recursively, each folder's files sorted;
    /// files with other extensions give warnings, hidden files and a folder's description (README, PROVENANCE …) are passed over, and
    /// a path that does not exist or a folder that cannot be listed is kept so that reading it reports
    /// the error: its files are inputs that could not be read, not files to pass over in silence.
    public func enumerate(_ paths: [String]) -> (files: [String], warnings: [IngestionWarning]) {
        var files: [String] = []
        var warnings: [IngestionWarning] = []
        let manager = FileManager.default
        for path in paths {
            var isDirectory: ObjCBool = false
            guard manager.fileExists(atPath: path, isDirectory: &isDirectory) else {
                // Kept so that reading it fails with an error naming it: a mistyped path is an
                // unreadable input (exit 3), not something to pass over.
                files.append(path)
                continue
            }
            guard isDirectory.boolValue else {
                // Named on its own, a file without an extension is read, its format told by its bytes: the
                // user chose it, as they choose a README, which a folder's walk passes over.
                if CollectionReader.isReadable(path) || SourceFormat.fileExtension(of: path).isEmpty {
                    files.append(path)
                } else {
                    warnings.append(CollectionReader.unknownExtensionWarning(path))
                }
                continue
            }
            var found: [String] = []
            let listed = FolderWalk.walk(path) { relative, name, kind in
                // Hidden files and folders are passed over, and so is everything in a hidden folder.
                guard !name.hasPrefix(".") else { return false }
                guard kind != .folder else { return true }
                let full = (path as NSString).appendingPathComponent(relative)
                if kind == .special {
                    warnings.append(IngestionWarning(path: full, reason: "skipped: " + (FileErrorReason.notRegularFile(full) ?? "not a regular file")))
                } else if CollectionReader.isFolderDescription(name) {
                    return false
                } else if CollectionReader.isReadable(full) {
                    found.append(full)
                } else {
                    warnings.append(CollectionReader.unknownExtensionWarning(full))
                }
                return false
            } unlisted: { relative in
                found.append((path as NSString).appendingPathComponent(relative))
            }
            guard listed else {
                files.append(path)
                continue
            }
            // Named on purpose, a folder with nothing to read is worth a word: a mistyped folder, or
            // reports in a format zhili does not read (and `zhili index` then leaves the index as it was).
            if found.isEmpty {
                warnings.append(IngestionWarning(path: path, reason: "no files to read in this folder (zhili reads .txt, .md, .html, .htm, .docx)"))
            }
            files.append(contentsOf: found.sorted())
        }
        return (files, warnings)
    }

    /// Reads one file.
    public func read(_ path: String) throws(IngestionError) -> SourceFile {
        let url = URL(fileURLWithPath: path)
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isFolder) else {
            throw IngestionError(path: path, reason: CollectionReader.missingReason(path))
        }
        if isFolder.boolValue {
            throw IngestionError(path: path, reason: FolderWalk.listingFailure(path).map { "folder cannot be listed (\($0))" } ?? "is a folder, not a file")
        }
        let named = SourceFormat(path: path)
        guard named != nil || url.pathExtension.isEmpty else { throw CollectionReader.unknownExtensionError(path) }
        let fallbackTitle = url.deletingPathExtension().lastPathComponent
        let bytes = try TextDecoder.bytes(ofFileAt: path)
        let format = named ?? SourceFormat(sniffing: bytes)
        switch format {
        case .text, .markdown:
            let decoded = try TextDecoder(lossy: lossy).decode(bytes, path: path)
            var lines = TextLine.split(decoded.text)
            var parser = DocumentParser(source: path, fallbackTitle: fallbackTitle)
            if format == .markdown { MarkdownText.prepare(&lines, parser: &parser) }
            return SourceFile(path: path, encoding: decoded.encoding, documents: parser.documents(from: lines))
        case .html:
            let decoded = try TextDecoder(lossy: lossy).decode(bytes, path: path, declared: HTMLCharset.declared(in: bytes))
            let page = HTMLTextExtractor(decoded.text)
            let parser = DocumentParser(source: path, fallbackTitle: fallbackTitle, knownTitle: page.articleTitle,
                                        knownMetadata: page.articleMetadata)
            return SourceFile(path: path, encoding: decoded.encoding, documents: parser.documents(from: page.articleLines))
        case .docx:
            var lines = try DocxTextExtractor(contentsOf: url, path: path).lines
            var parser = DocumentParser(source: path, fallbackTitle: fallbackTitle)
            if let first = lines.first, first.outlineLevel == 1 {
                parser.knownTitle = first.text
                lines.removeFirst()
            }
            return SourceFile(path: path, encoding: "UTF-8", documents: parser.documents(from: lines))
        }
    }

    /// Reads every file of `paths` (see `enumerate`) on all cores, collecting what failed instead of
    /// stopping; files, errors and warnings keep the order of enumeration.
    public func readAll(_ paths: [String], threads: Int = OrderedParallelMap.defaultThreads) -> CollectionReadResult {
        let (files, warnings) = enumerate(paths)
        var result = CollectionReadResult(warnings: warnings)
        readEach(files, threads: threads, transform: { $0 }, warned: { result.warnings.append($0) }) { outcome in
            switch outcome {
            case .success(let file): result.files.append(file)
            case .failure(let error): result.errors.append(error)
            }
        }
        return result
    }

    /// Reads `files` on `threads` threads and transforms each file read (or the error reading it)
    /// there too, handing the results to `consume` one at a time in the files' order, with only a few
    /// files ahead in memory: the way to go through a collection of any size. A file read with a
    /// caveat (one that holds no text) goes to `warned` first.
    public func readEach<Output: Sendable>(_ files: [String], threads: Int = OrderedParallelMap.defaultThreads,
                                           transform: @escaping @Sendable (Result<SourceFile, IngestionError>) -> Output,
                                           warned: (IngestionWarning) -> Void = { _ in },
                                           consume: (Output) -> Void) {
        OrderedParallelMap(threads: threads).run(files, transform: { path in
            let outcome = Result { () throws(IngestionError) in try read(path) }
            return ((try? outcome.get()).flatMap(CollectionReader.warning(about:)), transform(outcome))
        }, consume: { (warning: IngestionWarning?, output: Output) in
            if let warning { warned(warning) }
            consume(output)
        })
    }

    /// The caveat of a file read, if it has one: a file with no text (empty, or nothing but white
    /// space, a byte-order mark or page debris) is read without error, but a researcher counting on
    /// its contents should hear that there were none.
    static func warning(about file: SourceFile) -> IngestionWarning? {
        file.documents.isEmpty ? IngestionWarning(path: file.path, reason: "empty: holds no text") : nil
    }

    /// Whether `path` ends in an extension of a format zhili reads (.txt, .md, .html, .docx …).
    public static func isReadable(_ path: String) -> Bool { SourceFormat(path: path) != nil }

    /// The error for a file whose bytes could not be read, `error` being what reading them threw: why
    /// nothing is there (see `missingReason`) or, when something is, what stopped the reading.
    public static func readFailure(_ path: String, _ error: any Error) -> IngestionError {
        IngestionError(path: path, reason: access(path, F_OK) != 0 ? missingReason(path) : FileErrorReason.reading(path, error))
    }

    /// Why nothing is found at `path`: nothing is there, or a symbolic link is, pointing nowhere or
    /// round in a loop.
    static func missingReason(_ path: String) -> String {
        guard let target = try? FileManager.default.destinationOfSymbolicLink(atPath: path) else { return "no such file or folder" }
        var info = stat()
        if stat(path, &info) != 0 && errno == ELOOP { return "symbolic link loop (\(String(cString: strerror(ELOOP))))" }
        return "symbolic link to \(target), which does not exist"
    }

    /// Whether a file found in a folder is the folder's own description — README, PROVENANCE (where its files came from,
    /// under which terms), LICENSE or LICENCE, COPYING, with any extension — which would otherwise be indexed and
    /// counted as one more report (the corpus's PROVENANCE.txt gave 20 statistics and a citation of 著作权法第五条); named on
    /// its own, it is read. Told by name, not by content: a list of sources is plain text as a report is. Not NOTICE:
    /// notice.txt is as likely a 通知.
    static func isFolderDescription(_ name: String) -> Bool {
        let stem = SourceFormat.stem(of: name)
        // Lowercasing never takes a character to none, so a longer stem is none of the names: most files' names
        // are passed over without lowercasing and hashing them (with the stem through `NSString`, a twentieth
        // of an update's processor time).
        return stem.unicodeScalars.count <= folderDescriptionLength && folderDescriptionNames.contains(stem.lowercased())
    }

    /// The scalars of the longest name in `folderDescriptionNames`.
    private static let folderDescriptionLength = folderDescriptionNames.map(\.unicodeScalars.count).max()!

    private static let folderDescriptionNames: Set<String> = ["readme", "provenance", "license", "licence", "copying"]

    /// `read` asked for a file of no known format.
    static func unknownExtensionError(_ path: String) -> IngestionError {
        IngestionError(path: path, reason: "not read: unknown extension .\(SourceFormat.fileExtension(of: path))")
    }

    static func unknownExtensionWarning(_ path: String) -> IngestionWarning {
        // Links inside a folder are not followed (a link back up would loop): say so of a linked folder.
        var isFolder: ObjCBool = false
        if FileManager.default.fileExists(atPath: path, isDirectory: &isFolder), isFolder.boolValue {
            return IngestionWarning(path: path, reason: "skipped: a symbolic link to a folder (links in a folder are not followed; name it to read it)")
        }
        let ext = SourceFormat.fileExtension(of: path)
        return IngestionWarning(path: path, reason: ext.isEmpty ? "skipped: no file extension" : "skipped: unknown extension .\(ext)")
    }
}
