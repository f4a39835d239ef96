import Foundation

/// Byte strings in ascending order, side by side in one buffer, found by bisection on their first
/// eight bytes as integers, with `memcmp` only where those are equal.
///
/// A term dictionary's block index (each block's first term) and each decoded block are kept so: a
/// look-up in every segment of an unmerged index bisects both, and an array of arrays made each
/// step of the bisection a pointer to follow and a generic comparison (BENCHMARKS.md, issue 14,
/// nineteenth session). Every bigram is at most six bytes, so nearly every step compares two
/// integers side by side in one array instead of two strings found through their ends (twenty-first
/// session: the bisections of seven segments' dictionaries were most of what a query's look-ups
/// cost over a merged index's one).
struct PackedTerms: Sendable {
    /// The strings one after another, in order.
    private let bytes: [UInt8]
    /// Where each string ends in `bytes`.
    private let ends: [Int]
    /// Each string's first eight bytes (`PackedTerms.head`).
    private let heads: [UInt64]

    init(bytes: [UInt8], ends: [Int]) {
        self.bytes = bytes
        self.ends = ends
        var heads: [UInt64] = []
        heads.reserveCapacity(ends.count)
        bytes.withUnsafeBufferPointer { all in
            var start = 0
            for end in ends {
                heads.append(PackedTerms.head(UnsafeBufferPointer(rebasing: all[start..<end])))
                start = end
            }
        }
        self.heads = heads
    }

    /// A string's first eight bytes as a big-endian integer, zero-padded: where two strings' heads
    /// differ, they are in the order of their heads (a string that ends within eight bytes is padded
    /// with zeros, below any byte the other may have there); where the heads are equal, the strings
    /// may still differ past them.
    private static func head(_ string: UnsafeBufferPointer<UInt8>) -> UInt64 {
        var head: UInt64 = 0
        for index in 0..<8 { head = head << 8 | UInt64(index < string.count ? string[index] : 0) }
        return head
    }

    var count: Int { ends.count }

    /// Where string `index` starts in `bytes`.
    private func start(_ index: Int) -> Int { index == 0 ? 0 : ends[index - 1] }

    /// String `index`'s bytes.
    subscript(index: Int) -> [UInt8] {
        Array(bytes[start(index)..<ends[index]])
    }

    /// Compares string `index` with `key` as byte strings: negative when the string comes first, 0
    /// when they are equal, positive when the key does.
    private func compare(_ index: Int, _ key: UnsafeBufferPointer<UInt8>) -> Int {
        let start = start(index)
        let length = ends[index] - start
        return bytes.withUnsafeBufferPointer { all in
            let shared = min(length, key.count)
            let order = shared == 0 ? 0 : Int(memcmp(all.baseAddress! + start, key.baseAddress!, shared))
            return order != 0 ? order : length - key.count
        }
    }

    /// The index of the first string not before `key` (`count` when every string is before it).
    func lowerBound(_ key: [UInt8]) -> Int {
        key.withUnsafeBufferPointer { key in
            let keyHead = PackedTerms.head(key)
            return heads.withUnsafeBufferPointer { heads in
                var low = 0
                var high = heads.count
                while low < high {
                    let middle = (low + high) / 2
                    let head = heads[middle]
                    let before = head != keyHead ? head < keyHead : compare(middle, key) < 0
                    if before { low = middle + 1 } else { high = middle }
                }
                return low
            }
        }
    }

    /// The index of the last string not after `key` (-1 when every string is after it).
    func lastIndex(notAfter key: [UInt8]) -> Int {
        let bound = lowerBound(key)
        return holds(key, at: bound) ? bound : bound - 1
    }

    /// Whether string `index` is `key`.
    func holds(_ key: [UInt8], at index: Int) -> Bool {
        index < count && key.withUnsafeBufferPointer { compare(index, $0) == 0 }
    }

    /// Whether string `index` begins with `prefix`.
    func string(_ index: Int, startsWith prefix: [UInt8]) -> Bool {
        let start = start(index)
        guard ends[index] - start >= prefix.count else { return false }
        return prefix.withUnsafeBufferPointer { prefix in
            bytes.withUnsafeBufferPointer { all in
                prefix.isEmpty || memcmp(all.baseAddress! + start, prefix.baseAddress!, prefix.count) == 0
            }
        }
    }
}
