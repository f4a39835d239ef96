import Foundation
import TestSupport
import Testing
@testable import SearchIndex

@Test func theSegmentsTermsAreOrderedAsTheirBytesAreWhetherPackedOrNot() throws {
    let essay = try String(contentsOf: Repository.corpus.appendingPathComponent("sex-ratio-essay-countermeasures.txt"), encoding: .utf8)
    // Every substring of one to four characters, in the order met: bigrams and single characters
    // packed, three or four ideographs too long to pack, Latin letters and digits packed at any length.
    let characters = Array(essay.prefix(3000))
    var seen = Set<Term>(), terms: [Term] = []
    for start in characters.indices {
        for length in 1...4 where start + length <= characters.count {
            let term = Term(bytes: Array(String(characters[start..<(start + length)]).utf8))
            if seen.insert(term).inserted { terms.append(term) }
        }
    }
    #expect(terms.contains { if case .long = $0 { true } else { false } })
    #expect(SegmentBuilder.ascendingOrder(of: terms) == terms.indices.sorted { terms[$0].bytes.lexicographicallyPrecedes(terms[$1].bytes) })
}
