import Foundation
import Testing
import TestSupport
@testable import SearchIndex

/// Corpus/ indexed once for the tests that ask it questions with known answers.
let corpusIndex: Result<IndexReader, any Error> = Result {
    let folder = Scratch.url("zhili-corpus-\(UUID().uuidString)")
    let report = try CollectionIndexer(directory: IndexDirectory(path: folder.path)).run(paths: [Repository.corpus.path])
    #expect(report.errors.isEmpty)
    return try IndexReader(directory: IndexDirectory(path: folder.path))
}

func sources(_ query: String, kind: UnitKind? = nil) throws -> Set<String> {
    let results = try corpusIndex.get().search(try QueryParser.parse(query),
                                               options: SearchOptions(limit: 1000, kinds: kind.map { [$0] }))
    // Corpus/README.md describes the other files and quotes from them: it is left out here.
    return Set(results.hits.map { ($0.unit.source as NSString).lastPathComponent }).subtracting(["README.md"])
}

@Test func aBuiltCorpusIndexHoldsItsInvariants() throws {
    let check = try corpusIndex.get().checkInvariants()
    #expect(check.units > 100)
    #expect(check.positions > 10_000)
}

@Test func textJoinedAcrossLineBreaksAndPageNumbersIsFound() throws {
    // 隐 / 2 / 患 and 《孕产妇健康管理系列服 / 务手册》 are broken across lines in the file.
    #expect(try sources("较大的隐患") == ["pregnancy-service-compilation-heji.txt"])
    #expect(try sources("孕产妇健康管理系列服务手册").contains("pregnancy-service-compilation-heji.txt"))
}

@Test func fullWidthFiguresAndTraditionalQueriesFindTheirDocuments() throws {
    #expect(try sources("116.2").contains("pregnancy-service-compilation-heji.txt"))
    #expect(try sources("婚育新風進萬家").contains("county-sex-ratio-plan-2025.gb18030.txt"))
}

@Test func wordingThatDiffersBetweenCopiesTellsThemApart() throws {
    #expect(try sources("城乡接合部") == ["county-sex-ratio-plan-2025.gb18030.txt"])
    #expect(try sources("城乡结合部").contains("county-sex-ratio-plan-2025-repost.txt"))
    #expect(try !sources("城乡结合部").contains("county-sex-ratio-plan-2025.gb18030.txt"))
}

@Test func filtersAndKindsNarrowTheCorpus() throws {
    #expect(try sources("青卫健发 source:.html") == ["county-mch-work-points-2025.html"])
    #expect(try sources("第三百三十六条 title:管理办法") == ["city-fetal-sex-identification-measures.md"])
    #expect(try sources("综合治理", kind: .document).allSatisfy { !$0.isEmpty })
    let documents = try corpusIndex.get().search(try QueryParser.parse("石桥镇"), options: SearchOptions(limit: 50, kinds: [.document])).hits
    #expect(!documents.isEmpty)
    #expect(documents.allSatisfy { $0.unit.kind == .document && $0.unit.section.isEmpty })
}

@Test func theLawsCollectionIsSearchableWithEverySubstringFound() throws {
    guard let laws = Repository.shared("corpus/law-versions") else { return }
    let folder = Scratch.url("zhili-laws-\(UUID().uuidString)")
    _ = try CollectionIndexer(directory: IndexDirectory(path: folder.path)).run(paths: [laws.path])
    let reader = try IndexReader(directory: IndexDirectory(path: folder.path))
    try reader.checkInvariants()
    let hits = try reader.search(try QueryParser.parse("非医学需要的胎儿性别鉴定"), options: SearchOptions(limit: 100)).hits
    #expect(Set(hits.map(\.unit.source).filter { $0.hasSuffix(".md") }).count == 2)
}

@Test func unitsOfOtherKindsAreIndexedBesideTheSectionsAndFilteredByKind() throws {
    let folder = Scratch.url("zhili-kinds-\(UUID().uuidString)")
    let indexer = CollectionIndexer(directory: IndexDirectory(path: folder.path), additionalUnits: { file in
        file.documents.flatMap { document in
            document.sections.filter { $0.text.contains("第三百三十六条") }.map { section in
                IndexUnit(kind: .citation, source: file.path, documentIndex: document.index, document: document.title,
                          section: section.pathString, text: "《中华人民共和国刑法》第三百三十六条")
            }
        }
    }, additionalUnitsVersion: "test citations 1")
    let report = try indexer.run(paths: [Repository.corpus.path])
    #expect(report.statistics != nil)
    let reader = try IndexReader(directory: IndexDirectory(path: folder.path))
    let citations = try reader.search(try QueryParser.parse("刑法"), options: SearchOptions(limit: 50, kinds: [.citation])).hits
    #expect(!citations.isEmpty)
    #expect(citations.allSatisfy { $0.unit.kind == .citation })
    #expect(try reader.search(try QueryParser.parse("刑法 kind:citation"), options: SearchOptions(limit: 50)).hits.count == citations.count)
    #expect(reader.analyzerName.hasSuffix("units sections/2 test citations 1"))
    // Unchanged files and an unchanged producer: nothing to do.
    #expect(try indexer.run(paths: [Repository.corpus.path]).statistics == nil)
}
