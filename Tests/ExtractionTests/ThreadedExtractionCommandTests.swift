import Foundation
import Ingestion
import Reporting
import Testing
import TestSupport
import Extraction

/// `stats`, `cites` and `measures` read and extract on several threads and print file by file: the
/// bytes must not depend on the number of threads, and must be those of the whole table rendered at
/// once (what the commands printed before they streamed).
@Suite(.enabled(if: Repository.executableIsBuilt && Repository.shared("corpus/state-council-2019") != nil))
struct ThreadedExtractionCommandTests {
    /// 61 State Council documents as HTML: a real multi-file collection.
    let folder = Repository.shared("corpus/state-council-2019")?.path ?? ""

    func output(_ arguments: [String], threads: Int) throws -> Data {
        let run = try Repository.runZhili(arguments + ["--threads", String(threads)])
        #expect(run.status == 0, "\(arguments): \(run.errors)")
        return run.outputData
    }

    func expectSameOutputOnOneAndThreeThreads(_ arguments: [String]) throws {
        let one = try output(arguments, threads: 1)
        let three = try output(arguments, threads: 3)
        #expect(!one.isEmpty)
        #expect(one == three, "\(arguments) differs between --threads 1 and --threads 3")
    }

    @Test(arguments: ["stats", "cites", "measures"], [OutputFormat.json, .jsonl, .csv, .md])
    func everyFormatIsTheSameWhateverTheThreads(command: String, format: OutputFormat) throws {
        try expectSameOutputOnOneAndThreeThreads([command, folder, "--format", format.rawValue])
    }

    @Test func thePivotAndTheSummariesAreTheSameWhateverTheThreads() throws {
        try expectSameOutputOnOneAndThreeThreads(["stats", folder, "--pivot", "--format", "csv"])
        try expectSameOutputOnOneAndThreeThreads(["measures", folder, "--summary", "--format", "json"])
        try expectSameOutputOnOneAndThreeThreads(["measures", folder, "--summary", "--by", "year", "--format", "json"])
    }

    @Test func theStreamedOutputIsTheWholeTableRenderedAtOnce() throws {
        let documents = CollectionReader().readAll([folder]).files.flatMap(\.documents)
        let statistics = documents.flatMap(StatisticExtractor().statistics(in:))
        let citations = documents.flatMap(CitationExtractor().citations(in:))
        let measures = documents.flatMap(MeasureExtractor().measures(in:))
        #expect(statistics.count > 100 && citations.count > 10 && measures.count > 100)
        for format in [OutputFormat.json, .csv] {
            let writer = RecordWriter(format: format)
            #expect(try output(["stats", folder, "--format", format.rawValue], threads: 3) == Data(writer.render(statistics.map(\.record)).utf8))
            #expect(try output(["cites", folder, "--format", format.rawValue], threads: 3) == Data(writer.render(citations.map(\.record)).utf8))
            #expect(try output(["measures", folder, "--format", format.rawValue], threads: 3) == Data(writer.render(measures.map { $0.record() }).utf8))
        }
        let pivot = StatisticPivot(statistics)
        #expect(try output(["stats", folder, "--pivot", "--format", "json"], threads: 3) == Data(RecordWriter(format: .json).render(pivot.rows).utf8))
    }

    @Test func anExportWritesTheSameBulkFilesWhateverTheThreads() throws {
        var exports: [[String: Data]] = []
        for threads in ["1", "3"] {
            let target = NSTemporaryDirectory() + "zhili-export-threads-" + UUID().uuidString
            defer { try? FileManager.default.removeItem(atPath: target) }
            let run = try Repository.runZhili(["export", folder, "--opensearch", target, "--chunk-mb", "1", "--threads", threads])
            #expect(run.status == 0, "\(run.errors)")
            let names = try FileManager.default.contentsOfDirectory(atPath: target)
            exports.append(Dictionary(uniqueKeysWithValues: try names.map { ($0, try Data(contentsOf: URL(fileURLWithPath: target + "/" + $0))) }))
        }
        #expect(exports[0].keys.filter { $0.hasPrefix("bulk-") }.count > 1)
        #expect(exports[0] == exports[1])
    }

    @Test func aFileThatCannotBeReadIsNamedAndTheOthersArePrinted() throws {
        let missing = folder + "/no-such-report.txt"
        for threads in [1, 3] {
            let run = try Repository.runZhili(["stats", missing, folder, "--format", "jsonl", "--threads", String(threads)])
            #expect(run.status == 3)
            #expect(run.errors.contains("no-such-report.txt"))
            #expect(run.output.split(separator: "\n").count > 100)
        }
    }
}
