import Testing
@testable import Deduplication

private let plan = "深入开展婚育新风进万家活动，大力倡导生男生女都一样、女儿也是传后人的新型婚育观念，评选最美女儿户家庭三十户，在各村设置固定宣传栏，张贴两非举报电话及奖励办法"

@Test func aSketchKeepsFourBitsOfEveryEntryAndItsBandKeysSideBySide() {
    let signature = MinHasher(signatureSize: 64).signature(of: plan)
    let sketch = MinHashSketch(signature: signature)
    #expect(sketch.words.count == 4)
    // Entry i's 4 bits are the top bits of its value mixed again, at bits 4(i mod 16) of word i / 16.
    for (entry, value) in signature.enumerated() {
        #expect((sketch.words[entry / 16] >> UInt64(4 * (entry % 16))) & 15 == Shingler.finalMix(value) >> 60)
    }
    // Band 1 of 4 rows is entries 4–7; band 3 of 5 rows is entries 15–19, across words 0 and 1.
    #expect(sketch.bandKey(1, rows: 4) == ((sketch.words[0] >> 16) & 0xFFFF) << 48)
    #expect(sketch.bandKey(3, rows: 5) == (((sketch.words[0] >> 60) | (sketch.words[1] & 0xFFFF) << 4)) << 44)
    #expect(MinHashSketch(words: sketch.words) == sketch)
}

@Test func entriesAgreeWhereTheirFourBitsAreEqual() {
    #expect(MinHashSketch.agreements(0, 0) == 16)
    #expect(MinHashSketch.agreements(0x0000_0000_0000_00F0, 0) == 15)
    #expect(MinHashSketch.agreements(0x1248_1248_1248_1248, 0) == 0)
    #expect(MinHashSketch.agreements(0x8000_0000_0000_0001, 0x0000_0000_0000_0001) == 15)
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
