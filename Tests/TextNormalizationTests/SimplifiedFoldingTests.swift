import Testing
@testable import TextNormalization

// Lines of the 1954 work report, in its traditional characters.
private let commitment = "我們必須充分利用原有的工業基地和工業企業"
private let coal = "煤八千一百九十九萬噸，等於一九四九年的二點六倍"

@Test func traditionalCharactersFoldToSimplifiedOneUnitForOne() {
    let folding = SimplifiedFolding.shared
    #expect(folding.fold(commitment) == "我们必须充分利用原有的工业基地和工业企业")
    #expect(folding.fold(coal) == "煤八千一百九十九万吨，等于一九四九年的二点六倍")
    #expect(folding.fold("應當 今後 加強 兩億") == "应当 今后 加强 两亿")
    for text in [commitment, coal] { #expect(folding.fold(text).utf16.count == text.utf16.count) }
}

@Test func simplifiedTextAndFullWidthFormsAreLeftAsWritten() {
    let folding = SimplifiedFolding.shared
    let text = "（一）加强领导，制定措施。１２３"
    #expect(!folding.changes(text))
    #expect(folding.fold(text) == text)
    #expect(folding.changes(coal))
    // Beyond the BMP and in other scripts nothing changes.
    #expect(!folding.changes("𠀀 é 😀"))
}

@Test func everyIdeographTheFoldingTableFoldsToOneOtherIsFoldedAndNothingElse() {
    let table = FoldingTable.shared
    let folding = SimplifiedFolding(table)
    var expected = 0
    for range in HanCharacter.basicPlaneUnified {
        for unit in range where table.singles[unit] != UInt16(unit) && table.singles[unit] != FoldingTable.expansionMarker {
            expected += 1
            #expect(folding.simplified[unit] == table.singles[unit])
        }
    }
    #expect(folding.count == expected)
    // Full-width forms, which the full folding makes ASCII, are not this folding's.
    #expect(folding.simplified[0xFF08] == 0xFF08)
}

@Test func charactersSimplifiedTextWritesInTheirOwnRightAreLeftAsWritten() {
    // Clauses of the reports in simplified characters: 著, 俱, 跤 and 苎 are standard simplified characters
    // that ICU's rules for one character change (著 → 着, 俱 → 具, 跤 → 交, 苎 → 苧).
    let folding = SimplifiedFolding.shared
    for text in ["国际地位显著提高", "继往开来、与时俱进的五年", "搞宗派要摔跤的", "苎麻将增长百分之三十二点八", "声名狼藉"] {
        #expect(!folding.changes(text))
        #expect(folding.fold(text) == text)
    }
    // Written in traditional characters, the word comes out as the transform writes it.
    #expect(folding.fold("成績顯著") == "成绩显著")
    // The 1954 report's traditional forms and variants stay folded: 後, 於 (GB 2312 holds both for rarer
    // uses, but the inverse transform writes them back), 産, 爲 (variants GB 2312 lacks).
    #expect(folding.fold("今後 關於 生産 爲了") == "今后 关于 生产 为了")
}

@Test func theCharactersLeftAreReadFromTheTransformsRules() {
    var images: [UInt16: UInt16] = [:]
    for (source, target) in [("著", "着"), ("乾", "干"), ("藉", "借"), ("俱", "具"), ("跤", "交"), ("後", "后"), ("於", "于"), ("産", "产"), ("內", "内")] {
        images[source.utf16.first!] = target.utf16.first!
    }
    let characters = SimplifiedCharacters(images: images)
    let named = { (set: Set<UInt16>) in String(decoding: set.sorted(), as: UTF16.self) }
    // 著名 > 著名, 乾坤 > 乾坤, 狼藉 > 狼藉 are rules of the transform; 內里 keeps 內 but changes 裡, no rule of a word to itself.
    #expect(named(characters.keptByWords) == named(Set("著乾藉".utf16)))
    // The inverse never writes 俱, 藉 or 跤 back for 具, 借 or 交 alone; GB 2312 encodes them, not 産.
    #expect(named(characters.encodedVariants) == named(Set("俱藉跤".utf16)))
}

@Test func foldingAFoldedTextChangesNothing() {
    // ICU maps 苧 → 苎 and 苎 → 苧, and 薴 → 苧; with 苎 left as written, both come to 苎.
    let folding = SimplifiedFolding.shared
    #expect(folding.fold("苧薴苎") == "苎苎苎")
    let foldedAgain = HanCharacter.basicPlaneUnified.joined().filter { unit in
        let once = folding.simplified[unit]
        return folding.simplified[Int(once)] != once
    }
    #expect(foldedAgain.isEmpty)
}

@Test func aCharacterAloneIsFoldedWithoutTheWordAroundIt() {
    // ICU's rules for words (計畫 → 计划) are not applied: one character carries no context.
    #expect(SimplifiedFolding.shared.fold("計畫") == "计画")
}

@Test func piecesOfTheFoldedTextComeBackAsWritten() {
    let text = SimplifiedText("四、加強計劃工作\n" + commitment + "，並且要逐步地建立新的工業基地。")
    #expect(text.asWritten("加强计划工作") == "加強計劃工作")
    // A heading and its paragraph joined by 。, as the measure rules join them.
    #expect(text.asWritten("加强计划工作。我们必须充分利用") == "加強計劃工作。我們必須充分利用")
    // Words no traditional character folds to are written as they are.
    #expect(text.asWritten("四、") == "四、")
    #expect(text.asWritten("一、 › 加强计划工作") == "一、 › 加強計劃工作")
}

@Test func aPieceOfAMixedTextIsReadFromWhereItStands() {
    // The report's title is simplified, its text traditional: 国 is written both ways.
    let text = SimplifiedText("1954年中华人民共和国国务院政府工作报告\n中華人民共和國憲法")
    #expect(text.asWritten("中华人民共和国宪法") == "中華人民共和國憲法")
    #expect(text.asWritten("中华人民共和国国务院") == "中华人民共和国国务院")
}
