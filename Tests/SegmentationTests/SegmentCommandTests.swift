import Foundation
import Testing
import TestSupport

/// `zhili segment` end to end, through the built executable.
@Suite struct SegmentCommandTests {
    @Test func standardInputComesOutLineForLineInItsOwnCharacters() throws {
        let input = """
        第十八条　國家提倡適齡婚育、優生優育。
        
        出生人口性别比为１１８．０６，比2024年下降2.5个百分点。
        关爱女孩，构建新型婚育文化
        """
        let result = try runZhili(["segment"], input: input + "\n")
        #expect(result.status == 0)
        let lines = result.output.split(separator: "\n", omittingEmptySubsequences: false).dropLast()
        let inputLines = input.split(separator: "\n", omittingEmptySubsequences: false)
        #expect(lines.count == inputLines.count)
        for (line, original) in zip(lines, inputLines) {
            #expect(line.filter { $0 != " " } == original.filter { !$0.isWhitespace })
            #expect(!line.contains("  "))
        }
        #expect(lines[0].hasPrefix("第十八条 國家 提倡"))
        #expect(lines[2].contains(" １１８．０６ "))
        #expect(lines[3] == "关爱女孩 ， 构建 新型 婚育 文化")
    }

    @Test func aLexiconFileAddsWordsAndABadLineNamesFileAndLine() throws {
        let folder = try TemporaryFolder()
        let good = try folder.file("good.txt", contents: "婚育新风进万家 10\n")
        let bad = try folder.file("bad.txt", contents: "婚育新风进万家 10\n新型婚育文化 常用\n")

        let added = try runZhili(["segment", "--lexicon", good.path], input: "开展婚育新风进万家活动\n")
        #expect(added.status == 0)
        #expect(added.output == "开展 婚育新风进万家 活动\n")

        let refused = try runZhili(["segment", "--lexicon", bad.path], input: "开展活动\n")
        #expect(refused.status == 3)
        #expect(refused.error.contains("\(bad.path):2:"))
        #expect(refused.output.isEmpty)
    }

    @Test func filesAreSegmentedInTurnAndAMissingOneIsReportedAfterTheRest() throws {
        let folder = try TemporaryFolder()
        let file = try folder.file("plan.txt", contents: "打击两非\n")
        let missing = folder.url.appendingPathComponent("missing.txt").path
        let result = try runZhili(["segment", missing, file.path], input: "")
        #expect(result.status == 3)
        #expect(result.output == "打击 两非\n")
        #expect(result.error.contains(missing))
    }

    @Test func bytesThatAreNotUTF8StopTheFileAfterTheLinesBeforeThem() throws {
        let input = Data("计划生育\n".utf8) + Data([0xBC, 0xC6, 0xBB, 0xAE, 0x0A]) + Data("两非\n".utf8)
        let strict = try runZhili(["segment"], input: input)
        #expect(strict.status == 3)
        #expect(strict.output == "计划生育\n")
        #expect(strict.error.contains("standard input: line 2, byte offset 13: not valid UTF-8"))
        let lossy = try runZhili(["segment", "--lossy"], input: input)
        #expect(lossy.status == 3)
        #expect(lossy.output.hasSuffix("\n两非\n"))
    }

    private func runZhili(_ arguments: [String], input: String) throws -> (status: Int32, output: String, error: String) {
        try runZhili(arguments, input: Data(input.utf8))
    }

    private func runZhili(_ arguments: [String], input: Data) throws -> (status: Int32, output: String, error: String) {
        let run = try Repository.runZhili(arguments, input: input)
        return (run.status, run.output, run.errors)
    }
}
