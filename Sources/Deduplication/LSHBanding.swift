import Foundation
import Ingestion

/// Banded locality-sensitive hashing over MinHash signatures: b bands of r rows; two texts become a
/// candidate pair when all r rows of at least one band agree.
///
/// A pair of Jaccard similarity s agrees on one band with probability s^r, so it becomes a candidate
/// with probability P(s) = 1 − (1 − s^r)^b, an S-curve. The rows are chosen from the threshold t:
/// the largest r (the steepest curve, the fewest chance candidates below t) with b = ⌊k / r⌋ bands
/// for which P(t) ≥ 1 − `missRate`, so that a pair exactly at the threshold is missed with
/// probability at most `missRate` and a pair above it less often still. Every candidate is then
/// verified by its true similarity, so the chance candidates cost time, never precision.
public struct LSHBanding: Sendable, Equatable {
    public let bands: Int
    public let rows: Int

    public init(bands: Int, rows: Int) {
        precondition(bands >= 1 && rows >= 1)
        self.bands = bands
        self.rows = rows
    }

    /// The banding for `threshold` over signatures of `signatureSize` entries (see the type's comment).
    public init(threshold: Double, signatureSize: Int, missRate: Double = 0.001) {
        var chosen = LSHBanding(bands: signatureSize, rows: 1)
        for rows in 1...signatureSize {
            let banding = LSHBanding(bands: signatureSize / rows, rows: rows)
            if banding.candidateProbability(similarity: threshold) >= 1 - missRate { chosen = banding } else { break }
        }
        self = chosen
    }

    /// P(s) = 1 − (1 − s^r)^b: how likely a pair of Jaccard similarity s is to become a candidate.
    public func candidateProbability(similarity: Double) -> Double {
        1 - pow(1 - pow(similarity, Double(rows)), Double(bands))
    }

    /// The pairs (i < j) of signatures that agree on a whole band, each once, ascending.
    ///
    /// `signatures` holds `count` signatures of `signatureSize` entries each, one after another.
    public func candidatePairs(signatures: [UInt64], signatureSize: Int, count: Int) -> [IndexPair] {
        signatures.withUnsafeBufferPointer { all in
            candidatePairs(count: count) { band, item in
                bandKey(band, of: UnsafeBufferPointer(rebasing: all[(item * signatureSize)..<((item + 1) * signatureSize)]))
            }
        }
    }

    /// The key of band `band` of a signature: a hash of its rows, of which candidate search compares
    /// the top `keyBits` bits.
    public func bandKey(_ band: Int, of signature: UnsafeBufferPointer<UInt64>) -> UInt64 {
        var key: UInt64 = UInt64(band) &* 0x9E37_79B9_7F4A_7C15
        for row in 0..<rows { key = Shingler.finalMix(key ^ signature[band * rows + row]) }
        return key
    }

    /// The pairs (i < j) of `count` items whose keys agree on a whole band, each once, ascending;
    /// `key(band, item)` gives an item's band key (`bandKey`). With `involving`, only the pairs of
    /// which at least one item it accepts: an update pairs its new items with all the others.
    ///
    /// Each band is bucketed by sorting words that hold the top `keyBits` bits of the band's key above
    /// the item's number (a chance collision only adds a candidate that verification drops).
    public func candidatePairs(count: Int, involving: ((Int) -> Bool)? = nil, key: (_ band: Int, _ item: Int) -> UInt64) -> [IndexPair] {
        let few = LSHBanding.fewItems(count: count, involving: involving)
        var pairs = Set<IndexPair>()
        for band in 0..<bands { pairs.formUnion(self.pairs(ofBand: band, count: count, involving: involving, few: few, accept: nil, key: key)) }
        return pairs.sorted()
    }

    /// `candidatePairs(count:involving:key:)` with the bands bucketed on `threads` threads (`key`
    /// called on any of them); the pairs are the same whatever their number. With `accept`, only the
    /// pairs it accepts (of items a and b, a < b), asked of a pair in each band it is found in: shorter
    /// keys' chance collisions are dropped there (`MinHashSketch`).
    public func candidatePairs(count: Int, involving: (@Sendable (Int) -> Bool)? = nil, accept: (@Sendable (Int, Int) -> Bool)? = nil,
                               threads: Int, key: @escaping @Sendable (_ band: Int, _ item: Int) -> UInt64) -> [IndexPair] {
        let few = LSHBanding.fewItems(count: count, involving: involving)
        var all = Set<IndexPair>()
        OrderedParallelMap(threads: threads, window: threads).run(Array(0..<bands), transform: { band in
            self.pairs(ofBand: band, count: count, involving: involving, few: few, accept: accept, key: key)
        }, consume: { (found: [IndexPair]) in
            all.formUnion(found)
        })
        return all.sorted()
    }

    /// The items `involving` accepts, ascending, when they are few enough (a quarter of `count` at most) for
    /// `pairs(ofBand:)` to look every item's key up among theirs rather than sort all the keys.
    private static func fewItems(count: Int, involving: ((Int) -> Bool)?) -> [Int]? {
        guard let involving else { return nil }
        let items = (0..<count).filter(involving)
        return items.count <= count / 4 ? items : nil
    }

    /// The pairs of `count` items whose keys agree on band `band` (see `candidatePairs`). With `few`, the
    /// items `involving` accepts when they are few (an update's new texts): their keys are sorted, and each
    /// item's key looked up among them (a bitmap of the keys' top bits passes over most at one load) — an
    /// update's bands cost a pass over the items instead of a sort of them all.
    private func pairs(ofBand band: Int, count: Int, involving: ((Int) -> Bool)?, few: [Int]?, accept: ((Int, Int) -> Bool)?,
                       key: (_ band: Int, _ item: Int) -> UInt64) -> [IndexPair] {
        precondition(count < 1 << LSHBanding.itemBits, "at most 2^24 signatures")
        let itemMask = (UInt64(1) << LSHBanding.itemBits) - 1
        var pairs: [IndexPair] = []
        if let few, let involving {
            let sorted = few.map { item in (key(band, item) & ~itemMask) | UInt64(item) }.sorted()
            var topBits = [UInt64](repeating: 0, count: 1 << (LSHBanding.filterBits - 6))
            for word in sorted { topBits[Int(word >> (70 - LSHBanding.filterBits))] |= 1 << (word >> (64 - LSHBanding.filterBits) & 63) }
            for item in 0..<count {
                let word = key(band, item) & ~itemMask
                guard topBits[Int(word >> (70 - LSHBanding.filterBits))] >> (word >> (64 - LSHBanding.filterBits) & 63) & 1 == 1 else { continue }
                var low = 0, high = sorted.count
                while low < high {
                    let middle = (low + high) / 2
                    if sorted[middle] < word { low = middle + 1 } else { high = middle }
                }
                let itemCounts = involving(item)
                while low < sorted.count, sorted[low] & ~itemMask == word {
                    let partner = Int(sorted[low] & itemMask)
                    low += 1
                    // Each pair once: from its item that is not new, or, both new, from the lower.
                    guard partner != item, !itemCounts || item < partner else { continue }
                    let pair = IndexPair(item, partner)
                    if accept?(pair.first, pair.second) ?? true { pairs.append(pair) }
                }
            }
            return pairs
        }
        var words = (0..<count).map { item in (key(band, item) & ~itemMask) | UInt64(item) }
        words.sort()
        var start = 0
        while start < count {
            var end = start + 1
            while end < count && words[end] & ~itemMask == words[start] & ~itemMask { end += 1 }
            if end - start > 1 {
                for i in start..<(end - 1) {
                    let a = Int(words[i] & itemMask)
                    let aCounts = involving?(a) ?? true
                    for j in (i + 1)..<end {
                        let b = Int(words[j] & itemMask)
                        guard aCounts || involving?(b) ?? true else { continue }
                        let pair = IndexPair(a, b)
                        if accept?(pair.first, pair.second) ?? true { pairs.append(pair) }
                    }
                }
            }
            start = end
        }
        return pairs
    }

    /// The bits of a band key that candidate search compares (the top ones).
    public static let keyBits = 64 - Int(itemBits)

    private static let itemBits: UInt64 = 24

    /// The top bits of a key that the few items' bitmap holds (`pairs(ofBand:)`): 2^16 bits, 8 KiB.
    private static let filterBits: UInt64 = 16
}
