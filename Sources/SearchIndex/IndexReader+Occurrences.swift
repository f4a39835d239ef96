import TextNormalization

extension IndexReader {
    /// The section units that hold `phrase` as `search` finds it (its characters standing together,
    /// folded; punctuation in the phrase relaxes it), in index order, with their stored text: found from
    /// the postings, read from the store a block at a time, no source file opened. The caller finds the
    /// exact places in the text.
    public func sectionUnits(containing phrase: String) throws(IndexError) -> [IndexUnit] {
        guard let matcher = try PhraseMatcher(phrase.folded, reader: self, analyzer: Analyzer(segmenter: nil)) else { return [] }
        let sectionKind = units.kinds.firstIndex(of: .section)
        guard let matches = try matcher.matches(in: self, options: PhraseMatcher.MatchOptions()) else { return [] }
        var found: [IndexUnit] = []
        var block = -1
        var entries: [StoredUnit] = []
        for index in 0..<matches.count {
            let number = Int(matches.units[index])
            guard units.kindIndex(number) == sectionKind else { continue }
            if store.block(of: number) != block {
                block = store.block(of: number)
                entries = try store.entries(block: block)
            }
            found.append(unit(number, stored: entries[number - store.firstUnit(of: block)]))
        }
        return found
    }
}
