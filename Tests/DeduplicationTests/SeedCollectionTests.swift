import Ingestion
import Testing
import TestSupport
@testable import Deduplication

@Suite struct SeedCollectionTests {
    @Test(.enabled(if: Repository.shared("seeds") != nil))
    func theSecondAndThirdArticlesOfTheSeedCompilationAreOneClusterKeepingTheComplete() throws {
        let seeds = try #require(Repository.shared("seeds"))
        let result = CollectionReader().readAll([seeds.path])
        #expect(result.errors.isEmpty)
        let report = DedupeReport(files: result.files, kind: .document, detector: NearDuplicateDetector(), keep: .complete)
        let cluster = try #require(report.clusters.first { cluster in
            cluster.members.contains { report.units[$0.index].document.contains("出生人口性别比升高问题治理做法") }
        })
        let titles = cluster.members.map { report.units[$0.index].document }
        #expect(titles.count == 2 && titles.allSatisfy { $0.contains("出生人口性别比升高问题治理做法") })
        // The second article has two `～` where the third has 舆论 and 学习班, and stops mid-sentence.
        let kept = report.units[cluster.keep]
        let copy = report.units[cluster.members[1].index]
        #expect(kept.documentIndex == copy.documentIndex + 1)
        let changes = report.spans(cluster.members[1].index, against: cluster.keep)
        #expect(changes.prefix(2).map(\.kept) == ["舆论", "学习班"])
        #expect(changes.prefix(2).map(\.copy) == ["～", "～"])
        #expect(changes.last?.kind == .deleted)
    }
}
