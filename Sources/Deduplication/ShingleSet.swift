/// A text's shingles as a sorted set of hashes, for exact Jaccard similarity and containment.
public struct ShingleSet: Sendable, Hashable {
    /// Unique shingle hashes, ascending.
    public let hashes: [UInt64]

    /// The set of the given hashes, repeats dropped.
    public init(hashes: [UInt64]) {
        var sorted = hashes
        ShingleSet.sortAscending(&sorted)
        var unique: [UInt64] = []
        unique.reserveCapacity(sorted.count)
        for hash in sorted where unique.last != hash { unique.append(hash) }
        self.hashes = unique
    }

    /// From this many values on, `sortAscending` counts bytes rather than comparing values.
    static let radixSortMinimum = 256

    /// Sorts `values` ascending; from `radixSortMinimum` values on by their bytes, least significant
    /// first. The grouping at an index's commit sorts the shingles of every text it verifies, on the
    /// build's critical path, and a comparison sort of a long text's shingles spent most of that time.
    static func sortAscending(_ values: inout [UInt64]) {
        let count = values.count
        guard count >= radixSortMinimum else {
            values.sort()
            return
        }
        // Every byte's counts in one pass over the values.
        var counts = [Int](repeating: 0, count: 8 * 256)
        counts.withUnsafeMutableBufferPointer { counts in
            values.withUnsafeBufferPointer { values in
                for value in values {
                    for byte in 0..<8 { counts[byte &* 256 &+ Int(truncatingIfNeeded: value &>> UInt64(byte &* 8)) & 0xFF] &+= 1 }
                }
            }
        }
        var scratch = [UInt64](repeating: 0, count: count)
        var inScratch = false
        values.withUnsafeMutableBufferPointer { values in
            scratch.withUnsafeMutableBufferPointer { scratch in
                counts.withUnsafeMutableBufferPointer { counts in
                    for byte in 0..<8 {
                        let base = byte * 256
                        let (source, destination) = inScratch ? (scratch, values) : (values, scratch)
                        // A byte every value shares leaves the order as it is.
                        if counts[base + Int(truncatingIfNeeded: source[0] &>> UInt64(byte * 8)) & 0xFF] == count { continue }
                        var start = 0
                        for digit in 0..<256 {
                            let digitCount = counts[base + digit]
                            counts[base + digit] = start
                            start += digitCount
                        }
                        for value in source {
                            let slot = base &+ Int(truncatingIfNeeded: value &>> UInt64(byte &* 8)) & 0xFF
                            destination[counts[slot]] = value
                            counts[slot] &+= 1
                        }
                        inScratch.toggle()
                    }
                }
            }
        }
        if inScratch { values = scratch }
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
