import Foundation
import Segmentation
import Testing
import TestSupport
@testable import TextAnalysis

@Suite struct TableTests {
    @Test func aTrendCountsEveryOccurrencePerTenThousandCharactersWithZerosWhereATermIsAbsent() {
        let table = TrendTable(terms: ["会议", "建设", "報告", "不存在"], documents: [Resolution2008.document], by: .year)
        #expect(table.rows.map(\.group) == ["2008", "2008", "2008", "2008"])
        #expect(table.rows.map(\.count) == [4, 6, 3, 0])
        #expect(table.rows.allSatisfy { $0.characters == 287 })
        #expect(table.rows[0].record.first { $0.0 == "per_10k" }?.1 == .number("139.3728"))
    }

    @Test func yearsAscendAndUndatedDocumentsComeLastAsUnknown() {
        var undated = Resolution2008.document
        undated.year = nil
        var older = Resolution2008.document
        older.year = 1954
        let groups = TrendTable(terms: ["会议"], documents: [undated, Resolution2008.document, older], by: .year).rows.map(\.group)
        #expect(groups == ["1954", "2008", "unknown"])
    }

    @Test func termTablesCountTheSegmentersWordsWithoutStopWords() throws {
        let extractor = TermExtractor(segmenter: try WordSegmenter(), stopWords: .builtIn)
        let rows = TermTable([Resolution2008.document], by: .all, extractor: extractor).rows(top: 0, minimumCount: 1, keywords: false)
        func row(_ term: String) -> TermTable.Row? { rows.first { $0.term == term } }
        #expect(row("会议")?.count == 4)
        #expect(row("国务院")?.count == 2)
        #expect(row("中国特色社会主义")?.count == 2)
        #expect(row("会议")?.documents == 1)
        #expect(row("会议")?.record.first { $0.0 == "per_10k" }?.1 == .number("139.3728"))
        for stopped in ["的", "了", "和", "这个", "为"] { #expect(row(stopped) == nil) }
        #expect(!rows.contains { $0.term.contains("2008") })
        #expect(rows.allSatisfy { $0.group == "all" })
    }

    @Test func aStopListReplacesTheBuiltInOne() throws {
        let extractor = TermExtractor(segmenter: try WordSegmenter(), stopWords: StopWords(["会议"]))
        let rows = TermTable([Resolution2008.document], by: .all, extractor: extractor).rows(top: 0, minimumCount: 1, keywords: false)
        #expect(!rows.contains { $0.term == "会议" })
        #expect(rows.contains { $0.term == "的" })
    }

    @Test func logLikelihoodIsDunningsG2ForTermsTheGroupUsesMore() throws {
        // 10 of 100 terms in the group, 10 of 900 in the rest: expected 2 and 18, so
        // G² = 2 (10 ln(10/2) + 10 ln(10/18)) = 20.4330.
        let score = try #require(LogLikelihood.keyness(count: 10, groupTokens: 100, totalCount: 20, totalTokens: 1000))
        #expect(abs(score - 20.4330) < 0.0001)
        #expect(LogLikelihood.keyness(count: 2, groupTokens: 100, totalCount: 20, totalTokens: 1000) == nil)
    }
}

@Test func aStopListThatCannotBeReadSaysWhyInTheSystemsWords() {
    let missing = Scratch.url("zhili-no-stop-list-\(UUID().uuidString).txt").path
    do {
        _ = try StopWords(contentsOf: missing)
        Issue.record("a missing stop list was read")
    } catch {
        #expect(error.description == "\(missing): cannot be read (No such file or directory)")
    }
}

@Test func aBinaryStopListIsRefusedAsADocumentWouldBeNotReadAsWords() throws {
    let binary = Scratch.url("zhili-binary-stop-list-\(UUID().uuidString).txt")
    try (Data([0x7F, 0x45, 0x4C, 0x46, 0x02, 0x01, 0x01, 0x00]) + Data("的\n和\n".utf8)).write(to: binary)
    defer { try? FileManager.default.removeItem(at: binary) }
    do {
        _ = try StopWords(contentsOf: binary.path)
        Issue.record("a binary stop list was read")
    } catch {
        #expect(error.description == "\(binary.path): binary data, not text (control byte 0x00 at byte offset 7)")
    }
}
