import Foundation

/// One block of a term dictionary decoded, its terms whole and side by side, so that a lookup finds
/// its term by bisection instead of decoding the front-coded block from its start up to the term.
///
/// Decoded once per block and kept by the dictionary: a query looks a term up in every segment, and
/// decoding the block each time was a tenth of a query's time over an index of seven segments.
final class TermBlock: Sendable {
    /// The terms one after another, in order.
    private let bytes: [UInt8]
    /// Where each term ends in `bytes`.
    private let ends: [Int]
    /// Each term's information.
    let infos: [TermInfo]

    init(bytes: [UInt8], ends: [Int], infos: [TermInfo]) {
        self.bytes = bytes
        self.ends = ends
        self.infos = infos
    }

    var count: Int { infos.count }

    /// Where term `index` starts in `bytes`.
    private func start(_ index: Int) -> Int { index == 0 ? 0 : ends[index - 1] }

    /// Term `index`'s bytes.
    func term(_ index: Int) -> [UInt8] {
        Array(bytes[start(index)..<ends[index]])
    }

    /// Compares term `index` with `key` as byte strings: negative when the term comes first, 0 when
    /// they are equal, positive when the key does.
    private func compare(_ index: Int, _ key: UnsafeBufferPointer<UInt8>) -> Int {
        let start = start(index)
        let length = ends[index] - start
        return bytes.withUnsafeBufferPointer { all in
            let shared = min(length, key.count)
            let order = shared == 0 ? 0 : Int(memcmp(all.baseAddress! + start, key.baseAddress!, shared))
            return order != 0 ? order : length - key.count
        }
    }

    /// The index of the first term not before `key` (`count` when every term is before it).
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

    /// Whether term `index` is `key`.
    func holds(_ key: [UInt8], at index: Int) -> Bool {
        index < count && key.withUnsafeBufferPointer { compare(index, $0) == 0 }
    }

    /// Whether term `index` begins with `prefix`.
    func term(_ index: Int, startsWith prefix: [UInt8]) -> Bool {
        let start = start(index)
        guard ends[index] - start >= prefix.count else { return false }
        return prefix.withUnsafeBufferPointer { prefix in
            bytes.withUnsafeBufferPointer { all in
                prefix.isEmpty || memcmp(all.baseAddress! + start, prefix.baseAddress!, prefix.count) == 0
            }
        }
    }
}
