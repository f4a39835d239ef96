/// Two texts found near-identical, with their true similarities.
public struct SimilarPair: Sendable, Hashable {
    /// Indices of the two texts in the detector's input, the smaller first.
    public let first: Int
    public let second: Int
    /// |A∩B| / |A∪B| over shingle sets.
    public let jaccard: Double
    /// |A∩B| / min(|A|,|B|).
    public let containment: Double
    /// The similarity compared with the threshold (see `NearDuplicateDetector.similarity`).
    public let similarity: Double

    public init(first: Int, second: Int, jaccard: Double, containment: Double, similarity: Double) {
        self.first = first
        self.second = second
        self.jaccard = jaccard
        self.containment = containment
        self.similarity = similarity
    }
}
