import Foundation
import HTTPServer
import SearchIndex

/// The fixture collection written as a real on-disk index in a temporary folder: one section unit
/// per section (its heading line first, as the indexer stores it), grouped by source file.
struct FixtureIndex {
    let folder: URL

    init() throws {
        folder = FileManager.default.temporaryDirectory.appendingPathComponent("zhili-serve-\(UUID().uuidString)")
        try write(try FixtureBackend().documents)
    }

    /// Commits `documents` as the index's next generation.
    func write(_ documents: [DocumentOutline]) throws {
        let writer = IndexWriter()
        let bySource = Dictionary(grouping: documents, by: \.key.source)
        for source in bySource.keys.sorted() {
            var units: [IndexUnit] = []
            for document in bySource[source] ?? [] {
                for section in document.sections {
                    let text = section.heading.isEmpty ? section.text : section.heading + "\n" + section.text
                    units.append(IndexUnit(kind: .section, source: source, documentIndex: document.key.documentIndex,
                                           document: document.title, section: section.pathString, text: text))
                }
            }
            writer.add(source: source, hash: ContentHash(size: 0, fnv1a: 0, crc32: 0), units: units)
        }
        _ = try writer.commit(to: IndexDirectory(path: folder.path))
    }

    func remove() {
        try? FileManager.default.removeItem(at: folder)
    }
}
