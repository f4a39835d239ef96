import Reporting
import Testing
@testable import TextAnalysis

@Suite struct ConcordancerTests {
    let lines = Concordancer(query: "会议", width: 8)!.lines(in: [Resolution2008.document])

    @Test func everyOccurrenceIsALineWithItsContextAsWritten() {
        #expect(lines.count == 4)
        #expect(lines.map(\.left) == ["民代表大会第一次", "的政府工作报告。", "瞩目的重大成就。", "批准这个报告。 "])
        #expect(lines.map(\.right) == ["听取并审议了国务", "认为，过去的五年", "充分肯定国务院五", "号召，全国各族人"])
        #expect(lines.allSatisfy { $0.match == "会议" && $0.source == Resolution2008.source && $0.documentIndex == 1 })
    }

    @Test func linesSortByTheRightContextOrByTheLeftReadBackwards() {
        #expect(Concordancer.sorted(lines, by: .right).map { String($0.right.prefix(2)) } == ["充分", "号召", "听取", "认为"])
        // Backwards from the match: the line break (a space), then 。告 before 。就, then 次.
        #expect(Concordancer.sorted(lines, by: .left).map { String($0.right.prefix(2)) } == ["号召", "认为", "充分", "听取"])
        #expect(Concordancer.sorted(lines, by: .source) == lines)
    }

    @Test func aTraditionalQueryFindsSimplifiedTextAndTheMatchIsShownAsWritten() {
        let lines = Concordancer(query: "會議", width: 2)!.lines(in: "繁體的會議和简体的会议", source: "a", documentIndex: 1, document: "a", section: "")
        #expect(lines.map(\.match) == ["會議", "会议"])
        #expect(lines.map(\.left) == ["體的", "体的"])
    }

    @Test func alignedLinesPutEveryMatchInTheSameColumn() {
        let short = ConcordanceLine(source: "", documentIndex: 1, document: "", section: "", left: "ab", match: "会议", right: "x")
        let text = Concordancer.aligned(lines + [short], colour: false)
        let columns = text.split(separator: "\n").map { line in RecordWriter.displayWidth(String(line[..<line.firstIndex(of: "[")!])) }
        #expect(columns.count == 5)
        #expect(Set(columns) == [17])
    }
}
