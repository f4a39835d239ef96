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

/// Builds a `PostingsRun` one unit at a time.
struct PostingsRunBuilder {
    private var ids = TermIDs(capacity: 1 << 12)
    private var run = PostingsRun()
    /// The postings in unit order, and for each, its term and where it starts.
    private var encoded: [UInt8] = []
    private var postingTerms: [Int32] = []
    private var postingStarts: [Int] = []
    /// Per token of the unit being added, its term's id; its positions grouped by term.
    private var tokenTerms: [Int32] = []
    private var grouped: [Int32] = []
    /// The unit's terms in the order they first occur in it.
    private var unitTerms: [Int32] = []
    /// Per term of the run, while a unit is added.
    private var inUnit: [TermInUnit] = []

    private struct TermInUnit {
        /// The unit (+ 1) it last occurred in.
        var unit: Int32 = 0
        var occurrences: Int32 = 0
        /// Where its next position goes in `grouped`.
        var cursor: Int32 = 0
    }

    /// The id of `term` in the run, added if new.
    private mutating func id(of term: Term) -> Int32 {
        let (id, added) = ids.id(of: term)
        if added {
            run.terms.append(term)
            run.lastUnit.append(-1)
            run.documentFrequency.append(0)
            run.totalFrequency.append(0)
            inUnit.append(TermInUnit())
        }
        return id
    }

    /// Adds the next unit's tokens (none for a unit that is stored but not searchable).
    ///
    /// The tokens are grouped by term by counting rather than sorted: a term's postings do not depend
    /// on the order the unit's terms are visited in (`finish` groups them by term).
    mutating func add(tokens: [Token]) {
        let unit = Int32(run.unitCount)
        run.unitCount += 1
        tokenTerms.removeAll(keepingCapacity: true)
        for token in tokens { tokenTerms.append(id(of: token.term)) }
        unitTerms.removeAll(keepingCapacity: true)
        grouped.removeAll(keepingCapacity: true)
        grouped.append(contentsOf: repeatElement(0, count: tokens.count))
        // At most two varints per term and one per token, of at most five bytes each.
        var written = encoded.count
        encoded.append(contentsOf: repeatElement(0, count: 15 * tokens.count))
        inUnit.withUnsafeMutableBufferPointer { inUnit in
            for id in tokenTerms {
                let slot = Int(id)
                if inUnit[slot].unit != unit + 1 {
                    inUnit[slot] = TermInUnit(unit: unit + 1, occurrences: 0, cursor: 0)
                    unitTerms.append(id)
                }
                inUnit[slot].occurrences += 1
            }
            var start: Int32 = 0
            for id in unitTerms {
                inUnit[Int(id)].cursor = start
                start += inUnit[Int(id)].occurrences
            }
            grouped.withUnsafeMutableBufferPointer { grouped in
                for (index, token) in tokens.enumerated() {
                    let slot = Int(tokenTerms[index])
                    grouped[Int(inUnit[slot].cursor)] = token.position
                    inUnit[slot].cursor += 1
                }
            }
            encoded.withUnsafeMutableBufferPointer { encoded in
                func put(_ value: UInt32) {
                    var rest = value
                    while rest >= 0x80 {
                        encoded[written] = UInt8(truncatingIfNeeded: rest) | 0x80
                        rest >>= 7
                        written += 1
                    }
                    encoded[written] = UInt8(rest)
                    written += 1
                }
                for id in unitTerms {
                    let slot = Int(id)
                    let count = Int(inUnit[slot].occurrences), end = Int(inUnit[slot].cursor)
                    // In the tokens' order: ascending for the bigrams; a segmenter's words come after
                    // them, in the order of their spans.
                    if count > 1 { grouped[(end - count)..<end].sortIfNeeded() }
                    postingTerms.append(id)
                    postingStarts.append(written)
                    put(UInt32(unit - run.lastUnit[slot]))
                    put(UInt32(count))
                    var previous: Int32 = 0
                    for position in grouped[(end - count)..<end] {
                        put(UInt32(bitPattern: position &- previous))
                        previous = position
                    }
                    run.lastUnit[slot] = unit
                    run.documentFrequency[slot] += 1
                    run.totalFrequency[slot] += count
                }
            }
        }
        encoded.removeLast(encoded.count - written)
    }

    /// The run: the postings grouped by term (a counting sort, which keeps each term's in unit order).
    consuming func finish() -> PostingsRun {
        postingStarts.append(encoded.count)
        var starts = [Int](repeating: 0, count: run.terms.count + 1)
        for (index, term) in postingTerms.enumerated() {
            starts[Int(term) + 1] += postingStarts[index + 1] - postingStarts[index]
        }
        for index in 1..<starts.count { starts[index] += starts[index - 1] }
        var cursor = starts
        var bytes = [UInt8](repeating: 0, count: encoded.count)
        bytes.withUnsafeMutableBufferPointer { target in
            encoded.withUnsafeBufferPointer { source in
                for (index, term) in postingTerms.enumerated() {
                    let from = postingStarts[index], length = postingStarts[index + 1] - from
                    target.baseAddress!.advanced(by: cursor[Int(term)]).update(from: source.baseAddress!.advanced(by: from), count: length)
                    cursor[Int(term)] += length
                }
            }
        }
        run.bytes = bytes
        run.starts = starts
        return run
    }
}

private extension ArraySlice<Int32> {
    /// Sorts the slice unless it already is ascending (it nearly always is).
    mutating func sortIfNeeded() {
        var previous = Int32.min
        for value in self {
            if value < previous {
                sort()
                return
            }
            previous = value
        }
    }
}
