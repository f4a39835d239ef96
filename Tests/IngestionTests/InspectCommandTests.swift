import Foundation
import Testing
import TestSupport

/// `zhili inspect` end to end, through the built executable.
@Suite(.enabled(if: Repository.executableIsBuilt))
struct InspectCommandTests {
    private func records(_ run: ZhiliRun) throws -> [[String: Any]] {
        try #require(try JSONSerialization.jsonObject(with: run.outputData) as? [[String: Any]])
    }

    @Test func theCorpusIsReadInEveryEncodingAndFormatItHolds() throws {
        let run = try Repository.runZhili(["inspect", "--json", "Corpus"])
        #expect(run.status == 0)
        let files = try records(run)
        var encodings: [String: String] = [:]
        for file in files {
            let name = ((file["source"] as? String ?? "") as NSString).lastPathComponent
            encodings[name] = file["encoding"] as? String
        }
        #expect(encodings["county-sex-ratio-plan-2025.gb18030.txt"] == "GB18030")
        #expect(encodings["town-government-work-report-2025.utf16le.txt"] == "UTF-16LE")
        #expect(encodings["county-mch-work-points-2025.html"] == "UTF-8")
        #expect(encodings["README.md"] == nil)
        let compilation = try #require(files.first { ($0["source"] as? String)?.hasSuffix("heji.txt") == true })
        #expect((compilation["documents"] as? [Any])?.count == 3)
    }

    @Test(.enabled(if: Repository.shared("seeds") != nil))
    func theSeedCollectionSplitsIntoItsFiveArticles() throws {
        let run = try Repository.runZhili(["inspect", "--json", Repository.shared("seeds")!.path])
        #expect(run.status == 0)
        let documents = try records(run).flatMap { $0["documents"] as? [[String: Any]] ?? [] }
        #expect(documents.map { $0["document_index"] as? Int } == [1, 2, 3, 4, 5])
        #expect(documents.first?["document"] as? String == "关于出生人口性别比升高的思考与治理")
    }

    @Test(.enabled(if: Repository.shared("corpus/sighan2005") != nil && Repository.shared("corpus/laws/刑法/刑法.md") != nil))
    func realGBKBig5AndLawFilesAreReadWithTheirStructure() throws {
        let sighan = Repository.shared("corpus/sighan2005")!
        let run = try Repository.runZhili(["inspect", "--json", sighan.appendingPathComponent("msr_test.txt").path,
                                           sighan.appendingPathComponent("as_test.txt").path,
                                           Repository.shared("corpus/laws/刑法/刑法.md")!.path])
        #expect(run.status == 0)
        let files = try records(run)
        #expect(files.map { $0["encoding"] as? String } == ["GB18030", "Big5", "UTF-8"])
        let law = try #require((files[2]["documents"] as? [[String: Any]])?.first)
        let headings = (law["sections"] as? [[String: Any]] ?? []).compactMap { $0["heading"] as? String }
        #expect(headings.contains("第三百三十六条"))
    }

    @Test func anUnreadableFileIsNamedWithItsOffsetAndTheOthersStillPrint() throws {
        let folder = Scratch.url("zhili-inspect-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let bad = folder.appendingPathComponent("bad.txt")
        try Data([0xE4, 0xB8, 0x8D, 0xFF]).write(to: bad)
        let run = try Repository.runZhili(["inspect", "--json", bad.path, "Corpus/rural-sewage-notice-2025.txt"])
        #expect(run.status == 3)
        #expect(run.errors.contains("\(bad.path): invalid UTF-8 byte sequence at byte offset 3"))
        #expect(try records(run).count == 1)
    }
}

/// `zhili inspect --threads N`: files read on N threads, printed in order, the same bytes whatever N.
@Test(.enabled(if: Repository.executableIsBuilt && Repository.shared("corpus/state-council-2019") != nil))
func inspectPrintsTheSameOnOneAndThreeThreads() throws {
    let folder = try #require(Repository.shared("corpus/state-council-2019")).path
    for options in [["--json"], []] {
        let one = try Repository.runZhili(["inspect", folder, "--threads", "1"] + options)
        let three = try Repository.runZhili(["inspect", folder, "--threads", "3"] + options)
        #expect(one.status == 0 && one.outputData.count > 10_000)
        #expect(one.outputData == three.outputData)
    }
}
