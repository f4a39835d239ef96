import Extraction
import Foundation
import Ingestion
import SearchIndex
import Testing
import TestSupport
@testable import IndexedExtraction

/// The two versions of 人口与计划生育法 and the 刑法 folder, indexed in a temporary folder; nil where
/// ../shared is absent.
let lawIndex: Result<IndexReader, any Error>? = {
    guard let versions = Repository.shared("corpus/law-versions"), let criminal = Repository.shared("corpus/laws/刑法") else { return nil }
    return Result {
        let folder = Scratch.url("zhili-laws-\(UUID().uuidString)")
        let report = try CollectionIndexer(directory: IndexDirectory(path: folder.path)).run(paths: [versions.path, criminal.path])
        #expect(report.errors.isEmpty)
        return try IndexReader(directory: IndexDirectory(path: folder.path))
    }
}()

private func corpusCitations(_ name: String) throws -> [Citation] {
    let file = try CollectionReader().read(Repository.corpus.appendingPathComponent(name).path)
    return file.documents.flatMap(CitationExtractor().citations(in:))
}

@Test(.enabled(if: lawIndex != nil))
func anIndexedLawsVersionsComeOldestFirstWithTheirArticles() throws {
    let laws = IndexedLaws(reader: try #require(lawIndex).get())
    let versions = laws.versions(of: "中华人民共和国人口与计划生育法")
    // 2015 from the file name, 2021-08-20 the publish date of the current version's front matter (metadata `publish`).
    #expect(versions.map(\.date) == ["2015", "2021-08-20"])
    #expect(versions.count == 2)
    #expect(versions.allSatisfy { $0.title == "中华人民共和国人口与计划生育法" })
    let moved = try #require(versions.last?.article(40))
    #expect(moved.text.hasPrefix("第四十条") && moved.text.contains("胎儿性别鉴定"))
    #expect(versions.first?.article(36)?.text.contains("胎儿性别鉴定") == true)
    #expect(versions.last?.articles.map(\.number) == Array(1...(versions.last?.articles.count ?? 0)))
    #expect(laws.versions(of: "不存在的法").isEmpty)
    #expect(laws.damage == nil)
}

@Test(.enabled(if: lawIndex != nil))
func aReportCitingTheRenumberedArticleIsFlaggedAgainstTheIndexedLaws() throws {
    let resolver = CitationResolver(laws: IndexedLaws(reader: try #require(lawIndex).get()))
    let cited = try #require(try corpusCitations("county-mch-work-points-2025.html").first { $0.law == "人口与计划生育法" && $0.article == 36 })
    let checked = resolver.check(cited)
    #expect(checked.check?.status == .renumbered)
    #expect(checked.check?.suggestion == "第四十条")
    #expect(checked.lawFull == "中华人民共和国人口与计划生育法")
}

@Test(.enabled(if: lawIndex != nil))
func aCriminalLawArticleResolvesToItsTextFromTheIndex() throws {
    let resolver = CitationResolver(laws: IndexedLaws(reader: try #require(lawIndex).get()))
    let cited = try #require(try corpusCitations("sex-ratio-essay-countermeasures.txt").first { $0.text == "刑法第三百三十六条" })
    let resolved = try #require(resolver.resolve(cited).resolved)
    #expect(resolved.hasPrefix("第三百三十六条"))
    #expect(resolved.contains("非法行医"))
}
