import Foundation
import Ingestion
import Reporting
import Testing
@testable import Deduplication

@Suite struct DedupeReportTests {
    static func file(_ path: String, _ title: String, _ text: String, metadata: [MetadataField] = []) -> SourceFile {
        SourceFile(path: path, encoding: "UTF-8", documents: [
            Document(source: path, index: 1, title: title, metadata: metadata, sections: [Section(path: [], level: 0, text: text)]),
        ])
    }

    @Test func identicalFilesUnderTwoNamesAreOneClusterKeepingTheFirst() throws {
        let files = [Self.file("甲/人居环境整治方案.txt", "人居环境整治方案", Fixture.plan),
                     Self.file("乙/人居环境整治方案（转载）.txt", "人居环境整治方案", Fixture.plan),
                     Self.file("乙/基层治理工作总结.txt", "基层治理工作总结", Fixture.report)]
        let report = DedupeReport(files: files, kind: .document, detector: NearDuplicateDetector(), keep: .complete)
        let cluster = try #require(report.clusters.first)
        #expect(report.clusters.count == 1)
        #expect(report.units[cluster.keep].source == "甲/人居环境整治方案.txt")
        #expect(cluster.members.map { report.units[$0.index].source } == ["甲/人居环境整治方案.txt", "乙/人居环境整治方案（转载）.txt"])
    }

    @Test func theJSONFollowsTheContractAndCarriesTheDiff() {
        let files = [Self.file("a.txt", "方案", Fixture.plan),
                     Self.file("b.txt", "方案", Fixture.plan.replacingOccurrences(of: "50万元", with: "60万元"))]
        let report = DedupeReport(files: files, kind: .document, detector: NearDuplicateDetector(), keep: .complete)
        guard case let .object(top) = report.json(diff: true), case let .array(clusters)? = top.first(where: { $0.0 == "clusters" })?.1,
              case let .object(cluster)? = clusters.first else {
            Issue.record("no cluster object")
            return
        }
        #expect(cluster.map(\.0) == ["similarity", "keep", "members"])
        guard case let .array(members)? = cluster.first(where: { $0.0 == "members" })?.1, case let .object(copy) = members[1] else {
            Issue.record("no members")
            return
        }
        #expect(Array(copy.map(\.0).prefix(5)) == ["source", "document_index", "document", "section", "chars"])
        #expect(copy.first { $0.0 == "diff" }?.1 == .array([.object([("kind", "changed"), ("kept", "5"), ("copy", "6"), ("offset", .int(Fixture.offset(of: "50万元", in: Fixture.plan)))])]))
    }

    @Test func sectionUnitsSkipEmptySectionsAndNameTheirHeadingPath() {
        let document = Document(source: "x.txt", index: 1, title: "方案", sections: [
            Section(path: ["一、总体要求"], level: 1, text: ""),
            Section(path: ["一、总体要求", "（一）目标"], level: 2, text: "到2025年底，全镇农村生活垃圾收运处置体系覆盖全部行政村。"),
        ])
        let units = DedupeUnit.units(of: [SourceFile(path: "x.txt", encoding: "UTF-8", documents: [document])], kind: .section)
        #expect(units.map(\.section) == ["一、总体要求 › （一）目标"])
    }
}
