import Foundation

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
        for index in units.indices.dropLast() where Unit.isHan(units[index]) && Unit.isHan(units[index + 1]) {
            set.insert(UInt32(units[index]) << 16 | UInt32(units[index + 1]))
        }
        return set
    }

    /// The fit of `query` with the article at `index`, from 0 (nothing shared) to 1.
    func score(_ query: Set<UInt32>, article index: Int) -> Double {
        var shared = 0.0
        var total = 0.0
        for gram in query {
            guard let weight = weights[gram] else { continue }
            total += weight
            if grams[index].contains(gram) { shared += weight }
        }
        return total > 0 ? shared / total : 0
    }

    /// The best-fitting article and its score.
    func best(_ query: Set<UInt32>) -> (article: LawArticle, score: Double)? {
        var best: (LawArticle, Double)?
        for (index, article) in version.articles.enumerated() {
            let score = score(query, article: index)
            if score > (best?.1 ?? 0) { best = (article, score) }
        }
        return best
    }

    /// The score of a given article.
    func score(_ query: Set<UInt32>, of article: LawArticle) -> Double {
        guard let index = version.articles.firstIndex(of: article) else { return 0 }
        return score(query, article: index)
    }
}
