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

    /// The id of `term`, added if new.
    private mutating func id(of term: Term) -> Int32 {
        let (id, added) = ids.id(of: term)
        if added {
            terms.append(term)
            streams.addStream()
            lastDocument.append(-1)
            documentFrequency.append(0)
            totalFrequency.append(0)
        }
        return id
    }

    /// Appends the postings of `run`, whose units are documents `firstDocument…`, each greater than
    /// every document added before: per term, its first delta renumbered and the rest copied as is.
    mutating func append(_ run: PostingsRun, firstDocument: Int32) {
        var delta: (UInt64, UInt64) = (0, 0)
        run.bytes.withUnsafeBytes { bytes in
            for (index, term) in run.terms.enumerated() {
                let slot = Int(id(of: term))
                let (firstUnit, rest) = run.postings(of: index)
                var value = UInt32(firstDocument + firstUnit - lastDocument[slot])
                let length = withUnsafeMutableBytes(of: &delta) { buffer in
                    var end = 0
                    while value >= 0x80 {
                        buffer[end] = UInt8(truncatingIfNeeded: value) | 0x80
                        value >>= 7
                        end += 1
                    }
                    buffer[end] = UInt8(value)
                    return end + 1
                }
                withUnsafeBytes(of: &delta) { streams.append(UnsafeRawBufferPointer(rebasing: $0[..<length]), to: slot) }
                streams.append(UnsafeRawBufferPointer(rebasing: bytes[rest]), to: slot)
                streamBytes += length + rest.count
                lastDocument[slot] = firstDocument + run.lastUnit[index]
                documentFrequency[slot] += run.documentFrequency[index]
                totalFrequency[slot] += run.totalFrequency[index]
            }
        }
    }

}
