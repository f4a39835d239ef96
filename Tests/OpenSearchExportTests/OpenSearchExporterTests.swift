import Foundation
import Ingestion
@testable import OpenSearchExport
import Testing
import TestSupport

@Suite struct OpenSearchExporterTests {
    /// The sample collection's documents, read as `zhili export` reads them.
    private static func documents() -> [Document] {
        CollectionReader().readAll([Repository.corpus.path]).files.flatMap(\.documents)
    }

    private static func scratch() -> URL {
        Scratch.url("zhili-export-\(UUID().uuidString)")
    }

    private static func json(_ line: Substring) throws -> [String: Any] {
        try #require(try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])
    }

    @Test func theSummaryCountsBulkFilesInTheRightNumber() {
        var summary = OpenSearchExporter.Summary(folder: "export", files: ["bulk-00001.ndjson"], counts: ["zhili-sections": 24, "zhili-documents": 1])
        #expect(summary.description == "wrote template.json, template-builtin.json and 1 bulk file to export: 1 zhili-documents, 24 zhili-sections")
        summary.files.append("bulk-00002.ndjson")
        #expect(summary.description.contains(" and 2 bulk files to export: "))
    }

    @Test func bulkFilesAlternateActionsAndSourcesOfEveryDocumentSectionAndRecord() throws {
        let folder = Self.scratch()
        defer { try? FileManager.default.removeItem(at: folder) }
        let documents = Self.documents()
        let summary = try OpenSearchExporter(directory: folder.path).write(documents)

        var indexed: [String: Int] = [:]
        var ids = Set<String>()
        for name in summary.files {
            let text = try String(contentsOf: folder.appendingPathComponent(name), encoding: .utf8)
            #expect(text.hasSuffix("\n"), "a _bulk body ends in a newline")
            let lines = text.split(separator: "\n", omittingEmptySubsequences: false).dropLast()
            #expect(lines.count % 2 == 0)
            for pair in stride(from: 0, to: lines.count, by: 2) {
                let action = try #require(try Self.json(lines[pair])["index"] as? [String: Any])
                let index = try #require(action["_index"] as? String)
                ids.insert(try #require(action["_id"] as? String))
                let source = try Self.json(lines[pair + 1])
                #expect(source["source"] is String && source["document_index"] is Int, "\(index) unit without its place")
                indexed[index, default: 0] += 1
            }
        }
        let sections = documents.reduce(0) { $0 + $1.sections.count }
        #expect(indexed["zhili-documents"] == documents.count)
        #expect(indexed["zhili-sections"] == sections)
        #expect((indexed["zhili-statistics"] ?? 0) > 0 && (indexed["zhili-measures"] ?? 0) > 0)
        #expect(indexed == summary.counts)
        #expect(ids.count == indexed.values.reduce(0, +), "every unit has an id of its own")
    }

    @Test func bulkFilesStayWithinTheSizeLimitWithoutSplittingAPair() throws {
        let folder = Self.scratch()
        defer { try? FileManager.default.removeItem(at: folder) }
        let limit = 64 << 10
        let summary = try OpenSearchExporter(directory: folder.path, maximumBytes: limit).write(Self.documents())
        #expect(summary.files.count > 1)
        for name in summary.files {
            let data = try Data(contentsOf: folder.appendingPathComponent(name))
            let lines = String(decoding: data, as: UTF8.self).split(separator: "\n")
            #expect(data.count <= limit || lines.count == 2, "\(name) holds \(data.count) bytes in \(lines.count / 2) pairs")
            #expect(lines.count % 2 == 0)
        }
    }

    @Test func templatesDefineEveryAnalyzerTheirMappingsUse() throws {
        for flavour in OpenSearchTemplate.Flavour.allCases {
            let body = Data(OpenSearchTemplate(flavour: flavour).json.json.utf8)
            let template = try #require(try JSONSerialization.jsonObject(with: body) as? [String: Any])
            #expect(template["index_patterns"] as? [String] == ["zhili-*"])
            let inner = try #require(template["template"] as? [String: Any])
            let analysis = try #require((inner["settings"] as? [String: Any])?["analysis"] as? [String: Any])
            let defined = Set((analysis["analyzer"] as? [String: Any] ?? [:]).keys)
            var used = Set<String>()
            func collect(_ value: Any) {
                if let object = value as? [String: Any] {
                    if let analyzer = object["analyzer"] as? String { used.insert(analyzer) }
                    object.values.forEach(collect)
                } else if let array = value as? [Any] {
                    array.forEach(collect)
                }
            }
            collect(try #require(inner["mappings"]))
            #expect(!used.isEmpty && used.isSubset(of: defined), "\(flavour): \(used.subtracting(defined)) undefined")
            let filters = Set((analysis["filter"] as? [String: Any] ?? [:]).keys)
            for case let analyzer as [String: Any] in (analysis["analyzer"] as? [String: Any] ?? [:]).values {
                let builtIn: Set<String> = ["lowercase", "cjk_width"]
                for filter in analyzer["filter"] as? [String] ?? [] {
                    #expect(filters.contains(filter) || builtIn.contains(filter), "\(flavour): filter \(filter) undefined")
                }
            }
        }
        let icu = OpenSearchTemplate(flavour: .icu).json.json
        #expect(icu.contains("\"cjk_bigram\"") && icu.contains("Traditional-Simplified"))
    }

    @Test func anExportRefusesAFolderThatAlreadyHoldsFiles() throws {
        let folder = Self.scratch()
        defer { try? FileManager.default.removeItem(at: folder) }
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        try Data("old".utf8).write(to: folder.appendingPathComponent("bulk-00001.ndjson"))
        #expect(throws: OpenSearchExportError.self) { try OpenSearchExporter(directory: folder.path).write([]) }
    }
}
