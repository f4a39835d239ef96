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
    /// Kept between texts so that its buffers are reused.
    private var lattice: WordLattice

    deinit { lattice.deallocate() }

    /// A segmenter with `lexicon` (by default the built-in governance lexicon) and, where given, a
    /// general `vocabulary` whose frequencies price ordinary words (see `WordCost`).
    public init(lexicon: Lexicon = .builtIn, vocabulary: Vocabulary? = nil) throws(ICUWordBreaker.OpenError) {
        breaker = try ICUWordBreaker()
        if let vocabulary {
            let cost = WordCost.frequencies(total: vocabulary.total)
            trie = LexiconTrie(words: cost.frequencyCosts(vocabulary: vocabulary, lexicon: lexicon))
            lattice = WordLattice(cost: cost)
        } else {
            trie = LexiconTrie(words: WordCost.lexiconCosts(lexicon))
            lattice = WordLattice(cost: .wordCount)
        }
    }

    private init(sharing other: WordSegmenter) throws(ICUWordBreaker.OpenError) {
        breaker = try ICUWordBreaker()
        trie = other.trie
        lattice = WordLattice(cost: other.lattice.cost)
    }

    /// A segmenter with the same words and costs that shares this one's trie (read-only, and the
    /// large part: 32 MB with a general vocabulary) but has its own ICU iterator and buffers, for
    /// another thread.
    public func sibling() throws(ICUWordBreaker.OpenError) -> WordSegmenter {
        try WordSegmenter(sharing: self)
    }

    /// The words of `text` as spans of its folded units, in order, covering the whole text (spaces and
    /// punctuation included, as `.other`). A call holds up to 27 bytes per unit of `text` (ICU's
    /// boundaries, the lattice) and 24 per token and per word (the spans): give it paragraphs or blocks
    /// of lines, not whole collections.
    ///
    /// With a general vocabulary, ICU's dictionary runs only where the vocabulary leaves text
    /// uncovered, as jieba runs its HMM: ICU first sees the text with every ideograph masked (its rules
    /// still make the numbers, Latin words and punctuation, at a fraction of the cost), the lattice finds
    /// the best path over the vocabulary's words and lone ideographs, and each run of two or more
    /// one-character words on that path is segmented again with ICU's words of that run in the lattice.
    public func segment(_ text: FoldedText) -> [WordSpan] {
        let units = text.folded
        guard !units.isEmpty else { return [] }
        lattice.reserve(units.count)
        var input = Self.breakerInput(text)
        guard lattice.cost.usesVocabulary else {
            return lattice.bestPath(units, tokens: breaker.spans(of: input), trie: trie)
        }
        var masked = false
        for index in input.indices where CharacterClass.isIdeograph(input[index]) {
            input[index] = Self.ideographMask
            masked = true
        }
        var tokens = breaker.spans(of: input)
        guard masked else { return lattice.bestPath(units, tokens: tokens, trie: trie) }
        for index in tokens.indices where CharacterClass.isIdeograph(units[tokens[index].range.lowerBound]) {
            tokens[index] = WordSpan(range: tokens[index].range, kind: .word)
        }
        let path = lattice.bestPath(units, tokens: tokens, trie: trie, ideographsMasked: true)
        return resegmentingUncovered(path, units)
    }

    /// `path` with each run of two or more one-ideograph words segmented again, ICU's words of the run
    /// among the candidates.
    private func resegmentingUncovered(_ path: [WordSpan], _ units: [UInt16]) -> [WordSpan] {
        func isLone(_ index: Int) -> Bool {
            index < path.count && path[index].range.count == 1 && CharacterClass.isIdeograph(units[path[index].range.lowerBound])
        }
        var result: [WordSpan] = []
        result.reserveCapacity(path.count)
        var index = 0
        while index < path.count {
            var end = index
            while isLone(end) { end += 1 }
            guard end - index >= 2 else {
                result.append(path[index])
                index += 1
                continue
            }
            let offset = path[index].range.lowerBound
            let run = Array(units[offset..<path[end - 1].range.upperBound])
            for span in lattice.bestPath(run, tokens: breaker.spans(of: run), trie: trie) {
                result.append(WordSpan(range: (span.range.lowerBound + offset)..<(span.range.upperBound + offset), kind: span.kind))
            }
            index = end
        }
        return result
    }

    /// What ICU sees in place of an ideograph on the first pass: 〓 (U+3013), a symbol that its word
    /// rules leave alone on both sides, as they leave an ideograph, without a dictionary lookup.
    private static let ideographMask: UInt16 = 0x3013

    /// The words of `text` in its own characters, without the spaces between them.
    public func words(_ text: String) -> [String] {
        let folded = FoldedText(text)
        return segment(folded).compactMap { span in
            let word = folded.originalText(folded: span.range)
            return word.isEmpty || word.allSatisfy(\.isWhitespace) ? nil : word
        }
    }

    /// The folded text, except that a comma or semicolon written full-width (，；) between two digits is
    /// given to ICU as an ideographic comma (、). ICU's word rules, like Unicode's, let both join digits
    /// (`118.06，2025` would be one number), but in Chinese text they end a clause; an ASCII comma
    /// between digits still makes a thousands separator (1,000), and a full-width full stop a decimal
    /// (１１８．０６). The folded units are copied only where there is something to change.
    static func breakerInput(_ text: FoldedText) -> [UInt16] {
        var units = text.folded
        let count = units.count
        text.folded.withUnsafeBufferPointer { folded in
            text.original.withUnsafeBufferPointer { original in
                text.originalOffsets.withUnsafeBufferPointer { offsets in
                    for index in 1..<max(1, count - 1) where folded[index] == 0x2C || folded[index] == 0x3B {
                        if CharacterClass.isDigit(folded[index - 1]), CharacterClass.isDigit(folded[index + 1]),
                           original[Int(offsets[index])] >= 0x80 {
                            units[index] = ideographicComma
                        }
                    }
                }
            }
        }
        return units
    }

    private static let ideographicComma: UInt16 = 0x3001
}
