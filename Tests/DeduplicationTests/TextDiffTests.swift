import Testing
@testable import Deduplication

@Suite struct TextDiffTests {
    @Test func insertedDeletedAndChangedSpansAreReportedShortestFirst() {
        let copy = Fixture.plan.replacingOccurrences(of: "保洁员不少于3名", with: "保洁员不少于2名")
            .replacingOccurrences(of: "新改建户用卫生厕所300座，", with: "")
            .replacingOccurrences(of: "村庄规划编制", with: "实用性村庄规划编制")
        let spans = TextDiff.spans(kept: Fixture.plan, copy: copy)
        #expect(spans.map(\.kind) == [.changed, .inserted, .deleted])
        #expect(spans.map(\.kept) == ["3", "", "新改建户用卫生厕所300座，"])
        #expect(spans.map(\.copy) == ["2", "实用性", ""])
    }

    @Test func lineWrappingAloneIsNoDifference() {
        let rewrapped = Fixture.plan.replacingOccurrences(of: "，", with: "，\n")
        #expect(TextDiff.spans(kept: Fixture.plan, copy: rewrapped).isEmpty)
    }

    @Test func aPlaceholderLeftByARedactionShowsAsAChangedSpan() {
        let redacted = Fixture.report.replacingOccurrences(of: "网格员2100余名", with: "网格员～余名")
        #expect(TextDiff.spans(kept: Fixture.report, copy: redacted) == [DiffSpan(kind: .changed, kept: "2100", copy: "～", keptOffset: Fixture.offset(of: "2100余名", in: Fixture.report))])
    }

    @Test func aLongDocumentWithAFewEditsGivesJustThoseEdits() {
        // About 100,000 characters: the plan 160 times over, each copy numbered so no two are alike.
        let long = (1...160).map { "第\($0)部分\n" + Fixture.plan }.joined()
        let edited = long.replacingOccurrences(of: "第7部分", with: "第七部分").replacingOccurrences(of: "第150部分\n为进一步", with: "第150部分\n为")
        let spans = TextDiff.spans(kept: long, copy: edited)
        #expect(long.count > 100_000)
        #expect(spans.map(\.kind) == [.changed, .deleted])
        #expect(spans.map(\.kept) == ["7", "进一步"])
    }

    @Test func aCopySharingNothingIsOneChangedSpan() {
        let spans = TextDiff.spans(kept: Fixture.plan, copy: Fixture.report)
        #expect(!spans.isEmpty)
        #expect(spans.allSatisfy { $0.kind == .changed || $0.kind == .inserted || $0.kind == .deleted })
    }
}
