/// A text's shingles as a sorted set of hashes, for exact Jaccard similarity and containment.
public struct ShingleSet: Sendable, Hashable {
    /// Unique shingle hashes, ascending.
    public let hashes: [UInt64]

    /// The set of the given hashes, repeats dropped.
    public init(hashes: [UInt64]) {
        var sorted = hashes
        sorted.sort()
        var unique: [UInt64] = []
        unique.reserveCapacity(sorted.count)
        for hash in sorted where unique.last != hash { unique.append(hash) }
        self.hashes = unique
    }

    public var count: Int { hashes.count }
    public var isEmpty: Bool { hashes.isEmpty }

    /// How many shingles the two sets share.
    public func intersectionCount(with other: ShingleSet) -> Int {
        hashes.withUnsafeBufferPointer { left in
            other.hashes.withUnsafeBufferPointer { right in
                var shared = 0
                var i = 0
                var j = 0
                while i < left.count && j < right.count {
                    let a = left[i]
                    let b = right[j]
                    if a == b {
                        shared += 1
                        i += 1
                        j += 1
                    } else if a < b {
                        i += 1
                    } else {
                        j += 1
                    }
                }
                return shared
            }
        }
    }

    /// Jaccard similarity |A∩B| / |A∪B| and containment |A∩B| / min(|A|,|B|); both 0 where a set is empty.
    public func similarity(to other: ShingleSet) -> (jaccard: Double, containment: Double) {
        guard !isEmpty, !other.isEmpty else { return (0, 0) }
        let shared = intersectionCount(with: other)
        let union = count + other.count - shared
        return (Double(shared) / Double(union), Double(shared) / Double(min(count, other.count)))
    }
}
