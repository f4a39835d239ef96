import Foundation
import TextNormalization

/// How well a sentence fits each article of a law version: the share of the sentence's character
/// bigrams found in the article, each bigram weighted by its rarity across the version's articles
/// (so that 违法所得 counts for more than 规定).
struct ArticleMatcher {
    let version: LawVersion
    private let grams: [Set<UInt32>]
    private let weights: [UInt32: Double]

    init(_ version: LawVersion) {
        self.version = version
        grams = version.articles.map { ArticleMatcher.bigrams(ArticleMatcher.body(of: $0)) }
        var frequency: [UInt32: Int] = [:]
        for set in grams { for gram in set { frequency[gram, default: 0] += 1 } }
        let count = Double(max(1, grams.count))
        weights = frequency.mapValues { log(1 + count / Double($0)) }
    }

    /// The article's text without its label, which every sentence citing it may repeat.
    static func body(of article: LawArticle) -> String {
        String(article.text.dropFirst(article.label.count))
    }

    /// The Chinese-character bigrams of a text (folded, so that traditional and simplified agree).
    static func bigrams(_ text: String) -> Set<UInt32> {
        let units = ScanText(text).units
        var set = Set<UInt32>()
        for index in units.indices.dropLast() where HanCharacter.contains(units[index]) && HanCharacter.contains(units[index + 1]) {
            set.insert(UInt32(units[index]) << 16 | UInt32(units[index + 1]))
        }
        return set
    }

    /// How a query fits one article.
    struct Fit {
        /// The weighted share of the query's bigrams (those the law uses at all) found in the article, 0…1.
        var score: Double
        /// How many distinct bigrams they share: a high score from two bigrams is no evidence.
        var shared: Int

        static let none = Fit(score: 0, shared: 0)
    }

    /// The fit of `query` with the article at `index`.
    func fit(_ query: Set<UInt32>, article index: Int) -> Fit {
        var shared = 0.0
        var total = 0.0
        var count = 0
        for gram in query {
            guard let weight = weights[gram] else { continue }
            total += weight
            if grams[index].contains(gram) {
                shared += weight
                count += 1
            }
        }
        return total > 0 ? Fit(score: shared / total, shared: count) : .none
    }

    /// The best-fitting article, its fit, and the score of the runner-up (a phrase every article
    /// uses fits many equally well).
    func best(_ query: Set<UInt32>, excluding excluded: (LawArticle) -> Bool = { _ in false }) -> (article: LawArticle, fit: Fit, runnerUp: Double)? {
        var best: (LawArticle, Fit)?
        var runnerUp = 0.0
        for (index, article) in version.articles.enumerated() where !excluded(article) {
            let fit = fit(query, article: index)
            if fit.score > (best?.1.score ?? 0) {
                runnerUp = best?.1.score ?? 0
                best = (article, fit)
            } else if fit.score > runnerUp {
                runnerUp = fit.score
            }
        }
        return best.map { ($0.0, $0.1, runnerUp) }
    }

    /// How alike two article texts are: the Dice coefficient of their bigram sets.
    static func likeness(_ first: String, _ second: String) -> Double {
        let a = bigrams(first)
        let b = bigrams(second)
        guard !a.isEmpty || !b.isEmpty else { return 1 }
        return 2 * Double(a.intersection(b).count) / Double(a.count + b.count)
    }

    /// The fit of a given article.
    func fit(_ query: Set<UInt32>, of article: LawArticle) -> Fit {
        guard let index = version.articles.firstIndex(of: article) else { return .none }
        return fit(query, article: index)
    }
}
