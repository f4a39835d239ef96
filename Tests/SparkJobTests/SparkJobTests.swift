import Foundation
import Testing
import TestSupport

/// The Spark jobs of Scripts/spark run in local mode on a part of ../shared/corpus and give what the
/// CLI gives: the same verified pairs and clusters, one Parquet row per extracted record.
///
/// They need python3 with pyspark and NumPy, a Java runtime and the built `zhili` (`.ci/run` installs
/// Debian's default-jre-headless, pyspark and NumPy); where any is missing the suite is skipped.
@Suite(.enabled(if: SparkJob.isAvailable && Repository.shared("corpus/laws") != nil), .serialized)
struct SparkJobTests {
    @Test func dedupeFindsTheCLIsPairsAndClustersAmongDocuments() throws {
        let laws = try #require(Repository.shared("corpus/laws/宪法相关法"))
        try expectSameDedupe(input: laws, unit: "document")
    }

    @Test func dedupeFindsTheCLIsPairsAndClustersAmongSections() throws {
        let laws = try #require(Repository.shared("corpus/laws/刑法"))
        try expectSameDedupe(input: laws, unit: "section")
    }

    @Test func extractWritesOneParquetRowPerRecordOfEachCommand() throws {
        let input = try #require(Repository.shared("corpus/state-council-2019"))
        let laws = try #require(Repository.shared("corpus/laws"))
        let output = SparkJob.scratch()
        defer { try? FileManager.default.removeItem(at: output) }
        let run = try SparkJob.run("extract.py", ["--input", input.path, "--output", output.path, "--master", "local[2]",
                                                  "--laws", laws.path])
        try #require(run.status == 0, "\(run.errors)")
        var resolved = 0
        for (table, command) in [("statistics", "stats"), ("citations", "cites"), ("measures", "measures")] {
            let cli = try Repository.runZhili([command, input.path, "--format", "jsonl"] + (command == "cites" ? ["--laws", laws.path] : []))
            if command == "cites" { resolved = cli.output.split(separator: "\n").filter { $0.contains("\"resolved\":\"") }.count }
            let records = cli.output.split(separator: "\n").count
            // The job reads each table back from its Parquet files and reports rows and columns.
            let line = try #require(run.errors.split(separator: "\n").first { $0.hasPrefix(table + ": ") }, "\(run.errors)")
            #expect(line.hasPrefix("\(table): \(records) rows"), "CLI: \(records) records; job: \(line)")
            let first = try #require(try JSONSerialization.jsonObject(with: Data(cli.output.split(separator: "\n")[0].utf8)) as? [String: Any])
            for field in first.keys {
                #expect(line.contains(" " + field + ",") || line.hasSuffix(" " + field), "\(table) lacks column \(field)")
            }
        }
        // The citations resolved against the laws: as many `resolved` values in the Parquet files as the CLI prints.
        #expect(resolved > 0)
        let values = try #require(run.errors.split(separator: "\n").first { $0.hasPrefix("citations: values: ") }, "\(run.errors)")
        #expect(values.contains(" resolved \(resolved),") || values.hasSuffix(" resolved \(resolved)"), "CLI: \(resolved) resolved; job: \(values)")
    }

    private func expectSameDedupe(input: URL, unit: String) throws {
        let output = SparkJob.scratch()
        defer { try? FileManager.default.removeItem(at: output) }
        let run = try SparkJob.run("dedupe.py", ["--input", input.path, "--output", output.path, "--master", "local[2]",
                                                 "--unit", unit, "--pairs"])
        try #require(run.status == 0, "\(run.errors)")
        let cli = try Repository.runZhili(["dedupe", input.path, "--unit", unit, "--pairs", "--format", "json"])
        try #require(cli.status == 0, "\(cli.errors)")
        let report = try #require(try JSONSerialization.jsonObject(with: cli.outputData) as? [String: Any])

        let cliPairs = Set(try #require(report["pairs"] as? [[String: Any]]).map(SparkJob.pairKey))
        let sparkPairs = Set(try SparkJob.lines(output.appendingPathComponent("pairs.jsonl")).map(SparkJob.pairKey))
        #expect(!cliPairs.isEmpty)
        #expect(sparkPairs == cliPairs, "only Spark: \(sparkPairs.subtracting(cliPairs).prefix(3)); only CLI: \(cliPairs.subtracting(sparkPairs).prefix(3))")

        let cliClusters = Set(try #require(report["clusters"] as? [[String: Any]]).map(SparkJob.clusterKey))
        let sparkClusters = Set(try SparkJob.lines(output.appendingPathComponent("clusters.jsonl")).map(SparkJob.clusterKey))
        #expect(sparkClusters == cliClusters)
    }
}

/// Running the jobs and reading what they wrote.
enum SparkJob {
    static let python = ProcessInfo.processInfo.environment["ZHILI_PYTHON"] ?? "python3"

    /// Whether python3 imports pyspark and NumPy, `java` runs and `zhili` is built.
    static let isAvailable: Bool = {
        guard Repository.executableIsBuilt else { return false }
        guard let modules = try? shell([python, "-c", "import pyspark, numpy"]), modules == 0 else { return false }
        guard let java = try? shell(["java", "-version"]), java == 0 else { return false }
        return true
    }()

    private static func shell(_ arguments: [String]) throws -> Int32 {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = arguments
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        process.waitUntilExit()
        return process.terminationStatus
    }

    static func scratch() -> URL {
        Scratch.url("zhili-spark-\(UUID().uuidString)")
    }

    /// Runs Scripts/spark/`script` with `zhili` as $ZHILI; its standard error as `errors`.
    static func run(_ script: String, _ arguments: [String]) throws -> (status: Int32, errors: String) {
        let log = scratch()
        FileManager.default.createFile(atPath: log.path, contents: nil)
        defer { try? FileManager.default.removeItem(at: log) }
        let handle = try FileHandle(forWritingTo: log)
        defer { try? handle.close() }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = [python, Repository.root.appendingPathComponent("Scripts/spark/" + script).path] + arguments
        var environment = ProcessInfo.processInfo.environment
        environment["ZHILI"] = Repository.executable.path
        process.environment = environment
        process.standardOutput = handle
        process.standardError = handle
        try process.run()
        process.waitUntilExit()
        return (process.terminationStatus, String(decoding: try Data(contentsOf: log), as: UTF8.self))
    }

    static func lines(_ file: URL) throws -> [[String: Any]] {
        try String(contentsOf: file, encoding: .utf8).split(separator: "\n").map {
            try #require(try JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any])
        }
    }

    /// A unit's place: source, document index and section.
    static func place(_ member: Any?) -> String {
        let fields = member as? [String: Any] ?? [:]
        return "\(fields["source"] ?? "")#\(fields["document_index"] ?? "")#\(fields["section"] ?? "")"
    }

    static func pairKey(_ pair: [String: Any]) -> String { place(pair["a"]) + " ~ " + place(pair["b"]) }

    /// A cluster as its kept copy and its members' places.
    static func clusterKey(_ cluster: [String: Any]) -> String {
        place(cluster["keep"]) + " ⊃ " + (cluster["members"] as? [Any] ?? []).map(place).joined(separator: " | ")
    }
}
