import Testing
import TextNormalization

@Test func hanCharactersAreTheUnifiedExtendedAndCompatibilityIdeographsWhereverTheyAreWritten() {
    // 刘䶮 (Extension A), 𠮷 (Extension B, in 𠮷野家), 山﨑 (a compatibility ideograph NFKC keeps), 二〇一九年.
    let text = "南汉刘䶮 𠮷野家 山﨑 二〇一九年，第1条"
    let han = text.unicodeScalars.filter(HanCharacter.contains).map(String.init).joined()
    #expect(han == "南汉刘䶮𠮷野家山﨑二一九年第条")
    // A unit of a surrogate pair is no Han character: its scalar is.
    #expect(!"𠮷".utf16.contains(where: HanCharacter.contains))
    #expect("南汉刘䶮山﨑".utf16.allSatisfy(HanCharacter.contains))
    // Radicals, strokes, 〇 and full-width forms are not.
    #expect(!"⺀⼀㇀〇（１２３）".unicodeScalars.contains(where: HanCharacter.contains))
}

@Test func theRangeTestsAnswerAsTheBlocksListedForEveryCodePoint() {
    let blocks = HanCharacter.basicPlaneUnified + [HanCharacter.basicPlaneCompatibility] + HanCharacter.supplementary
    for value in 0...0x10FFFF {
        let listed = blocks.contains { $0.contains(value) }
        guard HanCharacter.contains(UInt32(value)) == listed else {
            Issue.record("U+\(String(value, radix: 16, uppercase: true)): contains says \(!listed), the blocks \(listed)")
            return
        }
        if value <= 0xFFFF {
            #expect(HanCharacter.contains(UInt16(value)) == listed)
            let unified = HanCharacter.basicPlaneUnified.contains { $0.contains(value) }
            #expect(HanCharacter.isBasicPlaneUnified(UInt16(value)) == unified)
        }
    }
}
