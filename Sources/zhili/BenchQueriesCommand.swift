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

    @Option(help: ArgumentHelp("Queries, one a line: each is timed as `zhili search QUERY` runs it (top 10 sections, texts and snippets read), without printing.", valueName: "file"))
    var queries: String?

    @Flag(help: "With --queries: rank only, reading no texts and making no snippets (to see what fetching costs).")
    var rankOnly = false

    @Option(help: "Timed passes over the queries after one warm-up pass.")
    var passes = 3

    @Option(help: "Also print the slowest this many queries with their median time.")
    var slowest = 0

    @Option(help: ArgumentHelp("Queries, one a line: print the sources of all their hits as JSON lines.", valueName: "file"))
    var sources: String?

    @Option(help: ArgumentHelp("Write every unit (number, kind, source, document index, section, text, duplicate group) as JSON lines.", valueName: "file"))
    var exportUnits: String?

    @Option(help: ArgumentHelp("Queries, one a line: print the top 10 sections of each as `zhili search` ranks them, as JSON lines (for Scripts/search_judged.py).", valueName: "file"))
    var rank: String?

    @Option(help: ArgumentHelp("With --rank: the weights of a phrase in the heading path and the title, as HEADING,TITLE.", valueName: "h,t"))
    var weights: String?

    @Option(name: .customLong("per-document"), help: "With --rank: at most this many sections of a document (0: any number).")
    var perDocument = SearchOptions.defaultPerDocument

    func run() throws {
        let reader: IndexReader
        do {
            reader = try IndexReader(directory: IndexDirectory(path: index))
        } catch {
            StandardError.print("zhili bench-queries: \(error)")
            throw ExitCode.damagedIndex
        }
        if let exportUnits {
            _ = FileManager.default.createFile(atPath: exportUnits, contents: nil)
            let handle = try FileHandle(forWritingTo: URL(fileURLWithPath: exportUnits))
            try reader.forEachUnit { number, unit in
                let record: [(String, Value)] = [("unit", .int(number)), ("kind", .string(unit.kind.rawValue)),
                                                 ("source", .string(unit.source)), ("document_index", .int(unit.documentIndex)),
                                                 ("section", .string(unit.section)), ("text", .string(unit.text)),
                                                 ("duplicate_group", unit.duplicateGroup.map(Value.int) ?? .null)]
                handle.write(Data((Value.object(record).json + "\n").utf8))
            }
            try handle.close()
        }
        if let rank {
            var options = SearchOptions(limit: 10, kinds: [.section], perDocument: perDocument)
            if let weights {
                let parts = weights.split(separator: ",").compactMap { Double($0) }
                guard parts.count == 2 else { throw ValidationError("--weights wants HEADING,TITLE, not \(weights)") }
                options.weights = FieldWeights(heading: parts[0], title: parts[1])
            }
            for line in try lines(rank) {
                let results = try reader.search(try QueryParser.parse(line), options: options)
                let hits = results.hits.map { hit in
                    Value.object([("source", .string(hit.unit.source)), ("document_index", .int(hit.unit.documentIndex)),
                                  ("section", .string(hit.unit.section)), ("score", .number(String(format: "%.4f", hit.score)))])
                }
                print(Value.object([("query", .string(line)), ("results", .array(hits))]).json)
            }
        }
        if let sources {
            for line in try lines(sources) {
                let results = try reader.search(try QueryParser.parse(line),
                                                options: SearchOptions(limit: reader.unitCount, collapseDuplicates: false, fetch: false,
                                                                       countAll: true, perDocument: 0))
                let found = Array(Set(results.hits.map(\.unit.source))).sorted()
                print(Value.object([("query", .string(line)), ("sources", .array(found.map(Value.string)))]).json)
            }
        }
        if let queries {
            let texts = try lines(queries)
            guard !texts.isEmpty else { throw ValidationError("\(queries) holds no queries") }
            let parsed = try texts.map { try QueryParser.parse($0) }
            var options = SearchCommand.options(limit: 10, offset: 0, kinds: [.section], explain: false, all: false,
                                                perDocument: SearchOptions.defaultPerDocument)
            options.fetch = !rankOnly
            var hits = 0
            for query in parsed { hits += try reader.search(query, options: options).hits.count }
            var samples: [Double] = []
            var perQuery = [[Double]](repeating: [], count: parsed.count)
            for _ in 0..<passes {
                for (index, query) in parsed.enumerated() {
                    let start = DispatchTime.now().uptimeNanoseconds
                    _ = try reader.search(query, options: options)
                    let microseconds = Double(DispatchTime.now().uptimeNanoseconds - start) / 1000
                    samples.append(microseconds)
                    perQuery[index].append(microseconds)
                }
            }
            let medians = perQuery.map { $0.sorted()[$0.count / 2] }
            for index in medians.indices.sorted(by: { medians[$0] > medians[$1] }).prefix(slowest) {
                StandardError.print(String(format: "%10.1f µs  ", medians[index]) + texts[index])
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
