import ArgumentParser
import Foundation
import Reporting
import SearchIndex

/// `zhili bench-queries` (hidden): what Scripts/bench-index.sh measures in-process — query latency,
/// the sources each query finds (for recall against grep), and the units as JSON lines for the peers.
struct BenchQueriesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "bench-queries",
        abstract: "Measure query latency in-process (for Scripts/bench-index.sh).",
        shouldDisplay: false
    )

    @Option(name: .customLong("index"), help: ArgumentHelp("The index folder.", valueName: "dir"))
    var index = "Index"

    @Option(help: ArgumentHelp("Queries, one a line: each is timed (top 10, no snippets).", valueName: "file"))
    var queries: String?

    @Option(help: "Timed passes over the queries after one warm-up pass.")
    var passes = 3

    @Option(help: ArgumentHelp("Queries, one a line: print the sources of all their hits as JSON lines.", valueName: "file"))
    var sources: String?

    @Option(help: ArgumentHelp("Write every unit (number, kind, source, text) as JSON lines.", valueName: "file"))
    var exportUnits: String?

    func run() throws {
        let reader: IndexReader
        do {
            reader = try IndexReader(directory: IndexDirectory(path: index))
        } catch {
            StandardError.print("zhili bench-queries: \(error)")
            throw ExitCode.damagedIndex
        }
        if let exportUnits {
            FileManager.default.createFile(atPath: exportUnits, contents: nil)
            let handle = try FileHandle(forWritingTo: URL(fileURLWithPath: exportUnits))
            for number in 0..<reader.unitCount {
                let unit = try reader.unit(number)
                let record: [(String, Value)] = [("unit", .int(number)), ("kind", .string(unit.kind.rawValue)),
                                                 ("source", .string(unit.source)), ("text", .string(unit.text))]
                handle.write(Data((Value.object(record).json + "\n").utf8))
            }
            try handle.close()
        }
        if let sources {
            for line in try lines(sources) {
                let results = try reader.search(try QueryParser.parse(line),
                                                options: SearchOptions(limit: reader.unitCount, collapseDuplicates: false, snippets: false))
                let found = Array(Set(results.hits.map(\.unit.source))).sorted()
                print(Value.object([("query", .string(line)), ("sources", .array(found.map(Value.string)))]).json)
            }
        }
        if let queries {
            let parsed = try lines(queries).map { try QueryParser.parse($0) }
            let options = SearchOptions(limit: 10, snippets: false)
            var hits = 0
            for query in parsed { hits += try reader.search(query, options: options).hits.count }
            var samples: [Double] = []
            for _ in 0..<passes {
                for query in parsed {
                    let start = DispatchTime.now().uptimeNanoseconds
                    _ = try reader.search(query, options: options)
                    samples.append(Double(DispatchTime.now().uptimeNanoseconds - start) / 1000)
                }
            }
            samples.sort()
            let median = samples[samples.count / 2]
            let p99 = samples[min(samples.count - 1, Int(Double(samples.count) * 0.99))]
            print(Value.object([("queries", .int(parsed.count)), ("passes", .int(passes)), ("hits_top10", .int(hits)),
                                ("median_us", .number(String(format: "%.1f", median))),
                                ("p99_us", .number(String(format: "%.1f", p99)))]).json)
        }
    }

    private func lines(_ path: String) throws -> [String] {
        try String(contentsOfFile: path, encoding: .utf8).split(separator: "\n").map(String.init).filter { !$0.isEmpty }
    }
}
