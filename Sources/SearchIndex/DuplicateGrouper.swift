import Deduplication
import Ingestion

/// Finds, when a generation is committed, which of its section units and which of its document units
/// are near-identical copies of each other (`IndexUnit.duplicateGroup`), so that search shows each
/// text once.
///
/// The rule:
/// - Sections are compared with sections by their indexed text (heading and body); documents with
///   documents by the text of all their sections, not by their `document` unit's title and metadata
///   (two editions of a law share a title and differ in text; a reposted plan differs in its
///   metadata and not in its text).
/// - A unit takes part only from `minimumLength` characters (its field length: letters and digits,
///   folded). Below that a section is a heading alone or a stock sentence — "一、指导思想", "第一章 总则",
///   "本法自公布之日起施行。" — that recurs across unrelated documents: folding those would hide results.
///   The exception: a short section whose text stands word for word in documents that are themselves
///   copies of each other (a reposted plan's "二是设置固定宣传栏…") is a copy too, and is grouped.
/// - Two units are copies when the Jaccard similarity of their 5-character shingle sets reaches the
///   threshold (`NearDuplicateDetector`, 0.8 by default). Containment does not count: a section
///   copied into a longer one is not a near-identical copy of it, and folding the longer one into it
///   would hide what else it says.
/// - Groups are the detector's clusters: no chaining, every member within the threshold of the
///   cluster's first unit, units ranked by their file's path and their place in it — an order that
///   does not depend on which segment holds them, so that an update gives the groups a full build does.
///
/// How, in bounded memory: each unit's signature (`DuplicateSignature`: the identity of its compared
/// characters and the 3-bit sketch of its MinHash signature) was made when it was analysed, and its
/// identity stored with its segment. A commit reads those: exact copies share an identity (stored in 24
/// bits of hash: the units that share one are read back and their full identities compared, so that
/// two texts that share it by chance stay two); a document's sketch is stored with it, a section's is
/// the writer's where it signed the section in this process (`HeldSketches`), or else made again from
/// the text read back from the store, in unit order (the files do not keep sections' sketches: 3.11 MB
/// of the laws, reports and State Council's 72); candidate
/// pairs of distinct texts come from the sketches' bands (`LSHBanding`), less those whose sketches
/// agree too little to reach the threshold (`MinHashSketch`); only the candidates' texts are read back
/// from the store, a batch at a time, to verify them. The verified pairs are kept with the generation (`DuplicatePairTable`):
/// a pair depends on its two texts alone, so an update verifies only the candidates of texts that were
/// not live before, keeps the pairs among texts still live, and clusters the whole graph again (cheap:
/// no texts), since a removed text can change the clusters around it.
struct DuplicateGrouper {
    /// Units shorter than this many characters (positions) are never grouped.
    static let minimumLength = 50
    static let defaultThreshold = 0.8

    let signer: DuplicateSigner

    init(threshold: Double) {
        signer = DuplicateSigner(threshold: threshold)
    }

    var threshold: Double { signer.detector.threshold }

    /// What a commit's grouping found.
    struct Outcome {
        /// The group of every grouped unit, by its number among the segments given, groups from 0.
        var groups: [(unit: Int, group: Int)] = []
        /// Every verified pair among the live texts, for the next update.
        var pairs: [DuplicatePairTable.Pair] = []
        /// Candidate pairs verified by reading their texts back.
        var verified = 0
    }

    /// A unit that takes part, as its segment's signature describes it.
    private struct Item {
        var key: ExactKey
        /// The rank of its source path (first its source's string id in its segment).
        var source: Int32
        /// Its number among the segments given.
        var unit: UInt32
        var segment: Int32
        var sectionsOffset: UInt32
        /// Where a document's sketch starts in its segment's signatures.
        var sketchOffset: UInt32
        /// Whether it was live in the previous generation.
        var old: Bool
        var isDocument: Bool
    }

    /// A short section's identity within the copies of its document.
    private struct ShortSectionKey: Hashable {
        var documentGroup: Int
        var text: ExactKey
    }

    private struct RoleKey: Hashable {
        var isDocument: Bool
        var key: ExactKey
    }

    /// The groups of the live units of `segments` — the generation's segments before merging, numbered
    /// from their bases, each with this generation's `deletions`; those still being written are read
    /// from the writer's memory. The first `kept` are the previous generation's, whose verified pairs
    /// are `previousPairs`; with none known, every candidate is verified.
    /// Candidates are verified on `threads` threads (the groups are the same whatever their number).
    func groups(segments: [GroupedSegment], deletions: [DeletionBitmap?], kept: Int, previousPairs: [DuplicatePairTable.Pair]?,
                threads: Int = 1) throws(IndexError) -> Outcome {
        var items: [Item] = []
        var deletedKeys = Set<RoleKey>()
        let files = segments.map(\.signatures)
        for (index, segment) in segments.enumerated() {
            let file = files[index]
            guard try DuplicateSignatureTable.words(in: file) == signer.layout.words else { throw file.malformed("duplicate signatures (sketch size)") }
            let old = index < kept
            try DuplicateSignatureTable.forEach(in: file, unitCount: segment.unitCount) { record throws(IndexError) in
                guard record.role != .shortSection else { return }
                if deletions[index]?.isDeleted(unit: record.unit) ?? false {
                    if old && !segment.wasDeleted(local: record.unit) { deletedKeys.insert(RoleKey(isDocument: record.role == .document, key: record.key)) }
                    return
                }
                items.append(Item(key: record.key, source: segment.source(of: record.unit), unit: UInt32(segment.base + record.unit),
                                  segment: Int32(index), sectionsOffset: UInt32(record.sectionsOffset), sketchOffset: UInt32(record.sketchOffset),
                                  old: old, isDocument: record.role == .document))
            }
            file.release()
        }
        // Rank: by source path, then by unit number (a source's units are in one segment, in order).
        var pathIDs = [[Int32: Int32]](repeating: [:], count: segments.count)
        for item in items { pathIDs[Int(item.segment)][item.source] = 0 }
        // The sources sorted by path, equal paths ranked alike — not a set of the paths and a dictionary
        // of their ranks: hashing a string normalises it, and that was a twentieth of an update's work.
        var named: [(path: String, segment: Int, id: Int32)] = []
        for (index, ids) in pathIDs.enumerated() { for id in ids.keys { named.append((segments[index].path(ofSource: id), index, id)) } }
        named.sort { $0.path < $1.path }
        var rank: Int32 = -1
        for (position, source) in named.enumerated() {
            if position == 0 || source.path != named[position - 1].path { rank += 1 }
            pathIDs[source.segment][source.id] = rank
        }
        for index in items.indices { items[index].source = pathIDs[Int(items[index].segment)][items[index].source]! }
        items.sort { ($0.source, $0.unit) < ($1.source, $1.unit) }
        let itemRuns = Self.runsSharingKeys(count: items.count) { (items[$0].isDocument ? 1 : 0, items[$0].key) }
        for (index, key) in try splitKeys(of: itemRuns, stored: { items[$0].key }, units: { units(of: items[$0], segments: segments, files: files) },
                                          fullKey: DuplicateSigner.comparedKey, segments: segments, files: files) {
            items[index].key = key
        }

        var outcome = Outcome()
        var next = 0
        var groupOfDocument: [Int: Int] = [:]
        for isDocument in [false, true] {
            let clusters = try self.clusters(items: items, isDocument: isDocument, segments: segments, files: files, known: previousPairs,
                                             deletedKeys: deletedKeys, threads: threads, outcome: &outcome)
            for cluster in clusters {
                for member in cluster.members {
                    let unit = Int(items[member.index].unit)
                    outcome.groups.append((unit, next))
                    if isDocument { groupOfDocument[unit] = next }
                }
                next += 1
            }
        }
        items = []

        // Short sections in the order of their rank, so that group numbers do not depend on hashing.
        var shorts: [(source: Int32, unit: Int, document: Int, text: ExactKey, segment: Int)] = []
        for (index, segment) in segments.enumerated() where !groupOfDocument.isEmpty {
            let file = files[index]
            try DuplicateSignatureTable.forEach(in: file, unitCount: segment.unitCount) { record throws(IndexError) in
                guard record.role == .shortSection, !(deletions[index]?.isDeleted(unit: record.unit) ?? false),
                      let group = groupOfDocument[segment.base + record.document] else { return }
                let source = pathIDs[index][segment.source(of: record.unit)] ?? Int32.max
                shorts.append((source, segment.base + record.unit, group, record.key, index))
            }
            file.release()
        }
        shorts.sort { ($0.source, $0.unit) < ($1.source, $1.unit) }
        // Short sections that share a stored key in one group of documents: their texts read back and their
        // full keys (of the text's scalars in NFC, as `DuplicateSigner` made them) compared.
        // Short sections that share a stored key in one group of documents: their texts read back and their
        // full keys (of the text's scalars in NFC, as `DuplicateSigner` made them) compared.
        let shortRuns = Self.runsSharingKeys(count: shorts.count) { (shorts[$0].document, shorts[$0].text) }
        for (index, key) in try splitKeys(of: shortRuns, stored: { shorts[$0].text },
                                          units: { [(shorts[$0].segment, shorts[$0].unit - segments[shorts[$0].segment].base)] },
                                          fullKey: DuplicateSigner.shortSectionKey, segments: segments, files: files) {
            shorts[index].text = key
        }
        var copies: [ShortSectionKey: [Int]] = [:]
        var keys: [ShortSectionKey] = []
        for short in shorts {
            let key = ShortSectionKey(documentGroup: short.document, text: short.text)
            if copies[key] == nil { keys.append(key) }
            copies[key, default: []].append(short.unit)
        }
        for key in keys {
            guard let units = copies[key], units.count > 1 else { continue }
            for unit in units { outcome.groups.append((unit, next)) }
            next += 1
        }
        return outcome
    }

    /// The clusters of the section items (or the document items) of `items` (ranked), with their
    /// verified pairs added to `outcome`: exact copies by key, pairs kept from `known` where both
    /// texts are still live, candidates verified where one text is new.
    private func clusters(items: [Item], isDocument: Bool, segments: [GroupedSegment], files: [MappedFile], known: [DuplicatePairTable.Pair]?,
                          deletedKeys: Set<RoleKey>, threads: Int, outcome: inout Outcome) throws(IndexError) -> [NearDuplicateCluster] {
        let detector = signer.detector
        // Texts: runs of items with one key, each run's items in rank order.
        // The keys are sorted beside their items' numbers, not the numbers by looking their keys up in
        // `items`: every update sorts every live text's key, and each look-up went to an item elsewhere.
        var keyed: [(key: ExactKey, item: Int32)] = []
        for (index, item) in items.enumerated() where item.isDocument == isDocument { keyed.append((item.key, Int32(index))) }
        keyed.sort { ($0.key, $0.item) < ($1.key, $1.item) }
        let order = keyed.map(\.item)
        var starts: [Int32] = []
        for position in keyed.indices where position == 0 || keyed[position].key != keyed[position - 1].key {
            starts.append(Int32(position))
        }
        keyed = []
        starts.append(Int32(order.count))
        let textCount = starts.count - 1
        func first(_ text: Int) -> Item { items[Int(order[Int(starts[text])])] }
        func text(of key: ExactKey) -> Int? {
            var low = 0, high = textCount
            while low < high {
                let middle = (low + high) / 2
                if first(middle).key < key { low = middle + 1 } else { high = middle }
            }
            return low < textCount && first(low).key == key ? low : nil
        }
        let role: DuplicateSignatureTable.Record.Role = isDocument ? .document : .section

        var pairs: [SimilarPair] = []
        var isNew: [Bool]?
        if let known {
            // A text whose pairs may stand under another key — its stored key was split last time and is not
            // now, or is split now — counts as new: its pairs are verified again (they depend on the texts alone).
            var unmatched = Set<ExactKey>()
            for pair in known where pair.role == role {
                guard let a = text(of: pair.first), let b = text(of: pair.second) else {
                    for key in [pair.first, pair.second] where Self.isSplit(key) { unmatched.insert(DuplicateSignatureTable.stored(key)) }
                    continue
                }
                pairs.append(SimilarPair(first: min(a, b), second: max(a, b), jaccard: pair.jaccard, containment: pair.containment,
                                         similarity: pair.jaccard))
            }
            let flags = (0..<textCount).map { text in
                let key = first(text).key
                return Self.isSplit(key) || unmatched.contains(key)
                    || (!(starts[text]..<starts[text + 1]).contains { items[Int(order[Int($0)])].old }
                        && !deletedKeys.contains(RoleKey(isDocument: isDocument, key: key)))
            }
            pairs.removeAll { flags[$0.first] || flags[$0.second] }
            isNew = flags
        }
        // Candidates among the texts, the bands bucketed on every thread, the chance ones of short band
        // keys dropped by their sketches before any text is read. The sketches (24 bytes a text) are
        // gathered first, the signature files' pages then let go.
        let representatives = (0..<textCount).map { first($0) }
        var involving: (@Sendable (Int) -> Bool)?
        if let flags = isNew { involving = { @Sendable text in flags[text] } }
        let layout = signer.layout
        let (words, rows, minimum) = (layout.words, layout.rows, signer.minimumAgreements)
        let sketches = try self.sketches(of: representatives, segments: segments, files: files, threads: threads)
        for file in files { file.release() }
        let candidates = detector.banding.candidatePairs(count: textCount, involving: involving, accept: { [sketches] a, b in
            MinHashSketch.agreements(words: words, { sketches[a * words + $0] }, { sketches[b * words + $0] }) >= minimum
        }, threads: threads, key: { [sketches] band, text in
            MinHashSketch.bandKey(band, rows: rows) { sketches[text * words + $0] }
        })
        outcome.verified += candidates.count
        // Batches of candidates verified on every thread: each reads its texts back and shingles them.
        pairs += try detector.verify(candidates, batch: isDocument ? 64 : 2048, threads: threads) { texts throws(IndexError) in
            let read = try self.texts(of: texts.map { representatives[$0] }, segments: segments, files: files)
            return Dictionary(uniqueKeysWithValues: texts.indices.map { (texts[$0], detector.shingleSet(of: read[$0])) })
        }
        pairs.sort { ($0.first, $0.second) < ($1.first, $1.second) }
        for pair in pairs {
            outcome.pairs.append(DuplicatePairTable.Pair(role: role, first: first(pair.first).key, second: first(pair.second).key,
                                                         jaccard: pair.jaccard, containment: pair.containment))
        }

        // Cluster the texts with copies or pairs, numbered compactly; members are ranks (item indices).
        var compact = [Int32](repeating: -1, count: textCount)
        var groups: [[Int]] = []
        func number(_ text: Int) -> Int {
            if compact[text] < 0 {
                compact[text] = Int32(groups.count)
                groups.append((starts[text]..<starts[text + 1]).map { Int(order[Int($0)]) })
            }
            return Int(compact[text])
        }
        for text in 0..<textCount where starts[text + 1] - starts[text] > 1 { _ = number(text) }
        let renumbered = pairs.map { pair in
            SimilarPair(first: number(pair.first), second: number(pair.second), jaccard: pair.jaccard, containment: pair.containment,
                        similarity: pair.similarity)
        }
        return detector.clusters(groups: groups, pairs: renumbered)
    }

    /// Texts signed again from the store in one batch: enough texts to share most of the store blocks they
    /// read, few enough that a batch's strings stay small.
    private static let signingBatch = 1024

    /// The sketches of `texts` (each one item that has it), `signer.layout.words` words each, in order:
    /// a document's as its signatures store it; a section's as its segment holds it (`GroupedSegment.sketches`),
    /// or else made again from its text read back from the store — in the order of their units, a batch
    /// at a time on `threads` threads, so that each store block is decompressed about once. A section whose
    /// key is not its stored key, or that gives no sketch, is damage.
    private func sketches(of texts: [Item], segments: [GroupedSegment], files: [MappedFile], threads: Int) throws(IndexError) -> [UInt64] {
        let words = signer.layout.words
        var sketches = [UInt64](repeating: 0, count: texts.count * words)
        var unsigned: [Int] = []
        for (text, item) in texts.enumerated() {
            if item.isDocument {
                for word in 0..<words {
                    sketches[text * words + word] = DuplicateSignatureTable.sketchWord(word, at: Int(item.sketchOffset), in: files[Int(item.segment)])
                }
                continue
            }
            let segment = segments[Int(item.segment)]
            if let held = segment.sketches, held.copy(unit: Int(item.unit) - segment.base, into: &sketches, at: text * words) { continue }
            unsigned.append(text)
        }
        unsigned.sort { (texts[$0].segment, texts[$0].unit) < (texts[$1].segment, texts[$1].unit) }
        let batches = stride(from: 0, to: unsigned.count, by: Self.signingBatch).map { Array(unsigned[$0..<min($0 + Self.signingBatch, unsigned.count)]) }
        let detector = signer.detector
        var failure: IndexError?
        OrderedParallelMap(threads: threads).run(batches, transform: { batch in
            (batch, Result { () throws(IndexError) -> [MinHashSketch] in
                let read = try self.texts(of: batch.map { texts[$0] }, segments: segments, files: files)
                var signed: [MinHashSketch] = []
                for (text, string) in zip(batch, read) {
                    let item = texts[text]
                    guard let (key, sketch) = detector.bandedFingerprint(of: string),
                          DuplicateSignatureTable.stored(key) == DuplicateSignatureTable.stored(item.key) else {
                        throw files[Int(item.segment)].malformed("duplicate signatures (a key unlike its text's)")
                    }
                    signed.append(sketch)
                }
                return signed
            })
        }, consume: { (batch, result) in
            switch result {
            case .success(let signed):
                for (text, sketch) in zip(batch, signed) {
                    for word in 0..<words { sketches[text * words + word] = sketch.words[word] }
                }
            case .failure(let error): failure = failure ?? error
            }
        })
        if let failure { throw failure }
        return sketches
    }

    /// The runs of two or more of `count` entries whose keys (`key`: a class and a stored key) are equal,
    /// each in entry order; found by sorting, not hashing, since every commit runs it over every live text.
    private static func runsSharingKeys(count: Int, key: (Int) -> (Int, ExactKey)) -> [ArraySlice<Int>] {
        let order = (0..<count).sorted { (key($0).0, key($0).1, $0) < (key($1).0, key($1).1, $1) }
        var runs: [ArraySlice<Int>] = []
        var start = 0
        for position in order.indices.dropFirst() where key(order[position]) != key(order[start]) {
            if position - start > 1 { runs.append(order[start..<position]) }
            start = position
        }
        if order.count - start > 1 { runs.append(order[start...]) }
        return runs
    }

    /// The split keys (`splitKey`) of the entries of `runs` (entries that share a stored key, `stored`)
    /// whose texts differ: each run's texts (the units `units` of each entry) are read back and their
    /// full keys (`fullKey`) compared; a run of one text keeps its stored key and is not returned. A full
    /// key whose low bits are not the stored key is damage (the signatures do not describe the store's texts).
    private func splitKeys(of runs: [ArraySlice<Int>], stored: (Int) -> ExactKey, units: (Int) -> [(segment: Int, local: Int)],
                           fullKey: (String) -> ExactKey, segments: [GroupedSegment],
                           files: [MappedFile]) throws(IndexError) -> [(entry: Int, key: ExactKey)] {
        let read = try texts(of: runs.flatMap { $0 }.map(units), segments: segments)
        var split: [(entry: Int, key: ExactKey)] = []
        var next = 0
        for run in runs {
            let full = read[next..<(next + run.count)].map(fullKey)
            next += run.count
            try Self.checkStored(full, against: run.map(stored), file: files[units(run.first!)[0].segment])
            guard Set(full).count > 1 else { continue }
            for (entry, key) in zip(run, full) { split.append((entry, Self.splitKey(key))) }
        }
        return split
    }

    /// The key of a text whose stored key another text shares: its full hash, with the top bit set so that
    /// it is none of the stored ones (`DuplicateSignatureTable.hashBits`); its low bits are the stored key's.
    private static func splitKey(_ full: ExactKey) -> ExactKey {
        ExactKey(count: full.count, hash: full.hash | 1 << 63)
    }

    private static func isSplit(_ key: ExactKey) -> Bool { key.hash >> 63 == 1 }

    private static func checkStored(_ full: [ExactKey], against stored: [ExactKey], file: MappedFile) throws(IndexError) {
        for (key, kept) in zip(full, stored) where DuplicateSignatureTable.stored(key) != kept {
            throw file.malformed("duplicate signatures (a key unlike its text's)")
        }
    }

    /// The units whose texts make `item`'s text: a section, or a document's sections (joined by line breaks).
    private func units(of item: Item, segments: [GroupedSegment], files: [MappedFile]) -> [(segment: Int, local: Int)] {
        let local = Int(item.unit) - segments[Int(item.segment)].base
        let units = item.isDocument
            ? DuplicateSignatureTable.sections(ofDocument: local, at: Int(item.sectionsOffset), in: files[Int(item.segment)]) : [local]
        return units.map { (Int(item.segment), $0) }
    }

    /// The texts of `items` (sections, or documents: their sections' texts joined by line breaks).
    private func texts(of items: [Item], segments: [GroupedSegment], files: [MappedFile]) throws(IndexError) -> [String] {
        try texts(of: items.map { units(of: $0, segments: segments, files: files) }, segments: segments)
    }

    /// The texts of units (`texts`: each a list of (segment, local number) whose texts are joined by line
    /// breaks), read segment by segment in the order of their units (see `GroupedSegment.forEachText`).
    private func texts(of texts: [[(segment: Int, local: Int)]], segments: [GroupedSegment]) throws(IndexError) -> [String] {
        // Every unit needed, by segment and number, read in that order.
        var wanted: [(segment: Int, local: Int)] = []
        var parts: [[Int]] = []
        for units in texts {
            parts.append(Array(wanted.count..<(wanted.count + units.count)))
            wanted += units
        }
        let order = wanted.indices.sorted { (wanted[$0].segment, wanted[$0].local) < (wanted[$1].segment, wanted[$1].local) }
        var read = [String](repeating: "", count: wanted.count)
        var first = 0
        while first < order.count {
            let segment = wanted[order[first]].segment
            var end = first + 1
            while end < order.count, wanted[order[end]].segment == segment { end += 1 }
            let run = order[first..<end]
            try segments[segment].forEachText(of: run.map { wanted[$0].local }) { index, text in read[run[first + index]] = text }
            first = end
        }
        return parts.map { $0.map { read[$0] }.joined(separator: "\n") }
    }
}
