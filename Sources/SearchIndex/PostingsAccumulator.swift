/// The inverted index being built, in memory: for every term, its postings so far as a varint stream of
/// (document delta, frequency, position deltas …), appended in document order, a `PostingsRun` (a
/// source file's units, inverted on a worker thread) at a time.
struct PostingsAccumulator {
    private var ids = TermIDs()
    private(set) var terms: [Term] = []
    /// Every term's stream, by its id.
    private(set) var streams = PostingsArena()
    private(set) var lastDocument: [Int32] = []
    private(set) var documentFrequency: [Int32] = []
    private(set) var totalFrequency: [Int] = []
    /// Bytes appended to the streams.
    private var streamBytes = 0

    /// Roughly what the accumulator holds in memory: its streams (their slices double in size, so up to
    /// twice their bytes) and, per term, its entries in the tables and its stream's state in the arena.
    var estimatedBytes: Int { 2 * streamBytes + 112 * terms.count }

    /// Scratch of `append(_:firstDocument:)`, kept for its capacity: the ids of the run's terms, and
    /// per term its first delta renumbered and where the rest of its postings start in the run.
    private var runIDs: [Int32] = []
    private var heads: [(delta: UInt32, rest: Int)] = []

    /// Appends the postings of `run`, whose units are documents `firstDocument…`, each greater than
    /// every document added before: per term, its first delta renumbered and the rest copied as is.
    ///
    /// In three passes over the run's terms — their ids, their counts, their streams — rather than one:
    /// the tables are megabytes and a term's entries in each are cache misses, which the processor
    /// overlaps across the terms of a short loop but hardly across the long body of one.
    mutating func append(_ run: PostingsRun, firstDocument: Int32) {
        ids.ids(of: run.terms, into: &runIDs)
        for (index, id) in runIDs.enumerated() where Int(id) == terms.count {
            terms.append(run.terms[index])
            streams.addStream()
            lastDocument.append(-1)
            documentFrequency.append(0)
            totalFrequency.append(0)
        }
        heads.removeAll(keepingCapacity: true)
        for (index, id) in runIDs.enumerated() {
            let slot = Int(id)
            let (firstUnit, rest) = run.postings(of: index)
            heads.append((UInt32(firstDocument + firstUnit - lastDocument[slot]), rest.lowerBound))
            lastDocument[slot] = firstDocument + run.lastUnit[index]
            documentFrequency[slot] += run.documentFrequency[index]
            totalFrequency[slot] += run.totalFrequency[index]
        }
        // The arena and the run's arrays held outside the loop: read through `self` in it, each term
        // retained and released the arena and checked the arrays' bounds.
        let arena = streams
        var appended = 0
        run.bytes.withUnsafeBytes { bytes in
            run.starts.withUnsafeBufferPointer { starts in
                heads.withUnsafeBufferPointer { heads in
                    for (index, id) in runIDs.enumerated() {
                        let rest = UnsafeRawBufferPointer(rebasing: bytes[heads[index].rest..<starts[index + 1]])
                        appended += arena.append(varint: heads[index].delta, then: rest, to: Int(id))
                    }
                }
            }
        }
        streamBytes += appended
    }
}
