/// The inverted index being built, in memory: for every term, its postings so far as a varint stream of
/// (document delta, frequency, position deltas …), appended in document order.
struct PostingsAccumulator {
    private(set) var termIDs: [Term: Int32] = [:]
    private(set) var terms: [Term] = []
    private(set) var streams: [[UInt8]] = []
    private(set) var lastDocument: [Int32] = []
    private(set) var documentFrequency: [Int32] = []
    private(set) var totalFrequency: [Int] = []
    private var scratch: [UInt64] = []

    /// The id of `term`, added if new.
    mutating func id(of term: Term) -> Int32 {
        if let id = termIDs[term] { return id }
        let id = Int32(terms.count)
        termIDs[term] = id
        terms.append(term)
        streams.append([])
        lastDocument.append(-1)
        documentFrequency.append(0)
        totalFrequency.append(0)
        return id
    }

    /// Adds the tokens of `document`, which must be greater than every document added before.
    mutating func add(document: Int32, tokens: [Token]) {
        scratch.removeAll(keepingCapacity: true)
        for token in tokens {
            scratch.append(UInt64(UInt32(id(of: token.term))) << 32 | UInt64(UInt32(token.position)))
        }
        scratch.sort()
        var index = 0
        var positions: [UInt32] = []
        while index < scratch.count {
            let id = Int32(truncatingIfNeeded: scratch[index] >> 32)
            positions.removeAll(keepingCapacity: true)
            while index < scratch.count, Int32(truncatingIfNeeded: scratch[index] >> 32) == id {
                positions.append(UInt32(truncatingIfNeeded: scratch[index]))
                index += 1
            }
            append(term: id, document: document, positions: positions)
        }
    }

    /// Appends one posting; `positions` ascending and without repeats.
    mutating func append(term id: Int32, document: Int32, positions: [UInt32]) {
        let slot = Int(id)
        PostingsAccumulator.appendVarint(UInt32(document - lastDocument[slot]), to: &streams[slot])
        PostingsAccumulator.appendVarint(UInt32(positions.count), to: &streams[slot])
        var previous: UInt32 = 0
        for position in positions {
            PostingsAccumulator.appendVarint(position - previous, to: &streams[slot])
            previous = position
        }
        lastDocument[slot] = document
        documentFrequency[slot] += 1
        totalFrequency[slot] += positions.count
    }

    /// Appends in place, so that a term's stream is never copied.
    private static func appendVarint(_ value: UInt32, to stream: inout [UInt8]) {
        var rest = value
        while rest >= 0x80 {
            stream.append(UInt8(truncatingIfNeeded: rest) | 0x80)
            rest >>= 7
        }
        stream.append(UInt8(rest))
    }

    /// Releases a term's stream once it has been written out.
    mutating func release(term id: Int32) { streams[Int(id)] = [] }
}
