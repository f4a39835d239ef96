import Reporting
import TextNormalization

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
        var builder = Builder(window: window)
        for document in documents { builder.add(builder.windows(of: document, extractor: extractor)) }
        self = builder.network(top: top, minimumWeight: minimumWeight)
    }

    private init(nodes: [Node], edges: [Edge]) {
        self.nodes = nodes
        self.edges = edges
    }

    /// The terms of one document cut into windows, numbered by an interner of its own.
    public struct Windows: Sendable {
        var terms = TermInterner()
        var windows: [[Int32]] = []
    }

    /// Gathers the windows of documents added one at a time (cut on any thread with `windows(of:)`),
    /// then makes the network.
    public struct Builder: Sendable {
        public let window: Window
        private var terms = TermInterner()
        private var counts: [Int] = []
        private var windows: [[Int32]] = []

        public init(window: Window) {
            self.window = window
        }

        /// The windows of `document`'s terms (thread-safe).
        public func windows(of document: AnalysisDocument, extractor: TermExtractor) -> Windows {
            var result = Windows()
            for section in document.sections {
                let text = FoldedText(section.text)
                var current: [Int32] = []
                var scanned = 0
                text.folded.withUnsafeBufferPointer { folded in
                    extractor.forEachTerm(in: text) { units, range in
                        if window != .section, folded[scanned..<range.lowerBound].contains(where: endsWindow) {
                            result.windows.append(current)
                            current = []
                        }
                        scanned = range.upperBound
                        current.append(result.terms.intern(units))
                    }
                }
                result.windows.append(current)
            }
            return result
        }

        /// Whether a folded unit ends a window: a line break, and for sentences 。!?; (！？； folded).
        private func endsWindow(_ unit: UInt16) -> Bool {
            switch unit {
            case 0x0A...0x0D, 0x85, 0x2028, 0x2029: return true
            case 0x3002, 0x21, 0x3F, 0x3B: return window == .sentence
            default: return false
            }
        }

        /// Adds one document's windows.
        public mutating func add(_ document: Windows) {
            let global = (0..<document.terms.count).map { local in
                document.terms.units(Int32(local)).withUnsafeBufferPointer { terms.intern($0) }
            }
            if counts.count < terms.count { counts.append(contentsOf: repeatElement(0, count: terms.count - counts.count)) }
            for window in document.windows {
                let ids = window.map { global[Int($0)] }
                for id in ids { counts[Int(id)] += 1 }
                windows.append(ids)
            }
        }

        /// The network: the `top` most frequent terms (0 for all) and the edges between them of weight at
        /// least `minimumWeight`.
        public func network(top: Int, minimumWeight: Int) -> CooccurrenceNetwork {
            // Each term's place in code point order, so that ties and pairs compare numbers.
            var rank = [Int32](repeating: 0, count: terms.count)
            for (place, id) in (0..<Int32(terms.count)).sorted(by: terms.precedes).enumerated() { rank[Int(id)] = Int32(place) }
            let ranked = (0..<terms.count).sorted { (counts[$1], rank[$0]) < (counts[$0], rank[$1]) }
            let kept = top > 0 ? Array(ranked.prefix(top)) : ranked
            var isNode = [Bool](repeating: false, count: terms.count)
            for index in kept { isNode[index] = true }
            var weights: [UInt64: Int] = [:]
            for ids in windows {
                let present = Array(Set(ids.filter { isNode[Int($0)] })).sorted { rank[Int($0)] < rank[Int($1)] }
                guard present.count > 1 else { continue }
                for i in 0..<(present.count - 1) {
                    for j in (i + 1)..<present.count {
                        weights[UInt64(UInt32(present[i])) << 32 | UInt64(UInt32(present[j])), default: 0] += 1
                    }
                }
            }
            let heaviest = weights.filter { $0.value >= minimumWeight }.map { (source: Int32(truncatingIfNeeded: $0.key >> 32), target: Int32(truncatingIfNeeded: $0.key & 0xFFFF_FFFF), weight: $0.value) }
                .sorted { ($1.weight, rank[Int($0.source)], rank[Int($0.target)]) < ($0.weight, rank[Int($1.source)], rank[Int($1.target)]) }
            return CooccurrenceNetwork(nodes: kept.map { Node(term: terms.string(Int32($0)), count: counts[$0]) },
                                       edges: heaviest.map { Edge(source: terms.string($0.source), target: terms.string($0.target), weight: $0.weight) })
        }
    }
}
