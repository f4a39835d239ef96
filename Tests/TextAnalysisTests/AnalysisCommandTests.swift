import Foundation
import Testing
import TestSupport

/// The four commands end to end, on the 20 resolutions on the work reports (short real texts).
@Suite(.enabled(if: Repository.executableIsBuilt && Repository.shared("corpus/reports/work-reports") != nil), .serialized)
struct AnalysisCommandTests {
    /// The resolutions, whose file names start with 第.
    static func resolutions() throws -> [String] {
        let folder = try #require(Repository.shared("corpus/reports/work-reports"))
        return try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasPrefix("第") }.sorted()
            .map { folder.appendingPathComponent($0).path }
    }

    @Test func kwicFromAnIndexPrintsTheSameLinesAsFromTheFiles() throws {
        let files = try Self.resolutions()
        let index = Scratch.url("zhili-kwic-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: index) }
        let built = try Repository.runZhili(["index", "--index", index.path] + files)
        #expect(built.status == 0, "\(built.errors)")
        let fromFiles = try Repository.runZhili(["kwic", "政府工作报告", "--format", "jsonl"] + files)
        let fromIndex = try Repository.runZhili(["kwic", "政府工作报告", "--index", index.path, "--format", "jsonl"])
        #expect(fromFiles.status == 0 && fromIndex.status == 0, "\(fromFiles.errors) \(fromIndex.errors)")
        #expect(fromFiles.output == fromIndex.output)
        // 20 resolutions, each naming the report in its title line and its first sentence at least.
        #expect(fromFiles.output.split(separator: "\n").count >= 20)
        // Sorted, limited, on one thread or four: the index gives what the files give.
        for options in [["--sort", "left", "--limit", "5"], ["--sort", "right", "--threads", "1"], ["--threads", "4", "--limit", "3"]] {
            let files = try Repository.runZhili(["kwic", "会议", "--format", "jsonl"] + options + files)
            let index = try Repository.runZhili(["kwic", "会议", "--index", index.path, "--format", "jsonl"] + options)
            #expect(files.status == 0 && index.status == 0 && !files.output.isEmpty, "\(options)")
            #expect(files.output == index.output, "\(options)")
        }
        let terms = try Repository.runZhili(["terms", "--by", "year", "--format", "jsonl"] + files)
        #expect(terms.output == (try Repository.runZhili(["terms", "--by", "year", "--format", "jsonl", "--index", index.path])).output)
    }

    @Test func kwicFromAnIndexWritesTheSameBytesAsFromTheFilesInEveryFormat() throws {
        let files = try Self.resolutions()
        let index = Scratch.url("zhili-kwic-formats-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: index) }
        #expect(try Repository.runZhili(["index", "--index", index.path] + files).status == 0)
        // JSON and JSON lines are written on the worker threads from the stored bytes, CSV and the
        // sorted orders from lines; wide contexts reach across line breaks (collapsed to a space);
        // 量子计算机 is found nowhere.
        for (query, options) in [("会议", ["--format", "json"]), ("会议", ["--format", "json", "--limit", "2"]),
                                 ("会议", ["--format", "jsonl", "--width", "60"]), ("人民", ["--format", "csv", "--width", "60"]),
                                 ("國務院", ["--format", "jsonl"]), ("量子计算机", ["--format", "json"]), ("量子计算机", ["--format", "jsonl"]),
                                 ("人民", ["--format", "json", "--sort", "left", "--limit", "9"]),
                                 // Punctuation has no postings: the index scans every section for it.
                                 ("。", ["--format", "jsonl"]), ("“", ["--format", "jsonl", "--limit", "4"])] {
            let fromFiles = try Repository.runZhili(["kwic", query] + options + files)
            let fromIndex = try Repository.runZhili(["kwic", query, "--index", index.path, "--threads", "2"] + options)
            #expect(fromFiles.status == 0 && fromIndex.status == 0, "\(query) \(options): \(fromIndex.errors)")
            #expect(fromFiles.output == fromIndex.output, "\(query) \(options)")
        }
        let none = try Repository.runZhili(["kwic", "量子计算机", "--index", index.path, "--format", "json"])
        #expect(none.output == "[]\n")
        let limited = try Repository.runZhili(["kwic", "会议", "--index", index.path, "--format", "json", "--limit", "2"])
        let records = try JSONSerialization.jsonObject(with: Data(limited.output.utf8)) as? [[String: Any]]
        #expect(records?.count == 2)
        #expect(records?.first?["match"] as? String == "会议")
    }

    @Test func kwicFromADamagedStoreExitsFourNamingTheFileAndPrintsNothing() throws {
        let files = try Self.resolutions()
        let index = Scratch.url("zhili-kwic-damaged-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: index) }
        #expect(try Repository.runZhili(["index", "--index", index.path] + files).status == 0)
        let store = try #require(try FileManager.default.contentsOfDirectory(atPath: index.path).first { $0.hasSuffix(".stor") })
        let path = index.appendingPathComponent(store)
        var bytes = try Data(contentsOf: path)
        bytes[bytes.count / 2] ^= 0x10
        try bytes.write(to: path)
        let run = try Repository.runZhili(["kwic", "会议", "--index", index.path, "--format", "jsonl"])
        #expect(run.status == 4)
        #expect(run.errors.contains(store))
        #expect(run.output.isEmpty)
    }

    @Test func trendByYearGivesOneRowPerSessionAndTermAndDrawsTheChart() throws {
        let files = try Self.resolutions()
        let chart = Scratch.url("zhili-trend-\(UUID().uuidString).svg")
        defer { try? FileManager.default.removeItem(at: chart) }
        let run = try Repository.runZhili(["trend", "会议", "改革"] + files + ["--format", "csv", "--plot", chart.path])
        #expect(run.status == 0, "\(run.errors)")
        let lines = run.output.split(separator: "\r\n")
        #expect(lines.first == "group,term,count,per_10k,chars")
        #expect(lines.count == 1 + 20 * 2)
        #expect(lines[1].hasPrefix("1962,会议,"))
        #expect(lines.last!.hasPrefix("2025,改革,"))
        #expect(try String(contentsOf: chart, encoding: .utf8).contains("<polyline"))
    }

    @Test func cooccurWritesGephisEdgeTableAndBadUsageExitsTwo() throws {
        let files = try Self.resolutions()
        let run = try Repository.runZhili(["cooccur", "--format", "csv", "--top", "20"] + files)
        #expect(run.status == 0, "\(run.errors)")
        #expect(run.output.hasPrefix("source,target,weight\r\n"))
        #expect(try Repository.runZhili(["terms", "--keywords"] + files).status == 2)
        #expect(try Repository.runZhili(["kwic", "会议"]).status == 2)
        // An empty query is bad usage, as it is for search.
        let empty = try Repository.runZhili(["kwic", "\"\""] + files)
        #expect(empty.status == 2 && empty.output.isEmpty && empty.errors.contains("The query holds no characters to find"))
        let emptyTerm = try Repository.runZhili(["trend", "会议", "\"\""] + files)
        #expect(emptyTerm.status == 2 && emptyTerm.output.isEmpty && emptyTerm.errors.contains("holds no characters to find"))
    }

    @Test func everyCommandPrintsTheSameBytesOnOneThreadAsOnFour() throws {
        let files = try Self.resolutions()
        let commands: [[String]] = [
            ["terms", "--by", "document", "--top", "0", "--format", "jsonl"],
            ["terms", "--by", "year", "--keywords", "--format", "jsonl"],
            ["cooccur", "--window", "sentence", "--format", "csv", "--min-count", "1"],
            ["trend", "会议", "改革", "--by", "document", "--format", "jsonl"],
            ["kwic", "发展", "--format", "jsonl"],
        ]
        for command in commands {
            let one = try Repository.runZhili(command + files + ["--threads", "1"])
            let four = try Repository.runZhili(command + files + ["--threads", "4"])
            #expect(one.status == 0 && four.status == 0, "\(command): \(one.errors) \(four.errors)")
            #expect(!one.output.isEmpty)
            #expect(one.output == four.output, "\(command)")
        }
        #expect(try Repository.runZhili(["terms", "--threads", "0"] + files).status == 2)
    }

    @Test func aMissingFileIsNamedAndTheRestIsCounted() throws {
        let files = try Self.resolutions()
        let run = try Repository.runZhili(["terms", "--format", "jsonl", "--top", "3", files[0], "/nonexistent/报告.txt"])
        #expect(run.status == 3)
        #expect(run.errors.contains("/nonexistent/报告.txt"))
        #expect(run.output.split(separator: "\n").count == 3)
    }
}
