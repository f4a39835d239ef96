import Foundation

/// A MinHash signature cut to 3 bits an entry (b-bit minwise hashing, Li and König 2010): what an
/// index keeps of a text to find its candidates, less than a twentieth of the signature.
///
/// The entries are stored as bit planes: each block of 64 entries is 3 words, word p holding bit p of
/// every entry (entry i of the block at bit i). Two sketches' agreeing entries are then the bits at
/// which none of the planes differ, one popcount a block.
///
/// A band's key is its rows' 3-bit entries side by side (12 bits for 4 rows), so two texts whose
/// whole rows agree still share a band key, and candidate search finds every pair the full signature
/// finds. Shorter keys add chance candidates (about n² / 2¹³ a band for n texts), and the sketch
/// itself drops them before any text is read: two texts of Jaccard similarity J agree on an entry
/// with probability J + (1 − J) / 8, so a chance candidate agrees on about an eighth of its entries
/// and a pair at the threshold on most of them (`minimumAgreements`). An entry's 3 bits are the top
/// ones of the 4 that format 13 to 17 kept, so every pair those sketches paired, these pair too.
public struct MinHashSketch: Sendable, Hashable {
    /// The bit planes, `bitsPerEntry` words for each block of 64 entries.
    public let words: [UInt64]

    /// Bits kept of each entry.
    public static let bitsPerEntry = 3
    /// Entries in a block of `bitsPerEntry` words.
    public static let entriesPerBlock = 64

    /// The words that hold `entries` entries (a multiple of `entriesPerBlock`).
    public static func words(entries: Int) -> Int { entries / entriesPerBlock * bitsPerEntry }

    /// The entries that `words` words hold.
    public static func entries(words: Int) -> Int { words / bitsPerEntry * entriesPerBlock }

    /// The sketch of a MinHash signature whose length is a multiple of `entriesPerBlock`. An entry
    /// keeps 3 bits of its value mixed again: a minimum's own low bits are zero (`MinHasher` shifts the
    /// value up) and its high bits are mostly zero too.
    public init(signature: [UInt64]) {
        precondition(signature.count % Self.entriesPerBlock == 0, "a whole number of blocks")
        var words = [UInt64](repeating: 0, count: Self.words(entries: signature.count))
        for (entry, value) in signature.enumerated() {
            let bits = Shingler.finalMix(value) >> UInt64(64 - Self.bitsPerEntry)
            let block = entry / Self.entriesPerBlock * Self.bitsPerEntry
            for plane in 0..<Self.bitsPerEntry {
                words[block + plane] |= (bits >> UInt64(plane) & 1) << UInt64(entry % Self.entriesPerBlock)
            }
        }
        self.words = words
    }

    /// A sketch stored before (an index's signatures of its units).
    public init(words: [UInt64]) {
        self.words = words
    }

    /// The key of band `band` of `rows` rows, in the high bits as `LSHBanding` compares them: its
    /// entries' bits of the first plane side by side (the band's first entry lowest), then of the
    /// second, then of the third (of the first 21 entries where a band has more); `word(i)` gives the
    /// sketch's word i.
    @inline(__always)
    public static func bandKey(_ band: Int, rows: Int, word: (Int) -> UInt64) -> UInt64 {
        let kept = min(rows, 64 / bitsPerEntry)
        let start = band * rows
        var key: UInt64 = 0
        if start % entriesPerBlock + kept <= entriesPerBlock {
            // The band inside one block: each plane's run of bits at once.
            let block = start / entriesPerBlock * bitsPerEntry
            let mask: UInt64 = (1 << UInt64(kept)) &- 1
            for plane in 0..<bitsPerEntry { key = key << UInt64(kept) | (word(block + plane) >> UInt64(start % entriesPerBlock)) & mask }
        } else {
            // Across two blocks: each plane's bits one at a time, in the same order (the band's first entry lowest).
            for plane in 0..<bitsPerEntry {
                var run: UInt64 = 0
                for entry in start..<(start + kept) {
                    run |= (word(entry / entriesPerBlock * bitsPerEntry + plane) >> UInt64(entry % entriesPerBlock) & 1) << UInt64(entry - start)
                }
                key = key << UInt64(kept) | run
            }
        }
        return key << UInt64(64 - kept * bitsPerEntry)
    }

    /// The key of band `band` of `rows` rows (see `bandKey(_:rows:word:)`).
    public func bandKey(_ band: Int, rows: Int) -> UInt64 {
        Self.bandKey(band, rows: rows) { words[$0] }
    }

    /// How many entries two sketches of `words` words share; `a(i)` and `b(i)` give their words i.
    @inline(__always)
    public static func agreements(words: Int, _ a: (Int) -> UInt64, _ b: (Int) -> UInt64) -> Int {
        var agreeing = 0
        var block = 0
        while block < words {
            var differ: UInt64 = 0
            for plane in 0..<bitsPerEntry { differ |= a(block + plane) ^ b(block + plane) }
            agreeing += entriesPerBlock - differ.nonzeroBitCount
            block += bitsPerEntry
        }
        return agreeing
    }

    /// How many entries this sketch and `other` share.
    public func agreements(with other: MinHashSketch) -> Int {
        Self.agreements(words: min(words.count, other.words.count), { words[$0] }, { other.words[$0] })
    }

    /// The fewest agreeing entries of `entries` a pair of similarity `threshold` or more has but with
    /// probability at most `missRate`: the largest m with P(Binomial(entries, threshold) < m) ≤ missRate.
    /// An entry of such a pair agrees with probability at least the threshold, whatever its bits.
    public static func minimumAgreements(threshold: Double, entries: Int, missRate: Double = 1e-9) -> Int {
        guard threshold > 0 else { return 0 }
        guard threshold < 1 else { return entries }
        var below = 0.0
        for agreements in 0...entries {
            let probability = exp(lgamma(Double(entries + 1)) - lgamma(Double(agreements + 1)) - lgamma(Double(entries - agreements + 1))
                + Double(agreements) * log(threshold) + Double(entries - agreements) * log1p(-threshold))
            if below + probability > missRate { return agreements }
            below += probability
        }
        return entries
    }
}
