/// MinHash signatures by one-permutation hashing with optimal densification (Shrivastava, ICML 2017).
///
/// Classic MinHash applies k hash functions to every shingle; here every shingle is hashed once
/// (`Shingler` already gives a well-mixed 64-bit hash): its top bits choose one of k bins and the rest
/// is its value, and each bin keeps its smallest value. For two texts, a bin holds the same minimum
/// with probability equal to their Jaccard similarity, as a classic MinHash component does, at a cost
/// of one comparison per shingle instead of k hash evaluations. Bins left empty by a short text borrow
/// the value of a non-empty bin chosen by a hash sequence that depends only on the bin's number, so
/// that two texts borrow consistently and the estimate stays unbiased.
public struct MinHasher: Sendable {
    /// Signature length k, a power of two.
    public let signatureSize: Int
    private let binShift: UInt64

    public init(signatureSize: Int = 128) {
        precondition(signatureSize >= 2 && signatureSize & (signatureSize - 1) == 0, "the signature size is a power of two")
        self.signatureSize = signatureSize
        self.binShift = UInt64(64 - signatureSize.trailingZeroBitCount)
    }

    /// Writes the signature of a text's shingle hashes into `signature` (k entries); false where the
    /// text has no shingles, which leaves it without a signature.
    public func sign(_ hashes: [UInt64], into signature: UnsafeMutableBufferPointer<UInt64>) -> Bool {
        guard !hashes.isEmpty else { return false }
        let empty = UInt64.max
        for bin in 0..<signatureSize { signature[bin] = empty }
        let valueShift = UInt64(signatureSize.trailingZeroBitCount)
        hashes.withUnsafeBufferPointer { shingles in
            for hash in shingles {
                let bin = Int(truncatingIfNeeded: hash >> binShift)
                // The value is the bits below the bin number, shifted up; never all ones.
                let value = (hash << valueShift) >> 1
                if value < signature[bin] { signature[bin] = value }
            }
        }
        var filled = [Bool](repeating: false, count: signatureSize)
        for bin in 0..<signatureSize { filled[bin] = signature[bin] != empty }
        for bin in 0..<signatureSize where !filled[bin] {
            var attempt: UInt64 = 1
            while true {
                let donor = Int(truncatingIfNeeded: Shingler.finalMix(UInt64(bin) << 32 | attempt) >> binShift)
                if filled[donor] {
                    signature[bin] = signature[donor]
                    break
                }
                attempt += 1
            }
        }
        return true
    }
}
