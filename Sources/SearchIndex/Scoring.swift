import Foundation

/// Field-weighted BM25 (BM25F, k1 = 1.2, b = 0.75): a unit's fields — its document's title, its
/// heading path (the headings above it and its own), its body — add their weighted term frequencies
/// before BM25 saturates them, so that a phrase in a heading is strong evidence without a long
/// heading outweighing the text. Lengths are normalised over the whole unit, as Lucene and tantivy
/// do for one field; with both weights at their neutral values (heading 1, title 0) it is their BM25.
enum Scoring {
    static let k1 = 1.2
    static let b = 0.75

    static func idf(documentFrequency: Int, unitCount: Int) -> Double {
        log(1 + (Double(unitCount) - Double(documentFrequency) + 0.5) / (Double(documentFrequency) + 0.5))
    }

    /// The length-normalised frequency: `frequency` over the unit's length relative to the mean.
    static func normalised(_ frequency: Int, length: Int, averageLength: Double) -> Double {
        Double(frequency) / (1 - b + b * Double(length) / averageLength)
    }

    /// BM25's saturation of a (weighted, normalised) frequency, times the term's weight.
    static func saturated(idf: Double, _ frequency: Double) -> Double {
        frequency <= 0 ? 0 : idf * frequency * (k1 + 1) / (k1 + frequency)
    }

    static func bm25(idf: Double, frequency: Int, length: Int, averageLength: Double) -> Double {
        saturated(idf: idf, normalised(frequency, length: length, averageLength: averageLength))
    }

    /// The field-weighted frequency of a phrase in a unit: `frequency` occurrences in all, of them
    /// `headingFrequency` in its heading path, and whether its document's title holds the phrase.
    static func weighted(frequency: Int, headingFrequency: Int, length: Int, titleMatch: Bool, averageLength: Double,
                         weights: FieldWeights) -> Double {
        normalised(frequency, length: length, averageLength: averageLength)
            + max(0, weights.heading - 1) * normalised(headingFrequency, length: length, averageLength: averageLength)
            + (titleMatch ? weights.title : 0)
    }

    static func format(_ value: Double) -> String { String(format: "%.3f", value) }
}

/// How much an occurrence of a query phrase counts in each field of a unit, against 1 in its body.
public struct FieldWeights: Sendable, Hashable {
    /// An occurrence in the unit's heading path (the headings above it and its own heading; a
    /// document's title line for a document unit).
    public var heading: Double
    /// Added (as one normalised occurrence would be) when the unit's document title holds the phrase.
    public var title: Double

    public init(heading: Double, title: Double) {
        self.heading = heading
        self.title = title
    }

    /// The weights `zhili search` ranks with (tuned on the development half of the judged queries in
    /// Scripts/search-judgments; see BENCHMARKS.md).
    public static let standard = FieldWeights(heading: 3, title: 0.5)
    /// Every field alike: plain BM25 over the unit's indexed text.
    public static let flat = FieldWeights(heading: 1, title: 0)
}
