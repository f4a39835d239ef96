import Foundation
import Testing
import TestSupport
@testable import SearchIndex

/// Indexes `collection` into `index` with CollectionIndexer (sections and documents, no extraction).
@discardableResult
func indexCollection(_ collection: URL, into index: URL, threads: Int = 1, memoryBudget: Int = IndexWriter.defaultMemoryBudget,
                     policy: MergePolicy = MergePolicy()) throws -> IndexReport {
    var indexer = CollectionIndexer(directory: IndexDirectory(path: index.path))
    indexer.threads = threads
    indexer.memoryBudget = memoryBudget
    indexer.mergePolicy = policy
    return try indexer.run(paths: [collection.path])
}

/// Every file of an index's generation, by name, with its bytes.
func generationFiles(_ index: URL) throws -> [String: Data] {
    var files: [String: Data] = [:]
    for name in try indexFiles(index) { files[name] = try Data(contentsOf: index.appendingPathComponent(name)) }
    return files
}

/// A merge policy that never merges (so that a build leaves every flushed segment).
let neverMerge: MergePolicy = {
    var policy = MergePolicy()
    policy.mergeFactor = .max
    policy.deletedRatio = 2
    return policy
}()

/// Phrases (of three characters or more: looked up as words too; a lone character: every term it
/// begins), boolean queries, NEAR and a field.
let segmentQueries = ["性别比", "婚育新风", "胎儿性别鉴定 OR 选择性别", "出生人口 -罚款", "\"综合治理\" NEAR/5 性别比", "专项行动", "二孩",
                      "title:实施方案 宣传", "育"]

/// The hits of `query` as comparable lines: unit text identity, score, copies and more-in-document.
func hitLines(_ reader: IndexReader, _ query: String, limit: Int = 50) throws -> [String] {
    let results = try reader.search(try QueryParser.parse(query), options: SearchOptions(limit: limit))
    return results.hits.map { hit in
        "\(hit.unit.source)|\(hit.unit.documentIndex)|\(hit.unit.section)|\(String(format: "%.6f", hit.score))|\(hit.duplicates)|\(hit.moreInDocument)"
    } + ["total \(results.total)"]
}

@Test func theIndexIsTheSameByteForByteWhateverTheNumberOfThreads() throws {
    let folder = try scratchWithCorpus()
    let large = try largeCollection(in: folder, copies: 3)
    let one = folder.appendingPathComponent("One"), three = folder.appendingPathComponent("Three")
    // A small budget, so that both builds flush several segments and merge them.
    let first = try indexCollection(large, into: one, threads: 1, memoryBudget: 200_000)
    try indexCollection(large, into: three, threads: 3, memoryBudget: 200_000)
    #expect((first.statistics?.flushed ?? 0) > 1)
    let files = try generationFiles(one)
    #expect(files.count > 3)
    #expect(files == (try generationFiles(three)))
    // Nor does it depend on the moment each segment's writing in the background ends, which moves from
    // run to run: builds of several threads, run again, write the same files again.
    for run in 1...2 {
        let again = folder.appendingPathComponent("Again\(run)")
        try indexCollection(large, into: again, threads: 2, memoryBudget: 200_000)
        #expect(try generationFiles(again) == files)
    }
    // The command line as users run it (with the extracted kinds) likewise.
    let cli1 = folder.appendingPathComponent("Cli1"), cli3 = folder.appendingPathComponent("Cli3")
    #expect(try zhili(["index", "Corpus", "--index", cli1.path, "--threads", "1"], in: folder).status == 0)
    #expect(try zhili(["index", "Corpus", "--index", cli3.path, "--threads", "3"], in: folder).status == 0)
    #expect(try generationFiles(cli1) == (try generationFiles(cli3)))
}

@Test func searchOverSeveralSegmentsFindsWhatTheMergedIndexFinds() throws {
    let folder = try scratchWithCorpus()
    let large = try largeCollection(in: folder, copies: 2)
    let unmerged = folder.appendingPathComponent("Unmerged"), merged = folder.appendingPathComponent("Merged")
    try indexCollection(large, into: unmerged, memoryBudget: 100_000, policy: neverMerge)
    try indexCollection(large, into: merged)
    let several = try IndexReader(directory: IndexDirectory(path: unmerged.path))
    let one = try IndexReader(directory: IndexDirectory(path: merged.path))
    #expect(several.segmentCount > 3)
    #expect(one.segmentCount == 1)
    // The segments of one build compress their texts with the first one's dictionary, stored once, in a
    // file every segment names, which the reader digests once for all of them.
    let firstDictionary = try #require(several.segments.first?.store.dictionary)
    #expect(several.segments.allSatisfy { $0.store.dictionary === firstDictionary })
    #expect(Set(several.manifest.segments.compactMap { $0.entry(StoreDictionary.role)?.name }) == ["s1.sdic"])
    #expect(several.manifest.segments.allSatisfy { $0.entry(StoreDictionary.role) != nil })
    #expect(try indexFiles(unmerged).filter { $0.hasSuffix(".sdic") } == ["s1.sdic"])
    #expect(several.fileSizes[StoreDictionary.role] == firstDictionary.file.whole.count)
    #expect(several.unitCount == one.unitCount)
    #expect(several.sources.map(\.path) == one.sources.map(\.path))
    #expect(several.documents == one.documents)
    try several.checkInvariants()
    for query in segmentQueries { #expect(try hitLines(several, query) == (try hitLines(one, query)), "\(query)") }
    #expect(try several.sectionUnits(containing: "性别比") == (try one.sectionUnits(containing: "性别比")))
    // Past a small exact total, blocks are skipped and the listed documents' other matches are counted
    // again in their own segments alone: the same hits and counts as over the one segment.
    func pruned(_ reader: IndexReader, _ query: String) throws -> [String] {
        let options = SearchOptions(limit: 20, exactTotalLimit: 3)
        return try reader.search(try QueryParser.parse(query), options: options).hits.map { hit in
            "\(hit.unit.source)|\(hit.unit.section)|\(String(format: "%.6f", hit.score))|\(hit.moreInDocument)"
        }
    }
    for query in segmentQueries { #expect(try pruned(several, query) == (try pruned(one, query)), "\(query)") }
    // Merging them all gives the very files a build into one segment gives.
    var all = neverMerge
    all.mergeAll = true
    try indexCollection(large, into: unmerged, memoryBudget: 100_000, policy: all)
    let mergedReader = try IndexReader(directory: IndexDirectory(path: unmerged.path))
    #expect(mergedReader.segmentCount == 1)
    // Every unit's path and text read back through the merged store as through the unmerged ones (the
    // sections' paths end with their headings, which the store keeps once, in their texts).
    var unmergedUnits: [IndexUnit] = [], mergedUnits: [IndexUnit] = []
    try several.forEachUnit { unmergedUnits.append($1) }
    try mergedReader.forEachUnit { mergedUnits.append($1) }
    #expect(mergedUnits == unmergedUnits)
    #expect(mergedUnits.contains { !$0.section.isEmpty && $0.section.hasSuffix(IndexUnit.pathSeparator + $0.text.prefix { $0 != "\n" }) })
    for role in ["TERM", "POST", "POSI", "UNIT", "STOR", "SDIC", "SRCS"] {
        let a = try #require(mergedReader.segments.first?.meta.entry(role)), b = try #require(one.segments.first?.meta.entry(role))
        #expect(try Data(contentsOf: unmerged.appendingPathComponent(a.name)) == Data(contentsOf: merged.appendingPathComponent(b.name)), "\(role)")
    }
}

@Test func anUpdateWritesASmallSegmentAndDeletesTheOldUnits() throws {
    let folder = try scratchWithCorpus()
    let collection = folder.appendingPathComponent("Corpus")
    let index = folder.appendingPathComponent("Index")
    try indexCollection(collection, into: index)
    let before = try IndexReader(directory: IndexDirectory(path: index.path))
    let firstSegment = try #require(before.segments.first?.meta)
    let texts = try FileManager.default.contentsOfDirectory(at: collection, includingPropertiesForKeys: nil)
        .filter { $0.pathExtension == "txt" }.sorted { $0.path < $1.path }
    let changed = texts[0], removed = texts[1]
    let old = try String(contentsOf: changed, encoding: .utf8)
    let marker = "本段为更新测试新增的独特句子甲乙丙丁。"
    try (old.replacingOccurrences(of: "性别比", with: "性别构成") + "\n" + marker + "\n").write(to: changed, atomically: true, encoding: .utf8)
    try FileManager.default.removeItem(at: removed)
    // (The default policy would rewrite a segment that has lost this much; here it is kept to be looked at.)
    let report = try indexCollection(collection, into: index, policy: neverMerge)
    #expect(report.changed == 1 && report.removed == 1)
    let after = try IndexReader(directory: IndexDirectory(path: index.path))
    // The first segment is kept as it was, with a deletion bitmap; the changed file is a new segment.
    #expect(after.segmentCount == 2)
    let kept = try #require(after.segments.first)
    #expect(kept.meta.id == firstSegment.id)
    #expect(kept.meta.files.filter { $0.role != "DELE" } == firstSegment.files)
    #expect(kept.meta.deletedCount > 0)
    #expect(after.segments[1].sources.map(\.path) == [changed.path])
    // A dictionary trained on a few files is not full-size, and is not handed on: the update's segment
    // compresses with its own (or none, when its texts are too few to train on).
    let first = try #require(before.segments.first?.store.dictionary)
    #expect(first.bytes.count < TextStoreWriter.dictionaryCapacity)
    #expect(after.segments[1].meta.entry(StoreDictionary.role) != kept.meta.entry(StoreDictionary.role))
    #expect(after.segments[1].store.dictionary?.bytes.elementsEqual(first.bytes) != true)
    try after.checkInvariants()
    // Search, totals, listings and documents never see the deleted units.
    #expect(Set(after.sources.map(\.path)) == Set(before.sources.map(\.path)).subtracting([removed.path]))
    let hits = try after.search(try QueryParser.parse("性别比"), options: SearchOptions(limit: 1000, kinds: nil))
    #expect(hits.hits.allSatisfy { $0.unit.source != removed.path && !($0.unit.source == changed.path) })
    #expect(try after.search(try QueryParser.parse(marker)).hits.map(\.unit.source) == [changed.path])
    var listed = 0
    try after.forEachUnit { _, unit in
        #expect(unit.source != removed.path)
        listed += 1
    }
    #expect(listed == after.unitCount)
    #expect(after.documents.allSatisfy { $0.source != removed.path })
    // The same as a build from scratch, but for scoring statistics that count deleted units until a merge.
    let fresh = folder.appendingPathComponent("Fresh")
    try indexCollection(collection, into: fresh)
    let scratch = try IndexReader(directory: IndexDirectory(path: fresh.path))
    #expect(after.unitCount == scratch.unitCount)
    #expect(try after.search(try QueryParser.parse("性别比"), options: SearchOptions(limit: 0)).total
            == scratch.search(try QueryParser.parse("性别比"), options: SearchOptions(limit: 0)).total)
    // A merge reclaims the deleted units.
    var all = MergePolicy()
    all.mergeAll = true
    try indexCollection(collection, into: index, policy: all)
    let merged = try IndexReader(directory: IndexDirectory(path: index.path))
    #expect(merged.segmentCount == 1)
    #expect(merged.segments[0].meta.deletedCount == 0 && merged.segments[0].units.count == scratch.unitCount)
    #expect(!merged.manifest.allFiles.contains { $0.role == "DELE" })
    for query in segmentQueries { #expect(try hitLines(merged, query).count == (try hitLines(scratch, query)).count, "\(query)") }
}

/// Laws of four kinds whose texts, 3.3 MB, are enough that a build's dictionary is full-size (trained on ten
/// times its capacity at least: copies of one small collection teach zstd too little for that).
private let dictionaryLaws = ["宪法相关法", "社会法", "民法商法", "诉讼与非诉讼程序法"]

@Test(.enabled(if: dictionaryLaws.allSatisfy { Repository.shared("corpus/laws/\($0)") != nil }))
func anUpdatesSegmentCompressesWithTheDictionaryOfTheIndexItUpdates() throws {
    let folder = Scratch.url("zhili-shared-dictionary-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    let laws = folder.appendingPathComponent("laws")
    try FileManager.default.createDirectory(at: laws, withIntermediateDirectories: true)
    for kind in dictionaryLaws {
        try FileManager.default.copyItem(at: try #require(Repository.shared("corpus/laws/\(kind)")), to: laws.appendingPathComponent(kind))
    }
    let index = folder.appendingPathComponent("Index")
    try indexCollection(laws, into: index, policy: neverMerge)
    let before = try IndexReader(directory: IndexDirectory(path: index.path))
    let dictionary = try #require(before.segments.first?.store.dictionary)
    #expect(dictionary.zstdDictionary.count == TextStoreWriter.dictionaryCapacity)
    let changed = try #require(try FileManager.default.subpathsOfDirectory(atPath: laws.path).filter { $0.hasSuffix(".md") }.sorted().first)
    let changedURL = laws.appendingPathComponent(changed)
    let marker = "本段为更新测试新增的独特句子甲乙丙丁。"
    try (try String(contentsOf: changedURL, encoding: .utf8) + "\n" + marker + "\n").write(to: changedURL, atomically: true, encoding: .utf8)
    try indexCollection(laws, into: index, policy: neverMerge)
    let after = try IndexReader(directory: IndexDirectory(path: index.path))
    #expect(after.segmentCount == before.segmentCount + 1)
    let added = try #require(after.segments.last)
    #expect(added.sources.map(\.path) == [changedURL.path])
    // It names the index's dictionary file, not a copy: one file on disk, digested once.
    #expect(added.meta.entry(StoreDictionary.role) == before.segments[0].meta.entry(StoreDictionary.role))
    #expect(added.store.dictionary === after.segments[0].store.dictionary)
    #expect(try indexFiles(index).filter { $0.hasSuffix(".sdic") }.count == 1)
    // Its texts read back through the shared dictionary.
    let hit = try #require(try after.search(try QueryParser.parse(marker)).hits.first)
    #expect(hit.unit.source == changedURL.path && hit.unit.text.contains(marker))
    try after.checkInvariants()
}

@Test func theLogMergePolicyMergesALevelOnceItHoldsEnoughSegments() {
    var policy = MergePolicy()
    policy.mergeFactor = 3
    policy.minimumLevelUnits = 100
    // Two small ones are not enough; a third of their level is.
    #expect(policy.merges(live: [5000, 50, 60], total: [5000, 50, 60]).isEmpty)
    #expect(policy.merges(live: [5000, 50, 60, 70], total: [5000, 50, 60, 70]) == [[1, 2, 3]])
    // Large segments of about the same size form a level of their own.
    #expect(policy.merges(live: [5000, 4800, 50, 4500], total: [5000, 4800, 50, 4500]) == [[0, 1, 3]])
    // A segment mostly deleted is rewritten; one with nothing live is left to the writer to drop.
    #expect(policy.merges(live: [5000, 10], total: [5000, 90]) == [[1]])
    #expect(policy.merges(live: [5000, 0], total: [5000, 90]).isEmpty)
}
