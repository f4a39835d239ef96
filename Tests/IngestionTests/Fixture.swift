import Foundation
import TestSupport
@testable import Ingestion

/// The test fixtures (`Fixtures/`, copied as a resource) and helpers to read them.
enum Fixture {
    static func path(_ name: String) -> String {
        Bundle.module.resourceURL!.appendingPathComponent("Fixtures").appendingPathComponent(name).path
    }

    static func read(_ name: String, lossy: Bool = false) throws -> SourceFile {
        try CollectionReader(lossy: lossy).read(path(name))
    }

    /// The error reading the file at `path` gives, nil if it reads.
    static func failure(reading path: String) -> IngestionError? {
        do {
            _ = try CollectionReader().read(path)
            return nil
        } catch {
            return error
        }
    }

    /// The reason the fixture `name` fails to read, nil if it reads.
    static func failureReason(_ name: String) -> String? {
        failure(reading: path(name))?.reason
    }

    /// The documents parsed from `text`, as if read from a UTF-8 .txt file.
    static func documents(_ text: String, title: String? = nil) -> [Document] {
        let parser = DocumentParser(source: "test.txt", fallbackTitle: "test", knownTitle: title)
        return parser.documents(from: TextLine.split(text))
    }

    /// A file with `bytes` in a fresh temporary folder, removed by the caller through `cleanup`.
    static func temporaryFile(named name: String, bytes: [UInt8]) throws -> (path: String, cleanup: () -> Void) {
        let folder = Scratch.url("zhili-ingestion-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let url = folder.appendingPathComponent(name)
        try Data(bytes).write(to: url)
        return (url.path, { try? FileManager.default.removeItem(at: folder) })
    }
}

extension Document {
    /// The section whose heading is `heading`.
    func section(headed heading: String) -> Section? {
        sections.first { $0.heading == heading }
    }
}
