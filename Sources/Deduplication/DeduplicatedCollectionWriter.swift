import FileErrors
import Foundation
import Ingestion
import Reporting

/// Writes a collection with every near-duplicate cluster reduced to its kept copy, as UTF-8 text
/// files (one per document), and `clusters.json` mapping each dropped copy to the one kept.
///
/// It only ever creates files in a new or empty folder outside every input: nothing is deleted or
/// overwritten, and the inputs are never touched.
public struct DeduplicatedCollectionWriter: Sendable {
    public let directory: String
    /// The paths given on the command line, to name files by their place under them and to refuse
    /// writing among them.
    public let inputs: [String]

    public init(directory: String, inputs: [String]) {
        self.directory = directory
        self.inputs = inputs
    }

    /// Refuses a folder that is not empty, is a file, or lies within an input folder (or holds one).
    public func validate() throws(DedupeWriteError) {
        let manager = FileManager.default
        var isDirectory: ObjCBool = false
        let target = DeduplicatedCollectionWriter.canonical(directory)
        if manager.fileExists(atPath: directory, isDirectory: &isDirectory) {
            guard isDirectory.boolValue else { throw DedupeWriteError(path: directory, reason: "is a file, not a folder") }
            let contents = (try? manager.contentsOfDirectory(atPath: directory)) ?? []
            guard contents.isEmpty else { throw DedupeWriteError(path: directory, reason: "is not empty; --write only writes into a new or empty folder") }
        }
        for input in inputs {
            let source = DeduplicatedCollectionWriter.canonical(input)
            if target == source || target.hasPrefix(source + "/") || source.hasPrefix(target + "/") {
                throw DedupeWriteError(path: directory, reason: "is or overlaps the input \(input); --write needs a folder of its own")
            }
        }
    }

    /// Writes the reduced collection and `clusters.json`; returns the paths written, relative to the folder.
    public func write(_ report: DedupeReport, files: [SourceFile], kind: DedupeUnitKind) throws(DedupeWriteError) -> [String] {
        try write(report, kind: kind) { body in files.forEach(body) }
    }

    /// Writes the reduced collection and `clusters.json` from the files `forEachFile` hands over one
    /// at a time, in the collection's order (read again rather than held); returns the paths written.
    public func write(_ report: DedupeReport, kind: DedupeUnitKind,
                      forEachFile: ((SourceFile) -> Void) -> Void) throws(DedupeWriteError) -> [String] {
        try validate()
        var dropped = Set<Int>()
        for cluster in report.clusters { dropped.formUnion(cluster.members.map(\.index).filter { $0 != cluster.keep }) }
        var unitOfDocument: [DocumentKey: [Int: Int]] = [:] // section index (−1 for the whole document) → unit
        for (index, unit) in report.units.enumerated() {
            unitOfDocument[DocumentKey(source: unit.source, index: unit.documentIndex), default: [:]][unit.sectionIndex ?? -1] = index
        }

        var written: [String] = []
        var writtenUnit: [Int: String] = [:]
        var names = Set<String>()
        var failure: DedupeWriteError?
        forEachFile { file in
            guard failure == nil else { return }
            do throws(DedupeWriteError) {
                for document in file.documents {
                    let key = DocumentKey(source: file.path, index: document.index)
                    let units = unitOfDocument[key] ?? [:]
                    if kind == .document, let unit = units[-1], dropped.contains(unit) { continue }
                    let kept = document.sections.enumerated().filter { index, _ in
                        guard kind == .section, let unit = units[index] else { return true }
                        return !dropped.contains(unit)
                    }.map(\.element)
                    let name = uniqueName(for: file, document: document, taken: &names)
                    try writeFile(name, contents: DeduplicatedCollectionWriter.render(document, sections: kept))
                    written.append(name)
                    for unit in units.values { writtenUnit[unit] = name }
                }
            } catch {
                failure = error
            }
        }
        if let failure { throw failure }

        let mapping = Value.object([("clusters", .array(report.clusters.map { cluster in
            .object([
                ("keep", .object(report.identity(cluster.keep) + [("written", .string(writtenUnit[cluster.keep]))])),
                ("dropped", .array(cluster.members.filter { $0.index != cluster.keep }.map { member in
                    .object(report.identity(member.index) + [("similarity", DedupeReport.number(member.similarity))])
                })),
            ])
        }))])
        try writeFile("clusters.json", contents: mapping.json + "\n")
        return written + ["clusters.json"]
    }

    /// A document as plain text: its title, its metadata lines, then its sections, each its heading and text as
    /// written (`Section.headedText`: a text that runs on from its heading's full stop stays on the heading's line).
    static func render(_ document: Document, sections: [Section]) -> String {
        var lines = [document.title]
        lines += document.metadata.map { $0.key + "：" + $0.value }
        lines.append("")
        for section in sections where !section.headedText.isEmpty { lines.append(section.headedText) }
        return lines.joined(separator: "\n") + "\n"
    }

    /// The file's path under the input folder it was found in (its name alone for a file given
    /// directly), the extension replaced by `.txt`, with the document's number where the file holds
    /// several, and a number added where two inputs give the same name.
    private func uniqueName(for file: SourceFile, document: Document, taken: inout Set<String>) -> String {
        let path = DeduplicatedCollectionWriter.canonical(file.path)
        var relative = (path as NSString).lastPathComponent
        for input in inputs {
            let folder = DeduplicatedCollectionWriter.canonical(input)
            if path.hasPrefix(folder + "/") { relative = String(path.dropFirst(folder.count + 1)) }
        }
        var stem = (relative as NSString).deletingPathExtension
        if file.documents.count > 1 { stem += "." + String(document.index) }
        var name = stem + ".txt"
        var copy = 2
        while !taken.insert(name).inserted {
            name = stem + "-" + String(copy) + ".txt"
            copy += 1
        }
        return name
    }

    private func writeFile(_ name: String, contents: String) throws(DedupeWriteError) {
        let url = URL(fileURLWithPath: directory).appendingPathComponent(name)
        do {
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            // Never replace a file: the folder was empty, so an existing file means two names collided.
            guard !FileManager.default.fileExists(atPath: url.path) else {
                throw DedupeWriteError(path: url.path, reason: "already exists")
            }
            try Data(contents.utf8).write(to: url, options: .withoutOverwriting)
        } catch let error as DedupeWriteError {
            throw error
        } catch {
            throw DedupeWriteError(path: url.path, reason: "cannot be written (\(FileErrorReason.system(error)))")
        }
    }

    private static func canonical(_ path: String) -> String {
        URL(fileURLWithPath: path).standardizedFileURL.resolvingSymlinksInPath().path
    }
}

/// A document by its file and position.
private struct DocumentKey: Hashable {
    let source: String
    let index: Int
}
