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
