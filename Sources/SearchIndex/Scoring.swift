import Foundation

/// BM25 (k1 = 1.2, b = 0.75), as Lucene and tantivy compute it.
enum Scoring {
    static let k1 = 1.2
    static let b = 0.75

    static func idf(documentFrequency: Int, unitCount: Int) -> Double {
        log(1 + (Double(unitCount) - Double(documentFrequency) + 0.5) / (Double(documentFrequency) + 0.5))
    }

    static func bm25(idf: Double, frequency: Int, length: Int, averageLength: Double) -> Double {
        let tf = Double(frequency)
        return idf * tf * (k1 + 1) / (tf + k1 * (1 - b + b * Double(length) / averageLength))
    }

    static func format(_ value: Double) -> String { String(format: "%.3f", value) }
}
