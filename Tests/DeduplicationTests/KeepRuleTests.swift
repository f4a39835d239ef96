import Ingestion
import Testing
@testable import Deduplication

@Suite struct KeepRuleTests {
    let complete = KeepCandidate(text: Fixture.plan)
    let truncated = KeepCandidate(text: String(Fixture.plan.dropLast(60)))
    let withPlaceholder = KeepCandidate(text: Fixture.plan.replacingOccurrences(of: "专项资金", with: "～资金"))

    @Test func theMostCompleteCopyIsKeptBeforeATruncatedOrPlaceholderedOne() {
        #expect(truncated.isTruncated)
        #expect(!complete.isTruncated)
        #expect(withPlaceholder.placeholders == 1)
        #expect(KeepRule.complete.ranks([truncated, withPlaceholder, complete]) == [2, 1, 0])
    }

    @Test func textsEndingInAnEllipsisCountAsTruncated() {
        #expect(KeepCandidate.looksTruncated("出生人口性别比升高问题具有一定的参考意义……"))
        #expect(KeepCandidate.looksTruncated("研究治理出生人口性别比升高..."))
        #expect(!KeepCandidate.looksTruncated("对工作滞后的村进行约谈。\n"))
        #expect(!KeepCandidate.looksTruncated("某某镇人民政府\n2025年5月27日"))
    }

    @Test func newestAndOldestFollowTheDatesAndPutUndatedCopiesLast() {
        let v2015 = KeepCandidate(characters: 100, placeholders: 0, isTruncated: false, date: VersionDate(year: 2015, month: 12, day: 27))
        let v2021 = KeepCandidate(characters: 90, placeholders: 0, isTruncated: false, date: VersionDate(year: 2021, month: 8, day: 20))
        let undated = KeepCandidate(characters: 120, placeholders: 0, isTruncated: false)
        #expect(KeepRule.newest.ranks([v2015, v2021, undated]) == [1, 0, 2])
        #expect(KeepRule.oldest.ranks([v2015, v2021, undated]) == [0, 1, 2])
        #expect(KeepRule.longest.ranks([v2015, v2021, undated]) == [1, 2, 0])
    }

    @Test func datesAreReadFromMetadataTitlesAndFileNames() {
        #expect(VersionDate.first(in: "2025-05-27") == VersionDate(year: 2025, month: 5, day: 27))
        #expect(VersionDate.first(in: "2019年3月5日在第十三届全国人民代表大会第二次会议上") == VersionDate(year: 2019, month: 3, day: 5))
        #expect(VersionDate.first(in: "宪法修正案（2004年）") == VersionDate(year: 2004))
        #expect(VersionDate.first(in: "二〇二三年政府工作报告") == VersionDate(year: 2023))
        #expect(VersionDate.first(in: "网格员12019名") == nil)
        #expect(VersionDate.fileNameSuffix(of: "laws/行政复议法(2023-09-01).md") == VersionDate(year: 2023, month: 9, day: 1))
        #expect(VersionDate.fileNameSuffix(of: "laws/刑法修正案（十一）.md") == nil)
        #expect(VersionDate(year: 2023) < VersionDate(year: 2023, month: 1, day: 1))
    }

    @Test func aDocumentsDateComesFromItsMetadataThenItsTitleThenItsFileName() {
        let updated = Document(source: "合集.txt", index: 2, title: "出生人口性别比升高问题治理做法",
                               metadata: [MetadataField(key: "来源", value: "网络"), MetadataField(key: "更新时间", value: "2025-05-27")])
        #expect(DedupeUnit.date(of: updated, in: "合集.txt") == VersionDate(year: 2025, month: 5, day: 27))
        let titled = Document(source: "报告.txt", index: 1, title: "2019年国务院政府工作报告")
        #expect(DedupeUnit.date(of: titled, in: "报告(2020-01-01).txt") == VersionDate(year: 2019))
        let law = Document(source: "行政复议法(2023-09-01).md", index: 1, title: "中华人民共和国行政复议法")
        #expect(DedupeUnit.date(of: law, in: "laws/行政复议法(2023-09-01).md") == VersionDate(year: 2023, month: 9, day: 1))
        #expect(DedupeUnit.date(of: Document(source: "a.txt", index: 1, title: "工作方案"), in: "a.txt") == nil)
    }

    @Test func aKeyListsWhatTheRuleComparesInOrderForAJobThatRanksCopiesElsewhere() {
        let dated = KeepCandidate(characters: 90, placeholders: 2, isTruncated: true, date: VersionDate(year: 2021, month: 8, day: 20))
        let undated = KeepCandidate(characters: 120, placeholders: 0, isTruncated: false)
        #expect(KeepRule.complete.key(dated) == [1, 2, -90])
        #expect(KeepRule.newest.key(dated) == [0, -20_210_820, 1, 2, -90])
        #expect(KeepRule.oldest.key(dated) == [0, 20_210_820, 1, 2, -90])
        #expect(KeepRule.oldest.key(undated) == [1, 0, 0, 0, -120])
        #expect(KeepRule.longest.key(undated) == [-120, 0, 0, -120])
    }
}
