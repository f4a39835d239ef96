import Foundation

/// A MinHash signature cut to 4 bits an entry (b-bit minwise hashing, Li and König 2010): what an
/// index keeps of a text to find its candidates, a sixteenth of the signature.
///
/// A band's key is its rows' 4-bit entries side by side (16 bits for 4 rows), so two texts whose
/// whole rows agree still share a band key, and candidate search finds every pair the full signature
/// finds. Shorter keys add chance candidates (about n² / 2¹⁷ a band for n texts), and the sketch
/// itself drops them before any text is read: two texts of Jaccard similarity J agree on an entry
/// with probability J + (1 − J) / 16, so a chance candidate agrees on about a sixteenth of its
/// entries and a pair at the threshold on most of them (`minimumAgreements`).
public struct MinHashSketch: Sendable, Hashable {
    /// The entries, 16 to a word, the first in the lowest bits.
    public let words: [UInt64]

    /// Bits kept of each entry.
    public static let bitsPerEntry = 4
    /// Entries in a word.
    public static let entriesPerWord = 64 / bitsPerEntry

    /// The sketch of a MinHash signature whose length is a multiple of `entriesPerWord`. An entry
    /// keeps 4 bits of its value mixed again: a minimum's own low bits are zero (`MinHasher` shifts the
    /// value up) and its high bits are mostly zero too.
    public init(signature: [UInt64]) {
        precondition(signature.count % Self.entriesPerWord == 0, "a whole number of words")
        var words = [UInt64](repeating: 0, count: signature.count / Self.entriesPerWord)
        for (entry, value) in signature.enumerated() {
            words[entry / Self.entriesPerWord] |= (Shingler.finalMix(value) >> 60) << UInt64(Self.bitsPerEntry * (entry % Self.entriesPerWord))
        }
        self.words = words
    }

    /// A sketch stored before (an index's signatures of its units).
    public init(words: [UInt64]) {
        self.words = words
    }

    /// The key of band `band` of `rows` rows, in the high bits as `LSHBanding` compares them: its
    /// entries' 4 bits side by side (the first 16 entries' where a band has more); `word(i)` gives
    /// the sketch's word i.
    @inline(__always)
    public static func bandKey(_ band: Int, rows: Int, word: (Int) -> UInt64) -> UInt64 {
        let width = min(rows * bitsPerEntry, 64)
        let start = band * rows * bitsPerEntry
        let shift = start % 64
        var bits = word(start / 64) >> UInt64(shift)
        if shift + width > 64 { bits |= word(start / 64 + 1) << UInt64(64 - shift) }
        return width == 64 ? bits : bits << UInt64(64 - width)
    }

    /// The key of band `band` of `rows` rows (see `bandKey(_:rows:word:)`).
    public func bandKey(_ band: Int, rows: Int) -> UInt64 {
        Self.bandKey(band, rows: rows) { words[$0] }
    }

    /// How many entries two words of sketches share.
    @inline(__always)
    public static func agreements(_ a: UInt64, _ b: UInt64) -> Int {
        var differ = a ^ b
        differ |= differ >> 2
        differ |= differ >> 1
        return entriesPerWord - (differ & 0x1111_1111_1111_1111).nonzeroBitCount
    }

    /// How many entries this sketch and `other` share.
    public func agreements(with other: MinHashSketch) -> Int {
        zip(words, other.words).reduce(0) { $0 + Self.agreements($1.0, $1.1) }
    }

    /// The fewest agreeing entries of `entries` a pair of similarity `threshold` or more has but with
    /// probability at most `missRate`: the largest m with P(Binomial(entries, threshold) < m) ≤ missRate.
    /// An entry of such a pair agrees with probability at least the threshold, whatever its 4 bits.
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
