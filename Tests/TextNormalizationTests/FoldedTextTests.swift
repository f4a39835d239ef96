import Testing
@testable import TextNormalization

@Test func fullWidthDigitsAndPunctuationFoldToASCII() {
    #expect("１１８．０６".folded == "118.06")
    #expect("（一）".folded == "(一)")
}

@Test func traditionalCharactersFoldToSimplified() {
    #expect("出生人口性別比".folded == "出生人口性别比")
    #expect("計劃生育".folded == "计划生育")
}

@Test func simplifiedTextIsUnchanged() {
    let text = "一、加强领导，制定措施，明确责任"
    #expect(text.folded == "一、加强领导,制定措施,明确责任")
}

@Test func foldedOffsetsMapBackToTheOriginal() {
    let text = FoldedText("比１１８．０６高")
    #expect(text.foldedString == "比118.06高")
    #expect(text.originalText(folded: 1..<7) == "１１８．０６")
}

@Test func expansionsMapEveryFoldedUnitToItsSource() {
    let text = FoldedText("第㈠条")
    #expect(text.foldedString == "第(一)条")
    #expect(text.originalText(folded: 1..<4) == "㈠")
    #expect(text.originalOffsets.count == text.folded.count + 1)
}
