/// The inverted index being built, in memory: for every term, its postings so far as a varint stream of
/// (document delta, frequency, position deltas …), appended in document order.
struct PostingsAccumulator {
    /// Ids of the terms longer than eight bytes (a segmenter's words); shorter ones are in `shortIDs`.
    private var longIDs: [Term: Int32] = [:]
    private var shortIDs = ShortTermTable()
    private(set) var terms: [Term] = []
    private(set) var streams: [[UInt8]] = []
    private(set) var lastDocument: [Int32] = []
    private(set) var documentFrequency: [Int32] = []
    private(set) var totalFrequency: [Int] = []
    private var scratch: [UInt64] = []
    private var positions: [UInt32] = []
    /// One posting's varints, before they are appended to its term's stream in one piece.
    private var encoded: [UInt8] = []
    /// Bytes appended to the streams.
    private var streamBytes = 0

    /// Roughly what the accumulator holds in memory: its streams (arrays grow by doubling, so up to
    /// twice their bytes) and, per term, its entries in the tables and its stream's own allocation.
    var estimatedBytes: Int { 2 * streamBytes + 112 * terms.count }

    /// The id of `term`, added if new.
    mutating func id(of term: Term) -> Int32 {
        switch term {
        case .short(let key):
            let (id, added) = shortIDs.id(of: key, orAdd: Int32(terms.count))
            if added { newTerm(term) }
            return id
        case .long:
            if let id = longIDs[term] { return id }
            let id = newTerm(term)
            longIDs[term] = id
            return id
        }
    }

    /// Records a new term, with no postings yet.
    @discardableResult
    private mutating func newTerm(_ term: Term) -> Int32 {
        let id = Int32(terms.count)
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
        var termPositions = positions
        positions = []
        while index < scratch.count {
            let id = Int32(truncatingIfNeeded: scratch[index] >> 32)
            termPositions.removeAll(keepingCapacity: true)
            while index < scratch.count, Int32(truncatingIfNeeded: scratch[index] >> 32) == id {
                termPositions.append(UInt32(truncatingIfNeeded: scratch[index]))
                index += 1
            }
            append(term: id, document: document, positions: termPositions)
        }
        positions = termPositions
    }

    /// Appends one posting; `positions` ascending and without repeats.
    mutating func append(term id: Int32, document: Int32, positions: [UInt32]) {
        let slot = Int(id)
        let capacity = 5 * (positions.count + 2)
        if encoded.count < capacity { encoded = [UInt8](repeating: 0, count: 2 * capacity) }
        let delta = UInt32(document - lastDocument[slot])
        let length = encoded.withUnsafeMutableBufferPointer { buffer in
            var end = 0
            func put(_ value: UInt32) {
                var rest = value
                while rest >= 0x80 {
                    buffer[end] = UInt8(truncatingIfNeeded: rest) | 0x80
                    rest >>= 7
                    end += 1
                }
                buffer[end] = UInt8(rest)
                end += 1
            }
            put(delta)
            put(UInt32(positions.count))
            var previous: UInt32 = 0
            for position in positions {
                put(position - previous)
                previous = position
            }
            return end
        }
        // One append per posting: every access to `streams[slot]` checks that both arrays are unique.
        encoded.withUnsafeBufferPointer { streams[slot].append(contentsOf: UnsafeBufferPointer(rebasing: $0[..<length])) }
        streamBytes += length
        lastDocument[slot] = document
        documentFrequency[slot] += 1
        totalFrequency[slot] += positions.count
    }

    /// Releases a term's stream once it has been written out.
    mutating func release(term id: Int32) { streams[Int(id)] = [] }
}
