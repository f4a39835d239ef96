import Foundation
import SearchIndex
import TextAnalysis
import TextNormalization

extension IndexBackend {
    /// Every occurrence of `query` in the indexed sections, as `zhili kwic --index` finds them; a query with nothing to
    /// find (`""`) is a bad request, as `zhili kwic` refuses it.
    public func concordance(_ query: String, width: Int, order: Concordancer.Order, limit: Int) throws -> ConcordancePage {
        guard let concordancer = Concordancer(query: query, width: width) else { throw APIError.badRequest("查询中没有可查找的字符") }
        let lines = Concordancer.sorted(try concordancer.lines(in: reader, threads: 1), by: order)
        return ConcordancePage(lines: Array(lines.prefix(limit)), total: lines.count)
    }

    /// How often `terms` occur per 10,000 characters by year, as `zhili trend --index` counts them:
    /// the occurrences from the sections that hold each term, the characters of every dated document
    /// (counted once per index generation, the first time a trend is asked for).
    public func trend(_ terms: [String]) throws -> TrendTable {
        var table = TrendTable(terms: terms, by: .year)
        let documents = try documentSizes.value { try IndexBackend.documentSizes(reader) }
        var counts: [DocumentKey: [Int]] = [:]
        for (index, term) in table.terms.enumerated() {
            guard let matcher = TextMatcher(term) else { continue }
            for unit in try reader.sectionUnits(containing: term) {
                let key = DocumentKey(source: unit.source, documentIndex: unit.documentIndex)
                counts[key, default: [Int](repeating: 0, count: table.terms.count)][index] += matcher.occurrences(in: FoldedText(unit.text)).count
            }
        }
        for (document, characters) in documents {
            let key = DocumentKey(source: document.source, documentIndex: document.documentIndex)
            table.add(document, severalInFile: false, characters: characters,
                      counts: counts[key] ?? [Int](repeating: 0, count: table.terms.count))
        }
        return table
    }

    /// Every document of the index (without its text) and its characters, whitespace not counted.
    private static func documentSizes(_ reader: IndexReader) throws -> [(AnalysisDocument, Int)] {
        var sizes: [(AnalysisDocument, Int)] = []
        try reader.forEachDocument { document in
            var analysed = AnalysisDocument(document)
            let characters = analysed.characterCount
            analysed.sections = []
            sizes.append((analysed, characters))
        }
        return sizes
    }
}
