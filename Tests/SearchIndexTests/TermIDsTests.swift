import Foundation
import TestSupport
import Testing
@testable import SearchIndex

@Test func aBatchOfTermsIsNumberedAsOneTermAtATimeWouldNumberThem() throws {
    let essay = try String(contentsOf: Repository.corpus.appendingPathComponent("sex-ratio-essay-countermeasures.txt"), encoding: .utf8)
    // Tables far too small for the essay's terms, so that the batches make them grow.
    var batched = TermIDs(capacity: 2), single = TermIDs(capacity: 2)
    var ids: [Int32] = []
    for paragraph in essay.split(separator: "\n") {
        let characters = Array(paragraph)
        // A paragraph's distinct bigrams, and a word too long to pack, as a source file's run holds them.
        var seen = Set<Term>()
        let terms = (zip(characters, characters.dropFirst()).map { Term(bytes: Array("\($0)\($1)".utf8)) } + [Term(bytes: Array("计划生育政策".utf8))])
            .filter { seen.insert($0).inserted }
        batched.ids(of: terms, into: &ids)
        #expect(ids == terms.map { single.id(of: $0).id })
    }
    #expect(batched.count == single.count && batched.count > 500)
}
