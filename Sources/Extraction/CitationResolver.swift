import Foundation

/// Resolves citations against a `LawArticleSource` — the full name, the cited article's text — and
/// checks them: does the article exist, does the citing sentence fit it, did its number or wording
/// change between versions.
public struct CitationResolver: Sendable {
    public let laws: any LawArticleSource

    /// A sentence must share at least this weighted share of its bigrams with an article before the
    /// article is said to be what it means …
    static let minimumFit = 0.3
    /// … and at least this many distinct bigrams (a short sentence shares a high share by chance) …
    static let minimumShared = 6
    /// … and fit it this many times better than the article cited and than any other article.
    static let decisiveRatio = 2.0
    static let distinctRatio = 1.5
    /// Two versions' articles of one number at least this alike are one article amended; less alike,
    /// the number was given to another article.
    static let sameArticleLikeness = 0.5

    private static func isEvidence(_ fit: ArticleMatcher.Fit, against cited: ArticleMatcher.Fit, runnerUp: Double = 0) -> Bool {
        fit.score >= minimumFit && fit.shared >= minimumShared && fit.score >= decisiveRatio * cited.score
            && fit.score >= distinctRatio * runnerUp
    }

    public init(laws: any LawArticleSource) {
        self.laws = laws
    }

    /// `citation` with `lawFull` and `resolved` filled where the source knows the law and article.
    public func resolve(_ citation: Citation) -> Citation {
        var citation = citation
        let versions = laws.versions(of: citation.law)
        guard let current = versions.last else { return citation }
        if citation.lawFull == nil, LawName.key(current.title) != LawName.key(citation.law) || current.title != citation.law {
            citation.lawFull = current.title
        }
        if let article = citation.article {
            citation.resolved = current.article(article, suffix: citation.suffixNumber)?.text
        }
        return citation
    }

    /// `citation` resolved, with a `check` where it names an article.
    public func check(_ citation: Citation) -> Citation {
        var citation = resolve(citation)
        guard let number = citation.article else { return citation }
        let suffix = citation.suffixNumber
        let versions = laws.versions(of: citation.law)
        guard let current = versions.last else {
            citation.check = CitationCheck(status: .unknownLaw, note: "\(citation.law) is not among the laws given")
            return citation
        }
        let label = ArticleNumber.label(number, suffix: suffix)
        let matcher = ArticleMatcher(current)
        let query = ArticleMatcher.bigrams(citation.sentence.replacingOccurrences(of: citation.text, with: ""))
        // In a law's own text (本法第X条) the citing article fits its own sentence best: leave it out.
        let core = String(citation.sentence.filter { !$0.isWhitespace }.prefix(40))
        let best = matcher.best(query) { core.count >= 10 && $0.text.filter { !$0.isWhitespace }.contains(core) }
        let currentName = version(current)

        guard let cited = current.article(number, suffix: suffix) else {
            if let older = versions.dropLast().last(where: { $0.article(number, suffix: suffix) != nil }),
               let old = older.article(number, suffix: suffix),
               let moved = matcher.best(ArticleMatcher.bigrams(ArticleMatcher.body(of: old))), moved.fit.score >= CitationResolver.minimumFit {
                citation.check = CitationCheck(status: .renumbered, suggestion: moved.article.label,
                                               note: "\(label) exists only in the \(version(older)) version; \(currentName) has its text as \(moved.article.label)")
            } else {
                let suggestion = best.flatMap { CitationResolver.isEvidence($0.fit, against: .none, runnerUp: $0.runnerUp) ? $0.article.label : nil }
                citation.check = CitationCheck(status: .missingArticle, suggestion: suggestion,
                                               note: "no version of \(citation.law) has \(label) (\(currentName) has \(current.articles.count) articles)")
            }
            return citation
        }

        let citedFit = matcher.fit(query, of: cited)
        // A law citing itself (本法第X条) states a consequence, not the article's content: only its
        // existence and wording are checked.
        let citesItself = LawName.key(citation.document) == LawName.key(citation.law)
            || citation.text.hasPrefix("本") || versions.contains { $0.origin == citation.source }
        // 第三十四条和第三十五条: a sentence citing a list fits one of its members best, rightly.
        if !citesItself, let best, best.article != cited, !ArticleReference.articles(in: citation.text).contains(best.article.number), CitationResolver.isEvidence(best.fit, against: citedFit, runnerUp: best.runnerUp) {
            // Did an earlier version's article of this number say what the sentence says?
            for older in versions.dropLast().reversed() {
                guard let old = older.article(number, suffix: suffix) else { continue }
                let oldFit = ArticleMatcher(older).fit(query, of: old)
                if CitationResolver.isEvidence(oldFit, against: citedFit),
                   let moved = matcher.best(ArticleMatcher.bigrams(ArticleMatcher.body(of: old))) {
                    citation.check = CitationCheck(status: .renumbered, suggestion: moved.article.label,
                                                   note: "the sentence fits \(label) of the \(version(older)) version; \(currentName) has that text as \(moved.article.label)")
                    return citation
                }
            }
            citation.check = CitationCheck(status: .mismatch, suggestion: best.article.label,
                                           note: "the sentence fits \(best.article.label) of \(currentName) (\(percent(best.fit.score))) better than the cited \(label) (\(percent(citedFit.score)))")
            return citation
        }
        let currentBody = ArticleMatcher.body(of: cited)
        for older in versions.dropLast() {
            guard let old = older.article(number, suffix: suffix) else { continue }
            let oldBody = ArticleMatcher.body(of: old)
            if oldBody.filter({ !$0.isWhitespace }) != currentBody.filter({ !$0.isWhitespace }),
               ArticleMatcher.likeness(oldBody, currentBody) >= CitationResolver.sameArticleLikeness {
                citation.check = CitationCheck(status: .changed, suggestion: nil,
                                               note: "the wording of \(label) differs between the \(version(older)) and \(currentName) versions")
                return citation
            }
        }
        citation.check = CitationCheck(status: .ok, note: "\(label) of \(currentName) (\(percent(citedFit.score)) fit)")
        return citation
    }

    private func version(_ version: LawVersion) -> String {
        version.date ?? "undated"
    }

    private func percent(_ score: Double) -> String {
        String(Int((score * 100).rounded())) + "%"
    }
}
