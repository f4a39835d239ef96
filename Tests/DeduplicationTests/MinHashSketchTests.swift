import Testing
@testable import Deduplication

private let plan = "深入开展婚育新风进万家活动，大力倡导生男生女都一样、女儿也是传后人的新型婚育观念，评选最美女儿户家庭三十户，在各村设置固定宣传栏，张贴两非举报电话及奖励办法"

@Test func aSketchKeepsThreeBitsOfEveryEntryAsBitPlanesAndItsBandKeysPlaneByPlane() {
    let signature = MinHasher(signatureSize: 64).signature(of: plan)
    let sketch = MinHashSketch(signature: signature)
    #expect(sketch.words.count == 3)
    // Entry i's 3 bits are the top bits of its value mixed again (the top 3 of the 4 that format 17
    // kept), bit p of them at bit i of word p.
    for (entry, value) in signature.enumerated() {
        let bits = Shingler.finalMix(value) >> 61
        #expect(bits == (Shingler.finalMix(value) >> 60) >> 1)
        for plane in 0..<3 { #expect((sketch.words[plane] >> UInt64(entry)) & 1 == (bits >> UInt64(plane)) & 1) }
    }
    // Band 1 of 4 rows is entries 4–7: their bits of plane 0, then 1, then 2, in the top 12 bits.
    let planes = sketch.words.map { ($0 >> 4) & 0xF }
    #expect(sketch.bandKey(1, rows: 4) == (planes[0] << 8 | planes[1] << 4 | planes[2]) << 52)
    // Band 12 of 5 rows of a 128-entry sketch is entries 60–64, across its two blocks (words 0–2 and 3–5).
    let long = MinHashSketch(signature: MinHasher(signatureSize: 128).signature(of: plan))
    #expect(long.words.count == 6)
    let across = (0..<3).map { plane in (long.words[plane] >> 60) | (long.words[3 + plane] & 1) << 4 }
    #expect(long.bandKey(12, rows: 5) == (across[0] << 10 | across[1] << 5 | across[2]) << 49)
    #expect(MinHashSketch(words: sketch.words) == sketch)
}

@Test func entriesAgreeWhereNoneOfTheirPlanesDiffer() {
    func agreements(_ a: [UInt64], _ b: [UInt64]) -> Int { MinHashSketch.agreements(words: a.count, { a[$0] }, { b[$0] }) }
    #expect(agreements([0, 0, 0], [0, 0, 0]) == 64)
    // Entry 4 differs in plane 0, entry 9 in planes 1 and 2: two entries.
    #expect(agreements([0x10, 0x200, 0x200], [0, 0, 0]) == 62)
    #expect(agreements([.max, 0, 0], [0, .max, 0]) == 0)
    #expect(agreements([0, 0, 0, 1, 0, 0], [0, 0, 0, 0, 0, 0]) == 127)
}

@Test func aNearCopyAgreesOnMostEntriesAndAnUnrelatedTextOnFew() {
    let hasher = MinHasher(signatureSize: 64)
    let sketch = MinHashSketch(signature: hasher.signature(of: plan))
    let copy = MinHashSketch(signature: hasher.signature(of: plan.replacingOccurrences(of: "三十", with: "四十")))
    let other = MinHashSketch(signature: hasher.signature(of: "县领导小组办公室将通过明察暗访、随机抽查等方式督导宣传工作，发现问题及时通报并限期整改落实到位"))
    // At 0.8, a pair at the threshold agrees on fewer than 30 of 64 entries with probability under 10⁻⁹.
    let minimum = MinHashSketch.minimumAgreements(threshold: 0.8, entries: 64)
    #expect(minimum == 30)
    #expect(sketch.agreements(with: copy) >= minimum)
    #expect(sketch.agreements(with: other) < minimum)
    #expect(MinHashSketch.minimumAgreements(threshold: 1, entries: 64) == 64 && MinHashSketch.minimumAgreements(threshold: 0, entries: 64) == 0)
}
