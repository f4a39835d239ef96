/// The lattice of one text's candidate words and its cheapest path (see `WordSegmenter`, `WordCost`).
///
/// Its per-position buffers (index n is the end of the text) grow to the longest text seen and are
/// reused from text to text. They are raw memory rather than arrays because the inner loops touch them
/// at every position of every text: arrays would add uniqueness checks on each write. The owner calls
/// `deallocate()` once.
struct WordLattice {
    /// What words and rules cost along a path.
    let cost: WordCost
    private var capacity = 0
    private var best = UnsafeMutablePointer<Float>.allocate(capacity: 0)
    private var back = UnsafeMutablePointer<Int32>.allocate(capacity: 0)
    private var tokenStarting = UnsafeMutablePointer<Int32>.allocate(capacity: 0)
    /// Where the ICU token starting at the position ends; the next word of the best path once found.
    private var tokenEnd = UnsafeMutablePointer<Int32>.allocate(capacity: 0)
    private var flags = UnsafeMutablePointer<UInt8>.allocate(capacity: 0)

    /// A word may begin or end at the position.
    private static let allowed: UInt8 = 1
    /// ICU puts a boundary at the position.
    private static let icuBoundary: UInt8 = 2
    /// The best word ending at the position was made by the range rule (a number).
    private static let byNumberRule: UInt8 = 4
    /// The ICU token starting at the position is a word (letters or ideographs).
    private static let startsICUWord: UInt8 = 8
    /// The ICU token starting at the position is an ideograph that ICU saw masked: a lone ideograph.
    private static let startsMaskedIdeograph: UInt8 = 16

    init(cost: WordCost) {
        self.cost = cost
    }

    /// Makes room for a text of `count` units.
    mutating func reserve(_ count: Int) {
        guard capacity < count + 1 else { return }
        deallocate()
        capacity = max(count + 1, capacity * 2)
        best = .allocate(capacity: capacity)
        back = .allocate(capacity: capacity)
        tokenStarting = .allocate(capacity: capacity)
        tokenEnd = .allocate(capacity: capacity)
        flags = .allocate(capacity: capacity)
    }

    func deallocate() {
        best.deallocate()
        back.deallocate()
        tokenStarting.deallocate()
        tokenEnd.deallocate()
        flags.deallocate()
    }

    /// The cheapest segmentation of `units`, given ICU's `tokens` of them and the lexicon's `trie`.
    /// `reserve(units.count)` must have been called.
    ///
    /// Most of a text has no candidate but ICU's own tokens, and there ICU's path is the best (a lone
    /// ideograph costs more than its share of an ICU word). So the candidates are found first, in order
    /// of their start; the stretches of ICU tokens that candidates other than ICU's tokens overlap
    /// become islands; and the search runs on the islands alone, their ends being boundaries that every
    /// path crosses. Between them the path is ICU's.
    ///
    /// With `ideographsMasked`, ICU saw every ideograph masked (see `WordSegmenter.segment`), and the
    /// tokens give each as a word of its own, which costs what a lone ideograph costs.
    func bestPath(_ units: [UInt16], tokens: [WordSpan], trie: LexiconTrie, ideographsMasked: Bool = false) -> [WordSpan] {
        let count = units.count
        best.initialize(repeating: .infinity, count: count + 1)
        tokenStarting.initialize(repeating: -1, count: count + 1)
        flags.initialize(repeating: 0, count: count + 1)
        return units.withUnsafeBufferPointer { units in
            markPositions(tokens, units, ideographsMasked: ideographsMasked)
            var candidates: [Candidate] = []
            var islands: [Range<Int>] = []
            for start in 0..<count where isAllowed(start) {
                let first = candidates.count
                findLexiconWords(from: start, units, trie, into: &candidates)
                findNumberRules(from: start, tokens, units, into: &candidates)
                var farthest = -1
                for candidate in candidates[first...] where !isICUToken(start, Int(candidate.end)) {
                    farthest = max(farthest, Int(candidate.end))
                }
                if farthest >= 0 { addIsland(from: start, to: farthest, &islands) }
            }
            var next = 0
            for island in islands {
                while candidates[next].start < island.lowerBound { next += 1 }
                best[island.lowerBound] = 0
                for start in island where isAllowed(start) {
                    let reachable = best[start] < .infinity
                    if reachable { relaxICUAndLoneCandidates(from: start) }
                    while next < candidates.count, Int(candidates[next].start) == start {
                        let candidate = candidates[next]
                        if reachable {
                            relax(start, Int(candidate.end), cost: candidate.cost, byNumberRule: candidate.byNumberRule)
                        }
                        next += 1
                    }
                }
            }
            return path(tokens, islands: islands, count: count)
        }
    }

    /// A word the lexicon or a number rule offers, from `start` to `end`.
    private struct Candidate {
        let start: Int32
        let end: Int32
        let cost: Float
        let byNumberRule: Bool
    }

    @inline(__always)
    private func isICUToken(_ start: Int, _ end: Int) -> Bool {
        tokenStarting[start] >= 0 && Int(tokenEnd[start]) == end
    }

    /// Adds the ICU tokens from the one holding `start` to the one holding `end - 1` to the islands,
    /// merged with the last island where they overlap it.
    private func addIsland(from start: Int, to end: Int, _ islands: inout [Range<Int>]) {
        var lower = start
        while flags[lower] & Self.icuBoundary == 0 { lower -= 1 }
        var upper = end
        while flags[upper] & Self.icuBoundary == 0 { upper += 1 }
        if let last = islands.last, lower < last.upperBound {
            islands[islands.count - 1] = last.lowerBound..<max(last.upperBound, upper)
        } else {
            islands.append(lower..<upper)
        }
    }

    /// Marks ICU's boundaries, and the points between two ideographs inside ICU's words.
    private func markPositions(_ tokens: [WordSpan], _ units: UnsafeBufferPointer<UInt16>, ideographsMasked: Bool) {
        for (index, token) in tokens.enumerated() {
            let start = token.range.lowerBound
            tokenStarting[start] = Int32(index)
            tokenEnd[start] = Int32(token.range.upperBound)
            flags[start] = Self.allowed | Self.icuBoundary | (token.kind == .word ? Self.startsICUWord : 0)
            if ideographsMasked, token.kind == .word, CharacterClass.isIdeograph(units[start]) {
                flags[start] |= Self.startsMaskedIdeograph
            }
            guard token.kind == .word, token.range.count > 1 else { continue }
            for point in (start + 1)..<token.range.upperBound
            where CharacterClass.isIdeograph(units[point - 1]) && CharacterClass.isIdeograph(units[point]) {
                flags[point] = Self.allowed
            }
        }
        flags[units.count] = Self.allowed | Self.icuBoundary
    }

    @inline(__always)
    private func isAllowed(_ position: Int) -> Bool { flags[position] & Self.allowed != 0 }

    @inline(__always)
    private func relax(_ start: Int, _ end: Int, cost wordCost: Float, byNumberRule rule: Bool = false) {
        let boundary = flags[end] & Self.icuBoundary != 0
        let total = best[start] + wordCost + (boundary ? 0 : cost.endInsideICUWord)
        if total < best[end] {
            best[end] = total
            back[end] = Int32(start)
            flags[end] = rule ? flags[end] | Self.byNumberRule : flags[end] & ~Self.byNumberRule
        }
    }

    /// ICU's own token, and the lone ideograph that keeps every node of the lattice reachable.
    private func relaxICUAndLoneCandidates(from start: Int) {
        if tokenStarting[start] >= 0 {
            let end = Int(tokenEnd[start])
            if flags[start] & Self.startsMaskedIdeograph != 0 {
                relax(start, end, cost: cost.loneIdeograph)
            } else if flags[start] & Self.startsICUWord != 0 {
                relax(start, end, cost: cost.icuWord)
                if end > start + 1, isAllowed(start + 1) { relax(start, start + 1, cost: cost.loneIdeograph) }
            } else {
                relax(start, end, cost: cost.icuNumberOrSymbol)
            }
        } else {
            var end = start + 1
            while !isAllowed(end) { end += 1 }
            relax(start, end, cost: cost.loneIdeograph)
        }
    }

    private func findLexiconWords(from start: Int, _ units: UnsafeBufferPointer<UInt16>, _ trie: LexiconTrie,
                                  into candidates: inout [Candidate]) {
        let first = units[start]
        guard trie.isSingleUnitWord(first) || (start + 1 < units.count && trie.mayStart(first, units[start + 1]))
        else { return }
        var (node, wordCost) = trie.rootStep(first)
        var end = start + 1
        while node != LexiconTrie.none {
            if wordCost < .infinity, isAllowed(end) {
                candidates.append(Candidate(start: Int32(start), end: Int32(end), cost: wordCost, byNumberRule: false))
            }
            guard end < units.count else { return }
            (node, wordCost) = trie.step(node, units[end])
            end += 1
        }
    }

    private func findNumberRules(from start: Int, _ tokens: [WordSpan], _ units: UnsafeBufferPointer<UInt16>,
                                 into candidates: inout [Candidate]) {
        if units[start] == NumberRules.ordinalPrefix,
           let end = NumberRules.ordinalEnd(units, from: start, isAllowed: isAllowed) {
            candidates.append(Candidate(start: Int32(start), end: Int32(end), cost: cost.pattern,
                                        byNumberRule: false))
        }
        let index = Int(tokenStarting[start])
        if index >= 0, tokens[index].kind == .number, let end = NumberRules.rangeEnd(tokens, from: index, units) {
            candidates.append(Candidate(start: Int32(start), end: Int32(end), cost: cost.pattern,
                                        byNumberRule: true))
        }
    }

    /// The words of the path: ICU's tokens, and on the islands the search's best path.
    private func path(_ tokens: [WordSpan], islands: [Range<Int>], count: Int) -> [WordSpan] {
        // Outside the islands `tokenEnd` already links each token to the next; link each island's best
        // path forwards through it as well.
        for island in islands {
            var end = island.upperBound
            while end > island.lowerBound {
                let start = Int(back[end])
                tokenEnd[start] = Int32(end)
                end = start
            }
        }
        var spans: [WordSpan] = []
        spans.reserveCapacity(tokens.count)
        var start = 0
        while start < count {
            let end = Int(tokenEnd[start])
            let index = Int(tokenStarting[start])
            let kind: WordSpan.Kind
            if index >= 0, tokens[index].range.upperBound == end {
                kind = tokens[index].kind
            } else {
                kind = flags[end] & Self.byNumberRule != 0 ? .number : .word
            }
            spans.append(WordSpan(range: start..<end, kind: kind))
            start = end
        }
        return spans
    }
}
