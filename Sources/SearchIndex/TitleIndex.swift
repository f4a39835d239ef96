import TextNormalization

/// The documents' titles, folded, with an in-memory index of their bigrams: which documents' titles
/// hold a phrase, found without scanning every title (for the title field of `Scoring`).
struct TitleIndex {
    /// Each document's title, folded and lowercased like the indexed text, in UTF-8.
    private let folded: [[UInt8]]
    /// For every bigram of the titles (packed as the analyser packs it), the documents whose title
    /// holds it, ascending.
    private let documentsOfBigram: [UInt64: [UInt32]]

    init(titles: [String]) {
        let analyzer = Analyzer(segmenter: nil)
        var folded: [[UInt8]] = []
        folded.reserveCapacity(titles.count)
        var documentsOfBigram: [UInt64: [UInt32]] = [:]
        var seenBigrams = Set<UInt64>()
        for (document, title) in titles.enumerated() {
            folded.append(Array(title.folded.lowercased().utf8))
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
            candidates = candidates.map { TitleIndex.intersection($0, list) } ?? list
            if candidates!.isEmpty { return [] }
        }
        guard let candidates else { return [] }
        // Both are folded to the same normal form: the title holds the phrase where its bytes hold the phrase's.
        let needle = Array(phrase.folded.lowercased().utf8)
        return Set(candidates.filter { folded[Int($0)].holds(needle) })
    }

    /// The values in both ascending lists, ascending.
    private static func intersection(_ a: [UInt32], _ b: [UInt32]) -> [UInt32] {
        var result: [UInt32] = []
        var (i, j) = (0, 0)
        while i < a.count && j < b.count {
            if a[i] < b[j] { i += 1 } else if a[i] > b[j] { j += 1 } else {
                result.append(a[i])
                i += 1
                j += 1
            }
        }
        return result
    }
}

extension [UInt8] {
    /// Whether these bytes hold `needle` as a run.
    fileprivate func holds(_ needle: [UInt8]) -> Bool {
        guard let first = needle.first else { return true }
        guard count >= needle.count else { return false }
        for start in 0...(count - needle.count) where self[start] == first {
            if self[start..<(start + needle.count)].elementsEqual(needle) { return true }
        }
        return false
    }
}
