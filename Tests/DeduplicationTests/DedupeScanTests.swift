import Foundation
import Ingestion
import Reporting
import Testing
import TestSupport
@testable import Deduplication

/// `DedupeReport.scan` holds fingerprints rather than texts and reads the candidates' files again:
/// it must find what the detector finds over the whole collection in memory.
@Suite(.enabled(if: Repository.shared("corpus/state-council-2019") != nil))
struct DedupeScanTests {
    let folder = Repository.shared("corpus/state-council-2019")?.path ?? ""

    @Test(arguments: [DedupeUnitKind.section, .document], [KeepRule.complete, .newest])
    func aScanFindsTheClustersOfTheCollectionHeldInMemory(kind: DedupeUnitKind, keep: KeepRule) {
        let reader = CollectionReader()
        let files = reader.enumerate([folder]).files
        let detector = NearDuplicateDetector(threshold: kind == .section ? 0.8 : 0.3)
        let held = DedupeReport(files: reader.readAll([folder]).files, kind: kind, detector: detector, keep: keep, listingPairs: true)
        var errors: [IngestionError] = []
        let scanned = DedupeReport.scan(files: files, reader: reader, threads: 3, kind: kind, detector: detector, keep: keep,
                                        listingPairs: true, loadingMemberTexts: true) { errors.append($0) }
        #expect(errors.isEmpty)
        if kind == .section { #expect(held.clusters.count > 3) }
        #expect(scanned.units == held.units)
        #expect(scanned.clusters == held.clusters)
        #expect(scanned.pairs == held.pairs)
        #expect(scanned.json(diff: true) == held.json(diff: true))
    }

    @Test func aFileChangedBetweenTheTwoReadingsIsReportedAndLeftUnverified() throws {
        let scratch = NSTemporaryDirectory() + "zhili-dedupe-scan-" + UUID().uuidString
        try FileManager.default.createDirectory(atPath: scratch, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: scratch) }
        let document = try #require(CollectionReader().readAll([folder]).files.first?.documents.first)
        let text = document.title + "\n\n" + document.text
        let middle = text.index(text.startIndex, offsetBy: text.count / 2)
        let copy = text[..<middle] + "本段在转载时有改动" + text[middle...]
        try Data(text.utf8).write(to: URL(fileURLWithPath: scratch + "/a.txt"))
        try Data(copy.utf8).write(to: URL(fileURLWithPath: scratch + "/b.txt"))
        let reader = CollectionReader()
        let files = reader.enumerate([scratch]).files
        let units = DedupeUnit.units(of: reader.readAll([scratch]).files, kind: .document)
        var groups = TextGroups()
        for unit in units { groups.add(NearDuplicateDetector().fingerprint(of: unit.text)) }
        let held = DedupeReport(units: units.map(UnitSketch.init), groups: groups, texts: HeldUnitTexts(units), detector: NearDuplicateDetector(), keep: .complete)
        #expect(held.clusters.count == 1)
        // The copy is cut short after its fingerprint was made.
        try Data(String(copy.prefix(200)).utf8).write(to: URL(fileURLWithPath: scratch + "/b.txt"))
        var errors: [IngestionError] = []
        let texts = RereadUnitTexts(sketches: units.map(UnitSketch.init), kind: .document, reader: reader, threads: 2) { errors.append($0) }
        let report = DedupeReport(units: units.map(UnitSketch.init), groups: groups, texts: texts, detector: NearDuplicateDetector(), keep: .complete)
        #expect(files.count == 2)
        #expect(report.clusters.isEmpty)
        #expect(errors.map(\.path) == [scratch + "/b.txt"])
    }
}
