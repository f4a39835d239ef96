import Hummingbird
import Foundation
import HTTPServer
import Reporting
import Testing

/// A test double over `Fixtures/collection.json`: sections found by plain substring matching of
/// every whitespace-separated term, scored by how often the terms occur. It stands in for the index
/// so that the server's routes, bounds and pages can be tested apart from it.
struct FixtureBackend: SearchBackend {
    struct Statistic {
        var key: DocumentKey
        var section: String
        var fields: [(String, Value)]
        var text: String
    }

    let status: BackendStatus
    let documents: [DocumentOutline]
    let statistics: [Statistic]

    init(generation: String? = nil) throws {
        let url = try #require(Bundle.module.url(forResource: "collection", withExtension: "json", subdirectory: "Fixtures"))
        let root = try #require(try JSONSerialization.jsonObject(with: Data(contentsOf: url)) as? [String: Any])
        var documents: [DocumentOutline] = []
        for document in root["documents"] as? [[String: Any]] ?? [] {
            let key = DocumentKey(source: document["source"] as? String ?? "", documentIndex: document["document_index"] as? Int ?? 1)
            let metadata = (document["metadata"] as? [[String]] ?? []).map { (key: $0[0], value: $0[1]) }
            let sections = (document["sections"] as? [[String: Any]] ?? []).map {
                DocumentOutline.Section(path: $0["path"] as? [String] ?? [], level: $0["level"] as? Int ?? 0, text: $0["text"] as? String ?? "")
            }
            documents.append(DocumentOutline(key: key, title: document["document"] as? String ?? "", metadata: metadata, sections: sections))
        }
        var statistics: [Statistic] = []
        for record in root["statistics"] as? [[String: Any]] ?? [] {
            let key = DocumentKey(source: record["source"] as? String ?? "", documentIndex: record["document_index"] as? Int ?? 1)
            let title = documents.first { $0.key == key }?.title ?? ""
            func number(_ name: String) -> Value { (record[name] as? NSNumber).map { .number($0.stringValue) } ?? .null }
            let fields: [(String, Value)] = [
                ("source", .string(key.source)), ("document_index", .int(key.documentIndex)), ("document", .string(title)),
                ("section", .string(record["section"] as? String)), ("text", .string(record["text"] as? String)),
                ("value", number("value")), ("max", number("max")), ("unit", .string(record["unit"] as? String)),
                ("approx", .bool(record["approx"] as? Bool ?? false)), ("kind", .string(record["kind"] as? String)),
                ("subject", .string(record["subject"] as? String)), ("sentence", .string(record["text"] as? String)),
            ]
            statistics.append(Statistic(key: key, section: record["section"] as? String ?? "", fields: fields,
                                        text: (record["subject"] as? String ?? "") + (record["text"] as? String ?? "")))
        }
        self.documents = documents
        self.statistics = statistics
        self.status = BackendStatus(generation: generation ?? root["generation"] as? String ?? "", files: Set(documents.map(\.key.source)).count,
                                    units: [Facet(value: "section", count: documents.reduce(0) { $0 + $1.sections.count }),
                                            Facet(value: "statistic", count: statistics.count)])
    }

    private struct Match {
        var kind: String
        var key: DocumentKey
        var title: String
        var section: String
        var text: String
        var score: Double
    }

    private func terms(_ query: String) throws -> [String] {
        if query.filter({ $0 == "\"" }).count % 2 == 1 { throw QueryError("unbalanced quotation mark in \(query)") }
        return query.split(whereSeparator: \.isWhitespace).map { $0.filter { $0 != "\"" } }.filter { !$0.isEmpty }
    }

    private func matches(_ query: String) throws -> [Match] {
        let terms = try terms(query)
        func score(_ text: String) -> Double? {
            var total = 0
            for term in terms {
                let count = text.components(separatedBy: term).count - 1
                if count == 0 { return nil }
                total += count
            }
            return Double(total)
        }
        var found: [Match] = []
        for document in documents {
            for section in document.sections {
                if let value = score(section.heading + "\n" + section.text) {
                    found.append(Match(kind: "section", key: document.key, title: document.title, section: section.pathString, text: section.text, score: value))
                }
            }
        }
        for statistic in statistics {
            if let value = score(statistic.text) {
                let title = documents.first { $0.key == statistic.key }?.title ?? ""
                found.append(Match(kind: "statistic", key: statistic.key, title: title, section: statistic.section, text: statistic.text, score: value))
            }
        }
        return found.sorted { $0.score > $1.score }
    }

    func search(_ request: SearchRequest) throws -> SearchResults {
        // The fixture's queries have no fields, so none chooses kinds itself.
        let kinds = request.kinds(queryFiltersKind: false)
        let filtered = try matches(request.query).filter {
            (request.document == nil || $0.key == request.document) && (kinds?.contains($0.kind) ?? true)
        }
        let terms = try terms(request.query)
        let hits = filtered.enumerated().dropFirst(request.offset).prefix(request.limit).map { rank, match in
            SearchHit(rank: rank + 1, score: match.score, kind: match.kind, document: match.key, title: match.title,
                      section: match.section, snippet: FixtureBackend.highlight(match.text, terms: terms))
        }
        return SearchResults(total: filtered.count, hits: Array(hits))
    }

    func facets(_ request: SearchRequest) throws -> SearchFacets {
        let all = try matches(request.query).filter { request.document == nil || $0.key == request.document }
        let kinds = Dictionary(grouping: all, by: \.kind).map { Facet(value: $0.key, count: $0.value.count) }.sorted { $0.count > $1.count }
        let listed = request.kinds(queryFiltersKind: false)
        let filtered = all.filter { listed?.contains($0.kind) ?? true }
        let byDocument = Dictionary(grouping: filtered, by: \.key).map {
            Facet(value: DocumentFacetValue(key: $0.key, title: $0.value[0].title), count: $0.value.count)
        }.sorted { $0.count > $1.count }
        return SearchFacets(kinds: kinds, documents: byDocument, documentWindow: 1000)
    }

    /// The whole text with every occurrence of a term marked.
    static func highlight(_ text: String, terms: [String]) -> Snippet {
        var fragments: [Snippet.Fragment] = []
        var rest = Substring(text)
        while !rest.isEmpty {
            let next = terms.compactMap { term in rest.range(of: term).map { (term, $0) } }.min { $0.1.lowerBound < $1.1.lowerBound }
            guard let (_, range) = next else {
                fragments.append(.init(text: String(rest), isMatch: false))
                break
            }
            if range.lowerBound > rest.startIndex { fragments.append(.init(text: String(rest[..<range.lowerBound]), isMatch: false)) }
            fragments.append(.init(text: String(rest[range]), isMatch: true))
            rest = rest[range.upperBound...]
        }
        return Snippet(fragments: fragments)
    }

    func document(_ key: DocumentKey) throws -> DocumentOutline? {
        documents.first { $0.key == key }
    }

    func records(_ kind: RecordKind, _ request: RecordRequest) throws -> RecordPage {
        guard kind == .statistic else { return RecordPage(total: 0, records: []) }
        let sections = try request.query.map { query in Set(try matches(query).filter { $0.kind == "section" }.map { "\($0.key.id)|\($0.section)" }) }
        let selected = statistics.filter { statistic in
            (request.document == nil || statistic.key == request.document)
                && (sections == nil || sections!.contains("\(statistic.key.id)|\(statistic.section)"))
        }
        return RecordPage(total: selected.count, records: selected.dropFirst(request.offset).prefix(request.limit).map(\.fields))
    }
}

extension FixtureBackend {
    /// The server's routes over this backend, for HummingbirdTesting's client.
    var app: Application<RouterResponder<BasicRequestContext>> {
        let backend = self
        return Application(router: SearchServer(backend: { backend }).router())
    }
}
