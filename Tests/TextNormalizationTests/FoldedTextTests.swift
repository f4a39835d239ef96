import Foundation
import Testing
import TestSupport
#if canImport(Glibc)
import Glibc
#endif
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

@Test func theCachedFoldingTableIsTheTableBuiltAndADamagedOneIsNotRead() throws {
    let built = FoldingTable()
    let path = Scratch.url("folding-cache/folding.bin").path
    defer { unlink(path) }
    built.store(at: path)
    let read = try #require(FoldingTable.read(path))
    #expect(read.singles == built.singles)
    #expect(read.expansions == built.expansions)
    #expect(read.singles[Int(("發" as Unicode.Scalar).value)] == UInt16(("发" as Unicode.Scalar).value))
    // One byte changed: the hash no longer agrees, and the table is built again rather than read.
    let file = try #require(fopen(path, "r+b"))
    fseek(file, 2 * 0x767C, SEEK_SET)
    fputc(0x41, file)
    fclose(file)
    #expect(FoldingTable.read(path) == nil)
}

@Test func transcodingBetweenUTF8AndUTF16GivesWhatTheStandardLibraryGives() {
    // ASCII, two-, three- and four-byte characters (𠀀 and 😀 as surrogate pairs), a real law's line.
    let texts = ["", "abc 123", "é ñ ß", "第一条　为了保护公民的合法权益，制定本法。", "𠀀𪚥 😀 end", "中华人民共和国民法典\n第一编 总则"]
    for text in texts {
        var copy = text
        #expect(copy.withUTF8(FoldedText.utf16) == Array(text.utf16))
        #expect(Array(text.utf16).withUnsafeBufferPointer(FoldedText.string) == text)
    }
    // Unpaired surrogates become U+FFFD one unit each, as String(decoding:as:) makes them.
    let broken: [[UInt16]] = [[0xD800], [0xDC00, 0x41], [0x4E2D, 0xD83D, 0x41, 0xDE00], [0xD83D, 0xD83D, 0xDE00]]
    for units in broken {
        #expect(units.withUnsafeBufferPointer(FoldedText.string) == String(decoding: units, as: UTF16.self))
    }
}
