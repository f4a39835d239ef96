/// The per-unit half of near-duplicate detection, for a job that pairs units elsewhere
/// (`zhili dedupe --signatures`, read by Scripts/spark/dedupe.py).
///
/// Besides the MinHash signature that finds candidates, it carries a consistent sample of the
/// text's shingles to verify them: every distinct shingle where a text has at most
/// `completeSampleLimit` of them, so that short texts (most sections) are verified exactly as the
/// detector does, else only the shingles in the containment anchors' eighth of the hash space (see
/// `ContainmentIndex`), which are the same for every text. Two samples restricted to that eighth
/// estimate Jaccard similarity and containment from at least a hundred-odd shingles, and give the
/// anchors the containment candidate search needs. A job that wants exact verification asks again
/// for the few units in candidate pairs with every shingle (`zhili dedupe --signatures --all-shingles`).
public struct UnitSignature: Sendable, Hashable {
    /// The MinHash signature, `MinHasher.signatureSize` entries.
    public let minhash: [UInt64]
    /// Shingles in text order, repeats included (the containment candidate search's size).
    public let shingles: Int
    /// Distinct shingles (the size verification compares).
    public let distinctShingles: Int
    /// Distinct shingle hashes, ascending: all of them, or those of the anchor eighth (`isSampled`).
    public let sample: [UInt64]
    /// The identity of the compared characters: texts with the same key are exact copies, which the
    /// detector groups before pairing (`ExactKey`: length and two 64-bit hashes, in hexadecimal).
    public let exactKey: String

    /// Texts with at most this many distinct shingles carry all of them.
    public static let completeSampleLimit = 1024

    /// Whether `sample` holds only the anchor eighth of the shingles.
    public var isSampled: Bool { sample.count < distinctShingles }

    /// A shingle hash is an anchor when these low bits are zero (`ContainmentIndex.samplingBits`).
    public static let anchorMask: UInt64 = (1 << ContainmentIndex.samplingBits) - 1
}

extension NearDuplicateDetector {
    /// The signature of `text` as `analyse` computes it; nil where the text has no compared characters.
    /// Its sample holds every distinct shingle up to `completeSampleLimit` of them, else the anchor eighth.
    public func signature(of text: String, completeSampleLimit: Int = UnitSignature.completeSampleLimit) -> UnitSignature? {
        let characters = ComparisonText.characters(of: text)
        guard !characters.isEmpty else { return nil }
        let hashes = shingler.hashes(of: characters)
        let buffer = UnsafeMutableBufferPointer<UInt64>.allocate(capacity: minHasher.signatureSize)
        defer { buffer.deallocate() }
        _ = minHasher.sign(hashes, into: buffer)
        let set = ShingleSet(hashes: hashes)
        let sample = set.count <= completeSampleLimit ? set.hashes : set.hashes.filter { $0 & UnitSignature.anchorMask == 0 }
        let key = ExactKey(characters)
        return UnitSignature(minhash: Array(buffer), shingles: hashes.count, distinctShingles: set.count, sample: sample,
                             exactKey: String(key.count, radix: 16) + ":" + String(key.hash, radix: 16))
    }
}
