import Foundation
import Testing
import TestSupport

/// `zhili dedupe` end to end, through the built executable.
@Suite struct DedupeCommandTests {
    func run(_ arguments: [String]) throws -> ZhiliRun {
        try Repository.runZhili(["dedupe"] + arguments)
    }

    func collection() throws -> String {
        let folder = NSTemporaryDirectory() + "zhili-dedupe-e2e-" + UUID().uuidString
        try FileManager.default.createDirectory(atPath: folder + "/转载", withIntermediateDirectories: true)
        try Data(("农村人居环境整治方案\n来源：县政府网站\n\n" + Fixture.plan).utf8).write(to: URL(fileURLWithPath: folder + "/人居环境整治方案.txt"))
        try Data(("农村人居环境整治方案\n\n" + Fixture.plan.replacingOccurrences(of: "50万元", with: "60万元")).utf8)
            .write(to: URL(fileURLWithPath: folder + "/转载/人居环境整治方案.txt"))
        try Data(("基层治理工作总结\n\n" + Fixture.report).utf8).write(to: URL(fileURLWithPath: folder + "/基层治理工作总结.txt"))
        return folder
    }

    @Test(.enabled(if: Repository.executableIsBuilt))
    func jsonOutputIsOneObjectWithTheClusterAndOnlyDataOnStandardOutput() throws {
        let folder = try collection()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let result = try run([folder, "--format", "json", "--diff"])
        #expect(result.status == 0)
        let object = try #require(try JSONSerialization.jsonObject(with: result.outputData) as? [String: Any])
        let clusters = try #require(object["clusters"] as? [[String: Any]])
        #expect(clusters.count == 1)
        let members = try #require(clusters.first?["members"] as? [[String: Any]])
        #expect(members.count == 2)
        #expect(Set(members.compactMap { ($0["source"] as? String).map { ($0 as NSString).lastPathComponent } }) == ["人居环境整治方案.txt"])
        let diff = try #require(members.first { $0["kept"] as? Bool == false }?["diff"] as? [[String: Any]])
        #expect(diff.first?["kept"] as? String == "5" || diff.first?["kept"] as? String == "6")
        #expect(result.errors.contains("1 clusters"))
    }

    @Test(.enabled(if: Repository.executableIsBuilt))
    func signaturesAreOneJSONLinePerDocumentWithTheDetectorsBanding() throws {
        let folder = try collection()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let result = try run([folder, "--signatures", "--format", "jsonl", "--threshold", "0.7"])
        #expect(result.status == 0)
        let records = try result.output.split(separator: "\n").map {
            try #require(try JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any])
        }
        #expect(records.count == 3)
        for record in records {
            #expect((record["minhash"] as? [Any])?.count == 128)
            #expect(record["bands"] as? Int == 32 && record["rows"] as? Int == 4, "the banding for 0.7 (32 × 4)")
            #expect(record["sampled"] as? Bool == false && (record["sample"] as? [Any])?.count == record["distinct_shingles"] as? Int)
            #expect(record["section"] is NSNull && record["document_index"] as? Int == 1)
        }
        #expect(result.errors.contains("32 bands × 4 rows"))
        #expect(try run([folder, "--signatures", "--format", "table"]).status == 2)
        #expect(try run([folder, "--all-shingles"]).status == 2)
    }

    @Test(.enabled(if: Repository.executableIsBuilt))
    func writeProducesTheReducedCollectionAndRefusesAnInputFolder() throws {
        let folder = try collection()
        let output = folder + "-去重"
        defer {
            try? FileManager.default.removeItem(atPath: folder)
            try? FileManager.default.removeItem(atPath: output)
        }
        let result = try run([folder, "--format", "csv", "--write", output])
        #expect(result.status == 0)
        let written = try FileManager.default.subpathsOfDirectory(atPath: output).sorted()
        #expect(written.contains("clusters.json") && written.contains("基层治理工作总结.txt"))
        #expect(written.filter { $0.hasSuffix("人居环境整治方案.txt") }.count == 1)

        let refused = try run([folder, "--write", folder + "/去重"])
        #expect(refused.status != 0)
        #expect(refused.errors.contains("去重"))
        #expect(!FileManager.default.fileExists(atPath: folder + "/去重"))
    }
}

/// `zhili dedupe --threads N` on a real multi-file collection: the same bytes whatever N.
@Suite(.enabled(if: Repository.executableIsBuilt && Repository.shared("corpus/state-council-2019") != nil))
struct ThreadedDedupeCommandTests {
    let folder = Repository.shared("corpus/state-council-2019")?.path ?? ""

    @Test(arguments: [["--unit", "section", "--format", "json", "--diff", "--pairs"], ["--unit", "section", "--format", "csv"],
                      ["--threshold", "0.3", "--format", "json", "--diff"], ["--signatures", "--format", "jsonl"]])
    func theOutputIsTheSameOnOneAndThreeThreads(_ options: [String]) throws {
        let one = try Repository.runZhili(["dedupe", folder, "--threads", "1"] + options)
        let three = try Repository.runZhili(["dedupe", folder, "--threads", "3"] + options)
        #expect(one.status == 0 && three.status == 0)
        #expect(one.outputData.count > 1000)
        #expect(one.outputData == three.outputData)
    }

    @Test func theReducedCollectionIsTheSameOnOneAndThreeThreads() throws {
        var written: [[String: Data]] = []
        for threads in ["1", "3"] {
            let target = NSTemporaryDirectory() + "zhili-dedupe-threads-" + UUID().uuidString
            defer { try? FileManager.default.removeItem(atPath: target) }
            let run = try Repository.runZhili(["dedupe", folder, "--unit", "section", "--format", "json", "--write", target, "--threads", threads])
            #expect(run.status == 0)
            let names = try FileManager.default.subpathsOfDirectory(atPath: target)
            written.append(Dictionary(uniqueKeysWithValues: try names.filter { $0.hasSuffix(".txt") || $0.hasSuffix(".json") }.map {
                ($0, try Data(contentsOf: URL(fileURLWithPath: target + "/" + $0)))
            }))
        }
        #expect(written[0].count > 50)
        #expect(written[0] == written[1])
    }
}
