import Foundation
import Ingestion
import Testing
import TestSupport
@testable import Extraction

/// Runs the built `zhili` with `arguments`; its standard output and exit status.
private func zhili(_ arguments: [String]) throws -> (output: String, status: Int32) {
    let run = try Repository.runZhili(arguments)
    return (run.output, run.status)
}

private let corpusIsThere = FileManager.default.fileExists(atPath: Repository.corpus.appendingPathComponent("sex-ratio-essay-countermeasures.txt").path)
private let zhiliIsBuilt = Repository.executableIsBuilt

private func documents(_ path: String) -> [Document] {
    CollectionReader().readAll([path]).files.flatMap(\.documents)
}

@Test(.enabled(if: corpusIsThere))
func theCorpusEssayYieldsItsFiguresCitationsAndMeasures() {
    let essay = documents(Repository.corpus.appendingPathComponent("sex-ratio-essay-countermeasures.txt").path)
    let statistics = essay.flatMap(StatisticExtractor().statistics(in:))
    #expect(statistics.contains { $0.text == "一万五千余人" && $0.value == .number(DecimalNumber(15000)) && $0.approx })
    #expect(statistics.contains { $0.text == "103-107" && $0.maximum == .number(DecimalNumber(107)) })
    let citations = essay.flatMap(CitationExtractor().citations(in:))
    #expect(citations.contains { $0.text == "刑法第三百三十六条" && $0.article == 336 && $0.law == "刑法" })
    #expect(citations.filter { $0.text == "第三十九条和第四十条第一项" }.map(\.item) == [nil, 1])
    let measures = essay.flatMap(MeasureExtractor().measures(in:)).filter { $0.level == 1 }
    #expect(measures.map(\.headline) == ["完善法律衔接", "加强技术监管", "健全利益导向", "深化宣传教育", "夯实基层基础"])
}

@Test(.enabled(if: Repository.shared("seeds") != nil))
func theSeedCollectionYieldsItsTablesDocumentByDocument() throws {
    let seeds = documents(Repository.shared("seeds")!.path)
    #expect(seeds.count == 5)
    let statistics = seeds.flatMap(StatisticExtractor().statistics(in:))
    let ratio = try #require(statistics.first { $0.text == "118.06" })
    #expect(ratio.subject == "出生性别比")
    #expect(ratio.section == "一、出生人口性别比现状及危害")
    #expect(statistics.contains { $0.text == "2025年8月下旬至10月中旬" && $0.kind == .period && $0.documentIndex == 4 })
    #expect(!statistics.contains { $0.text.contains("第六次") || $0.text == "2024" || $0.text == "36" })
    let citations = seeds.flatMap(CitationExtractor().citations(in:))
    #expect(citations.contains { $0.text == "《人口与计划生育法》第36条" && $0.article == 36 && $0.documentIndex == 1 })
    #expect(citations.filter { $0.law == "生殖保健系列服务手册" }.count == 2)
    let measures = seeds.flatMap(MeasureExtractor().measures(in:)).filter { $0.level == 1 }
    #expect(measures.filter { $0.documentIndex == 1 }.map(\.headline) == ["加强立法", "加强宣传教育", "加快发展步伐", "抓好优质服务", "综合治理"])
    #expect(measures.filter { $0.documentIndex == 5 }.count == 7)
}

@Test(.enabled(if: corpusIsThere && zhiliIsBuilt), arguments: ["stats", "cites", "measures"])
func eachCommandPrintsEachFormatOnTheCorpus(command: String) throws {
    let fields: [String: [String]] = [
        "stats": ["source", "document_index", "document", "section", "text", "value", "max", "unit", "approx", "kind", "subject", "sentence"],
        "cites": ["source", "document_index", "document", "section", "text", "law", "law_full", "article", "paragraph", "item", "kind", "resolved"],
        "measures": ["source", "document_index", "document", "section", "ordinal", "headline", "text", "category", "items"],
    ]
    let json = try zhili([command, "Corpus", "--format", "json"])
    #expect(json.status == 0)
    let records = try #require(try JSONSerialization.jsonObject(with: Data(json.output.utf8)) as? [[String: Any]])
    #expect(!records.isEmpty)
    #expect(Set(fields[command]!).isSubset(of: Set(records[0].keys)))

    let lines = try zhili([command, "Corpus", "--format", "jsonl"]).output.split(separator: "\n")
    #expect(lines.count == records.count)
    let csv = try zhili([command, "Corpus", "--format", "csv"]).output
    #expect(csv.hasPrefix(fields[command]!.joined(separator: ",")))
    let markdown = try zhili([command, "Corpus", "--format", "md"]).output
    #expect(markdown.hasPrefix("| document |"))
    let table = try zhili([command, "Corpus", "--format", "table"]).output
    #expect(table.hasPrefix("document "))
}

@Test(.enabled(if: corpusIsThere && zhiliIsBuilt && Repository.shared("corpus/laws") != nil))
func citesCheckFlagsTheOutdatedArticleOfTheCorpusWorkPoints() throws {
    let run = try zhili(["cites", "Corpus/county-mch-work-points-2025.html", "--laws", Repository.shared("corpus/laws")!.path,
                         "--check", "--format", "jsonl"])
    let records = run.output.split(separator: "\n").compactMap { try? JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any] }
    let outdated = try #require(records.first { ($0["text"] as? String) == "《人口与计划生育法》第36条" })
    #expect(outdated["check"] as? String == "mismatch")
    #expect(outdated["suggestion"] as? String == "第四十条")
    #expect((outdated["resolved"] as? String)?.hasPrefix("第三十六条") == true)
}

@Test(.enabled(if: corpusIsThere && zhiliIsBuilt))
func measuresSummaryCountsPerDocument() throws {
    let summary = try zhili(["measures", "Corpus/sex-ratio-essay-countermeasures.txt", "--summary", "--format", "csv"])
    let lines = summary.output.split(separator: "\r\n")
    #expect(lines.count == 2)
    #expect(lines[0].hasPrefix("source,document_index,document,measures,legal_regulation"))
    #expect(lines[1].contains(",5,"))
}
