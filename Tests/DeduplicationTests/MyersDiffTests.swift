import Testing
@testable import Deduplication

@Suite struct MyersDiffTests {
    @Test func theEditScriptTurnsTheFirstSequenceIntoTheSecond() throws {
        let a = Array("加强领导，制定措施，明确责任".unicodeScalars)
        let b = Array("加强组织领导，制定措施，落实责任".unicodeScalars)
        let runs = try #require(MyersDiff.runs(a, b, maximumEdits: 100))
        var rebuilt: [Unicode.Scalar] = []
        var i = 0
        var j = 0
        for run in runs {
            switch run {
            case let .equal(count): rebuilt += a[i..<(i + count)]; i += count; j += count
            case let .delete(count): i += count
            case let .insert(count): rebuilt += b[j..<(j + count)]; j += count
            }
        }
        #expect(rebuilt == b)
        #expect(MyersDiff.changes(runs).count == 2)
    }

    @Test func itGivesUpPastTheEditBoundInsteadOfGrowingQuadratically() {
        let a = Array(Fixture.plan.unicodeScalars)
        let b = Array(Fixture.report.unicodeScalars)
        #expect(MyersDiff.runs(a, b, maximumEdits: 50) == nil)
        #expect(MyersDiff.runs(a, a, maximumEdits: 0) == [.equal(a.count)])
    }
}
