import Foundation
import Testing
@testable import Ingestion

@Suite("Word documents")
struct DocxTests {
    @Test("a .docx gives its paragraphs, its Title paragraph as title and headings from its styles")
    func paragraphsAndHeadings() throws {
        let file = try Fixture.read("report.docx")
        let document = try #require(file.documents.first)
        #expect(document.title == "某镇2024年人口和计划生育工作报告")
        #expect(document.metadata == [MetadataField(key: "来源", value: "某镇人民政府")])
        #expect(document.sections.map(\.pathString) == ["一、主要工作", "一、主要工作 › （一）孕情管理", "二、下一步打算"])
        #expect(document.sections.map(\.level) == [1, 2, 1])
    }

    @Test("a line break inside a paragraph is rejoined and deleted revisions are left out")
    func runs() throws {
        let document = try #require(Fixture.read("report.docx").documents.first)
        #expect(document.section(headed: "（一）孕情管理")?.text == "对持证怀孕的育龄妇女逐人建档，每月随访一次。")
        #expect(document.section(headed: "二、下一步打算")?.text == "继续严厉打击“两非”行为。")
    }

    @Test("a file named .docx that is no zip archive is a clear error")
    func notAZip() throws {
        let file = try Fixture.temporaryFile(named: "fake.docx", bytes: Array("一、不是Word文档".utf8))
        defer { file.cleanup() }
        #expect(Fixture.failure(reading: file.path)?.reason == "not a valid .docx file (not a zip archive)")
    }

    @Test("a .docx whose document.xml is cut short is a clear error")
    func truncatedXML() {
        #expect(Fixture.failureReason("truncated.docx")?.hasPrefix("word/document.xml is not well-formed XML") == true)
    }

    @Test("Word style names map to heading levels below the title")
    func styleNames() {
        #expect(DocxTextExtractor.level(ofStyleNamed: "Title") == 1)
        #expect(DocxTextExtractor.level(ofStyleNamed: "heading 1") == 2)
        #expect(DocxTextExtractor.level(ofStyleNamed: "标题 3") == 4)
        #expect(DocxTextExtractor.level(ofStyleNamed: "Normal") == nil)
    }
}
