import Foundation
import Ingestion
import Reporting
import Testing
@testable import Deduplication

@Suite struct DeduplicatedCollectionWriterTests {
    func temporaryFolder() -> String {
        let path = NSTemporaryDirectory() + "zhili-dedupe-" + UUID().uuidString
        return path
    }

    @Test func writingKeepsOneCopyPerClusterAndMapsEveryDroppedCopyToIt() throws {
        let files = [DedupeReportTests.file("转载/方案.txt", "方案", String(Fixture.plan.dropLast(60))),
                     DedupeReportTests.file("原文/方案.txt", "方案", Fixture.plan),
                     DedupeReportTests.file("原文/总结.txt", "总结", Fixture.report)]
        let report = DedupeReport(files: files, kind: .document, detector: NearDuplicateDetector(), keep: .complete)
        let output = temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: output) }
        let written = try DeduplicatedCollectionWriter(directory: output, inputs: ["转载", "原文"]).write(report, files: files, kind: .document)
        #expect(written == ["方案-2.txt", "总结.txt", "clusters.json"] || written == ["方案.txt", "总结.txt", "clusters.json"])
        let kept = try String(contentsOfFile: output + "/" + written[0], encoding: .utf8)
        #expect(kept.hasPrefix("方案\n\n为进一步做好"))
        #expect(kept.hasSuffix("对工作滞后的村进行约谈。\n\n"))
        let mapping = try String(contentsOfFile: output + "/clusters.json", encoding: .utf8)
        #expect(mapping.contains("\"keep\":{\"source\":\"原文/方案.txt\""))
        #expect(mapping.contains("\"dropped\":[{\"source\":\"转载/方案.txt\""))
        #expect(mapping.contains("\"written\":\"\(written[0])\""))
    }

    @Test func aSectionRunOnFromItsHeadingIsWrittenOnTheHeadingsLine() {
        // 十八大, 四、（二）: the full stop the heading was cut at stays where it was written, not at the head of a line.
        let document = Document(source: "十八大报告.txt", index: 1, title: "十八大报告", sections: [
            Section(path: ["四、加快完善社会主义市场经济体制和加快转变经济发展方式"], level: 1, text: ""),
            Section(path: ["四、加快完善社会主义市场经济体制和加快转变经济发展方式", "（二）实施创新驱动发展战略"], level: 2,
                    text: "。科技创新是提高社会生产力和综合国力的战略支撑。"),
        ])
        #expect(DeduplicatedCollectionWriter.render(document, sections: document.sections)
            == "十八大报告\n\n四、加快完善社会主义市场经济体制和加快转变经济发展方式\n（二）实施创新驱动发展战略。科技创新是提高社会生产力和综合国力的战略支撑。\n")
    }

    @Test func sectionCopiesAreLeftOutOfTheirDocumentsAndTheRestIsWritten() throws {
        let section = "镇成立由党委书记任组长的工作领导小组，各村成立相应机构，层层压实责任。镇财政每年安排专项资金50万元，统筹整合涉农资金，引导社会资本参与。"
        let county = SourceFile(path: "县/方案.txt", encoding: "UTF-8", documents: [Document(source: "县/方案.txt", index: 1, title: "县方案", sections: [
            Section(path: ["一、目标"], level: 1, text: Fixture.report),
            Section(path: ["二、保障"], level: 1, text: section),
        ])])
        let town = SourceFile(path: "镇/方案.txt", encoding: "UTF-8", documents: [Document(source: "镇/方案.txt", index: 1, title: "镇方案", sections: [
            Section(path: ["一、任务"], level: 1, text: "全年拆除危旧房屋120间，新增绿化面积2万平方米。"),
            Section(path: ["二、保障措施"], level: 1, text: section + "将人居环境整治纳入村级年度考核。"),
        ])])
        let files = [county, town]
        let report = DedupeReport(files: files, kind: .section, detector: NearDuplicateDetector(), keep: .complete)
        #expect(report.clusters.count == 1)
        let output = temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: output) }
        let written = try DeduplicatedCollectionWriter(directory: output, inputs: ["县/方案.txt", "镇/方案.txt"]).write(report, files: files, kind: .section)
        #expect(written == ["方案.txt", "方案-2.txt", "clusters.json"])
        let countyText = try String(contentsOfFile: output + "/方案.txt", encoding: .utf8)
        #expect(countyText.contains("一、目标") && !countyText.contains("二、保障"))
        let townText = try String(contentsOfFile: output + "/方案-2.txt", encoding: .utf8)
        #expect(townText.contains("二、保障措施"))
    }

    @Test func writingRefusesANonEmptyFolderAndAnInputFolder() throws {
        let output = temporaryFolder()
        try FileManager.default.createDirectory(atPath: output, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: output) }
        try Data("已有".utf8).write(to: URL(fileURLWithPath: output + "/已有.txt"))
        #expect(throws: DedupeWriteError.self) { try DeduplicatedCollectionWriter(directory: output, inputs: []).validate() }
        #expect(throws: DedupeWriteError.self) { try DeduplicatedCollectionWriter(directory: output + "/去重", inputs: [output]).validate() }
        #expect(throws: DedupeWriteError.self) { try DeduplicatedCollectionWriter(directory: output + "/已有.txt", inputs: []).validate() }
        #expect(throws: Never.self) { try DeduplicatedCollectionWriter(directory: output + "-新", inputs: [output]).validate() }
    }
}
