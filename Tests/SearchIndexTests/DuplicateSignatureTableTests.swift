import Deduplication
import Testing
@testable import SearchIndex

/// Two sections of a real plan (Corpus/ would do as well: what matters is that they are real text), one
/// a near copy of the other, and a short item.
private let article = "（二）加强宣传教育。深入开展婚育新风进万家活动，大力倡导生男生女都一样、女儿也是传后人的新型婚育观念，"
    + "评选最美女儿户家庭三十户，在各村（社区）设置固定宣传栏，张贴两非举报电话及奖励办法，营造关爱女孩的良好社会氛围。"

@Test func signaturesReadBackAsTheSignerMadeThemAndAMergeRenumbersThem() throws {
    let signer = DuplicateSigner(threshold: 0.8)
    let units = [
        (IndexUnit(kind: .document, source: "a.txt", documentIndex: 0, document: "实施方案", section: "", text: "实施方案"), 4),
        (IndexUnit(kind: .section, source: "a.txt", documentIndex: 0, document: "实施方案", section: "二", text: article), 90),
        (IndexUnit(kind: .section, source: "a.txt", documentIndex: 0, document: "实施方案", section: "三", text: "二是设置固定宣传栏。"), 9),
        (IndexUnit(kind: .statistic, source: "a.txt", documentIndex: 0, document: "实施方案", section: "二", text: "三十户"), 3),
    ]
    let signatures = signer.signatures(of: units)
    #expect(signatures.map(\.unit) == [0, 1, 2])
    guard case .document(let documentKey, let bands, let sections) = signatures[0].role else { Issue.record("no document signature"); return }
    #expect(sections == [1, 2] && bands.count == signer.detector.banding.bands)
    // A document is signed as the text of its sections joined by line breaks, though from their compared characters.
    let joined = try #require(signer.detector.bandedFingerprint(of: article + "\n" + "二是设置固定宣传栏。"))
    #expect(documentKey == joined.key && bands == joined.bandKeys)
    guard case .shortSection(let document, _) = signatures[2].role else { Issue.record("no short section"); return }
    #expect(document == 0)

    let bandCount = signer.detector.banding.bands
    let file = try mapped(DuplicateSignatureTable.role, DuplicateSignatureTable.body(signatures, bands: bandCount))
    var read: [DuplicateSignatureTable.Record] = []
    try DuplicateSignatureTable.forEach(in: file, unitCount: 4) { read.append($0) }
    #expect(read.map(\.unit) == [0, 1, 2])
    #expect(read.map(\.role) == [.document, .section, .shortSection])
    #expect(read[2].document == 0)
    guard case .section(let key, let keys) = signatures[1].role else { Issue.record("no section signature"); return }
    #expect(read[1].key == key)
    // The stored band keys are the top bits that candidate search compares.
    let mask = ~UInt64(0) << UInt64(64 - DuplicateSignatureTable.bandKeyBits)
    #expect((0..<bandCount).map { DuplicateSignatureTable.bandKey($0, at: read[1].bandsOffset, in: file) } == keys.map { $0 & mask })
    #expect(DuplicateSignatureTable.sections(ofDocument: 0, at: read[0].sectionsOffset, in: file) == [1, 2])
    // Read again, shifted by 10 (as a merge renumbers): the same records, written the same way.
    let shifted = try DuplicateSignatureTable.signatures(in: file, unitCount: 4) { $0 + 10 }
    #expect(DuplicateSignatureTable.body(shifted, bands: bandCount)
        == DuplicateSignatureTable.body(signatures.map { $0.shifted(by: 10) }.map(truncated), bands: bandCount))
    // A record past the segment is refused.
    #expect(throws: IndexError.self) { try DuplicateSignatureTable.forEach(in: file, unitCount: 2) { _ in } }
}

/// A signature whose band keys keep only the bits the file stores.
private func truncated(_ signature: DuplicateSignature) -> DuplicateSignature {
    let mask = ~UInt64(0) << UInt64(64 - DuplicateSignatureTable.bandKeyBits)
    var copy = signature
    switch signature.role {
    case .section(let key, let bands): copy.role = .section(key: key, bands: bands.map { $0 & mask })
    case .document(let key, let bands, let sections): copy.role = .document(key: key, bands: bands.map { $0 & mask }, sections: sections)
    case .shortSection: break
    }
    return copy
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
