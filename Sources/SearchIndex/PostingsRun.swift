/// A source file's units inverted on their own, on the thread that analysed them: the file's terms
/// in the order they first occur, and each term's postings in `PostingsAccumulator`'s stream format
/// with the file's units numbered from 0. Appending a run to the segment being built costs one term
/// look-up and one copy per term of the file instead of one look-up per token, so the inversion runs
/// on every core and what stays in file order is cheap (as tantivy's per-thread segment writers).
struct PostingsRun: Sendable {
    /// The run's terms, in the order they first occur.
    fileprivate(set) var terms: [Term] = []
    /// Every term's postings, one term after another: per unit holding it, (unit delta, frequency,
    /// position deltas …) as varints, the first delta counted from unit −1.
    fileprivate(set) var bytes: [UInt8] = []
    /// Where each term's postings start in `bytes`, and, last, where the last term's end.
    fileprivate(set) var starts: [Int] = [0]
    /// Per term: the last unit holding it, the units holding it, and its occurrences.
    fileprivate(set) var lastUnit: [Int32] = []
    fileprivate(set) var documentFrequency: [Int32] = []
    fileprivate(set) var totalFrequency: [Int] = []

    /// Units inverted.
    fileprivate(set) var unitCount = 0

    /// The postings of term `index` after their first unit delta, and that unit.
    func postings(of index: Int) -> (firstUnit: Int32, rest: Range<Int>) {
        var offset = starts[index]
        var value: UInt32 = 0
        var shift: UInt32 = 0
        while true {
            let byte = bytes[offset]
            offset += 1
            value |= UInt32(byte & 0x7F) << shift
            if byte < 0x80 { break }
            shift += 7
        }
        return (Int32(bitPattern: value) - 1, offset..<starts[index + 1])
    }
}

/// Builds a `PostingsRun` one unit at a time, from the analyser's terms (no tokens made).
struct PostingsRunBuilder {
    private var ids = TermIDs(capacity: 1 << 12)
    private var run = PostingsRun()
    /// Per term of the run: the last unit holding it, its units and occurrences so far, and its
    /// occurrences in the unit being added — how many, the first and the last (indices into the
    /// unit's terms, the rest linked by `next`).
    private struct TermState {
        var lastUnit: Int32 = -1
        var documentFrequency: Int32 = 0
        var totalFrequency = 0
        var unitCount: Int32 = 0
        var first: Int32 = 0
        var last: Int32 = 0
    }
    private var states: [TermState] = []
    /// The postings in unit order, and for each, its term and its length in bytes.
    private var encoded: [UInt8] = []
    private var postingTerms: [Int32] = []
    private var postingLengths: [Int32] = []
    /// Scratch of `add(_:analysedBy:)`, kept for its capacity: the unit's terms as the analyser gives
    /// them, their ids, the next occurrence of each one's term, the distinct terms in order of first
    /// occurrence, and the unit's postings.
    private var grams: [UInt64] = []
    private var words: [(term: Term, position: Int32)] = []
    private var occurrenceIDs: [Int32] = []
    private var next: [Int32] = []
    private var unitTerms: [Int32] = []
    private var unitBytes: [UInt8] = []

    /// The id of `term` in the run, added if new.
    private mutating func id(of term: Term) -> Int32 {
        let (id, added) = ids.id(of: term)
        if added { addTerm(term) }
        return id
    }

    private mutating func id(ofShort key: UInt64) -> Int32 {
        let (id, added) = ids.id(ofShort: key)
        if added { addTerm(.short(key)) }
        return id
    }

    private mutating func addTerm(_ term: Term) {
        run.terms.append(term)
        states.append(TermState())
    }

    /// Adds the next unit, `text` analysed by `analyzer` (nil for a unit that is stored but not
    /// searchable: no postings), and returns its number of positions.
    mutating func add(_ text: String?, analysedBy analyzer: Analyzer) -> Int {
        let unit = Int32(run.unitCount)
        run.unitCount += 1
        guard let text else { return 0 }
        analyzer.terms(of: text, grams: &grams, words: &words)
        let gramCount = grams.count, count = gramCount + words.count
        guard count > 0 else { return 0 }
        occurrenceIDs.removeAll(keepingCapacity: true)
        for key in grams { occurrenceIDs.append(id(ofShort: key)) }
        for word in words { occurrenceIDs.append(id(of: word.term)) }
        if next.count < count { next = [Int32](repeating: 0, count: max(count, 2 * next.count)) }
        // A term's bytes: its unit delta and frequency, and its position deltas, five bytes at most each.
        if unitBytes.count < 15 * count { unitBytes = [UInt8](repeating: 0, count: max(15 * count, 2 * unitBytes.count)) }
        unitTerms.removeAll(keepingCapacity: true)
        var states = self.states, next = self.next, unitBytes = self.unitBytes
        self.states = []
        self.next = []
        self.unitBytes = []
        var written = 0
        states.withUnsafeMutableBufferPointer { states in
            next.withUnsafeMutableBufferPointer { next in
                // The occurrences linked term by term, in order of position.
                occurrenceIDs.withUnsafeBufferPointer { ids in
                    for index in 0..<count {
                        let id = Int(ids[index])
                        if states[id].unitCount == 0 {
                            unitTerms.append(Int32(id))
                            states[id].first = Int32(index)
                        } else {
                            next[Int(states[id].last)] = Int32(index)
                        }
                        states[id].last = Int32(index)
                        states[id].unitCount += 1
                    }
                }
                // Each term's (unit delta, frequency, position deltas …); a gram's position is its index.
                unitBytes.withUnsafeMutableBufferPointer { out in
                    func put(_ value: UInt32) {
                        var rest = value
                        while rest >= 0x80 {
                            out[written] = UInt8(truncatingIfNeeded: rest) | 0x80
                            written += 1
                            rest >>= 7
                        }
                        out[written] = UInt8(rest)
                        written += 1
                    }
                    for id in unitTerms {
                        let start = written
                        let state = states[Int(id)]
                        put(UInt32(bitPattern: unit &- state.lastUnit))
                        put(UInt32(state.unitCount))
                        var index = Int(state.first), previous: Int32 = 0
                        for _ in 0..<state.unitCount {
                            let position = index < gramCount ? Int32(index) : words[index - gramCount].position
                            put(UInt32(bitPattern: position &- previous))
                            previous = position
                            index = Int(next[index])
                        }
                        states[Int(id)] = TermState(lastUnit: unit, documentFrequency: state.documentFrequency + 1,
                                                    totalFrequency: state.totalFrequency + Int(state.unitCount))
                        postingLengths.append(Int32(written - start))
                    }
                }
            }
        }
        (self.states, self.next, self.unitBytes) = (states, next, unitBytes)
        postingTerms.append(contentsOf: unitTerms)
        unitBytes.withUnsafeBufferPointer { encoded.append(contentsOf: UnsafeBufferPointer(rebasing: $0[..<written])) }
        return gramCount
    }

    /// The run: the postings grouped by term (a counting sort, which keeps each term's in unit order).
    consuming func finish() -> PostingsRun {
        var starts = [Int](repeating: 0, count: run.terms.count + 1)
        for (term, length) in zip(postingTerms, postingLengths) { starts[Int(term) + 1] += Int(length) }
        for index in 1..<starts.count { starts[index] += starts[index - 1] }
        var cursor = starts
        var bytes = [UInt8](repeating: 0, count: encoded.count)
        bytes.withUnsafeMutableBufferPointer { target in
            encoded.withUnsafeBufferPointer { source in
                var from = 0
                for (term, length) in zip(postingTerms, postingLengths) {
                    let length = Int(length)
                    target.baseAddress!.advanced(by: cursor[Int(term)]).update(from: source.baseAddress!.advanced(by: from), count: length)
                    cursor[Int(term)] += length
                    from += length
                }
            }
        }
        run.bytes = bytes
        run.starts = starts
        run.lastUnit = states.map(\.lastUnit)
        run.documentFrequency = states.map(\.documentFrequency)
        run.totalFrequency = states.map(\.totalFrequency)
        return run
    }
}
