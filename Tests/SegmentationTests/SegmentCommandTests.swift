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
        #expect(lossy.status == 0)
        #expect(lossy.error.hasPrefix("warning: standard input: line 2"))
        #expect(lossy.output.hasSuffix("\n两非\n"))
    }

    @Test func binaryStandardInputIsRefusedAfterTheLinesBeforeIt() throws {
        let input = Data("计划生育\n".utf8) + Data([0x7F, 0x45, 0x4C, 0x46, 0x02, 0x01, 0x01, 0x00, 0x00, 0x0A])
        for options in [["segment"], ["segment", "--lossy"]] {
            let result = try runZhili(options, input: input)
            #expect(result.status == 3)
            #expect(result.output == "计划生育\n")
            #expect(result.error == "error: standard input: line 2, byte offset 20: binary data, not text (a NUL byte)\n")
        }
    }

    @Test func aGB18030FileIsDetectedAndPrintedInUTF8AsItsUTF8TwinIs() throws {
        let utf8 = try runZhili(["segment", fixture("plan-utf8.txt")], input: "")
        let gb18030 = try runZhili(["segment", fixture("plan-gb18030.txt")], input: "")
        #expect(gb18030.status == 0)
        #expect(gb18030.error.isEmpty)
        #expect(gb18030.output == utf8.output)
        let lines = gb18030.output.split(separator: "\n", omittingEmptySubsequences: false).dropLast()
        #expect(lines.count == 7)
        #expect(lines[6] == "（ 二 ） 关爱女孩 ， 构建 新型 婚育 文化 。")
    }

    @Test func aBig5FileIsPrintedInItsOwnTraditionalCharacters() throws {
        let original = try String(contentsOfFile: fixture("plan-traditional-utf8.txt"), encoding: .utf8)
        let big5 = try runZhili(["segment", fixture("plan-big5.txt")], input: "")
        #expect(big5.status == 0)
        let twin = try runZhili(["segment", fixture("plan-traditional-utf8.txt")], input: "")
        #expect(big5.output == twin.output)
        let lines = big5.output.split(separator: "\n", omittingEmptySubsequences: false).dropLast()
        let originalLines = original.split(separator: "\n", omittingEmptySubsequences: false).dropLast()
        #expect(lines.count == originalLines.count)
        for (line, originalLine) in zip(lines, originalLines) {
            #expect(line.replacingOccurrences(of: " ", with: "") == originalLine.filter { !$0.isWhitespace })
        }
        #expect(lines[3].hasPrefix("全縣 出生人口性別比 由 2024 年"))
    }

    @Test func aUTF16FileWithByteOrderMarkIsReadLikeItsUTF8Twin() throws {
        let utf16 = try runZhili(["segment", fixture("plan-utf16.txt")], input: "")
        #expect(utf16.status == 0)
        #expect(utf16.output == (try runZhili(["segment", fixture("plan-utf8.txt")], input: "")).output)
        #expect(utf16.output.hasPrefix("关于 进一步 加强 出生人口性别比"))
    }

    @Test func anInvalidGB18030FileIsRefusedWithItsByteOffsetUnlessLossy() throws {
        let path = fixture("plan-gb18030-invalid.txt")
        let strict = try runZhili(["segment", path, fixture("plan-utf8.txt")], input: "")
        #expect(strict.status == 3)
        #expect(strict.error.contains("\(path): invalid GB18030 byte sequence at byte offset 75"))
        // The file after it is still segmented, and nothing of the invalid one is printed.
        #expect(strict.output == (try runZhili(["segment", fixture("plan-utf8.txt")], input: "")).output)

        let lossy = try runZhili(["segment", "--lossy", path], input: "")
        #expect(lossy.status == 0)
        #expect(lossy.error.contains("warning: \(path): invalid GB18030 byte sequence at byte offset 75"))
        let lines = lossy.output.split(separator: "\n", omittingEmptySubsequences: false).dropLast()
        #expect(lines.count == 7)
        #expect(lines[3].contains("\u{FFFD}"))
        #expect(lines[6] == "（ 二 ） 关爱女孩 ， 构建 新型 婚育 文化 。")
    }

    @Test(.enabled(if: Repository.shared("corpus/sighan2005/msr_test.txt") != nil))
    func theGBKTestSetOfMSRSegmentsAsItsUTF8EditionLineForLine() throws {
        let folder = try #require(Repository.shared("corpus/sighan2005"))
        let gbk = try runZhili(["segment", folder.appendingPathComponent("msr_test.txt").path], input: "")
        let utf8 = try runZhili(["segment", folder.appendingPathComponent("msr_test.utf8").path], input: "")
        #expect(gbk.status == 0)
        #expect(gbk.error.isEmpty)
        let gbkLines = gbk.output.split(separator: "\n", omittingEmptySubsequences: false)
        let utf8Lines = utf8.output.split(separator: "\n", omittingEmptySubsequences: false)
        #expect(gbkLines.count == utf8Lines.count)
        #expect(gbkLines.count > 3900)
        #expect(gbkLines == utf8Lines)
    }

    @Test(.enabled(if: Repository.shared("corpus/sighan2005/as_test.txt") != nil))
    func theBig5TestSetOfAcademiaSinicaKeepsItsLinesAndTraditionalCharacters() throws {
        let file = try #require(Repository.shared("corpus/sighan2005/as_test.txt"))
        let bytes = try Data(contentsOf: file)
        let lineBreaks = bytes.filter { $0 == 0x0A }.count
        let inputLines = lineBreaks + (bytes.last == 0x0A ? 0 : 1)
        let result = try runZhili(["segment", file.path], input: "")
        #expect(result.status == 0)
        let lines = result.output.split(separator: "\n", omittingEmptySubsequences: false).dropLast()
        #expect(lines.count == inputLines)
        #expect(lines.first?.replacingOccurrences(of: " ", with: "") == "許多社區長青學苑多開設有書法、插花、土風舞班，")
    }

    private func runZhili(_ arguments: [String], input: String) throws -> (status: Int32, output: String, error: String) {
        try runZhili(arguments, input: Data(input.utf8))
    }

    private func runZhili(_ arguments: [String], input: Data) throws -> (status: Int32, output: String, error: String) {
        let run = try Repository.runZhili(arguments, input: input)
        return (run.status, run.output, run.errors)
    }

    private func fixture(_ name: String) -> String {
        Bundle.module.resourceURL!.appendingPathComponent("Fixtures").appendingPathComponent(name).path
    }
}
