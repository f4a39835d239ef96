#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Foundation
import Segmentation
import TextNormalization

/// Builds a new generation of an index: units are analysed and inverted in memory, then written out
/// and committed atomically.
///
/// Units of any kind can be added — sections and documents from `CollectionIndexer`, statistics,
/// citations or measures from the extraction module — each with its source, document and section.
/// Units of files that did not change can be carried over from the previous generation with
/// `reuse(from:sources:)`, which copies their postings instead of analysing them again.
public final class IndexWriter {
    private let analyzer: Analyzer
    private var postings = PostingsAccumulator()
    private var units = UnitTableWriter()
    private var store = TextStoreWriter()
    private var sources: [SourceRecord] = []
    private var analysedUnits = 0
    private var grouper: DuplicateGrouper?

    /// The name recorded in the manifest for how text is analysed: a generation analysed otherwise is
    /// not reused.
    public let analyzerName: String

    /// A writer; with a `lexicon`, the words of three or more characters that `WordSegmenter` finds
    /// with it are indexed beside the bigrams (they add to ranking only: every substring is found
    /// without them). Without one, bigrams alone.
    /// `unitsVersion` names what made the units beyond sections and documents (see
    /// `CollectionIndexer.additionalUnits`); it is recorded with the analyser's name.
    /// With a `duplicateThreshold`, the commit groups near-identical sections and documents (see
    /// `DuplicateGrouper`) and replaces whatever groups the units came with; without, units keep theirs.
    public init(lexicon: Lexicon?, unitsVersion: String = "", duplicateThreshold: Double? = IndexWriter.defaultDuplicateThreshold) {
        let segmenter = lexicon.flatMap { try? WordSegmenter(lexicon: $0) }
        analyzer = Analyzer(segmenter: segmenter)
        var name = lexicon.map { "bigrams+words/1 lexicon \(IndexWriter.fingerprint($0))" } ?? "bigrams/1"
        if let duplicateThreshold {
            grouper = DuplicateGrouper(threshold: duplicateThreshold)
            name += " duplicates/2 \(duplicateThreshold)"
        }
        analyzerName = unitsVersion.isEmpty ? name : name + " units \(unitsVersion)"
    }

    /// The similarity from which sections (or documents) are grouped as near-identical copies.
    public static let defaultDuplicateThreshold = DuplicateGrouper.defaultThreshold

    /// A hash of a lexicon's words and frequencies, so that a changed lexicon rebuilds the index.
    static func fingerprint(_ lexicon: Lexicon) -> String {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for (word, frequency) in lexicon.frequencies.sorted(by: { $0.key < $1.key }) {
            for byte in "\(word)\t\(frequency)\n".utf8 { hash = (hash ^ UInt64(byte)) &* 0x0000_0100_0000_01B3 }
        }
        return "\(lexicon.count):" + String(hash, radix: 16)
    }

    /// The number of units added so far.
    public var unitCount: Int { units.count }

    /// The number of units that were analysed (not carried over).
    public var analysedUnitCount: Int { analysedUnits }

    /// Adds one unit that belongs to no recorded source file. A unit that is not `searchable` is stored
    /// (for outlines and extraction) but gets no postings; `headingsAbove` are the headings of the
    /// sections above it that gave way to it, indexed as part of its heading.
    public func add(unit: IndexUnit, searchable: Bool = true, headingsAbove: [String] = []) {
        let (indexed, pathLength, headingLength) = searchable ? fields(of: unit, headingsAbove: headingsAbove) : ("", 0, 0)
        let (tokens, length) = analyzer.tokens(of: FoldedText(indexed))
        // Near-duplicates are judged by the unit's own text, not the headings above it.
        grouper?.add(unit, number: units.count, length: length - pathLength)
        postings.add(document: Int32(units.count), tokens: tokens)
        units.add(unit, length: length, headingLength: headingLength)
        store.add(section: unit.section, text: unit.text)
        analysedUnits += 1
    }

    /// The text a unit is indexed by, how many of its first positions are the headings above it, and
    /// how many are its heading (the heading field of field-weighted scoring): a section is indexed
    /// with `headingsAbove` (bare headings that gave way to it) before its own heading and text, so that
    /// a query naming such a heading finds the text under it; a document by its title and metadata,
    /// the title its heading.
    private func fields(of unit: IndexUnit, headingsAbove: [String]) -> (text: String, pathLength: Int, headingLength: Int) {
        func positions(_ text: String) -> Int { text.isEmpty ? 0 : analyzer.positionCount(of: FoldedText(text)) }
        switch unit.kind {
        case .section where !unit.section.isEmpty:
            let own = unit.section.components(separatedBy: IndexUnit.pathSeparator).last!
            let above = headingsAbove.joined(separator: "\n")
            let pathLength = positions(above)
            let headingLength = pathLength + (unit.text.hasPrefix(own) ? positions(own) : 0)
            return (above.isEmpty ? unit.text : above + "\n" + unit.text, pathLength, headingLength)
        case .document:
            return (unit.text, 0, positions(String(unit.text.prefix { $0 != "\n" })))
        default:
            return (unit.text, 0, 0)
        }
    }

    /// Adds the units of a source file, recording its content hash for the next incremental build.
    ///
    /// A section that is a heading alone with sections under it gives way to them: it is stored but
    /// not searchable, its heading being indexed as part of the heading of every section under it, so
    /// that a search lists the text under a heading rather than the bare heading.
    public func add(source path: String, hash: ContentHash, units newUnits: [IndexUnit]) {
        let first = units.count
        // The bare headings met so far, by document and section path.
        var bare = Set<String>()
        for (index, unit) in newUnits.enumerated() {
            let givesWay = IndexWriter.givesWay(unit, to: index + 1 < newUnits.count ? newUnits[index + 1] : nil)
            var above: [String] = []
            if unit.kind == .section, !unit.section.isEmpty {
                let path = unit.section.components(separatedBy: IndexUnit.pathSeparator)
                for depth in 1..<path.count
                where bare.contains("\(unit.documentIndex)\u{0}" + path[0..<depth].joined(separator: IndexUnit.pathSeparator)) {
                    above.append(path[depth - 1])
                }
            }
            if givesWay { bare.insert("\(unit.documentIndex)\u{0}\(unit.section)") }
            add(unit: unit, searchable: !givesWay, headingsAbove: above)
        }
        sources.append(SourceRecord(path: path, hash: hash, firstUnit: first, unitCount: newUnits.count))
    }

    /// Whether `unit` is a bare heading whose next unit is a section under it.
    static func givesWay(_ unit: IndexUnit, to next: IndexUnit?) -> Bool {
        guard unit.kind == .section, !unit.section.isEmpty, let next, next.kind == .section,
              next.source == unit.source, next.documentIndex == unit.documentIndex,
              next.section.hasPrefix(unit.section + IndexUnit.pathSeparator) else { return false }
        let own = unit.section.components(separatedBy: IndexUnit.pathSeparator).last!
        return unit.text.trimmingCharacters(in: .whitespacesAndNewlines) == own.trimmingCharacters(in: .whitespacesAndNewlines)
    }

    /// Carries the units of `reused` (sources of `reader`'s generation) over unchanged: their records,
    /// texts and postings are copied, nothing is analysed. Must come before any `add`.
    public func reuse(from reader: IndexReader, sources reused: [SourceRecord]) throws(IndexError) {
        precondition(units.count == 0, "reuse(from:sources:) must come first")
        var remap = [Int32](repeating: -1, count: reader.unitCount)
        var next = 0
        for source in reused {
            sources.append(SourceRecord(path: source.path, hash: source.hash, firstUnit: next, unitCount: source.unitCount))
            for old in source.firstUnit..<(source.firstUnit + source.unitCount) {
                remap[old] = Int32(next)
                next += 1
            }
        }
        // Units in their new order, their texts read a store block at a time.
        var order = [Int](repeating: -1, count: next)
        for (old, new) in remap.enumerated() where new >= 0 { order[Int(new)] = old }
        var block = -1
        var entries: [StoredUnit] = []
        for old in order {
            if reader.store.block(of: old) != block {
                block = reader.store.block(of: old)
                entries = try reader.store.entries(block: block)
            }
            let unit = reader.unit(old, stored: entries[old - reader.store.firstUnit(of: block)])
            grouper?.add(unit, number: units.count, length: analyzer.positionCount(of: FoldedText(unit.text)))
            units.add(unit, length: reader.units.length(old), headingLength: reader.units.headingLength(old))
            store.add(section: unit.section, text: unit.text)
        }
        try reader.forEachPosting { term, document, positions in
            let mapped = remap[Int(document)]
            if mapped >= 0 { postings.append(term: postings.id(of: term), document: mapped, positions: positions) }
        }
    }

    /// Writes the generation after the current one into `directory` and publishes it.
    @discardableResult
    public func commit(to directory: IndexDirectory) throws(IndexError) -> IndexStatistics {
        let lock = try directory.lock()
        defer { close(lock) }
        let previous = directory.exists ? try? directory.manifest() : nil
        let generation = max(previous?.generation ?? 0, directory.generationsOnDisk().max() ?? 0) + 1
        // Leftovers of builds that were killed before publishing.
        directory.removeGenerations(except: Set([previous?.generation].compactMap { $0 }))
        var dictionary = TermDictionaryWriter()
        var postingsWriter = PostingsWriter(lengths: units.lengths, headingLengths: units.headingLengths)
        let order = postings.terms.indices.sorted { postings.terms[$0] < postings.terms[$1] }
        for id in order {
            let info = postingsWriter.write(stream: postings.streams[id], documentFrequency: Int(postings.documentFrequency[id]),
                                            totalFrequency: postings.totalFrequency[id])
            postings.release(term: Int32(id))
            dictionary.add(postings.terms[id].bytes, info)
        }
        // After the postings are written out and their in-memory streams released: the signatures of
        // the near-duplicate search then take their place rather than adding to them.
        var grouping = DuplicateGrouping()
        if let grouper {
            let clock = ContinuousClock.now
            let groups = grouper.groups()
            units.replaceDuplicateGroups(groups)
            grouping = DuplicateGrouping(groups: Set(groups.map(\.group)).count, units: groups.count,
                                         seconds: (ContinuousClock.now - clock) / .seconds(1))
        }
        let bodies: [(String, [UInt8])] = [
            ("TERM", dictionary.body()),
            ("POST", postingsWriter.postings.bytes),
            ("POSI", postingsWriter.positions.bytes),
            ("UNIT", units.body()),
            ("STOR", store.body()),
            ("SRCS", SourceTable.body(sources)),
        ]
        var entries: [Manifest.Entry] = []
        for (role, body) in bodies {
            let bytes = IndexFile.frame(kind: role, body: body)
            let name = IndexDirectory.fileName(generation: generation, role: role)
            try directory.write(name, bytes)
            entries.append(Manifest.Entry(role: role, name: name, size: bytes.count,
                                          crc32: bytes.withUnsafeBytes { $0.loadUnaligned(fromByteOffset: bytes.count - 8, as: UInt32.self).littleEndian }))
        }
        directory.syncFolder()
        try directory.publish(Manifest(generation: generation, analyzer: analyzerName, unitCount: units.count, files: entries))
        directory.removeGenerations(except: Set([generation, previous?.generation].compactMap { $0 }))
        return IndexStatistics(generation: generation, units: units.count, sources: sources.count, terms: dictionary.termCount,
                               bytes: Dictionary(uniqueKeysWithValues: entries.map { ($0.role, $0.size) }), duplicates: grouping)
    }
}

/// What a commit wrote.
public struct IndexStatistics: Sendable {
    public var generation: Int
    public var units: Int
    public var sources: Int
    public var terms: Int
    /// Bytes on disk per structure: `TERM` (dictionary), `POST` (postings), `POSI` (positions), `UNIT`
    /// (unit table), `STOR` (store), `SRCS` (source table).
    public var bytes: [String: Int]
    /// The near-duplicate groups found (none when grouping was off).
    public var duplicates: DuplicateGrouping
}

/// What grouping near-identical units found at a commit, and what it cost.
public struct DuplicateGrouping: Sendable {
    /// Groups of near-identical units.
    public var groups = 0
    /// Units in them.
    public var units = 0
    /// Wall-clock seconds spent finding them.
    public var seconds = 0.0
}
