/// Finds near-duplicate texts: MinHash signatures over character shingles of the compared text,
/// banded LSH for candidate pairs, containment anchors for texts copied whole into larger ones, and
/// every candidate verified by its exact Jaccard similarity and containment.
///
/// Texts whose compared characters are identical are grouped first and take part through one
/// representative, so that a boilerplate section repeated a thousand times costs one signature and
/// no quadratic number of candidate pairs.
public struct NearDuplicateDetector: Sendable {
    /// The similarity (see `similarity(jaccard:containment:sizes:)`) from which two texts are copies.
    public var threshold: Double
    public var shingler: Shingler
    public var minHasher: MinHasher
    /// Whether containment counts: a text found nearly whole inside a larger one is its copy
    /// (see `similarity(jaccard:containment:sizes:)`).
    public var countsContainment: Bool
    /// Containment counts only where the smaller text has at least this many shingles: a short phrase
    /// lies inside many texts without being a copy of any.
    public var minimumContainedShingles: Int

    /// How candidate pairs for Jaccard similarity are found.
    public enum CandidateSearch: String, Sendable, CaseIterable {
        /// MinHash signatures and banded LSH: fast, and misses a pair at the threshold with
        /// probability at most 0.001 (see `LSHBanding`).
        case minHash
        /// Prefix filtering over the exact shingle sets: slower and larger in memory, never misses a
        /// pair; the measure of `minHash`'s recall.
        case exact
    }

    public var candidateSearch: CandidateSearch

    public init(threshold: Double = 0.8, shingleSize: Int = 5, signatureSize: Int = 128,
                countsContainment: Bool = true, minimumContainedShingles: Int = 50, candidateSearch: CandidateSearch = .minHash,
                signatureScheme: MinHasher.Scheme = .onePermutation) {
        self.threshold = threshold
        self.candidateSearch = candidateSearch
        self.shingler = Shingler(size: shingleSize)
        self.minHasher = MinHasher(signatureSize: signatureSize, scheme: signatureScheme)
        self.countsContainment = countsContainment
        self.minimumContainedShingles = minimumContainedShingles
    }

    /// The similarity of two texts compared with the threshold, from their exact Jaccard similarity,
    /// containment and shingle counts.
    ///
    /// It is the Jaccard similarity, except where the smaller text has at most `threshold` times the
    /// shingles of the larger: there Jaccard similarity cannot reach the threshold whatever the
    /// overlap, and containment takes its place (where it counts and the smaller text is not too
    /// short). Between texts of about the same size containment is not used: it runs well above
    /// Jaccard similarity there (2J / (1 + J) for equal sizes) and would pair texts that share much
    /// but are not copies.
    public func similarity(jaccard: Double, containment: Double, sizes: (Int, Int)) -> Double {
        let smaller = min(sizes.0, sizes.1)
        let larger = max(sizes.0, sizes.1)
        guard countsContainment, smaller >= minimumContainedShingles, Double(smaller) <= threshold * Double(larger) else { return jaccard }
        return max(jaccard, containment)
    }

    /// The LSH banding used for `threshold` (see `LSHBanding`).
    public var banding: LSHBanding { LSHBanding(threshold: threshold, signatureSize: minHasher.signatureSize) }

    /// Every pair of `texts` whose similarity reaches the threshold, ordered by index.
    public func similarPairs(_ texts: [String]) -> [SimilarPair] {
        similarPairs(analyse(texts))
    }

    func similarPairs(_ analysis: Analysis) -> [SimilarPair] {
        var pairs: [SimilarPair] = []
        for group in analysis.groups where group.count > 1 {
            for i in 0..<(group.count - 1) {
                for j in (i + 1)..<group.count {
                    pairs.append(SimilarPair(first: group[i], second: group[j], jaccard: 1, containment: 1, similarity: 1))
                }
            }
        }
        for pair in analysis.groupPairs {
            for a in analysis.groups[pair.first] {
                for b in analysis.groups[pair.second] {
                    pairs.append(SimilarPair(first: min(a, b), second: max(a, b), jaccard: pair.jaccard,
                                             containment: pair.containment, similarity: pair.similarity))
                }
            }
        }
        return pairs.sorted { ($0.first, $0.second) < ($1.first, $1.second) }
    }

    /// Clusters of near-identical `texts`, each with the copy to keep.
    ///
    /// `rank` orders the texts by which to keep, lower first (see `KeepRule`); by default the first in
    /// input order. Clustering never chains: texts connected by verified pairs are taken in rank
    /// order, the best not yet placed becomes a kept copy, and only texts within the threshold of that
    /// kept copy join its cluster. So where A~B and B~C but A≁C, A kept takes B and leaves C to a
    /// cluster of its own; B kept takes both A and C, each being within the threshold of B.
    /// Texts with no copy are in no cluster.
    public func clusters(_ texts: [String], rank: [Int]? = nil) -> [NearDuplicateCluster] {
        let rank = rank ?? Array(texts.indices)
        precondition(rank.count == texts.count, "one rank per text")
        return clusters(analyse(texts), rank: rank)
    }

    /// Clusters of texts known by their exact copies and verified pairs, found elsewhere (an index
    /// keeps its units' signatures and pairs): `groups` are sets of exact copies, `pairs` verified
    /// pairs of group numbers. Texts are numbered in the order in which to keep them (lower first), as
    /// `clusters(_:rank:)` ranks them.
    public func clusters(groups: [[Int]], pairs: [SimilarPair]) -> [NearDuplicateCluster] {
        clusters(Analysis(groups: groups, groupPairs: pairs)) { $0 }
    }

    func clusters(_ analysis: Analysis, rank: [Int]) -> [NearDuplicateCluster] {
        clusters(analysis) { rank[$0] }
    }

    private func clusters(_ analysis: Analysis, rank: (Int) -> Int) -> [NearDuplicateCluster] {
        let groups = analysis.groups.map { group in group.sorted { (rank($0), $0) < (rank($1), $1) } }
        var neighbours = [[(group: Int, pair: SimilarPair)]](repeating: [], count: groups.count)
        for pair in analysis.groupPairs {
            neighbours[pair.first].append((pair.second, pair))
            neighbours[pair.second].append((pair.first, pair))
        }
        let order = groups.indices.filter { groups[$0].count > 1 || !neighbours[$0].isEmpty }
            .sorted { (rank(groups[$0][0]), groups[$0][0]) < (rank(groups[$1][0]), groups[$1][0]) }
        var placed = [Bool](repeating: false, count: groups.count)
        var clusters: [NearDuplicateCluster] = []
        for centre in order where !placed[centre] {
            placed[centre] = true
            let keep = groups[centre][0]
            var members = groups[centre].dropFirst().map { NearDuplicateCluster.Member(index: $0, jaccard: 1, containment: 1, similarity: 1) }
            for (group, pair) in neighbours[centre] where !placed[group] {
                placed[group] = true
                members += groups[group].map {
                    NearDuplicateCluster.Member(index: $0, jaccard: pair.jaccard, containment: pair.containment, similarity: pair.similarity)
                }
            }
            guard !members.isEmpty else { continue }
            members.sort { $0.index < $1.index }
            clusters.append(NearDuplicateCluster(keep: keep, members: [.init(index: keep, jaccard: 1, containment: 1, similarity: 1)] + members))
        }
        return clusters.sorted { $0.keep < $1.keep }
    }
}
