import TextNormalization

extension IndexReader {
    /// The section units that hold `phrase` as `search` finds it (its characters standing together,
    /// folded; punctuation in the phrase relaxes it), in index order, with their stored text: found from
    /// the postings, read from the store a block at a time, no source file opened. The caller finds the
    /// exact places in the text.
    public func sectionUnits(containing phrase: String) throws(IndexError) -> [IndexUnit] {
        var found: [IndexUnit] = []
        for numbers in try sectionUnitBlocks(containing: phrase) { found += try storedUnits(numbers) }
        return found
    }

    /// The numbers of the section units that hold `phrase` (as `sectionUnits(containing:)` finds them),
    /// in index order, in groups that lie in one block of the store: each group is read with
    /// `storedUnits(_:)`, on any thread, its block decompressed once.
    public func sectionUnitBlocks(containing phrase: String) throws(IndexError) -> [[Int]] {
        let folded = phrase.folded
        guard let matcher = try PhraseMatcher(folded, reader: self, analyzer: Analyzer(segmenter: nil)) else {
            // Punctuation has no postings: every section may hold it, so every section is scanned.
            return folded.unicodeScalars.contains { !$0.properties.isWhitespace } ? sectionBlocks(0..<units.count) : []
        }
        guard let matches = try matcher.matches(in: self, options: PhraseMatcher.MatchOptions()) else { return [] }
        return sectionBlocks((0..<matches.count).lazy.map { Int(matches.units[$0]) })
    }

    /// The section units among `numbers` (ascending), grouped by the store block that holds them.
    private func sectionBlocks(_ numbers: some Sequence<Int>) -> [[Int]] {
        let sectionKind = units.kinds.firstIndex(of: .section)
        var groups: [[Int]] = []
        var block = -1
        for number in numbers {
            guard units.kindIndex(number) == sectionKind else { continue }
            if store.block(of: number) != block {
                block = store.block(of: number)
                groups.append([])
            }
            groups[groups.count - 1].append(number)
        }
        return groups
    }

    /// The units numbered `numbers`, which lie in one block of the store, with their text.
    public func storedUnits(_ numbers: [Int]) throws(IndexError) -> [IndexUnit] {
        guard let first = numbers.first else { return [] }
        let block = store.block(of: first)
        let entries = try store.entries(block: block)
        return numbers.map { unit($0, stored: entries[$0 - store.firstUnit(of: block)]) }
    }
}
