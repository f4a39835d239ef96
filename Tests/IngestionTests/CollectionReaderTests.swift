import Foundation
import TestSupport
import Testing
@testable import Ingestion
import Reporting

@Suite("Reading collections")
struct CollectionReaderTests {
    @Test("a folder is read recursively and sorted; unknown extensions are skipped with a warning, its README silently")
    func enumerateFolder() throws {
        let folder = Scratch.url("zhili-enumerate-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        try FileManager.default.createDirectory(at: folder.appendingPathComponent("乙/甲"), withIntermediateDirectories: true)
        for name in ["b.txt", "a.md", "乙/甲/c.html", "d.pdf", ".hidden.txt", "README.md"] {
            try Data("一、测试".utf8).write(to: folder.appendingPathComponent(name))
        }
        let (files, warnings) = CollectionReader().enumerate([folder.path])
        #expect(files.map { String($0.dropFirst(folder.path.count + 1)) } == ["a.md", "b.txt", "乙/甲/c.html"])
        #expect(warnings.map(\.reason) == ["skipped: unknown extension .pdf"])
        #expect(CollectionReader().enumerate([folder.appendingPathComponent("README.md").path]).files.count == 1)
    }

    @Test("a folder's PROVENANCE or LICENSE is passed over like its README, and read when named; a notice.txt is read")
    func folderDescriptionsArePassedOver() throws {
        let folder = Scratch.url("zhili-provenance-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        // The corpus's own PROVENANCE.txt: a list of sources, read as a document it gave figures and a citation.
        let provenance = "Source : https://github.com/whthomas/china-laws\nLicense : the law texts are excluded from copyright by 著作权法第五条.\nFiles : 2, 10,579 characters"
        for name in ["2024年政府工作报告.txt", "PROVENANCE.txt", "LICENSE.md", "notice.txt", "licence_plate.txt"] {
            try Data((name.hasPrefix("2024") ? "一、2023年工作回顾" : provenance).utf8).write(to: folder.appendingPathComponent(name))
        }
        let (files, _) = CollectionReader().enumerate([folder.path])
        #expect(files.map { ($0 as NSString).lastPathComponent } == ["2024年政府工作报告.txt", "licence_plate.txt", "notice.txt"])
        #expect(CollectionReader().enumerate([folder.appendingPathComponent("PROVENANCE.txt").path]).files.count == 1)
    }

    @Test("a file's extension and stem, found among its path's bytes, are those Foundation's NSString gives")
    func extensionsAsFoundationGivesThem() {
        let paths = ["laws/宪法/中华人民共和国宪法(2018-03-11).md", "报告.TXT", "a/.hidden", "a/.hidden.md", "a/b.", "..", "a/..", ".",
                     "/", "", "b.tar.gz", "dir.d/file", "file.md/", "file.md//", "政策文件.Docx", "a.b/c", "x/.a.b", "README"]
        for path in paths {
            #expect(String(SourceFormat.fileExtension(of: path)) == (path as NSString).pathExtension, "\(path)")
        }
        for name in ["README.md", "Provenance.txt", "LICENSE", ".hidden", "a.", "..", "中华人民共和国宪法.md", "b.tar.gz"] {
            #expect(String(SourceFormat.stem(of: name)) == (name as NSString).deletingPathExtension, "\(name)")
        }
    }

    @Test("a path that does not exist is an error naming it, and the other paths are still read")
    func missingPathIsAnError() {
        let missing = Scratch.url("zhili-missing-\(UUID().uuidString).txt").path
        let result = CollectionReader().readAll([missing, Fixture.path("plan-utf8.txt")])
        #expect(result.files.count == 1)
        #expect(result.errors.map(\.description) == ["\(missing): no such file or folder"])
    }

    @Test("read refuses a file of unknown format instead of reading it as text")
    func readUnknownFormat() throws {
        let file = try Fixture.temporaryFile(named: "report.pdf", bytes: Array("一、工作目标".utf8))
        defer { file.cleanup() }
        #expect(Fixture.failure(reading: file.path)?.reason == "not read: unknown extension .pdf")
    }

    @Test("a file with no text — empty, white space, a byte-order mark — is read with a warning naming it, not an error")
    func emptyFilesAreWarnedAbout() throws {
        let folder = Scratch.url("zhili-empty-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let files: [(String, [UInt8])] = [("a-empty.txt", []), ("b-blank.md", Array(" \n\t\n\u{3000}\r\n".utf8)),
                                          ("c-bom.txt", [0xEF, 0xBB, 0xBF, 0x0A]), ("d-empty.html", []),
                                          ("e-notice.txt", Array("一、工作目标\n全面加强农村生活污水治理。\n".utf8))]
        for (name, bytes) in files { try Data(bytes).write(to: folder.appendingPathComponent(name)) }
        let result = CollectionReader().readAll([folder.path])
        #expect(result.errors.isEmpty)
        #expect(result.files.count == 5)
        #expect(result.warnings.map(\.description) == ["a-empty.txt", "b-blank.md", "c-bom.txt", "d-empty.html"].map {
            folder.appendingPathComponent($0).path + ": empty: holds no text"
        })
    }

    @Test("a folder with no file to read, empty or of other formats, is a warning naming it")
    func folderWithNothingToReadIsWarnedAbout() throws {
        let folder = Scratch.url("zhili-nothing-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        let empty = folder.appendingPathComponent("empty"), scans = folder.appendingPathComponent("scans")
        for made in [empty, scans] { try FileManager.default.createDirectory(at: made, withIntermediateDirectories: true) }
        try Data("%PDF-1.4".utf8).write(to: scans.appendingPathComponent("report.pdf"))
        let (files, warnings) = CollectionReader().enumerate([empty.path, scans.path, Fixture.path("plan-utf8.txt")])
        #expect(files == [Fixture.path("plan-utf8.txt")])
        #expect(warnings.map(\.description) == [
            "\(empty.path): no files to read in this folder (zhili reads .txt, .md, .html, .htm, .docx)",
            "\(scans.path)/report.pdf: skipped: unknown extension .pdf",
            "\(scans.path): no files to read in this folder (zhili reads .txt, .md, .html, .htm, .docx)",
        ])
    }

    @Test("readAll reads what it can and collects the errors")
    func readAllCollectsErrors() {
        let result = CollectionReader().readAll([Fixture.path("plan-utf8.txt"), Fixture.path("binary.txt"), Fixture.path("plan-gbk.txt")])
        #expect(result.files.map(\.encoding) == ["UTF-8", "GB18030"])
        #expect(result.errors.map(\.path) == [Fixture.path("binary.txt")])
        #expect(result.errors.first?.description.hasPrefix(Fixture.path("binary.txt") + ": binary data") == true)
    }

    @Test("the inspect record has the contract's fields in order")
    func inspectRecord() throws {
        let record = try Fixture.read("law.md").inspectRecord
        #expect(record.map(\.0) == ["source", "encoding", "documents"])
        let json = Value.object(record).json
        #expect(json.contains(#""document_index":1,"document":"某省人口与计划生育条例","metadata":{"沿革":"#))
        #expect(json.contains(#"{"section":"第一章 总则 › 第一条","heading":"第一条","level":2,"text":"为了实现"#))
    }
}
