/// The lattice of one text's candidate words and its cheapest path (see `WordSegmenter`, `WordCost`).
///
/// Its per-position buffers (index n is the end of the text) grow to the longest text seen and are
/// reused from text to text. They are raw memory rather than arrays because the inner loops touch them
/// at every position of every text: arrays would add uniqueness checks on each write. The owner calls
/// `deallocate()` once.
struct WordLattice {
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
    func bestPath(_ units: [UInt16], tokens: [WordSpan], trie: LexiconTrie) -> [WordSpan] {
        let count = units.count
        best.initialize(repeating: .infinity, count: count + 1)
        tokenStarting.initialize(repeating: -1, count: count + 1)
        flags.initialize(repeating: 0, count: count + 1)
        return units.withUnsafeBufferPointer { units in
            markPositions(tokens, units)
            best[0] = 0
            for start in 0..<count where flags[start] & Self.allowed != 0 && best[start] < .infinity {
                relaxICUAndLoneCandidates(from: start)
                relaxLexiconWords(from: start, units, trie)
                relaxNumberRules(from: start, tokens, units)
            }
            return path(tokens, count: count)
        }
    }

    /// Marks ICU's boundaries, and the points between two ideographs inside ICU's words.
    private func markPositions(_ tokens: [WordSpan], _ units: UnsafeBufferPointer<UInt16>) {
        for (index, token) in tokens.enumerated() {
            let start = token.range.lowerBound
            tokenStarting[start] = Int32(index)
            tokenEnd[start] = Int32(token.range.upperBound)
            flags[start] = Self.allowed | Self.icuBoundary | (token.kind == .word ? Self.startsICUWord : 0)
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
    private func relax(_ start: Int, _ end: Int, cost: Float, byNumberRule rule: Bool = false) {
        let boundary = flags[end] & Self.icuBoundary != 0
        let total = best[start] + cost + (boundary ? 0 : WordCost.endInsideICUWord)
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
            if flags[start] & Self.startsICUWord != 0 {
                relax(start, end, cost: WordCost.icuWord)
                if end > start + 1, isAllowed(start + 1) { relax(start, start + 1, cost: WordCost.loneIdeograph) }
            } else {
                relax(start, end, cost: WordCost.icuNumberOrSymbol)
            }
        } else {
            var end = start + 1
            while !isAllowed(end) { end += 1 }
            relax(start, end, cost: WordCost.loneIdeograph)
        }
    }

    private func relaxLexiconWords(from start: Int, _ units: UnsafeBufferPointer<UInt16>, _ trie: LexiconTrie) {
        let first = units[start]
        guard trie.isSingleUnitWord(first) || (start + 1 < units.count && trie.mayStart(first, units[start + 1]))
        else { return }
        var node = trie.rootChild(first)
        var end = start + 1
        while node != LexiconTrie.none {
            let cost = trie.costs[Int(node)]
            if cost < .infinity, isAllowed(end) { relax(start, end, cost: cost) }
            guard end < units.count else { return }
            node = trie.child(of: node, units[end])
            end += 1
        }
    }

    private func relaxNumberRules(from start: Int, _ tokens: [WordSpan], _ units: UnsafeBufferPointer<UInt16>) {
        if units[start] == NumberRules.ordinalPrefix,
           let end = NumberRules.ordinalEnd(units, from: start, isAllowed: isAllowed) {
            relax(start, end, cost: WordCost.pattern)
        }
        let index = Int(tokenStarting[start])
        if index >= 0, tokens[index].kind == .number, let end = NumberRules.rangeEnd(tokens, from: index, units) {
            relax(start, end, cost: WordCost.pattern, byNumberRule: true)
        }
    }

    private func path(_ tokens: [WordSpan], count: Int) -> [WordSpan] {
        // Link the best path forwards through `tokenEnd`, which the search no longer needs, and count it.
        var words = 0
        var end = count
        while end > 0 {
            let start = Int(back[end])
            tokenEnd[start] = Int32(end)
            words += 1
            end = start
        }
        var spans: [WordSpan] = []
        spans.reserveCapacity(words)
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
