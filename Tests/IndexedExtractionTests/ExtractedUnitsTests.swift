import Extraction
import Foundation
import Ingestion
import Reporting
import SearchIndex
import Testing
import TestSupport
@testable import IndexedExtraction

/// Corpus/ indexed once with its statistics, citations and measures.
let corpusIndex: Result<IndexReader, any Error> = Result {
    let folder = Scratch.url("zhili-extracted-\(UUID().uuidString)")
    let indexer = CollectionIndexer(directory: IndexDirectory(path: folder.path), additionalUnits: ExtractedUnits().units(of:),
                                    additionalUnitsVersion: ExtractedUnits.version)
    let report = try indexer.run(paths: [Repository.corpus.path])
    #expect(report.errors.isEmpty)
    return try IndexReader(directory: IndexDirectory(path: folder.path))
}

private func hits(_ query: String, kind: UnitKind) throws -> [IndexUnit] {
    try corpusIndex.get().search(try QueryParser.parse(query), options: SearchOptions(limit: 1000, kinds: [kind])).hits.map(\.unit)
}

@Test func statisticsCitationsAndMeasuresAreSearchableKinds() throws {
    let ratios = try hits("出生人口性别比", kind: .statistic)
    #expect(!ratios.isEmpty)
    #expect(ratios.allSatisfy { $0.kind == .statistic && $0.text.contains("出生人口性别比") })
    #expect(ratios.contains { $0.text.hasPrefix("103-107\n") })
    let criminalLaw = try hits("刑法", kind: .citation)
    #expect(criminalLaw.contains { $0.text.hasPrefix("刑法第三百三十六条\n") && $0.source.hasSuffix("sex-ratio-essay-countermeasures.txt") })
    let publicity = try hits("宣传", kind: .measure)
    #expect(publicity.contains { $0.text.hasPrefix("4、深化宣传教育") || $0.text.contains("深化宣传教育") })
    #expect(publicity.allSatisfy { $0.kind == .measure && !$0.section.isEmpty })
}

@Test func aFilesExtractedUnitsCarryTheirRecordsPlace() throws {
    let file = try CollectionReader().read(Repository.corpus.appendingPathComponent("sex-ratio-essay-countermeasures.txt").path)
    let units = ExtractedUnits().units(of: file)
    let statistics = file.documents.flatMap(StatisticExtractor().statistics(in:))
    #expect(units.filter { $0.kind == .statistic }.map(\.section) == statistics.map(\.section))
    let citation = try #require(units.first { $0.kind == .citation && $0.text.hasPrefix("刑法第三百三十六条") })
    #expect(citation.documentIndex == 1 && citation.document == file.documents[0].title && citation.source == file.path)
    #expect(units.filter { $0.kind == .measure }.count == file.documents.flatMap(MeasureExtractor().measures(in:)).count)
}

@Test func documentsRebuiltFromTheIndexYieldTheRecordsOfTheFiles() throws {
    let reader = try corpusIndex.get()
    var fromIndex: [Document] = []
    try reader.forEachDocument { fromIndex.append($0) }
    let fromFiles = CollectionReader().readAll([Repository.corpus.path]).files.flatMap(\.documents)
    #expect(fromIndex.count == fromFiles.count)
    let statistics = StatisticExtractor(), citations = CitationExtractor(), measures = MeasureExtractor()
    func rendered(_ records: [[(String, Value)]]) -> String { RecordWriter(format: .jsonl).render(records) }
    #expect(rendered(fromIndex.flatMap(statistics.statistics(in:)).map(\.record))
        == rendered(fromFiles.flatMap(statistics.statistics(in:)).map(\.record)))
    #expect(rendered(fromIndex.flatMap(citations.citations(in:)).map(\.record))
        == rendered(fromFiles.flatMap(citations.citations(in:)).map(\.record)))
    #expect(rendered(fromIndex.flatMap(measures.measures(in:)).map { $0.record() })
        == rendered(fromFiles.flatMap(measures.measures(in:)).map { $0.record() }))
}

@Test func aSectionRunOnFromItsHeadingIsStoredAsWrittenAndRebuiltAsItsHeadingAndText() throws {
    // 十八大, 四、（二）: a title sentence run into its paragraph on one line, the full stop left to the text.
    let line = "（二）实施创新驱动发展战略。科技创新是提高社会生产力和综合国力的战略支撑，必须摆在国家发展全局的核心位置。"
    let folder = Scratch.url("zhili-run-on-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    let path = folder.appendingPathComponent("十八大报告.txt").path
    try "坚定不移沿着中国特色社会主义道路前进\n四、加快完善社会主义市场经济体制和加快转变经济发展方式\n\(line)\n（三）推进经济结构战略性调整\n这是加快转变经济发展方式的主攻方向。\n"
        .write(toFile: path, atomically: true, encoding: .utf8)
    let file = try CollectionReader().read(path)
    let document = try #require(file.documents.first)
    let units = CollectionIndexer.units(of: file).filter { $0.kind == .section }
    #expect(units.map(\.text) == document.sections.map(\.headedText))
    #expect(units.contains { $0.text == line })
    let rebuilt = Document(indexUnits: units, source: file.path, index: document.index, title: document.title)
    #expect(rebuilt.sections.map(\.text) == document.sections.map(\.text))
    #expect(rebuilt.sections.map(\.path) == document.sections.map(\.path))
}

@Test func aFigureOrReferenceIsIndexedWithTheClauseItStandsInNotItsWholeSentence() throws {
    let file = try CollectionReader().read(Repository.corpus.appendingPathComponent("sex-ratio-essay-countermeasures.txt").path)
    let units = ExtractedUnits().units(of: file)
    #expect(units.contains { $0.kind == .statistic && $0.text == "103-107\n出生人口性别比稳定在103-107之间" })
    let statistics = file.documents.flatMap(StatisticExtractor().statistics(in:))
    for (unit, statistic) in zip(units.filter { $0.kind == .statistic }, statistics) {
        let context = unit.text.dropFirst(statistic.text.count + 1)
        #expect(context.contains(statistic.text) && !context.contains("。"))
        if let subject = statistic.subject { #expect(context.contains(subject)) }
    }
    let citation = try #require(units.first { $0.kind == .citation && $0.text.hasPrefix("刑法第三百三十六条\n") })
    #expect(citation.text == "刑法第三百三十六条\n难以适用刑法第三百三十六条追究刑事责任")
}

@Test func aClauseRunsFromTheMarkBeforeThePartToTheMarkAfterIt() {
    #expect(ExtractedUnits.clause(of: "3%", in: "逾期不缴纳罚款的，每日按罚款数额的3%加处罚款。") == "每日按罚款数额的3%加处罚款")
    #expect(ExtractedUnits.clause(of: "第四十条", in: "应统一按照现行《人口与计划生育法》第四十条的条文序号引用；避免") == "应统一按照现行《人口与计划生育法》第四十条的条文序号引用")
    #expect(ExtractedUnits.clause(of: "五年", in: "全县出生人口性别比下降") == "全县出生人口性别比下降")
    // ASCII marks end clauses too; the first occurrence counts, and a clause may begin the sentence.
    #expect(ExtractedUnits.clause(of: "5亿元", in: "投资5亿元,建成𠀀桥5座;再投5亿元") == "投资5亿元")
    #expect(ExtractedUnits.clause(of: "5座", in: "投资5亿元,建成𠀀桥5座;再投5亿元") == "建成𠀀桥5座")
}
