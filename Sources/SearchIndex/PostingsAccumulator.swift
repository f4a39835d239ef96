/// The inverted index being built, in memory: for every term, its postings so far as a varint stream of
/// (document delta, frequency, position deltas …), appended in document order, a `PostingsRun` (a
/// source file's units, inverted on a worker thread) at a time.
struct PostingsAccumulator {
    private var ids = TermIDs()
    private(set) var terms: [Term] = []
    /// Every term's stream, by its id.
    private(set) var streams = PostingsArena()
    /// Per term, by its id, side by side: appending a file's postings touches each term's once.
    private var counts: [TermCounts] = []
    /// Bytes appended to the streams.
    private var streamBytes = 0

    /// Every term's document frequency and total frequency, by its id.
    var documentFrequency: [Int32] { counts.map(\.documentFrequency) }
    var totalFrequency: [Int] { counts.map(\.totalFrequency) }

    private struct TermCounts {
        /// The last document holding it.
        var lastDocument: Int32 = -1
        var documentFrequency: Int32 = 0
        var totalFrequency = 0
    }

    /// Roughly what the accumulator holds in memory: its streams (their slices double in size, so up to
    /// twice their bytes) and, per term, its entries in the tables and its stream's state in the arena.
    var estimatedBytes: Int { 2 * streamBytes + 112 * terms.count }

    /// The id of `term`, added if new.
    private mutating func id(of term: Term) -> Int32 {
        let (id, added) = ids.id(of: term)
        if added {
            terms.append(term)
            streams.addStream()
            counts.append(TermCounts())
        }
        return id
    }

    /// Appends the postings of `run`, whose units are documents `firstDocument…`, each greater than
    /// every document added before: per term, its first delta renumbered and the rest copied as is.
    mutating func append(_ run: PostingsRun, firstDocument: Int32) {
        run.bytes.withUnsafeBytes { bytes in
            for (index, term) in run.terms.enumerated() {
                let slot = Int(id(of: term))
                let (firstUnit, rest) = run.postings(of: index)
                let rebased = UInt32(firstDocument + firstUnit - counts[slot].lastDocument)
                streamBytes += streams.append(varint: rebased, then: UnsafeRawBufferPointer(rebasing: bytes[rest]), to: slot)
                counts[slot].lastDocument = firstDocument + run.lastUnit[index]
                counts[slot].documentFrequency += run.documentFrequency[index]
                counts[slot].totalFrequency += run.totalFrequency[index]
            }
        }
    }

}
