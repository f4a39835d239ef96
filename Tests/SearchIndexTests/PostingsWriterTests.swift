import Testing
@testable import SearchIndex

/// A term's postings as the writer takes them: documents, frequencies and position deltas.
private struct TermPostings {
    var documents: [UInt32] = []
    var frequencies: [UInt32] = []
    var positionDeltas: [UInt32] = []

    /// The same postings as a `PostingsAccumulator` stream: per document (delta from the one before,
    /// the first from −1), its frequency and position deltas, all varints.
    var stream: [UInt8] {
        var writer = ByteWriter()
        var previous: Int64 = -1, delta = 0
        for (document, frequency) in zip(documents, frequencies) {
            writer.appendVarint(UInt64(Int64(document) - previous))
            writer.appendVarint(UInt64(frequency))
            for _ in 0..<frequency {
                writer.appendVarint(UInt64(positionDeltas[delta]))
                delta += 1
            }
            previous = Int64(document)
        }
        return writer.bytes
    }
}

/// Terms of every shape the writer meets, one after another: many blocks, a packed tail, a varint
/// tail, one posting, with positions inside and beyond the headings and deltas of several bytes.
private func terms(units: Int) -> [TermPostings] {
    var generator = SplitMix(state: 14)
    return [300, 3, 1, 130, 7, 2, 256, 1].map { count in
        var term = TermPostings()
        var document = UInt32.random(in: 0...3, using: &generator)
        for _ in 0..<count where Int(document) < units {
            term.documents.append(document)
            let frequency = UInt32.random(in: 1...(count == 1 ? 40 : 4), using: &generator)
            term.frequencies.append(frequency)
            var position: UInt32 = 0
            for index in 0..<frequency {
                let next = index == 0 ? UInt32.random(in: 0...30, using: &generator) : position + UInt32.random(in: 1...200, using: &generator)
                term.positionDeltas.append(next - position)
                position = next
            }
            document += UInt32.random(in: 1...(count > 100 ? 2 : 20000), using: &generator)
        }
        return term
    }
}

@Test func aWriterReusedAcrossTermsWritesEachTermAsAFreshWriterDoes() {
    let units = 1_000_000
    let lengths = (0..<units).map { UInt32(9000 + $0 % 97) }
    let headingLengths = (0..<units).map { UInt32($0 % 3 == 0 ? 12 : 0) }
    var reused = PostingsWriter(lengths: lengths, headingLengths: headingLengths)
    for term in terms(units: units) {
        var fresh = PostingsWriter(lengths: lengths, headingLengths: headingLengths)
        let freshInfo = fresh.write(documents: term.documents, frequencies: term.frequencies, positionDeltas: term.positionDeltas)
        let (postingsStart, positionsStart) = (reused.postings.count, reused.positions.count)
        let info = reused.write(stream: term.stream, documentFrequency: term.documents.count, totalFrequency: term.positionDeltas.count)
        #expect(info.documentFrequency == freshInfo.documentFrequency)
        #expect(info.postingsOffset == postingsStart && info.positionsOffset == positionsStart)
        #expect(Array(reused.postings.bytes[postingsStart...]) == fresh.postings.bytes)
        #expect(Array(reused.positions.bytes[positionsStart...]) == fresh.positions.bytes)
    }
}
