import Foundation
import Testing
@testable import Ingestion

@Suite("Decoding")
struct DecodingTests {
    static let firstLine = "关于进一步做好计划生育服务管理工作的通知"

    @Test("UTF-8 without a byte order mark is read as UTF-8")
    func utf8() throws {
        let file = try Fixture.read("plan-utf8.txt")
        #expect(file.encoding == "UTF-8")
        #expect(file.documents.first?.title == Self.firstLine)
    }

    @Test("a UTF-8 byte order mark is recognised and not part of the text", arguments: [
        ("plan-utf8-bom.txt", "UTF-8"), ("plan-utf16le.txt", "UTF-16LE"), ("plan-utf16be.txt", "UTF-16BE"),
    ])
    func byteOrderMarks(name: String, encoding: String) throws {
        let file = try Fixture.read(name)
        #expect(file.encoding == encoding)
        #expect(file.documents.first?.title == Self.firstLine)
    }

    @Test("UTF-16 without a byte order mark is recognised by its NUL bytes and its Chinese text")
    func utf16WithoutByteOrderMark() throws {
        let file = try Fixture.read("plan-utf16le-nobom.txt")
        #expect(file.encoding == "UTF-16LE")
        #expect(file.documents.first?.title == Self.firstLine)
    }

    @Test("a GBK file is detected as GB18030 from its bytes")
    func gbk() throws {
        let file = try Fixture.read("plan-gbk.txt")
        #expect(file.encoding == "GB18030")
        let document = try #require(file.documents.first)
        #expect(document.title == Self.firstLine)
        #expect(document.section(headed: "（二）严厉打击“两非”行为")?.text.contains("《人口与计划生育法》第三十六条") == true)
    }

    @Test("a Big5 file is detected as Big5, keeping its traditional characters")
    func big5() throws {
        let file = try Fixture.read("plan-big5.txt")
        #expect(file.encoding == "Big5")
        #expect(file.documents.first?.title == "關於進一步做好計劃生育服務管理工作的通知")
    }

    @Test("an invalid byte is an error naming the file and the byte offset")
    func invalidByte() {
        let path = Fixture.path("invalid-utf8.txt")
        #expect(Fixture.failure(reading: path) == IngestionError(path: path, reason: "invalid UTF-8 byte sequence at byte offset 61"))
    }

    @Test("a multi-byte character cut off at the end of the file is an error at its first byte that says the file is cut off")
    func truncatedSequence() throws {
        #expect(Fixture.failureReason("truncated-utf8.txt")
            == "invalid UTF-8 byte sequence at byte offset 606: the file ends in the middle of a character (cut off?)")
        // A GBK file cut after the lead byte of its last character; a bad byte near the end is not called a cut.
        var bytes = try [UInt8](Data(contentsOf: URL(fileURLWithPath: Fixture.path("plan-gbk.txt"))))
        while bytes.last.map({ $0 < 0x81 }) == true { bytes.removeLast() }
        bytes.removeLast()
        let cut = try Fixture.temporaryFile(named: "cut.txt", bytes: bytes)
        defer { cut.cleanup() }
        #expect(Fixture.failure(reading: cut.path)?.reason.hasSuffix("the file ends in the middle of a character (cut off?)") == true)
        let badEnd = try Fixture.temporaryFile(named: "bad-end.txt", bytes: Array("一、总体要求".utf8) + [0xFF])
        defer { badEnd.cleanup() }
        #expect(Fixture.failure(reading: badEnd.path)?.reason == "invalid UTF-8 byte sequence at byte offset 18")
    }

    @Test("lossy reading replaces an invalid byte with U+FFFD and reads the rest")
    func lossy() throws {
        let file = try Fixture.read("invalid-utf8.txt", lossy: true)
        #expect(file.encoding == "UTF-8")
        let text = file.documents.map(\.text).joined()
        #expect(text.contains("\u{FFFD}"))
        #expect(text.contains("一、提高认识，加强领导"))
    }

    @Test("invalid bytes in a GBK file are reported at their offset")
    func invalidGBK() throws {
        var bytes = try [UInt8](Data(contentsOf: URL(fileURLWithPath: Fixture.path("plan-gbk.txt"))))
        // 0x81 0x20: a lead byte followed by a byte no GBK, Big5 or UTF-8 sequence allows.
        bytes.insert(contentsOf: [0x81, 0x20], at: 40)
        let file = try Fixture.temporaryFile(named: "broken.txt", bytes: bytes)
        defer { file.cleanup() }
        #expect(Fixture.failure(reading: file.path)?.reason == "invalid GB18030 byte sequence at byte offset 40")
    }

    @Test("an empty file gives no documents and no error")
    func emptyFile() throws {
        let file = try Fixture.read("empty.txt")
        #expect(file.documents.isEmpty)
    }

    @Test("a binary file named .txt is an error, never read as text")
    func binaryFile() {
        #expect(Fixture.failureReason("binary.txt") == "binary data, not text (control byte 0x00 at byte offset 5)")
    }

    @Test("a 50 MB file of one line is read whole")
    func hugeSingleLine() throws {
        let sentence = Array("各乡镇要把计划生育工作摆上重要议事日程，主要领导亲自抓、负总责。".utf8)
        let repetitions = 50_000_000 / sentence.count + 1
        var bytes: [UInt8] = []
        bytes.reserveCapacity(sentence.count * repetitions)
        for _ in 0..<repetitions { bytes.append(contentsOf: sentence) }
        let file = try Fixture.temporaryFile(named: "huge.txt", bytes: bytes)
        defer { file.cleanup() }
        let read = try CollectionReader().read(file.path)
        #expect(read.encoding == "UTF-8")
        let characters = read.documents.flatMap(\.sections).reduce(0) { $0 + $1.text.unicodeScalars.count }
        #expect(characters == repetitions * sentence.count / 3)
    }
}

@Suite("Text file content")
struct TextFileContentTests {
    @Test("a UTF-8 file is left to be streamed, even with a character cut by the end of a checked block")
    func utf8AcrossBlocks() throws {
        var bytes = [UInt8](repeating: UInt8(ascii: "a"), count: TextDecoder.checkedBlockLength - 1)
        bytes += Array("计划生育\n".utf8)
        let file = try Fixture.temporaryFile(named: "long.txt", bytes: bytes)
        defer { file.cleanup() }
        guard case .utf8 = try TextDecoder().content(ofFileAt: file.path) else {
            Issue.record("a valid UTF-8 file was decoded whole")
            return
        }
    }

    @Test("a GBK file is decoded whole as GB18030")
    func gbk() throws {
        guard case .decoded(let decoded) = try TextDecoder().content(ofFileAt: Fixture.path("plan-gbk.txt")) else {
            Issue.record("a GBK file was taken for UTF-8")
            return
        }
        #expect(decoded.encoding == "GB18030")
        #expect(decoded.text.hasPrefix(DecodingTests.firstLine))
    }

    @Test("UTF-8 with a bad byte in its second block is refused with that byte's offset, or replaced when lossy")
    func badByteLate() throws {
        var bytes = Array(String(repeating: "计划生育工作\n", count: TextDecoder.checkedBlockLength / 19 + 10).utf8)
        let offset = TextDecoder.checkedBlockLength + 8 // the lead byte of 工
        bytes[offset] = 0xFF
        let file = try Fixture.temporaryFile(named: "late.txt", bytes: bytes)
        defer { file.cleanup() }
        #expect(throws: IngestionError(path: file.path, reason: "invalid UTF-8 byte sequence at byte offset \(offset)")) {
            try TextDecoder().content(ofFileAt: file.path)
        }
        guard case .decoded(let decoded) = try TextDecoder(lossy: true).content(ofFileAt: file.path) else {
            Issue.record("a UTF-8 file with a bad byte was streamed")
            return
        }
        #expect(decoded.encoding == "UTF-8")
        #expect(decoded.firstInvalidOffset == offset)
        #expect(decoded.text.contains("\u{FFFD}"))
    }

    @Test("a missing file is an error naming it")
    func missing() {
        #expect(throws: IngestionError(path: "/nonexistent/规划.txt", reason: "no such file or folder")) {
            try TextDecoder().content(ofFileAt: "/nonexistent/规划.txt")
        }
    }

    @Test("the end of whole sequences stops before a character the block cuts short")
    func completeSequences() {
        let whole = Array("计划".utf8)
        #expect(TextDecoder.completeSequencesEnd(of: whole) == 6)
        #expect(TextDecoder.completeSequencesEnd(of: Array(whole.prefix(5))) == 3)
        #expect(TextDecoder.completeSequencesEnd(of: Array(whole.prefix(4))) == 3)
        #expect(TextDecoder.completeSequencesEnd(of: Array("ab".utf8)) == 2)
    }
}
