/// MinHash signatures by one-permutation hashing with optimal densification (Shrivastava, ICML 2017).
///
/// Classic MinHash applies k hash functions to every shingle; here every shingle is hashed once
/// (`Shingler` already gives a well-mixed 64-bit hash): its top bits choose one of k bins and the rest
/// is its value, and each bin keeps its smallest value. For two texts, a bin holds the same minimum
/// with probability equal to their Jaccard similarity, as a classic MinHash component does, at a cost
/// of one comparison per shingle instead of k hash evaluations. Bins left empty by a short text borrow
/// the value of a non-empty bin chosen by a hash sequence that depends only on the bin's number, so
/// that two texts borrow consistently and the estimate stays unbiased.
///
/// The classic scheme is kept for comparison (`Scheme.permutations`): k multiply-shift hash
/// functions h_i(x) = (a_i·x + b_i) mod 2^64, each text's minimum of every one.
public struct MinHasher: Sendable {
    /// How signatures are computed.
    public enum Scheme: String, Sendable, CaseIterable {
        /// One hash per shingle, k bins, optimal densification: O(n + k) per text.
        case onePermutation = "one-permutation"
        /// k multiply-shift hash functions per shingle: O(n·k) per text.
        case permutations
    }

    /// Signature length k, a power of two.
    public let signatureSize: Int
    public let scheme: Scheme
    private let binShift: UInt64
    /// The multipliers (odd) and increments of the classic scheme's hash functions.
    private let multipliers: [UInt64]
    private let increments: [UInt64]

    public init(signatureSize: Int = 128, scheme: Scheme = .onePermutation) {
        precondition(signatureSize >= 2 && signatureSize & (signatureSize - 1) == 0, "the signature size is a power of two")
        self.signatureSize = signatureSize
        self.scheme = scheme
        self.binShift = UInt64(64 - signatureSize.trailingZeroBitCount)
        self.multipliers = (0..<signatureSize).map { Shingler.finalMix(UInt64($0) &+ 0x5851_F42D_4C95_7F2D) | 1 }
        self.increments = (0..<signatureSize).map { Shingler.finalMix(UInt64($0) &+ 0x1405_7B7E_F767_814F) }
    }

    /// Writes the signature of a text's shingle hashes into `signature` (k entries); false where the
    /// text has no shingles, which leaves it without a signature.
    public func sign(_ hashes: [UInt64], into signature: UnsafeMutableBufferPointer<UInt64>) -> Bool {
        guard !hashes.isEmpty else { return false }
        if scheme == .permutations {
            signPermuting(hashes, into: signature)
            return true
        }
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

    private func signPermuting(_ hashes: [UInt64], into signature: UnsafeMutableBufferPointer<UInt64>) {
        for function in 0..<signatureSize { signature[function] = .max }
        multipliers.withUnsafeBufferPointer { a in
            increments.withUnsafeBufferPointer { b in
                for hash in hashes {
                    for function in 0..<signatureSize {
                        let value = a[function] &* hash &+ b[function]
                        if value < signature[function] { signature[function] = value }
                    }
                }
            }
        }
    }
}
