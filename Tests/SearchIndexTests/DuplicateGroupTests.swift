import Deduplication
import Foundation
import Testing
import TestSupport
@testable import SearchIndex

private let plan = "county-sex-ratio-plan-2025.gb18030.txt"
private let repost = "county-sex-ratio-plan-2025-repost.txt"

private func fileName(_ hit: SearchHit) -> String { (hit.unit.source as NSString).lastPathComponent }

private func search(_ reader: IndexReader, _ query: String, kind: UnitKind = .section, all: Bool = false) throws -> SearchResults {
    try reader.search(try QueryParser.parse(query), options: SearchOptions(limit: 50, kinds: [kind], collapseDuplicates: !all))
}

@Test func theRepostedPlansSectionsAndDocumentsCollapseIntoOneHitWithTheCountOfCopies() throws {
    let reader = try corpusIndex.get()
    // 2、落实目标责任 stands word for word in both copies of the plan.
    let folded = try search(reader, "落实目标责任")
    #expect(folded.hits.count == 1)
    #expect(folded.hits.first?.duplicates == 1)
    #expect(folded.total == 2)
    #expect(folded.results == 1)
    let expanded = try search(reader, "落实目标责任", all: true)
    #expect(Set(expanded.hits.map(fileName)) == [plan, repost])
    #expect(expanded.hits.allSatisfy { $0.duplicates == 0 })
    #expect(expanded.hits[0].unit.duplicateGroup != nil)
    #expect(expanded.hits[0].unit.duplicateGroup == expanded.hits[1].unit.duplicateGroup)
    // The documents, compared by all their text: the repost added metadata, a note and edits.
    let documents = try search(reader, "专项行动实施方案", kind: .document)
    #expect(documents.hits.count == 1)
    #expect(documents.hits.first?.duplicates == 1)
    #expect(Set(try search(reader, "专项行动实施方案", kind: .document, all: true).hits.map(fileName)) == [plan, repost])
}

@Test func aShortItemStandingWordForWordInBothCopiesOfThePlanFoldsToo() throws {
    let reader = try corpusIndex.get()
    // Under 50 characters, so grouped only because the two documents are copies of each other.
    let folded = try search(reader, "设置固定宣传栏")
    #expect(folded.hits.count == 1)
    #expect(folded.hits.first?.duplicates == 1)
    #expect(Set(try search(reader, "设置固定宣传栏", all: true).hits.map(fileName)) == [plan, repost])
}

@Test func theBestScoringCopyStandsForItsGroupWhereverItStands() throws {
    let original = "（二）加强宣传教育。深入开展婚育新风进万家活动，大力倡导生男生女都一样、女儿也是传后人的新型婚育观念，"
        + "评选最美女儿户家庭三十户，在各村（社区）设置固定宣传栏，张贴两非举报电话及奖励办法，营造关爱女孩的良好社会氛围。"
    // The copy, added after the original, says 婚育新风 twice: it scores higher.
    let copy = original.replacingOccurrences(of: "大力倡导", with: "以婚育新风大力倡导")
    let units = [original, copy, "（三）严格督导考核。县领导小组办公室将通过明察暗访、随机抽查等方式督导婚育新风宣传工作。"].enumerated().map { number, text in
        IndexUnit(kind: .section, source: "plan-\(number).txt", documentIndex: 1, document: "实施方案", section: "二、工作措施", text: text)
    }
    let index = try SmallIndex(units: units)
    let expanded = try index.search("婚育新风", options: SearchOptions(collapseDuplicates: false)).hits
    let score = Dictionary(uniqueKeysWithValues: expanded.map { ($0.unitNumber, $0.score) })
    #expect(try #require(score[1]) > (try #require(score[0])))
    let folded = try index.search("婚育新风")
    #expect(folded.hits.map(\.unitNumber) == expanded.map(\.unitNumber).filter { $0 != 0 })
    #expect(folded.hits.map(\.rank) == [1, 2])
    #expect(folded.hits.first { $0.unitNumber == 1 }?.duplicates == 1)
    #expect(folded.hits.first { $0.unitNumber == 2 }?.duplicates == 0)
    #expect(folded.total == 3 && folded.results == 2)
    // An offset counts results, not units.
    #expect(try index.search("婚育新风", options: SearchOptions(offset: 1)).hits.map(\.unitNumber) == [folded.hits[1].unitNumber])
}

/// Two passages of the laws, 60 characters each (their punctuation left out), whose keys share their low
/// 32 bits — the 24 that `DSIG` stores among them — and differ in the rest: found among 284,626 such passages.
private let sharingKey = ("监管的方式排放污染物造成环境事故以及不落实生态保护措施造成生态破坏等行为发现或者接到举报未及时查处的五违反本法规定查封扣",
                          "销登记的申请人原登记证明作废不符合规定条件的不予登记并书面告知申请人第五章预告登记第五十一条有下列情形之一的当事人可以共")

@Test func twoTextsWhoseStoredKeysAgreeByChanceAreNotTakenForCopies() throws {
    let (first, second) = (ExactKey(ComparisonText.characters(of: sharingKey.0)), ExactKey(ComparisonText.characters(of: sharingKey.1)))
    #expect(DuplicateSignatureTable.stored(first) == DuplicateSignatureTable.stored(second) && first != second)
    // Two copies of the first passage, and the second between them.
    let units = [sharingKey.0, sharingKey.1, sharingKey.0].enumerated().map { number, text in
        IndexUnit(kind: .section, source: "law-\(number).txt", documentIndex: 1, document: "条例", section: "第一章", text: text)
    }
    let index = try SmallIndex(units: units)
    var groups: [Int?] = []
    try index.reader.forEachUnit { _, unit in groups.append(unit.duplicateGroup) }
    #expect(groups[0] != nil && groups[0] == groups[2])
    #expect(groups[1] == nil)
}

@Test func anUpdateGroupsTextsWhoseStoredKeysAgreeByChanceAsAFullBuildDoes() throws {
    let folder = Scratch.url("zhili-shared-keys-\(UUID().uuidString)")
    let collection = folder.appendingPathComponent("laws")
    try FileManager.default.createDirectory(at: collection, withIntermediateDirectories: true)
    // A title line, then the passage: a file of one line is a document alone.
    func write(_ name: String, _ text: String) throws {
        try ("条例\n\n" + text + "\n").write(to: collection.appendingPathComponent(name), atomically: true, encoding: .utf8)
    }
    let updated = CollectionIndexer(directory: IndexDirectory(path: folder.appendingPathComponent("updated").path))
    func partitions() throws -> (updated: Set<Set<String>>, full: Set<Set<String>>) {
        let full = IndexDirectory(path: folder.appendingPathComponent("full-\(UUID().uuidString)").path)
        try CollectionIndexer(directory: full).run(paths: [collection.path])
        return (try groupPartition(updated.directory), try groupPartition(full))
    }
    // A passage and its copy; then a passage whose stored key is theirs; then the first copy removed.
    try write("a.txt", sharingKey.0)
    try write("c.txt", sharingKey.0)
    try updated.run(paths: [collection.path])
    var texts: [String] = []
    try IndexReader(directory: updated.directory).forEachUnit { _, unit in if unit.kind == .section { texts.append(unit.text) } }
    #expect(texts == [sharingKey.0, sharingKey.0], "each file is one section of the passage alone")
    var (grouped, full) = try partitions()
    #expect(grouped == full && grouped.count == 2, "the sections and the documents")
    try write("b.txt", sharingKey.1)
    try updated.run(paths: [collection.path])
    (grouped, full) = try partitions()
    #expect(grouped == full && grouped.count == 2 && !grouped.contains { $0.contains { $0.contains("b.txt") } })
    try FileManager.default.removeItem(at: collection.appendingPathComponent("a.txt"))
    try updated.run(paths: [collection.path])
    (grouped, full) = try partitions()
    #expect(grouped == full && grouped.isEmpty)
    try write("d.txt", sharingKey.1)
    try updated.run(paths: [collection.path])
    (grouped, full) = try partitions()
    #expect(grouped == full && grouped.count == 2 && grouped.allSatisfy { group in group.allSatisfy { $0.contains("b.txt") || $0.contains("d.txt") } })
    try IndexReader(directory: updated.directory).checkInvariants()
}

/// A collection of work plans that share their headings and their closing article.
private func plansSharingHeadings(in folder: URL, counties: [String]) throws -> URL {
    let collection = folder.appendingPathComponent("plans")
    try FileManager.default.createDirectory(at: collection, withIntermediateDirectories: true)
    let aims = ["推动农村生活污水治理设施全覆盖，建立长效运维机制，确保设施正常运行率达到百分之九十以上",
                "完善县乡村三级养老服务网络，新建村级互助养老服务点二十个，特困人员集中供养率稳步提高",
                "加强出生人口性别比综合治理，严厉打击非医学需要的胎儿性别鉴定和选择性别人工终止妊娠行为",
                "实施高标准农田建设项目，新增高效节水灌溉面积五千亩，粮食综合生产能力稳定在十万吨以上"]
    let shared = "各乡镇要把本方案落实情况纳入年度目标考核，县政府督查室每季度开展一次专项督查，督查结果在全县通报并作为评先评优的重要依据，对工作推进不力的单位进行约谈。"
    for (index, county) in counties.enumerated() {
        let text = """
        \(county)2025年重点工作实施方案

        一、总体要求
        （一）指导思想
        以习近平新时代中国特色社会主义思想为指导，立足\(county)实际，\(aims[index % aims.count])。
        （二）工作目标
        到2025年底，\(county)\(aims[(index + 1) % aims.count])。
        二、保障措施
        \(index < 2 ? shared : "由\(county)人民政府办公室牵头，定期调度工作进展，研究解决实施中的困难和问题，重大事项及时报告。")
        三、附则
        本方案自印发之日起施行。

        """
        try text.write(to: collection.appendingPathComponent("plan-\(index).txt"), atomically: true, encoding: .utf8)
    }
    return collection
}

@Test func shortHeadingsAndStockSentencesSharedByManyDocumentsAreNotFolded() throws {
    let folder = Scratch.url("zhili-headings-\(UUID().uuidString)")
    let collection = try plansSharingHeadings(in: folder, counties: ["青川县", "剑阁县", "苍溪县", "旺苍县"])
    let index = folder.appendingPathComponent("Index")
    try CollectionIndexer(directory: IndexDirectory(path: index.path)).run(paths: [collection.path])
    let reader = try IndexReader(directory: IndexDirectory(path: index.path))
    // 一、总体要求 is a bare heading: it gives way to the two sections under it in every plan.
    for (query, hits) in [("总体要求", 8), ("附则", 4), ("本方案自印发之日起施行", 4)] {
        let results = try search(reader, query)
        #expect(results.hits.count == hits, "\(query)")
        #expect(results.hits.allSatisfy { $0.duplicates == 0 && $0.unit.duplicateGroup == nil }, "\(query)")
    }
    // The one long section two of the plans share is folded.
    let shared = try search(reader, "县政府督查室")
    #expect(shared.hits.count == 1)
    #expect(shared.hits.first?.duplicates == 1)
}

@Test func afterOneCopyIsRemovedAndTheIndexUpdatedTheOtherStandsAlone() throws {
    let folder = try scratchWithCorpus()
    let corpus = folder.appendingPathComponent("Corpus")
    let index = IndexDirectory(path: folder.appendingPathComponent("Index").path)
    let indexer = CollectionIndexer(directory: index)
    let first = try indexer.run(paths: [corpus.path])
    #expect(try search(IndexReader(directory: index), "落实目标责任").hits.first?.duplicates == 1)

    try FileManager.default.removeItem(at: corpus.appendingPathComponent(repost))
    let update = try indexer.run(paths: [corpus.path])
    #expect(update.removed == 1)
    #expect(update.unchanged == first.added - 1)
    let reader = try IndexReader(directory: index)
    let alone = try search(reader, "落实目标责任")
    #expect(alone.hits.map(fileName) == [plan])
    #expect(alone.hits.first?.duplicates == 0)
    #expect(alone.hits.first?.unit.duplicateGroup == nil)
    #expect(try search(reader, "专项行动实施方案", kind: .document).hits.first?.unit.duplicateGroup == nil)

    // A copy added again groups the plan, whose file did not change, with it: the documents, which differ,
    // through the plan's sketch signed again from its text in the store (the index does not keep it).
    try FileManager.default.copyItem(at: Repository.corpus.appendingPathComponent(repost),
                                     to: corpus.appendingPathComponent("again-" + repost))
    let added = try indexer.run(paths: [corpus.path])
    #expect(added.added == 1)
    let grouped = try search(IndexReader(directory: index), "落实目标责任")
    #expect(grouped.hits.count == 1)
    #expect(grouped.hits.first?.duplicates == 1)
    #expect(try search(IndexReader(directory: index), "专项行动实施方案", kind: .document).hits.first?.duplicates == 1)
}

@Test func theCollectorKeepsTheBestOfEachGroupAndTheBestGroupsWhateverTheOrder() {
    var generator = SystemRandomNumberGenerator()
    for round in 0..<200 {
        let count = Int.random(in: 0...60, using: &generator)
        let offers = (0..<count).map { unit in
            (unit: UInt32(unit), score: Double(Int.random(in: 0...20, using: &generator)),
             group: Bool.random(using: &generator) ? Int.random(in: 0...6, using: &generator) : nil)
        }
        let capacity = Int.random(in: 0...8, using: &generator)
        var collector = TopCollector(capacity: capacity)
        for offer in offers { collector.offer(unit: offer.unit, score: offer.score, explanation: [], group: offer.group) }

        // By hand: the best unit of every group and every ungrouped unit, best first, the first `capacity`.
        let better = { (a: (unit: UInt32, score: Double, group: Int?), b: (unit: UInt32, score: Double, group: Int?)) in
            a.score != b.score ? a.score > b.score : a.unit < b.unit
        }
        var bestOfGroup: [Int: (unit: UInt32, score: Double, group: Int?)] = [:]
        var expected: [(unit: UInt32, score: Double, group: Int?)] = []
        for offer in offers {
            guard let group = offer.group else { expected.append(offer); continue }
            if let best = bestOfGroup[group], !better(offer, best) { continue }
            bestOfGroup[group] = offer
        }
        expected = Array((expected + bestOfGroup.values).sorted(by: better).prefix(capacity))
        let kept = collector.sorted()
        #expect(kept.map(\.unit) == expected.map(\.unit), "round \(round)")
        for entry in kept {
            if let group = entry.group {
                #expect(collector.matches(of: group) == offers.filter { $0.group == group }.count)
            }
        }
        let groups = Set(offers.compactMap(\.group))
        #expect(collector.copies == offers.filter { $0.group != nil }.count - groups.count)
    }
}

@Test func theCommandFoldsCopiesSaysWhatItCountsAndExpandsThemWithAll() throws {
    let folder = try scratchWithCorpus()
    try zhili(["index"], in: folder)
    // Sections only: the measures extracted from the two copies are units of their own.
    let folded = try zhili(["search", "落实目标责任", "--kind", "section"], in: folder)
    #expect(folded.status == 0)
    #expect(folded.output.contains("and 1 near-identical copy"))
    #expect(folded.output.contains("1–1 of 1 results (2 matching units, near-identical copies shown once"))
    let all = try zhili(["search", "落实目标责任", "--kind", "section", "--all"], in: folder)
    #expect(all.output.contains(plan) && all.output.contains(repost))
    #expect(all.output.contains("1–2 of 2 matching units"))
    let json = try zhili(["search", "落实目标责任", "--kind", "section", "--json"], in: folder).output.split(separator: "\n")
    #expect(json.count == 1)
    let record = try #require(try JSONSerialization.jsonObject(with: Data(json[0].utf8)) as? [String: Any])
    #expect(record["duplicates"] as? Int == 1)
    let expanded = try zhili(["search", "落实目标责任", "--kind", "section", "--json", "--all"], in: folder).output.split(separator: "\n")
    #expect(expanded.count == 2)
    let groups = try expanded.map { try #require(try JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any])["duplicate_group"] as? Int }
    #expect(groups[0] != nil && groups[0] == groups[1])
}

@Test func theThresholdIsAnIndexOptionAndGroupingCanBeTurnedOff() throws {
    let folder = try scratchWithCorpus()
    #expect(try zhili(["index", "--duplicate-threshold", "1.5"], in: folder).status == 2)
    let off = try zhili(["index", "--no-duplicate-groups"], in: folder)
    #expect(off.status == 0)
    #expect(!off.output.contains("near-duplicate groups"))
    #expect(!(try zhili(["search", "落实目标责任"], in: folder).output.contains("near-identical")))
    // Grouping otherwise rebuilds the index rather than reusing it.
    let strict = try zhili(["index", "--duplicate-threshold", "0.95"], in: folder)
    #expect(strict.output.contains("generation 2"))
    #expect(strict.output.contains("near-duplicate groups"))
    #expect(try zhili(["search", "落实目标责任"], in: folder).output.contains("and 1 near-identical copy"))
    // 1、健全工作机制 differs between the copies (12 and 13 departments): a copy at 0.8, not at 0.95.
    #expect(!(try zhili(["search", "健全工作机制"], in: folder).output.contains("near-identical")))
    try zhili(["index"], in: folder)
    #expect(try zhili(["search", "健全工作机制"], in: folder).output.contains("and 1 near-identical copy"))
}

@Test(.enabled(if: Repository.shared("corpus/laws/宪法相关法") != nil))
func groupsOfTheSegmentsStillBeingWrittenAtTheCommitAreThoseReadBackFromWrittenSegments() throws {
    let laws = try #require(Repository.shared("corpus/laws/宪法相关法"))
    let folder = Scratch.url("zhili-held-groups-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    // One segment, grouped wholly from the writer's memory while it is written; many small segments,
    // all but the last two read back from their files (signatures, sources and stored texts).
    let oneSegment = folder.appendingPathComponent("one"), manySegments = folder.appendingPathComponent("many")
    try indexCollection(laws, into: oneSegment, threads: 2)
    let many = try indexCollection(laws, into: manySegments, threads: 2, memoryBudget: 1 << 19, policy: neverMerge)
    #expect(try #require(many.statistics?.segments) > 4)
    let expected = try groupPartition(IndexDirectory(path: oneSegment.path))
    #expect(expected.count > 20, "the two editions of several laws share many articles")
    #expect(try groupPartition(IndexDirectory(path: manySegments.path)) == expected)
}

/// The groups of an index as sets of units, each unit named by its file and its place among the file's
/// units (so that two indexes laid out differently compare).
private func groupPartition(_ directory: IndexDirectory) throws -> Set<Set<String>> {
    let reader = try IndexReader(directory: directory)
    var position: [String: Int] = [:]
    var groups: [Int: Set<String>] = [:]
    try reader.forEachUnit { _, unit in
        let place = position[unit.source, default: 0]
        position[unit.source] = place + 1
        if let group = unit.duplicateGroup { groups[group, default: []].insert("\(unit.source)#\(place) \(unit.kind)") }
    }
    return Set(groups.values)
}

@Test(.enabled(if: Repository.shared("corpus/laws/宪法相关法") != nil))
func updatesGroupExactlyAsAFullBuildOfTheSameFilesDoes() throws {
    let laws = try #require(Repository.shared("corpus/laws/宪法相关法"))
    let folder = Scratch.url("zhili-update-groups-\(UUID().uuidString)")
    let collection = folder.appendingPathComponent("laws")
    try FileManager.default.createDirectory(at: collection, withIntermediateDirectories: true)
    let files = try FileManager.default.contentsOfDirectory(atPath: laws.path).filter { $0.hasSuffix(".md") }.sorted()
    func copy(_ names: some Sequence<String>) throws {
        for name in names { try FileManager.default.copyItem(at: laws.appendingPathComponent(name), to: collection.appendingPathComponent(name)) }
    }
    // Built by updates, with a small budget so that segments are flushed and merged: half the files,
    // then the rest, then one edition of a law removed (its copies in the other edition regroup), then a
    // file changed to repeat an article of another.
    var updated = CollectionIndexer(directory: IndexDirectory(path: folder.appendingPathComponent("updated").path))
    updated.memoryBudget = 1 << 20
    try copy(files.prefix(files.count / 2))
    try updated.run(paths: [collection.path])
    try copy(files.dropFirst(files.count / 2))
    try updated.run(paths: [collection.path])
    let removed = try #require(files.first { $0.hasPrefix("各级人民代表大会常务委员会监督法(2006") })
    try FileManager.default.removeItem(at: collection.appendingPathComponent(removed))
    try updated.run(paths: [collection.path])
    let repeated = try String(contentsOf: laws.appendingPathComponent(removed), encoding: .utf8)
        .components(separatedBy: "\n").filter { $0.count > 60 }.prefix(3).joined(separator: "\n")
    let changed = collection.appendingPathComponent(files[0])
    try (try String(contentsOf: changed, encoding: .utf8) + "\n## 附录\n\n" + repeated + "\n").write(to: changed, atomically: true, encoding: .utf8)
    let last = try updated.run(paths: [collection.path])
    #expect(last.changed == 1 && last.added == 0)

    var full = CollectionIndexer(directory: IndexDirectory(path: folder.appendingPathComponent("full").path))
    full.memoryBudget = 1 << 20
    let rebuilt = try full.run(paths: [collection.path])
    // The update verified only the candidates its changed file's texts make.
    #expect(try #require(last.statistics?.duplicates.verified) < (try #require(rebuilt.statistics?.duplicates.verified)))
    let expected = try groupPartition(full.directory)
    #expect(expected.count > 20, "the two editions of several laws share many articles")
    #expect(try groupPartition(updated.directory) == expected)
    try IndexReader(directory: updated.directory).checkInvariants()
}
