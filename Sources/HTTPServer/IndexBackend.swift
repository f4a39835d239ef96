import Extraction
import IndexedExtraction
import Ingestion
import Reporting
import SearchIndex
import TextAnalysis

/// A `SearchBackend` over one generation of an on-disk index, read memory-mapped by `IndexReader`.
///
/// Statistics, citations and measures are extracted at request time from the sections the request
/// selects (a query's first sections, or one document), with the extraction module's own
/// extractors, so that they always agree with `zhili stats|cites|measures` on the same text;
/// citations are resolved (and checked) against the laws indexed with the collection, as
/// `zhili cites --index` does.
public final class IndexBackend: SearchBackend {
    /// How many of a query's top hits the document facet counts, and how many sections the records
    /// of a query are taken from.
    public let facetWindow: Int
    public let recordWindow: Int
    public let status: BackendStatus

    let reader: IndexReader
    /// Every document's characters, for trends: counted the first time one is asked for.
    let documentSizes = OnceValue<[(AnalysisDocument, Int)]>()
    private let sources: [String: SourceRecord]
    /// The indexed laws, their versions read once per generation, the first time a citation asks.
    private let laws: IndexedLaws

    public init(directory: String, facetWindow: Int = 100, recordWindow: Int = 1000) throws(IndexError) {
        reader = try IndexReader(directory: IndexDirectory(path: directory))
        sources = Dictionary(reader.sources.map { ($0.path, $0) }, uniquingKeysWith: { first, _ in first })
        laws = IndexedLaws(reader: reader)
        self.facetWindow = facetWindow
        self.recordWindow = recordWindow
        var counts: [Facet<String>] = []
        for kind in UnitKind.known {
            let total = try reader.search(.field(.kind, kind.rawValue), options: SearchOptions(limit: 0, snippets: false)).total
            if total > 0 { counts.append(Facet(value: kind.rawValue, count: total)) }
        }
        status = BackendStatus(generation: String(reader.generation), files: reader.sources.count, units: counts)
    }

    /// The path of the file whose replacement publishes a new generation (see `Index/FORMAT.md`).
    public static func manifestPath(directory: String) -> String {
        (directory.hasSuffix("/") ? directory : directory + "/") + "manifest"
    }

    /// A backend that follows rebuilds of the index in `directory`.
    public static func reloading(directory: String) throws -> ReloadingBackend {
        let manifest = manifestPath(directory: directory)
        return try ReloadingBackend(stamp: { ReloadingBackend.fileStamp(manifest) }, open: { try IndexBackend(directory: directory) })
    }

    private func parse(_ text: String) throws -> Query {
        do {
            return try QueryParser.parse(text)
        } catch {
            throw QueryError(error.description)
        }
    }

    /// `query` narrowed to one document: its source and its position in the file.
    private func restricted(_ query: Query, to document: DocumentKey?) -> Query {
        guard let document else { return query }
        return .and([query, .field(.source, document.source), .field(.doc, String(document.documentIndex))])
    }

    /// The unit kinds `request` lists, as `zhili search` chooses them.
    private static func kinds(_ request: SearchRequest, _ query: Query) -> Set<UnitKind>? {
        request.kinds(queryFiltersKind: query.filtersKind).map { Set($0.map(UnitKind.init(rawValue:))) }
    }

    public func search(_ request: SearchRequest) throws -> SearchResults {
        let parsed = try parse(request.query)
        let query = restricted(parsed, to: request.document)
        let found = try reader.search(query, options: SearchOptions(limit: request.limit, offset: request.offset, kinds: IndexBackend.kinds(request, parsed),
                                                                    collapseDuplicates: !request.all, perDocument: request.perDocument,
                                                                    deadline: request.deadline))
        if found.timedOut { throw IndexBackend.timedOut }
        let hits = found.hits.map { hit in
            HTTPServer.SearchHit(
                rank: hit.rank, score: hit.score, kind: hit.unit.kind.rawValue,
                document: DocumentKey(source: hit.unit.source, documentIndex: hit.unit.documentIndex),
                title: hit.unit.document, section: hit.unit.section,
                snippet: HTTPServer.Snippet(fragments: (hit.snippet?.pieces ?? []).map { .init(text: $0.text, isMatch: $0.highlighted) }),
                duplicates: hit.duplicates, duplicateGroup: hit.unit.duplicateGroup, moreInDocument: hit.moreInDocument)
        }
        return HTTPServer.SearchResults(total: found.total, totalIsExact: found.totalIsExact, copies: found.copies, hits: hits)
    }

    /// What a search stopped by its deadline answers (the server has usually answered 503 already).
    static let timedOut = APIError(.serviceUnavailable, "the search took longer than the time limit; try a narrower query")

    public func facets(_ request: SearchRequest) throws -> SearchFacets {
        let parsed = try parse(request.query)
        let query = restricted(parsed, to: request.document)
        var kinds: [Facet<String>] = []
        // The search's kind filter looks only at the matches; a `kind:` field in the query would scan every unit.
        for kind in status.units {
            let counted = try reader.search(query, options: SearchOptions(limit: 0, kinds: [UnitKind(rawValue: kind.value)], snippets: false,
                                                                          deadline: request.deadline))
            if counted.timedOut { throw IndexBackend.timedOut }
            let total = counted.total
            if total > 0 { kinds.append(Facet(value: kind.value, count: total)) }
        }
        let top = try reader.search(query, options: SearchOptions(limit: facetWindow, kinds: IndexBackend.kinds(request, parsed),
                                                                collapseDuplicates: !request.all, snippets: false, perDocument: 0,
                                                                deadline: request.deadline))
        if top.timedOut { throw IndexBackend.timedOut }
        var counts: [DocumentKey: (title: String, count: Int, first: Int)] = [:]
        for hit in top.hits {
            let key = DocumentKey(source: hit.unit.source, documentIndex: hit.unit.documentIndex)
            counts[key, default: (hit.unit.document, 0, hit.rank)].count += 1
        }
        let documents = counts.sorted { $0.value.count != $1.value.count ? $0.value.count > $1.value.count : $0.value.first < $1.value.first }
            .map { Facet(value: DocumentFacetValue(key: $0.key, title: $0.value.title), count: $0.value.count) }
        return SearchFacets(kinds: kinds.sorted { $0.count > $1.count }, documents: documents, documentWindow: facetWindow)
    }

    /// The units of one document in reading order (units of a source are stored together, in order).
    private func units(of key: DocumentKey) throws -> [IndexUnit] {
        guard let source = sources[key.source] else { return [] }
        var units: [IndexUnit] = []
        for number in source.firstUnit..<(source.firstUnit + source.unitCount) {
            let unit = try reader.unit(number)
            if unit.documentIndex == key.documentIndex { units.append(unit) }
        }
        return units
    }

    public func document(_ key: DocumentKey) throws -> DocumentOutline? {
        let units = try units(of: key)
        guard let first = units.first else { return nil }
        let sections = units.filter { $0.kind == .section }.map(IndexBackend.section)
        let metadata = units.first { $0.kind == .document }.map(IndexBackend.metadata) ?? []
        return DocumentOutline(key: key, title: first.document, metadata: metadata, sections: sections)
    }

    /// The metadata of a document unit (see `IndexUnit.metadata`).
    private static func metadata(_ unit: IndexUnit) -> [(key: String, value: String)] {
        unit.metadata.map { ($0.key, $0.value) }
    }

    /// A section unit as the outline shows it: its text without the heading line the index stores
    /// with it, so that the heading is shown once.
    private static func section(_ unit: IndexUnit) -> DocumentOutline.Section {
        DocumentOutline.Section(path: unit.sectionPath, level: unit.sectionPath.count, text: unit.sectionBody)
    }

    public func records(_ kind: RecordKind, _ request: RecordRequest) throws -> RecordPage {
        let documents: [Ingestion.Document]
        // An id of no document is a 404, as /api/documents answers it, not an empty page.
        let documentUnits = try request.document.map(units(of:))
        if let key = request.document, documentUnits?.isEmpty == true { throw APIError.noDocument(key) }
        if let text = request.query {
            let query = restricted(try parse(text), to: request.document)
            let found = try reader.search(query, options: SearchOptions(limit: recordWindow, kinds: [.section], collapseDuplicates: false, snippets: false,
                                                                        perDocument: 0))
            var grouped: [DocumentKey: [(number: Int, unit: IndexUnit)]] = [:]
            var order: [DocumentKey] = []
            for hit in found.hits {
                let key = DocumentKey(source: hit.unit.source, documentIndex: hit.unit.documentIndex)
                if grouped[key] == nil { order.append(key) }
                grouped[key, default: []].append((hit.unitNumber, hit.unit))
            }
            documents = order.map { key in
                let units = grouped[key, default: []].sorted { $0.number < $1.number }.map(\.unit)
                return IndexBackend.ingestionDocument(key, title: units.first?.document ?? "", units: units)
            }
        } else if let key = request.document, let documentUnits {
            let units = documentUnits.filter { $0.kind == .section }
            documents = units.isEmpty ? [] : [IndexBackend.ingestionDocument(key, title: units[0].document, units: units)]
        } else {
            throw QueryError("give q (the records of the sections it finds) or document (the records of one document)")
        }
        let records: [[(String, Value)]]
        switch kind {
        case .statistic:
            let extractor = StatisticExtractor()
            records = documents.flatMap(extractor.statistics(in:)).map(\.record)
        case .citation:
            let extractor = CitationExtractor()
            let resolver = CitationResolver(laws: laws)
            let citations = documents.flatMap(extractor.citations(in:)).map(request.check ? resolver.check : resolver.resolve)
            // A law the damaged index could not give would leave its citations unresolved as if it were not indexed.
            if let damage = laws.damage { throw damage }
            records = citations.map(\.record)
        case .measure where request.summary:
            let extractor = MeasureExtractor()
            records = documents.map { MeasureSummary(document: $0, measures: extractor.measures(in: $0)).record }
        case .measure:
            let extractor = MeasureExtractor()
            records = documents.flatMap(extractor.measures(in:)).map { $0.record(explain: request.explain) }
        }
        return RecordPage(total: records.count, records: Array(records.dropFirst(request.offset).prefix(request.limit)))
    }

    private static func ingestionDocument(_ key: DocumentKey, title: String, units: [IndexUnit]) -> Ingestion.Document {
        Ingestion.Document(indexUnits: units, source: key.source, index: key.documentIndex, title: title)
    }
}
