import Foundation
import Segmentation
import TextNormalization

/// A unit analysed, with the lengths the unit table records; its terms are in the `PostingsRun` of the
/// batch it was analysed in.
public struct AnalysedUnit: Sendable {
    public var unit: IndexUnit
    /// Positions of the indexed field (the headings above it, its heading and its text).
    var length: Int
    /// Positions of the unit's own text, for near-duplicate grouping.
    var textLength: Int
    /// The first positions that are the unit's title or heading path.
    var headingLength: Int
}

/// A source file's units analysed and inverted — the part of indexing that needs no shared state, done
/// on any thread (`CollectionIndexer` runs it on every core) before `IndexWriter` appends it — with
/// the file's content hash.
public struct AnalysedSource: Sendable {
    public var path: String
    public var hash: ContentHash
    public var units: [AnalysedUnit]
    /// The units' postings, the units numbered from 0.
    var postings: PostingsRun
    /// The units' duplicate signatures (numbered within the source), where near-duplicates are grouped.
    var signatures: [DuplicateSignature] = []
}

/// Analyses units on any number of threads at once: each call borrows an `Analyzer` of its own (a
/// word segmenter is not thread-safe), made the first time a thread needs one and kept for reuse.
public final class SourceAnalyser: @unchecked Sendable {
    private let analyzers: BorrowedObjects<Analyzer>
    /// Signs each source's units for near-duplicate grouping, where it is done.
    let signer: DuplicateSigner?

    /// With a `lexicon`, the words of three or more characters that `WordSegmenter` finds are added;
    /// with a `signer`, each source's units are signed for near-duplicate grouping.
    public init(lexicon: Lexicon?, signer: DuplicateSigner? = nil) {
        analyzers = BorrowedObjects { Analyzer(segmenter: lexicon.flatMap { try? WordSegmenter(lexicon: $0) }) }
        self.signer = signer
    }

    private func withAnalyzer<T>(_ body: (Analyzer) -> T) -> T { analyzers.borrow(body) }

    /// One unit that belongs to no source file, as a batch of its own (`path` empty); a unit that is
    /// not `searchable` is stored (for outlines and extraction) but gets no postings; `headingsAbove`
    /// are the headings of the sections above it that gave way to it, indexed as part of its heading.
    public func analyse(unit: IndexUnit, searchable: Bool = true, headingsAbove: [String] = []) -> AnalysedSource {
        withAnalyzer { analyzer in
            var postings = PostingsRunBuilder()
            let analysed = analyse(unit: unit, path: unit.sectionPath, searchable: searchable, headingsAbove: headingsAbove,
                                   with: analyzer, into: &postings)
            return AnalysedSource(path: "", hash: ContentHash(size: 0, fnv1a: 0, crc32: 0), units: [analysed], postings: postings.finish())
        }
    }

    /// Analyses `unit`, whose heading path is `path`, and inverts its terms into `postings`.
    private func analyse(unit: IndexUnit, path: [String], searchable: Bool, headingsAbove: [String], with analyzer: Analyzer,
                         into postings: inout PostingsRunBuilder) -> AnalysedUnit {
        let (indexed, pathLength, headingLength) = searchable ? fields(of: unit, own: path.last, headingsAbove: headingsAbove, analyzer: analyzer)
            : ("", 0, 0)
        let length = postings.add(searchable ? indexed : nil, analysedBy: analyzer)
        // Near-duplicates are judged by the unit's own text, not the headings above it.
        return AnalysedUnit(unit: unit, length: length, textLength: length - pathLength, headingLength: headingLength)
    }

    /// The text a unit is indexed by, how many of its first positions are the headings above it, and
    /// how many are its heading (the heading field of field-weighted scoring): a section is indexed
    /// with `headingsAbove` (bare headings that gave way to it) before its own heading and text, so that
    /// a query naming such a heading finds the text under it; a document by its title and metadata,
    /// the title its heading. `own` is a section's heading, the last of its path.
    private func fields(of unit: IndexUnit, own: String?, headingsAbove: [String], analyzer: Analyzer) -> (text: String, pathLength: Int, headingLength: Int) {
        func positions(_ text: String) -> Int { text.isEmpty ? 0 : analyzer.positionCount(of: text) }
        switch unit.kind {
        case .section where !unit.section.isEmpty:
            let own = own!
            let above = headingsAbove.joined(separator: "\n")
            let pathLength = positions(above)
            let headingLength = pathLength + (unit.text.fastHasPrefix(own) ? positions(own) : 0)
            return (above.isEmpty ? unit.text : above + "\n" + unit.text, pathLength, headingLength)
        case .document:
            return (unit.text, 0, positions(String(unit.text.prefix { $0 != "\n" })))
        default:
            return (unit.text, 0, 0)
        }
    }

    /// The units of a source file, analysed and inverted.
    ///
    /// A section that is a heading alone with sections under it gives way to them: it is stored but
    /// not searchable, its heading being indexed as part of the heading of every section under it, so
    /// that a search lists the text under a heading rather than the bare heading.
    public func analyse(source path: String, hash: ContentHash, units: [IndexUnit]) -> AnalysedSource {
        withAnalyzer { analyzer in
            var analysed: [AnalysedUnit] = []
            analysed.reserveCapacity(units.count)
            var postings = PostingsRunBuilder()
            // The bare headings met so far, by document and section path.
            var bare = Set<String>()
            for (index, unit) in units.enumerated() {
                // A section's heading path, split once for its three uses.
                let sectionPath = unit.kind == .section ? unit.sectionPath : []
                let givesWay = SourceAnalyser.givesWay(unit, path: sectionPath, to: index + 1 < units.count ? units[index + 1] : nil)
                var above: [String] = []
                if !sectionPath.isEmpty {
                    for depth in 1..<sectionPath.count
                    where bare.contains("\(unit.documentIndex)\u{0}" + sectionPath[0..<depth].joined(separator: IndexUnit.pathSeparator)) {
                        above.append(sectionPath[depth - 1])
                    }
                }
                if givesWay { bare.insert("\(unit.documentIndex)\u{0}\(unit.section)") }
                analysed.append(analyse(unit: unit, path: sectionPath, searchable: !givesWay, headingsAbove: above, with: analyzer, into: &postings))
            }
            let signatures = signer?.signatures(of: analysed.map { ($0.unit, $0.textLength) }) ?? []
            return AnalysedSource(path: path, hash: hash, units: analysed, postings: postings.finish(), signatures: signatures)
        }
    }

    /// Whether `unit`, whose heading path is `path`, is a bare heading whose next unit is a section under it.
    static func givesWay(_ unit: IndexUnit, path: [String], to next: IndexUnit?) -> Bool {
        guard unit.kind == .section, let own = path.last, let next, next.kind == .section,
              next.source == unit.source, next.documentIndex == unit.documentIndex,
              next.section.fastHasPrefix(unit.section + IndexUnit.pathSeparator) else { return false }
        return unit.text.trimmingCharacters(in: .whitespacesAndNewlines) == own.trimmingCharacters(in: .whitespacesAndNewlines)
    }
}
