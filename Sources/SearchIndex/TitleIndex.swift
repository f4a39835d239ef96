import TextNormalization

/// The documents' titles, folded, with an in-memory index of their bigrams: which documents' titles
/// hold a phrase, found without scanning every title (for the title field of `Scoring`).
struct TitleIndex {
    /// Each document's title, folded and lowercased like the indexed text.
    private let folded: [String]
    /// For every bigram of the titles (packed as the analyser packs it), the documents whose title
    /// holds it, ascending.
    private let documentsOfBigram: [UInt64: [UInt32]]

    init(titles: [String]) {
        let analyzer = Analyzer(segmenter: nil)
        var folded: [String] = []
        folded.reserveCapacity(titles.count)
        var documentsOfBigram: [UInt64: [UInt32]] = [:]
        var seenBigrams = Set<UInt64>()
        for (document, title) in titles.enumerated() {
            let text = title.folded.lowercased()
            folded.append(text)
            seenBigrams.removeAll(keepingCapacity: true)
            for token in analyzer.tokens(of: FoldedText(title)).tokens {
                guard case .bigram = token.kind, case .short(let key) = token.term, seenBigrams.insert(key).inserted else { continue }
                documentsOfBigram[key, default: []].append(UInt32(document))
            }
        }
        self.folded = folded
        self.documentsOfBigram = documentsOfBigram
    }

    /// The documents whose title holds `phrase` (folded) as a substring; empty for a phrase of fewer
    /// than two characters of runs.
    func documents(holding phrase: String, analyzer: Analyzer) -> Set<UInt32> {
        let tokens = analyzer.tokens(of: FoldedText(phrase)).tokens
        var candidates: [UInt32]?
        for token in tokens {
            guard case .bigram = token.kind, case .short(let key) = token.term else { continue }
            guard let list = documentsOfBigram[key] else { return [] }
            let holding = Set(list)
            candidates = candidates.map { current in current.filter { holding.contains($0) } } ?? list
            if candidates!.isEmpty { return [] }
        }
        guard let candidates else { return [] }
        let needle = phrase.folded.lowercased()
        return Set(candidates.filter { folded[Int($0)].contains(needle) })
    }
}
