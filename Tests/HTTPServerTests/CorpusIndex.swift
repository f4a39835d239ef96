import Foundation
import TestSupport
import HTTPServer
import Hummingbird
import IndexedExtraction
import SearchIndex
import Testing

/// Real files indexed in a temporary folder as `zhili index` indexes them, the extracted statistics,
/// citations and measures included, and the server over that index.
struct CorpusIndex {
    let folder: URL

    init(_ paths: [String]) throws {
        folder = Scratch.url("zhili-serve-corpus-\(UUID().uuidString)")
        let extracted = ExtractedUnits()
        let indexer = CollectionIndexer(directory: IndexDirectory(path: folder.path),
                                        additionalUnits: extracted.units(of:), additionalUnitsVersion: ExtractedUnits.version)
        let report = try indexer.run(paths: paths)
        #expect(report.errors.isEmpty)
    }

    /// The routes over a backend opened now, as `zhili serve` opens it.
    func app() throws -> Application<RouterResponder<BasicRequestContext>> {
        let backend = try IndexBackend(directory: folder.path)
        return Application(router: SearchServer(backend: { backend }).router())
    }

    /// The files of the index whose name ends with `suffix` (`.stor` ...).
    func files(endingWith suffix: String) throws -> [URL] {
        try FileManager.default.contentsOfDirectory(at: folder, includingPropertiesForKeys: nil).filter { $0.lastPathComponent.hasSuffix(suffix) }
    }

    func remove() {
        try? FileManager.default.removeItem(at: folder)
    }
}
