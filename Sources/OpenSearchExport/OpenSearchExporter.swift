import Extraction
import FileErrors
import Foundation
import Ingestion
import Reporting
import SearchIndex

/// Writes a collection for OpenSearch: the index templates (`template.json` with the analysis-icu
/// plugin, `template-builtin.json` without it; see `OpenSearchTemplate`) and bulk NDJSON files of
/// its documents, sections, statistics, citations and measures, one index each
/// (`zhili-documents`, `zhili-sections`, `zhili-statistics`, `zhili-citations`, `zhili-measures`).
///
/// Sections and documents carry `source, document_index, document, section` (sections), `heading`,
/// `level`, `text`, `year` and (documents) `metadata`; statistics, citations and measures carry the
/// records of `zhili stats|cites|measures` with `year` added, the citations resolved (`law_full`,
/// `resolved`) where a `resolver` is given, as `zhili cites` resolves them. Ids are stable (a hash of
/// the unit's place), so that loading an export again replaces rather than duplicates.
public struct OpenSearchExporter: Sendable {
    public let directory: URL
    public let prefix: String
    public let maximumBytes: Int
    /// Resolves the citations against laws; nil leaves `resolved` null.
    public let resolver: CitationResolver?

    public init(directory: String, prefix: String = "zhili", maximumBytes: Int = OpenSearchBulkWriter.defaultMaximumBytes,
                resolver: CitationResolver? = nil) {
        self.directory = URL(fileURLWithPath: directory)
        self.prefix = prefix
        self.maximumBytes = maximumBytes
        self.resolver = resolver
    }

    /// What an export wrote.
    public struct Summary: Sendable, CustomStringConvertible {
        /// The folder written into.
        public var folder: String
        public var files: [String]
        public var counts: [String: Int]

        /// The line `zhili export` ends with: the files written and the entries per index.
        public var description: String {
            let counts = counts.sorted { $0.key < $1.key }.map { "\($0.value) \($0.key)" }.joined(separator: ", ")
            let bulk = "\(files.count) bulk " + (files.count == 1 ? "file" : "files")
            return "wrote template.json, template-builtin.json and \(bulk) to \(folder): \(counts)"
        }
    }

    /// Checks that the folder is new or empty, so that no stale bulk file of an earlier export is loaded with this one.
    public func validate() throws {
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: directory.path, isDirectory: &isFolder) else { return }
        guard isFolder.boolValue else { throw OpenSearchExportError(path: directory.path, problem: "is a file, not a folder") }
        let entries = (try? FileManager.default.contentsOfDirectory(atPath: directory.path)) ?? []
        if !entries.isEmpty { throw OpenSearchExportError(path: directory.path, problem: "is not empty") }
    }

    /// One document of a bulk file: the index it goes to, its id, its fields.
    public struct Entry: Sendable {
        public var index: String
        public var id: String
        public var source: Value
    }

    /// Writes the templates and the bulk files of `documents`.
    public func write(_ documents: [Document]) throws -> Summary {
        try write { add in
            for document in documents { try add(entries(of: document)) }
        }
    }

    /// Writes the templates, then the bulk files of the entries `forEachBatch` hands to `add` one
    /// batch at a time (see `entries(of:)`; made on any thread, added in the collection's order), so
    /// that a collection of any size is exported without being held.
    public func write(_ forEachBatch: (_ add: ([Entry]) throws -> Void) throws -> Void) throws -> Summary {
        try validate()
        do {
            try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        } catch {
            throw OpenSearchExportError(path: directory.path, problem: "cannot be created (\(FileErrorReason.system(error)))")
        }
        for flavour in OpenSearchTemplate.Flavour.allCases {
            let name = flavour == .icu ? "template.json" : "template-builtin.json"
            let url = directory.appendingPathComponent(name)
            do {
                try Data((OpenSearchTemplate(flavour: flavour, prefix: prefix).json.json + "\n").utf8).write(to: url)
            } catch {
                throw OpenSearchExportError(path: url.path, problem: "cannot be written (\(FileErrorReason.system(error)))")
            }
        }
        let writer = OpenSearchBulkWriter(directory: directory, maximumBytes: maximumBytes)
        try forEachBatch { entries in
            for entry in entries { try writer.add(index: entry.index, id: entry.id, source: entry.source) }
        }
        try writer.finish()
        return Summary(folder: directory.relativePath, files: writer.files.map(\.lastPathComponent), counts: writer.counts)
    }

    /// The bulk entries of one document: the document, its sections, its statistics, citations and measures.
    public func entries(of document: Document) -> [Entry] {
        let year: Value = .int(document.year)
        let place = [document.source, String(document.index)]
        let identity: [(String, Value)] = [("source", .string(document.source)), ("document_index", .int(document.index)),
                                           ("document", .string(document.title))]
        var entries = [Entry(index: prefix + "-documents", id: OpenSearchExporter.id(place), source: .object(identity + [
            ("metadata", .array(document.metadata.map { .object([("key", .string($0.key)), ("value", .string($0.value))]) })),
            ("text", .string(document.text)), ("year", year),
        ]))]
        for (number, section) in document.sections.enumerated() {
            entries.append(Entry(index: prefix + "-sections", id: OpenSearchExporter.id(place + [String(number)]), source: .object(identity + [
                ("section", .string(section.pathString)), ("heading", .string(section.heading)), ("level", .int(section.level)),
                ("text", .string(section.text)), ("year", year),
            ])))
        }
        var citations = CitationExtractor().citations(in: document)
        if let resolver { citations = citations.map(resolver.resolve) }
        let records: [(String, [[(String, Value)]])] = [
            ("statistics", StatisticExtractor().statistics(in: document).map(\.record)),
            ("citations", citations.map(\.record)),
            ("measures", MeasureExtractor().measures(in: document).map { $0.record() }),
        ]
        for (table, rows) in records {
            for (number, record) in rows.enumerated() {
                entries.append(Entry(index: prefix + "-" + table, id: OpenSearchExporter.id(place + [table, String(number)]),
                                     source: .object(record + [("year", year)])))
            }
        }
        return entries
    }

    /// A stable id for a unit's place: 128 bits of two FNV-1a 64 hashes of its parts, in hexadecimal.
    static func id(_ parts: [String]) -> String {
        var first: UInt64 = 0xCBF2_9CE4_8422_2325
        var second: UInt64 = 0x6C62_272E_07BB_0142
        for byte in parts.joined(separator: "\u{1F}").utf8 {
            first = (first ^ UInt64(byte)) &* 0x0000_0100_0000_01B3
            second = ((second ^ UInt64(byte)) &* 0x0000_0100_0000_01B3) ^ (second >> 29)
        }
        return String(format: "%016llx%016llx", first, second)
    }
}
