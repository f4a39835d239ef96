import Deduplication
import Testing
@testable import SearchIndex

/// Two sections of a real plan (Corpus/ would do as well: what matters is that they are real text), one
/// a near copy of the other, and a short item.
private let article = "（二）加强宣传教育。深入开展婚育新风进万家活动，大力倡导生男生女都一样、女儿也是传后人的新型婚育观念，"
    + "评选最美女儿户家庭三十户，在各村（社区）设置固定宣传栏，张贴两非举报电话及奖励办法，营造关爱女孩的良好社会氛围。"

/// A plan's document, its section of `article` and a short item, each with its length in positions.
private let plan = [
    (IndexUnit(kind: .document, source: "a.txt", documentIndex: 0, document: "实施方案", section: "", text: "实施方案"), 4),
    (IndexUnit(kind: .section, source: "a.txt", documentIndex: 0, document: "实施方案", section: "二", text: article), 90),
    (IndexUnit(kind: .section, source: "a.txt", documentIndex: 0, document: "实施方案", section: "三", text: "二是设置固定宣传栏。"), 9),
]

@Test func signaturesReadBackAsTheSignerMadeThemWithoutSectionSketchesAndAMergeRenumbersThem() throws {
    let signer = DuplicateSigner(threshold: 0.8)
    let units = plan + [(IndexUnit(kind: .statistic, source: "a.txt", documentIndex: 0, document: "实施方案", section: "二", text: "三十户"), 3)]
    let signatures = signer.signatures(of: units)
    #expect(signatures.map(\.unit) == [0, 1, 2])
    guard case .document(let documentKey, let sections) = signatures[0].role else { Issue.record("no document signature"); return }
    #expect(sections == [1, 2])
    // A document is signed as the text of its sections joined by line breaks, though from their compared characters.
    let joined = try #require(signer.detector.bandedFingerprint(of: article + "\n" + "二是设置固定宣传栏。"))
    #expect(documentKey == joined.key && signatures[0].sketch == joined.sketch)
    guard case .shortSection(let document, _) = signatures[2].role else { Issue.record("no short section"); return }
    #expect(document == 0 && signatures[2].sketch == nil)

    // 64 entries of 3 bits: 3 words (bit planes), bands of 4 rows.
    #expect(signer.layout == DuplicateSigner.Layout(rows: 4, words: 3))
    let body = DuplicateSignatureTable.body(signatures, words: 3)
    // The sketch words and the record count, then the document (unit 0 × 4 + role 1, key length — 104 compared
    // characters, a byte —, 3 bytes of hash, its sketch's 3 words, its 2 sections right after it: 2 × 2 + 1),
    // the section without its sketch (delta 1 × 4 + 0, key length 95, 3 of hash), the short section (1 × 4 + 2,
    // its document 2 units back, key length, 3 of hash).
    #expect(body.count == 2 + (1 + 1 + 3 + 24 + 1) + (1 + 1 + 3) + (1 + 1 + 1 + 3))
    let file = try mapped(DuplicateSignatureTable.role, body)
    var read: [DuplicateSignatureTable.Record] = []
    try DuplicateSignatureTable.forEach(in: file, unitCount: 4) { read.append($0) }
    #expect(read.map(\.unit) == [0, 1, 2])
    #expect(read.map(\.role) == [.document, .section, .shortSection])
    #expect(read[2].document == 0)
    guard case .section(let key) = signatures[1].role else { Issue.record("no section signature"); return }
    // A key is stored in 24 bits of hash (its length whole).
    #expect(read[1].key == DuplicateSignatureTable.stored(key) && read[1].key.hash == key.hash & 0xFF_FFFF && read[1].key.count == key.count)
    #expect(DuplicateSignatureTable.sections(ofDocument: 0, at: read[0].sectionsOffset, in: file) == [1, 2])
    #expect((0..<3).map { DuplicateSignatureTable.sketchWord($0, at: read[0].sketchOffset, in: file) } == signatures[0].sketch?.words)
    // Read again, shifted by 10 (as a merge renumbers): the same signatures, their keys as stored, the section's sketch gone.
    let stored = signatures.map { signature in
        var stored = signature.shifted(by: 10)
        switch signature.role {
        case .section(let key):
            stored.role = .section(key: DuplicateSignatureTable.stored(key))
            stored.sketch = nil
        case .document(let key, let sections):
            stored.role = .document(key: DuplicateSignatureTable.stored(key), sections: sections.map { $0 + 10 })
        case .shortSection(let document, let text): stored.role = .shortSection(document: document + 10, text: DuplicateSignatureTable.stored(text))
        }
        return stored
    }
    #expect(try DuplicateSignatureTable.signatures(in: file, unitCount: 4) { $0 + 10 } == stored)
    // A record past the segment is refused.
    #expect(throws: IndexError.self) { try DuplicateSignatureTable.forEach(in: file, unitCount: 2) { _ in } }
}

@Test func aWriterHoldsTheSketchesOfTheSectionsAndDocumentsItSignedAndOfNoOtherUnit() throws {
    let signer = DuplicateSigner(threshold: 0.8)
    let signatures = signer.signatures(of: plan).map { $0.shifted(by: 5) }
    let held = HeldSketches(signatures, words: signer.layout.words)
    var words = [UInt64](repeating: 0, count: 8)
    #expect(held.copy(unit: 6, into: &words, at: 2))
    #expect(Array(words[2..<5]) == signatures[1].sketch?.words)
    #expect(held.copy(unit: 5, into: &words, at: 5))
    #expect(Array(words[5..<8]) == signatures[0].sketch?.words)
    // The short section has no sketch; unit 4 was not signed.
    #expect(!held.copy(unit: 7, into: &words, at: 0) && !held.copy(unit: 4, into: &words, at: 0))
}

@Test func damagedSignaturesAreReportedNotRead() throws {
    let signer = DuplicateSigner(threshold: 0.8)
    let units = [
        (IndexUnit(kind: .document, source: "a.txt", documentIndex: 0, document: "实施方案", section: "", text: "实施方案"), 4),
        (IndexUnit(kind: .section, source: "a.txt", documentIndex: 0, document: "实施方案", section: "二", text: article), 90),
        (IndexUnit(kind: .section, source: "a.txt", documentIndex: 0, document: "实施方案", section: "三", text: article + "二是设置固定宣传栏。"), 99),
    ]
    let body = DuplicateSignatureTable.body(signer.signatures(of: units), words: 3)
    func damaged(_ body: [UInt8]) -> Bool {
        do {
            try DuplicateSignatureTable.forEach(in: try mapped(DuplicateSignatureTable.role, body), unitCount: 3) { _ in }
            return false
        } catch {
            return true
        }
    }
    #expect(!damaged(body))
    // The header: sketch words, record count; then the document's unit 0 × 4 + its role, 1.
    #expect(Array(body.prefix(3)) == [3, 3, 1])
    var role = body
    role[2] = 3
    #expect(damaged(role), "a role that is none")
    var words = body
    words[0] = 4
    #expect(damaged(words), "a sketch of no whole number of bit planes")
    var count = body
    count[1] = 4
    #expect(damaged(count), "more records than the body holds")
    // The document's section list ends its record: its two sections are the units right after it, so
    // the count alone (2 × 2 + 1); three would run past the segment.
    func listOffset(_ body: [UInt8]) throws -> Int {
        var list = 0
        try DuplicateSignatureTable.forEach(in: try mapped(DuplicateSignatureTable.role, body), unitCount: 3) { if $0.role == .document { list = $0.sectionsOffset } }
        return list
    }
    let list = try listOffset(body)
    #expect(body[list] == 5)
    #expect(DuplicateSignatureTable.sections(ofDocument: 0, at: list, in: try mapped(DuplicateSignatureTable.role, body)) == [1, 2])
    var past = body
    past[list] = 7
    #expect(damaged(past), "a document's sections past the segment")
    // Sections that skip a unit are listed as steps (2 × 1, then 2); a step of 0 goes nowhere.
    var skipping = signer.signatures(of: units)
    guard case .document(let key, _) = skipping[0].role else { Issue.record("no document signature"); return }
    skipping[0].role = .document(key: key, sections: [2])
    let stepped = DuplicateSignatureTable.body(skipping, words: 3)
    let steps = try listOffset(stepped)
    #expect(Array(stepped[steps..<(steps + 2)]) == [2, 2])
    #expect(DuplicateSignatureTable.sections(ofDocument: 0, at: steps, in: try mapped(DuplicateSignatureTable.role, stepped)) == [2])
    var sections = stepped
    sections[steps + 1] = 0
    #expect(damaged(sections), "a document's sections out of order")
    #expect(damaged(Array(body.dropLast())))
}

@Test func verifiedPairsReadBackAsWritten() throws {
    let pairs = [DuplicatePairTable.Pair(role: .section, first: ExactKey([1, 2, 3]), second: ExactKey([4, 5]), jaccard: 0.85, containment: 0.9),
                 DuplicatePairTable.Pair(role: .document, first: ExactKey([7]), second: ExactKey([8, 9]), jaccard: 1, containment: 1)]
    #expect(try DuplicatePairTable.read(try mapped(DuplicatePairTable.role, DuplicatePairTable.body(pairs))) == pairs)
}

@Test func aVerifiedPairKeysEachTextByItsLengthAndOneHash() {
    // Role, then per text a one-byte length and a 64-bit hash, then Jaccard and containment.
    let pair = DuplicatePairTable.Pair(role: .section, first: ExactKey([1, 2, 3]), second: ExactKey([4, 5]), jaccard: 0.85, containment: 0.9)
    #expect(DuplicatePairTable.body([pair]).count == 1 + 1 + 2 * (1 + 8) + 16)
    #expect(ExactKey([1, 2, 3]) != ExactKey([1, 2, 4]) && ExactKey([1, 2, 3]) != ExactKey([1, 2, 3, 0]))
}
