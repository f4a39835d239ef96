import TextNormalization

/// Chinese word segmentation: ICU's dictionary word breaker, then a lexicon pass that finds the best
/// path through a lattice of ICU's tokens, lexicon words and the number and ordinal rules.
///
/// The lattice has a node at every position where a word may begin or end: ICU's boundaries, and every
/// point between two ideographs inside one of ICU's words (so a lexicon word may regroup the characters
/// ICU split wrongly: `联合|国` → `联合国`). Numbers and Latin words are never cut. Dynamic programming
/// over the costs of `WordCost` picks the cheapest path, which is not the greedy longest match: with
/// 研究生, 研究, 生命 and 起源 listed, 研究生命起源 is 研究 生命 起源.
///
/// Everything is matched on the folded text (NFKC, traditional → simplified), so 聯合國 and
/// ＧＤＰ are found as 联合国 and GDP; the spans index the folded text and `FoldedText` maps them back.
///
/// Not thread-safe: it owns an ICU break iterator and reusable buffers. Give each thread or task its own.
public final class WordSegmenter {
    private let breaker: ICUWordBreaker
    private let trie: LexiconTrie
    // Per-position buffers, reused from text to text; index n is the end of the text.
    private var best: [Float] = []
    private var back: [Int32] = []
    private var byNumberRule: [Bool] = []
    private var allowed: [Bool] = []
    private var icuBoundary: [Bool] = []
    private var tokenStarting: [Int32] = []

    /// A segmenter with `lexicon` (by default the built-in governance lexicon).
    public init(lexicon: Lexicon = .builtIn) throws(ICUWordBreaker.OpenError) {
        breaker = try ICUWordBreaker()
        trie = LexiconTrie(words: WordCost.lexiconCosts(lexicon))
    }

    /// The words of `text` as spans of its folded units, in order, covering the whole text (spaces and
    /// punctuation included, as `.other`).
    public func segment(_ text: FoldedText) -> [WordSpan] {
        segment(folded: text.folded)
    }

    /// The words of `text` in its own characters, without the spaces between them.
    public func words(_ text: String) -> [String] {
        let folded = FoldedText(text)
        return segment(folded).compactMap { span in
            let word = folded.originalText(folded: span.range)
            return word.isEmpty || word.allSatisfy(\.isWhitespace) ? nil : word
        }
    }

    func segment(folded units: [UInt16]) -> [WordSpan] {
        let count = units.count
        guard count > 0 else { return [] }
        let tokens = breaker.spans(of: units)
        prepareBuffers(count)
        markPositions(tokens, units)
        best[0] = 0
        for start in 0..<count where allowed[start] && best[start] < .infinity {
            relaxICUAndLoneCandidates(from: start, tokens, units)
            relaxLexiconWords(from: start, units)
            relaxNumberRules(from: start, tokens, units)
        }
        return bestPath(tokens, count: count)
    }

    private func prepareBuffers(_ count: Int) {
        if best.count < count + 1 {
            let capacity = max(count + 1, best.count * 2)
            best = [Float](repeating: .infinity, count: capacity)
            back = [Int32](repeating: 0, count: capacity)
            byNumberRule = [Bool](repeating: false, count: capacity)
            allowed = [Bool](repeating: false, count: capacity)
            icuBoundary = [Bool](repeating: false, count: capacity)
            tokenStarting = [Int32](repeating: -1, count: capacity)
        }
        for index in 0...count {
            best[index] = .infinity
            byNumberRule[index] = false
            allowed[index] = false
            icuBoundary[index] = false
            tokenStarting[index] = -1
        }
    }

    /// Marks ICU's boundaries, and the points between two ideographs inside ICU's words.
    private func markPositions(_ tokens: [WordSpan], _ units: [UInt16]) {
        for (index, token) in tokens.enumerated() {
            let start = token.range.lowerBound
            tokenStarting[start] = Int32(index)
            allowed[start] = true
            icuBoundary[start] = true
            guard token.kind == .word, token.range.count > 1 else { continue }
            for point in (start + 1)..<token.range.upperBound
            where CharacterClass.isIdeograph(units[point - 1]) && CharacterClass.isIdeograph(units[point]) {
                allowed[point] = true
            }
        }
        allowed[units.count] = true
        icuBoundary[units.count] = true
    }

    @inline(__always)
    private func relax(_ start: Int, _ end: Int, cost: Float, byNumberRule rule: Bool = false) {
        let total = best[start] + cost + (icuBoundary[end] ? 0 : WordCost.endInsideICUWord)
        if total < best[end] {
            best[end] = total
            back[end] = Int32(start)
            byNumberRule[end] = rule
        }
    }

    /// ICU's own token, and the lone ideograph that keeps every node of the lattice reachable.
    private func relaxICUAndLoneCandidates(from start: Int, _ tokens: [WordSpan], _ units: [UInt16]) {
        let index = Int(tokenStarting[start])
        if index >= 0 {
            let token = tokens[index]
            relax(start, token.range.upperBound,
                  cost: token.kind == .word ? WordCost.icuWord : WordCost.icuNumberOrSymbol)
            if token.kind == .word, token.range.count > 1, allowed[start + 1] {
                relax(start, start + 1, cost: WordCost.loneIdeograph)
            }
        } else {
            var end = start + 1
            while !allowed[end] { end += 1 }
            relax(start, end, cost: WordCost.loneIdeograph)
        }
    }

    private func relaxLexiconWords(from start: Int, _ units: [UInt16]) {
        var node = LexiconTrie.root
        var end = start
        while end < units.count {
            node = trie.child(of: node, units[end])
            if node == LexiconTrie.none { return }
            end += 1
            let cost = trie.costs[Int(node)]
            if cost < .infinity, allowed[end] { relax(start, end, cost: cost) }
        }
    }

    private func relaxNumberRules(from start: Int, _ tokens: [WordSpan], _ units: [UInt16]) {
        if let end = NumberRules.ordinalEnd(units, from: start, allowed: allowed) {
            relax(start, end, cost: WordCost.pattern)
        }
        let index = Int(tokenStarting[start])
        if index >= 0, let end = NumberRules.rangeEnd(tokens, from: index, units) {
            relax(start, end, cost: WordCost.pattern, byNumberRule: true)
        }
    }

    private func bestPath(_ tokens: [WordSpan], count: Int) -> [WordSpan] {
        var ends: [Int] = []
        var end = count
        while end > 0 {
            ends.append(end)
            end = Int(back[end])
        }
        var spans: [WordSpan] = []
        spans.reserveCapacity(ends.count)
        var start = 0
        for end in ends.reversed() {
            let index = Int(tokenStarting[start])
            let kind: WordSpan.Kind
            if index >= 0, tokens[index].range.upperBound == end {
                kind = tokens[index].kind
            } else {
                kind = byNumberRule[end] ? .number : .word
            }
            spans.append(WordSpan(range: start..<end, kind: kind))
            start = end
        }
        return spans
    }
}
