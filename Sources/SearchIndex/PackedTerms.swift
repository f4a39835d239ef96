import Foundation

/// Byte strings in ascending order, side by side in one buffer, found by bisection with `memcmp`.
///
/// A term dictionary's block index (each block's first term) and each decoded block are kept so: a
/// look-up in every segment of an unmerged index bisects both, and an array of arrays made each
/// step of the bisection a pointer to follow and a generic comparison (BENCHMARKS.md, issue 14,
/// nineteenth session).
struct PackedTerms: Sendable {
    /// The strings one after another, in order.
    private let bytes: [UInt8]
    /// Where each string ends in `bytes`.
    private let ends: [Int]

    init(bytes: [UInt8], ends: [Int]) {
        self.bytes = bytes
        self.ends = ends
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
            var low = 0
            var high = count
            while low < high {
                let middle = (low + high) / 2
                if compare(middle, key) < 0 { low = middle + 1 } else { high = middle }
            }
            return low
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
