/// A set of near-identical texts and the one of them to keep.
public struct NearDuplicateCluster: Sendable, Hashable {
    /// One text of the cluster and how close it is to the kept one.
    public struct Member: Sendable, Hashable {
        /// Its index in the detector's input.
        public let index: Int
        /// Jaccard similarity with the kept text (1 for the kept text itself).
        public let jaccard: Double
        /// Containment with the kept text (see `SimilarPair.containment`).
        public let containment: Double
        /// The similarity with the kept text that was compared with the threshold.
        public let similarity: Double

        public init(index: Int, jaccard: Double, containment: Double, similarity: Double) {
            self.index = index
            self.jaccard = jaccard
            self.containment = containment
            self.similarity = similarity
        }
    }

    /// Index of the text to keep.
    public let keep: Int
    /// Every member, the kept one first, then the others in order of input index.
    public let members: [Member]

    /// The lowest similarity of a member with the kept text.
    public var similarity: Double { members.dropFirst().map(\.similarity).min() ?? 1 }
}
