import Foundation
import Testing
import TestSupport
@testable import SearchIndex

@discardableResult
func zhili(_ arguments: [String], in folder: URL? = nil) throws -> ZhiliRun {
    try Repository.runZhili(arguments, in: folder)
}

/// A scratch folder with a copy of Corpus/.
func scratchWithCorpus() throws -> URL {
    let folder = Scratch.url("zhili-cli-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    try FileManager.default.copyItem(at: Repository.corpus, to: folder.appendingPathComponent("Corpus"))
    return folder
}

@Test func theReadmeCommandBuildsTheIndexFirstAndMarksTheMatches() throws {
    let folder = try scratchWithCorpus()
    let first = try zhili(["search", "性别比"], in: folder)
    #expect(first.status == 0)
    #expect(first.errors.contains("building Index/"))
    #expect(first.output.contains("[性别比]"))
    #expect(first.output.contains("county-sex-ratio-plan-2025"))
    let second = try zhili(["search", "兩非", "--limit", "2"], in: folder)
    #expect(second.status == 0)
    #expect(!second.errors.contains("building"))
    #expect(second.output.hasPrefix("1. "))
    #expect(second.output.contains("2. "))
    #expect(!second.output.contains("3. "))
}

@Test func searchPrintsTheContractsJSONLines() throws {
    let folder = try scratchWithCorpus()
    let run = try zhili(["search", "胎儿性别鉴定", "-罚款", "--json", "--limit", "3"], in: folder)
    #expect(run.status == 0)
    let lines = run.output.split(separator: "\n")
    #expect(lines.count == 3)
    for (index, line) in lines.enumerated() {
        let record = try #require(try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])
        #expect(Set(record.keys).isSuperset(of: ["rank", "score", "kind", "source", "document_index", "document", "section", "snippet"]))
        #expect(record["rank"] as? Int == index + 1)
        #expect((record["snippet"] as? String)?.contains("[胎儿性别鉴定]") == true)
    }
}

@Test func searchExitsWithOneForNoHitsTwoForABadQueryAndFourForADamagedIndex() throws {
    let folder = try scratchWithCorpus()
    try zhili(["index"], in: folder)
    #expect(try zhili(["search", "量子引力弦论"], in: folder).status == 1)
    #expect(try zhili(["search", "\"未闭合"], in: folder).status == 2)
    let empty = try zhili(["search", "\"\""], in: folder)
    #expect(empty.status == 2 && empty.errors.contains("holds no word to find"))
    // The run-on heading's full stop reads as written: no line break (a space) before it.
    #expect(try zhili(["search", "落实目标责任"], in: folder).output.contains("2、[落实目标责任]。县政府"))
    let notAFolder = try zhili(["search", "性别", "--index", "Corpus/sex-ratio-essay-countermeasures.txt"], in: folder)
    #expect(notAFolder.status == 4 && notAFolder.errors.contains("is a file, not an index folder"))
    let unknownKind = try zhili(["search", "两非 kind:nonsense"], in: folder)
    #expect(unknownKind.status == 2 && unknownKind.errors.contains("kind: wants one of section"))
    // An exclusion alone would list every section unscored: bad usage, whichever way it is written.
    for exclusion in [["--", "-计划生育"], ["NOT 计划生育"]] {
        let run = try zhili(["search"] + exclusion, in: folder)
        #expect(run.status == 2 && run.output.isEmpty && run.errors.contains("the query only excludes"), "\(run.errors)")
    }
    // Past the last result the page is empty but the query matched: not "No matches."
    let pastTheEnd = try zhili(["search", "两非", "--offset", "1000"], in: folder)
    #expect(pastTheEnd.status == 1 && pastTheEnd.output.hasPrefix("No results from 1001 on, of "))
    #expect(try zhili(["check"], in: folder).status == 0)
    let index = folder.appendingPathComponent("Index")
    let name = try #require(try indexFiles(index).first { $0.hasSuffix(".post") })
    let path = index.appendingPathComponent(name)
    var bytes = try Data(contentsOf: path)
    bytes[bytes.count / 2] ^= 0x10
    try bytes.write(to: path)
    let search = try zhili(["search", "性别"], in: folder)
    #expect(search.status == 4)
    #expect(search.errors.contains(name))
    let check = try zhili(["check"], in: folder)
    #expect(check.status == 4)
    #expect(check.errors.contains(name))
    #expect(try zhili(["search", "性别", "--index", "Nowhere"], in: folder).status == 4)
}

@Test func aMistypedPathLeavesTheIndexAsItWas() throws {
    let folder = try scratchWithCorpus()
    try zhili(["index"], in: folder)
    let typo = try zhili(["index", "Corpsu"], in: folder)
    #expect(typo.status == 3)
    #expect(typo.output.contains("left as it was"))
    #expect(try zhili(["search", "性别比"], in: folder).status == 0)
}

@Test func reindexingAnUnchangedCollectionWritesNothingAndChangesAreReflected() throws {
    let folder = try scratchWithCorpus()
    let corpus = folder.appendingPathComponent("Corpus")
    let first = try zhili(["index"], in: folder)
    #expect(first.status == 0)
    #expect(first.output.contains("generation 1"))
    let again = try zhili(["index"], in: folder)
    #expect(again.output.contains("up to date, nothing written"))
    #expect(again.output.contains("0 changed, 0 added, 0 removed"))

    let essay = corpus.appendingPathComponent("sex-ratio-essay-countermeasures.txt")
    try (try String(contentsOf: essay, encoding: .utf8) + "\n附：本文新增的结语段落，讨论数字乡村治理。\n").write(to: essay, atomically: true, encoding: .utf8)
    try FileManager.default.removeItem(at: corpus.appendingPathComponent("rural-sewage-notice-2025.txt"))
    try "关于推进智慧养老服务的通知\n\n各乡镇：现将智慧养老服务试点工作安排如下。\n".write(to: corpus.appendingPathComponent("new-notice.txt"), atomically: true, encoding: .utf8)
    let update = try zhili(["index"], in: folder)
    #expect(update.output.contains("generation 2"))
    #expect(update.output.contains("1 changed, 1 added, 1 removed"))
    #expect(try zhili(["search", "数字乡村治理"], in: folder).status == 0)
    #expect(try zhili(["search", "智慧养老"], in: folder).status == 0)
    #expect(try zhili(["search", "黑臭水体"], in: folder).status == 1)
    #expect(try zhili(["search", "婚育新风"], in: folder).status == 0)
    #expect(try zhili(["check"], in: folder).status == 0)
    // The generation before is kept for searches that opened it; older ones are removed.
    let third = try zhili(["index", "--words"], in: folder)
    #expect(third.output.contains("generation 3"))
    let generations = Set(try indexFiles(folder.appendingPathComponent("Index")).compactMap(IndexDirectory.generation(ofFile:)))
    #expect(generations == [2, 3])
}

/// Starts `zhili index` on `collection` into `index` without waiting for it.
func startIndexing(_ collection: URL, into index: URL, options: [String] = []) throws -> Process {
    let process = Process()
    process.executableURL = Repository.executable
    process.arguments = ["index", collection.path, "--index", index.path] + options
    process.standardOutput = FileHandle.nullDevice
    process.standardError = FileHandle.nullDevice
    try process.run()
    return process
}

/// A collection big enough that a build takes a while: Corpus/'s plain-text files, many times over.
func largeCollection(in folder: URL, copies: Int) throws -> URL {
    let collection = folder.appendingPathComponent("Large")
    try FileManager.default.createDirectory(at: collection, withIntermediateDirectories: true)
    let sources = try FileManager.default.contentsOfDirectory(at: Repository.corpus, includingPropertiesForKeys: nil)
        .filter { $0.pathExtension == "txt" }
    for copy in 0..<copies {
        for source in sources {
            try FileManager.default.copyItem(at: source, to: collection.appendingPathComponent("\(copy)-\(source.lastPathComponent)"))
        }
    }
    return collection
}

@Test func aBuildKilledAtAnyMomentLeavesThePreviousIndexUsable() throws {
    let folder = try scratchWithCorpus()
    try zhili(["index", "--index", "Index"], in: folder)
    let large = try largeCollection(in: folder, copies: 40)
    let index = folder.appendingPathComponent("Index")
    // Kill a rebuild as soon as it starts, as soon as it has begun writing, and in between.
    for moment in ["start", "writing", "spinning"] {
        let process = try startIndexing(large, into: index)
        switch moment {
        case "writing":
            while process.isRunning, !(try indexFiles(index).contains { IndexDirectory.generation(ofFile: $0) ?? 0 > 1 }) { usleep(1000) }
        case "spinning":
            for _ in 0..<200 where process.isRunning { usleep(1000) }
        default:
            break
        }
        kill(process.processIdentifier, SIGKILL)
        process.waitUntilExit()
        let reader = try IndexReader(directory: IndexDirectory(path: index.path))
        if reader.generation == 1 {
            #expect(try reader.search(try QueryParser.parse("婚育新风")).hits.isEmpty == false, "killed at \(moment)")
            #expect(reader.sources.allSatisfy { $0.path.hasPrefix("Corpus") })
        }
        try reader.checkInvariants()
    }
    // The next build clears what the killed ones left and publishes the new collection.
    let finished = try zhili(["index", large.path, "--index", index.path])
    #expect(finished.status == 0)
    let reader = try IndexReader(directory: IndexDirectory(path: index.path))
    #expect(reader.sources.allSatisfy { $0.path.hasPrefix(large.path) })
    let generations = Set(try indexFiles(index).compactMap(IndexDirectory.generation(ofFile:)))
    #expect(generations.count <= 2)
    #expect(generations.contains(reader.generation))
}

@Test func aBuildKilledWhileFlushingOrMergingSegmentsLeavesThePreviousIndexUsable() throws {
    let folder = try scratchWithCorpus()
    try zhili(["index", "--index", "Index"], in: folder)
    let large = try largeCollection(in: folder, copies: 20)
    let index = folder.appendingPathComponent("Index")
    let options = ["--memory", "1", "--no-duplicate-groups"]
    // A build of the same collection elsewhere tells how many segments it flushes before merging them
    // (the same every time: flushes depend on the data, not on timing).
    let dry = try zhili(["index", large.path, "--index", folder.appendingPathComponent("Dry").path] + options)
    let merged = try #require(dry.output.firstMatch(of: /\((\d+) merged\)/).flatMap { Int($0.1) })
    #expect(merged > 2)
    // The killed builds number their segments from 2 (segment 1 is the index's): flushes 2…merged+1,
    // the merge's output merged+2.
    // The store dictionary is written beside the first segment (`s2.sdic`), and the merge writes its own
    // last among the merged segment's files (it trains on more than the first segment held).
    let moments = [("writing the store dictionary", 2, "sdic"), ("flushing the first segment", 2, "term"),
                   ("flushing a later segment", merged / 2, "post"), ("merging, after the last flush", merged + 1, "srcs"),
                   ("writing the merged segment", merged + 2, "term"), ("writing the merged segment's store dictionary", merged + 2, "sdic")]
    for (moment, segment, role) in moments {
        let process = try startIndexing(large, into: index, options: options)
        let file = IndexDirectory.fileName(segment: segment, role: role)
        while process.isRunning, !(try indexFiles(index).contains(file)) { usleep(200) }
        kill(process.processIdentifier, SIGKILL)
        process.waitUntilExit()
        let reader = try IndexReader(directory: IndexDirectory(path: index.path))
        #expect(reader.generation == 1, "killed \(moment)")
        #expect(try reader.search(try QueryParser.parse("婚育新风")).hits.isEmpty == false, "killed \(moment)")
        #expect(reader.sources.allSatisfy { $0.path.hasPrefix("Corpus") })
        try reader.checkInvariants()
    }
    // The next build clears what the killed ones left and publishes the new collection.
    #expect(try zhili(["index", large.path, "--index", index.path] + options).status == 0)
    let reader = try IndexReader(directory: IndexDirectory(path: index.path))
    #expect(reader.sources.allSatisfy { $0.path.hasPrefix(large.path) })
    try reader.checkInvariants()
    let named = Set(reader.manifest.allFiles.map(\.name))
    #expect(try indexFiles(index).allSatisfy { named.contains($0) || $0 == "manifest" || $0.hasPrefix("s1.") || $0.hasPrefix("g1.") })
}

@Test func searchesDuringARebuildSeeAWholeIndex() throws {
    let folder = try scratchWithCorpus()
    try zhili(["index"], in: folder)
    let large = try largeCollection(in: folder, copies: 10)
    let index = folder.appendingPathComponent("Index")
    let process = try startIndexing(large, into: index)
    var opened = 0
    repeat {
        let reader = try IndexReader(directory: IndexDirectory(path: index.path))
        let hits = try reader.search(try QueryParser.parse("性别比"), options: SearchOptions(limit: 1000)).hits
        #expect(!hits.isEmpty)
        #expect(Set(hits.map { $0.unit.source.hasPrefix("Corpus") }).count == 1, "a mix of generations")
        opened += 1
    } while process.isRunning
    process.waitUntilExit()
    #expect(process.terminationStatus == 0)
    #expect(opened > 0)
}

@Test func aPlainSearchListsSectionsAndKindAllOrAKindFilterWidensIt() throws {
    let folder = try scratchWithCorpus()
    func kinds(_ arguments: [String]) throws -> Set<String> {
        let run = try zhili(["search", "出生人口性别比", "--json", "--limit", "100"] + arguments, in: folder)
        #expect(run.status == 0)
        return Set(run.output.split(separator: "\n").compactMap { line in
            (try? JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])?["kind"] as? String
        })
    }
    #expect(try kinds([]) == ["section"])
    #expect(try kinds(["--kind", "all"]).isSuperset(of: ["section", "statistic", "measure"]))
    #expect(try kinds(["--kind", "statistic"]) == ["statistic"])
    let filtered = try zhili(["search", "出生人口性别比 kind:measure", "--json"], in: folder)
    #expect(filtered.output.split(separator: "\n").allSatisfy { $0.contains(#""kind":"measure""#) })
    #expect(!filtered.output.isEmpty)
}
