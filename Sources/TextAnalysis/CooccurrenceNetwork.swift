import Reporting

/// A co-word network (`zhili cooccur`): the most frequent terms as nodes, and an edge between two terms
/// weighted by the number of windows — sentences, paragraphs or sections — in which both occur.
public struct CooccurrenceNetwork: Sendable {
    /// The span of text within which two terms co-occur.
    public enum Window: String, Sendable, CaseIterable {
        /// Up to 。！？；!? or a line break.
        case sentence
        /// A line of the cleaned text.
        case paragraph
        /// A section: heading and body.
        case section
    }

    /// A term and its number of occurrences in the collection.
    public struct Node: Sendable, Hashable {
        public var term: String
        public var count: Int
    }

    /// Two terms (`source` before `target` in code point order: the network is undirected) and the
    /// number of windows holding both.
    public struct Edge: Sendable, Hashable {
        public var source: String
        public var target: String
        public var weight: Int

        /// The contract's record: `source, target, weight` (Gephi's edge table).
        public var record: [(String, Value)] {
            [("source", .string(source)), ("target", .string(target)), ("weight", .int(weight))]
        }
    }

    /// The nodes, most frequent first.
    public let nodes: [Node]
    /// The edges, heaviest first (ties by source, then target).
    public let edges: [Edge]

    /// The network of `documents`: the `top` most frequent terms (0 for all) and the edges between them
    /// of weight at least `minimumWeight`.
    public init(_ documents: [AnalysisDocument], window: Window, top: Int, minimumWeight: Int, extractor: TermExtractor) {
        var identifiers: [String: Int32] = [:]
        var terms: [String] = []
        var counts: [Int] = []
        var windows: [[Int32]] = []
        func identifier(_ term: String) -> Int32 {
            if let known = identifiers[term] { return known }
            let new = Int32(terms.count)
            identifiers[term] = new
            terms.append(term)
            counts.append(0)
            return new
        }
        for document in documents {
            for section in document.sections {
                var sectionTerms: [Int32] = []
                for line in section.text.split(whereSeparator: \.isNewline) {
                    let pieces = window == .sentence ? CooccurrenceNetwork.sentences(line) : [line]
                    for piece in pieces {
                        let ids = extractor.terms(String(piece)).map(identifier)
                        for id in ids { counts[Int(id)] += 1 }
                        if window == .section { sectionTerms.append(contentsOf: ids) } else { windows.append(ids) }
                    }
                }
                if window == .section { windows.append(sectionTerms) }
            }
        }
        let ranked = terms.indices.sorted { (counts[$1], terms[$0]) < (counts[$0], terms[$1]) }
        let kept = top > 0 ? Array(ranked.prefix(top)) : ranked
        var isNode = [Bool](repeating: false, count: terms.count)
        for index in kept { isNode[index] = true }
        var weights: [UInt64: Int] = [:]
        for ids in windows {
            let present = Array(Set(ids.filter { isNode[Int($0)] })).sorted { terms[Int($0)] < terms[Int($1)] }
            guard present.count > 1 else { continue }
            for i in 0..<(present.count - 1) {
                for j in (i + 1)..<present.count {
                    weights[UInt64(UInt32(present[i])) << 32 | UInt64(UInt32(present[j])), default: 0] += 1
                }
            }
        }
        nodes = kept.map { Node(term: terms[$0], count: counts[$0]) }
        edges = weights.compactMap { key, weight -> Edge? in
            guard weight >= minimumWeight else { return nil }
            return Edge(source: terms[Int(key >> 32)], target: terms[Int(key & 0xFFFF_FFFF)], weight: weight)
        }.sorted { ($1.weight, $0.source, $0.target) < ($0.weight, $1.source, $1.target) }
    }

    /// The sentences of a line: up to and including each 。！？；!?; (a trailing piece without one too).
    static func sentences(_ line: Substring) -> [Substring] {
        var pieces: [Substring] = []
        var start = line.startIndex
        for index in line.indices where "。！？；!?;".contains(line[index]) {
            let end = line.index(after: index)
            pieces.append(line[start..<end])
            start = end
        }
        if start < line.endIndex { pieces.append(line[start...]) }
        return pieces
    }
}
