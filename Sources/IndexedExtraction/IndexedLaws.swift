import Extraction
import Foundation
import Ingestion
import SearchIndex

/// The laws of an index as a `LawArticleSource`: every indexed document whose title names the law
/// is one of its versions, its articles read from the stored sections, so that `zhili cites --index`
/// resolves and checks citations against the laws indexed with the collection.
///
/// A version's date comes from the file name (`(2021-08-20)`, `（2015）`), else the `publish` date of
/// its front matter, else the year the index gives the document. The titles are grouped once; a
/// law's versions are read from the store the first time it is asked for.
public final class IndexedLaws: LawArticleSource, @unchecked Sendable {
    private let reader: IndexReader
    /// Documents by the folded short name of their title.
    private let documents: [String: [IndexedDocument]]
    private let lock = NSLock()
    private var parsed: [String: [LawVersion]] = [:]
    private var failure: IndexError?

    public init(reader: IndexReader) {
        self.reader = reader
        documents = Dictionary(grouping: reader.documents) { LawName.key($0.title) }
    }

    /// The first damage found in the index while reading a law, if any: the versions of that law
    /// were left out, and a command should report it (exit 4) rather than trust the answers.
    public var damage: IndexError? {
        lock.lock()
        defer { lock.unlock() }
        return failure
    }

    public func versions(of law: String) -> [LawVersion] {
        let key = LawName.key(law)
        lock.lock()
        defer { lock.unlock() }
        if let versions = parsed[key] { return versions }
        var versions: [LawVersion] = []
        do {
            for indexed in documents[key] ?? [] {
                let document = try reader.document(indexed)
                let date = VersionDate.fileNameSuffix(of: indexed.source)?.description ?? IndexedLaws.publishDate(document.metadata)
                    ?? indexed.year.map(String.init)
                let version = LawVersion(document: document, date: date, origin: indexed.source)
                if !version.articles.isEmpty { versions.append(version) }
            }
        } catch {
            failure = failure ?? error
            versions = []
        }
        versions = LawVersion.history(versions)
        parsed[key] = versions
        return versions
    }

    /// The `publish` date of flk front matter (`publish: "2021-08-20 00:00:00"`).
    private static func publishDate(_ metadata: [MetadataField]) -> String? {
        guard let value = metadata.first(where: { $0.key.lowercased() == "publish" })?.value,
              let match = value.range(of: #"\d{4}-\d{2}-\d{2}"#, options: .regularExpression) else { return nil }
        return String(value[match])
    }
}
