import Deduplication

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
///   cluster's first unit.
/// - Every unit of the generation takes part, carried-over ones included: a changed, added or removed
///   file can change the groups of units of files that did not change, so groups are recomputed at
///   each commit rather than carried over.
struct DuplicateGrouper {
    /// Units shorter than this many characters (positions) are never grouped.
    static let minimumLength = 50
    static let defaultThreshold = 0.8

    private struct DocumentKey: Hashable {
        var source: String
        var documentIndex: Int
    }

    private struct Document {
        var unit: Int
        var sections: [String] = []
        var length = 0
    }

    /// A short section's identity within the copies of its document.
    private struct ShortSectionKey: Hashable {
        var documentGroup: Int
        var text: String
    }

    let threshold: Double
    private var sections: [(unit: Int, text: String)] = []
    private var shortSections: [(unit: Int, text: String, document: Int)] = []
    private var documents: [Document] = []
    private var documentOfKey: [DocumentKey: Int] = [:]

    init(threshold: Double) {
        self.threshold = threshold
    }

    /// Notes unit number `number` of the generation, with its field length.
    mutating func add(_ unit: IndexUnit, number: Int, length: Int) {
        switch unit.kind {
        case .document:
            documentOfKey[DocumentKey(source: unit.source, documentIndex: unit.documentIndex)] = documents.count
            documents.append(Document(unit: number))
        case .section:
            let document = documentOfKey[DocumentKey(source: unit.source, documentIndex: unit.documentIndex)]
            if length >= DuplicateGrouper.minimumLength {
                sections.append((number, unit.text))
            } else if let document {
                shortSections.append((number, unit.text, document))
            }
            if let document {
                documents[document].sections.append(unit.text)
                documents[document].length += length
            }
        default:
            break
        }
    }

    /// The group of every unit that has near-identical copies, groups numbered from 0.
    func groups() -> [(unit: Int, group: Int)] {
        // 64 MinHash entries rather than 128: a signature is kept for every section of the collection at
        // once, and the banding still misses a pair at the threshold with probability at most 0.001
        // (measured on the laws, reports and State Council collection: the same groups, 80 MB less).
        let detector = NearDuplicateDetector(threshold: threshold, signatureSize: 64, countsContainment: false)
        let long = documents.indices.filter { documents[$0].length >= DuplicateGrouper.minimumLength }
        var result: [(unit: Int, group: Int)] = []
        var next = 0
        for cluster in detector.clusters(sections.map(\.text)) {
            for member in cluster.members { result.append((sections[member.index].unit, next)) }
            next += 1
        }
        var groupOfDocument: [Int: Int] = [:]
        for cluster in detector.clusters(long.map { documents[$0].sections.joined(separator: "\n") }) {
            for member in cluster.members {
                result.append((documents[long[member.index]].unit, next))
                groupOfDocument[long[member.index]] = next
            }
            next += 1
        }
        // Short sections in order of their first unit, so that group numbers do not depend on hashing.
        var copies: [ShortSectionKey: [Int]] = [:]
        var keys: [ShortSectionKey] = []
        for section in shortSections {
            guard let group = groupOfDocument[section.document] else { continue }
            let key = ShortSectionKey(documentGroup: group, text: section.text)
            if copies[key] == nil { keys.append(key) }
            copies[key, default: []].append(section.unit)
        }
        for key in keys {
            guard let units = copies[key], units.count > 1 else { continue }
            for unit in units { result.append((unit, next)) }
            next += 1
        }
        return result
    }
}
