import Testing
import Ingestion

@Test func aFileNameEndsWithItsVersionDateOrYearInEitherBrackets() {
    #expect(VersionDate.fileNameSuffix(of: "laws/行政复议法(2023-09-01).md") == VersionDate(year: 2023, month: 9, day: 1))
    #expect(VersionDate.fileNameSuffix(of: "人口与计划生育法（2015）.md")?.description == "2015")
    #expect(VersionDate.fileNameSuffix(of: "刑法.md") == nil)
    #expect(VersionDate.fileNameSuffix(of: "报告(2023)附件.txt") == nil)
}

@Test func yearsWrittenInChineseDigitsAreRead() {
    #expect(VersionDate.first(in: "二○二三年政府工作报告") == VersionDate(year: 2023))
}
