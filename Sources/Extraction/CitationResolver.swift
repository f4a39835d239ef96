import Foundation

/// Resolves citations against a `LawArticleSource` — the full name, the cited article's text — and
/// checks them: does the article exist, does the citing sentence fit it, did its number or wording
/// change between versions.
public struct CitationResolver: Sendable {
    public let laws: any LawArticleSource

    /// A sentence must share at least this weighted share of its bigrams with an article before the
    /// article is said to be what it means.
    static let minimumFit = 0.12
    /// … and fit it this many times better than the article cited.
    static let decisiveRatio = 2.0

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
        let best = matcher.best(query)
        let currentName = version(current)

        guard let cited = current.article(number, suffix: suffix) else {
            if let older = versions.dropLast().last(where: { $0.article(number, suffix: suffix) != nil }),
               let old = older.article(number, suffix: suffix),
               let moved = matcher.best(ArticleMatcher.bigrams(ArticleMatcher.body(of: old))), moved.score >= CitationResolver.minimumFit {
                citation.check = CitationCheck(status: .renumbered, suggestion: moved.article.label,
                                               note: "\(label) exists only in the \(version(older)) version; \(currentName) has its text as \(moved.article.label)")
            } else {
                let suggestion = best.flatMap { $0.score >= CitationResolver.minimumFit ? $0.article.label : nil }
                citation.check = CitationCheck(status: .missingArticle, suggestion: suggestion,
                                               note: "no version of \(citation.law) has \(label) (\(currentName) has \(current.articles.count) articles)")
            }
            return citation
        }

        let citedScore = matcher.score(query, of: cited)
        if let best, best.article != cited, best.score >= CitationResolver.minimumFit,
           best.score >= CitationResolver.decisiveRatio * citedScore {
            // Did an earlier version's article of this number say what the sentence says?
            for older in versions.dropLast().reversed() {
                guard let old = older.article(number, suffix: suffix) else { continue }
                let oldScore = ArticleMatcher(older).score(query, of: old)
                if oldScore >= CitationResolver.minimumFit, oldScore >= CitationResolver.decisiveRatio * citedScore,
                   let moved = matcher.best(ArticleMatcher.bigrams(ArticleMatcher.body(of: old))) {
                    citation.check = CitationCheck(status: .renumbered, suggestion: moved.article.label,
                                                   note: "the sentence fits \(label) of the \(version(older)) version; \(currentName) has that text as \(moved.article.label)")
                    return citation
                }
            }
            citation.check = CitationCheck(status: .mismatch, suggestion: best.article.label,
                                           note: "the sentence fits \(best.article.label) of \(currentName) (\(percent(best.score))) better than the cited \(label) (\(percent(citedScore)))")
            return citation
        }
        let wordings = versions.compactMap { version in version.article(number, suffix: suffix).map { (version, ArticleMatcher.body(of: $0).filter { !$0.isWhitespace }) } }
        if let first = wordings.first, let changed = wordings.first(where: { $0.1 != first.1 }) {
            citation.check = CitationCheck(status: .changed, note: "the wording of \(label) differs between the \(version(first.0)) and \(version(changed.0)) versions")
            return citation
        }
        citation.check = CitationCheck(status: .ok, note: "\(label) of \(currentName) (\(percent(citedScore)) fit)")
        return citation
    }

    private func version(_ version: LawVersion) -> String {
        version.date ?? "undated"
    }

    private func percent(_ score: Double) -> String {
        String(Int((score * 100).rounded())) + "%"
    }
}
