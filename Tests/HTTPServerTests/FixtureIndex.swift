import Foundation
import TestSupport
import HTTPServer
import Ingestion
import SearchIndex

/// The fixture collection written as a real on-disk index in a temporary folder, its units made by
/// `CollectionIndexer` exactly as `zhili index` makes them from files.
struct FixtureIndex {
    let folder: URL

    init() throws {
        folder = Scratch.url("zhili-serve-\(UUID().uuidString)")
        try write(try FixtureBackend().documents)
    }

    /// Commits `documents` as the index's next generation.
    func write(_ documents: [DocumentOutline]) throws {
        let writer = IndexWriter(lexicon: nil)
        let bySource = Dictionary(grouping: documents, by: \.key.source)
        for source in bySource.keys.sorted() {
            let file = SourceFile(path: source, encoding: "UTF-8", documents: (bySource[source] ?? []).map { outline in
                Document(source: source, index: outline.key.documentIndex, title: outline.title,
                         metadata: outline.metadata.map { MetadataField(key: $0.key, value: $0.value) },
                         sections: outline.sections.map { Section(path: $0.path, level: $0.level, text: $0.text) })
            })
            writer.add(source: source, hash: ContentHash(size: 0, fnv1a: 0, crc32: 0), units: CollectionIndexer.units(of: file))
        }
        _ = try writer.commit(to: IndexDirectory(path: folder.path))
    }

    func remove() {
        try? FileManager.default.removeItem(at: folder)
    }
}
