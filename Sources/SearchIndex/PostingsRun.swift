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
    private var scratch: [UInt64] = []

    /// The id of `term` in the run, added if new.
    private mutating func id(of term: Term) -> Int32 {
        let (id, added) = ids.id(of: term)
        if added {
            run.terms.append(term)
            run.lastUnit.append(-1)
            run.documentFrequency.append(0)
            run.totalFrequency.append(0)
        }
        return id
    }

    /// Adds the next unit's tokens (none for a unit that is stored but not searchable).
    mutating func add(tokens: [Token]) {
        let unit = Int32(run.unitCount)
        run.unitCount += 1
        scratch.removeAll(keepingCapacity: true)
        for token in tokens {
            scratch.append(UInt64(UInt32(id(of: token.term))) << 32 | UInt64(UInt32(token.position)))
        }
        scratch.sort()
        var index = 0
        while index < scratch.count {
            let id = Int32(truncatingIfNeeded: scratch[index] >> 32)
            var end = index + 1
            while end < scratch.count, Int32(truncatingIfNeeded: scratch[end] >> 32) == id { end += 1 }
            let slot = Int(id)
            postingTerms.append(id)
            postingStarts.append(encoded.count)
            appendVarint(UInt32(unit - run.lastUnit[slot]))
            appendVarint(UInt32(end - index))
            var previous: UInt32 = 0
            for entry in scratch[index..<end] {
                let position = UInt32(truncatingIfNeeded: entry)
                appendVarint(position - previous)
                previous = position
            }
            run.lastUnit[slot] = unit
            run.documentFrequency[slot] += 1
            run.totalFrequency[slot] += end - index
            index = end
        }
    }

    private mutating func appendVarint(_ value: UInt32) {
        var rest = value
        while rest >= 0x80 {
            encoded.append(UInt8(truncatingIfNeeded: rest) | 0x80)
            rest >>= 7
        }
        encoded.append(UInt8(rest))
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
