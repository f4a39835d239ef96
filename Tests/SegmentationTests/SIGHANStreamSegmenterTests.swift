import Foundation
import Testing
import TestSupport
@testable import Segmentation

@Suite struct SIGHANStreamSegmenterTests {
    @Test func aLineIsPrintedInItsOwnCharactersWithOneSpaceBetweenWords() throws {
        let stream = SIGHANStreamSegmenter(segmenter: try WordSegmenter())
        #expect(stream.line("出生人口性別比為１１８．０６") == "出生人口性別比 為 １１８．０６")
        #expect(stream.line("  第一条　为了  规范管理 ") == "第一条 为了 规范 管理")
    }

    @Test func aStreamKeepsEveryLineIncludingBlankOnesAndALastLineWithoutBreak() throws {
        let stream = SIGHANStreamSegmenter(segmenter: try WordSegmenter())
        let input = "\u{FEFF}一、总体要求\r\n\n加强计划生育工作\n\n\n落实两非整治"
        let output = try run(stream, input: Data(input.utf8))
        #expect(output.text == "一 、 总体要求\n\n加强 计划生育 工作\n\n\n落实 两非 整治\n")
        #expect(output.report.lines == 6)
        #expect(output.report.invalidLines.isEmpty)
    }

    @Test func bytesThatAreNotUTF8StopTheStreamAtTheirLineWithItsByteOffset() throws {
        let stream = SIGHANStreamSegmenter(segmenter: try WordSegmenter())
        let input = Data("计划生育\n".utf8) + Data([0xBC, 0xC6, 0xBB, 0xAE, 0x0A]) + Data("两非\n".utf8)
        #expect {
            try run(stream, input: input)
        } throws: { error in
            (error as? SIGHANStreamSegmenter.NotUTF8Error)?.description == "line 2, byte offset 13: not valid UTF-8"
        }
    }

    @Test func aLossyStreamPrintsReplacementsAndListsTheLines() throws {
        let stream = SIGHANStreamSegmenter(segmenter: try WordSegmenter(), lossy: true)
        let input = Data("计划生育\n".utf8) + Data([0xBC, 0xC6, 0xBB, 0xAE, 0x0A]) + Data("两非\n".utf8)
        let output = try run(stream, input: input)
        #expect(output.report.invalidLines == [2])
        #expect(output.text.split(separator: "\n", omittingEmptySubsequences: false).count == 4)
        #expect(output.text.hasPrefix("计划生育\n\u{FFFD}"))
    }

    @Test func aNULByteStopsTheStreamAsBinaryEvenWhenLossy() throws {
        let input = Data("计划生育\n打击".utf8) + Data([0x00, 0x01]) + Data("两非\n".utf8)
        for lossy in [false, true] {
            let stream = SIGHANStreamSegmenter(segmenter: try WordSegmenter(), lossy: lossy)
            #expect {
                try run(stream, input: input)
            } throws: { error in
                (error as? SIGHANStreamSegmenter.BinaryInputError)?.description
                    == "line 2, byte offset 19: binary data, not text (a NUL byte)"
            }
        }
    }

    @Test func aUTF16StreamIsRefusedNotPrintedAsGarbage() throws {
        let stream = SIGHANStreamSegmenter(segmenter: try WordSegmenter())
        var input = Data([0xFF, 0xFE])
        input.append("计划生育\n".data(using: .utf16LittleEndian)!)
        #expect(throws: SIGHANStreamSegmenter.NotUTF8Error.self) { try run(stream, input: input) }
    }

    @Test func decodedTextIsSegmentedAsItsUTF8BytesAreFromAStream() throws {
        let stream = SIGHANStreamSegmenter(segmenter: try WordSegmenter())
        let text = "關於加強出生人口性別比綜合治理\r\n\n" + String(repeating: "落实两非整治，关爱女孩。", count: 9000) + "\n最后一行"
        let fromStream = try run(stream, input: Data(text.utf8))
        let folder = try TemporaryFolder()
        let outputURL = try folder.file("out.txt", contents: Data())
        let writer = try FileHandle(forWritingTo: outputURL)
        let report = try stream.run(text: text, output: writer)
        try writer.close()
        #expect(String(decoding: try Data(contentsOf: outputURL), as: UTF8.self) == fromStream.text)
        #expect(report.lines == 4)
        #expect(fromStream.text.hasPrefix("關於 加強 出生人口性別比 "))
    }

    @Test func linesLongerThanOneReadBlockAreSegmentedWhole() throws {
        let stream = SIGHANStreamSegmenter(segmenter: try WordSegmenter())
        let sentence = "各级人民政府应当加强出生人口性别比综合治理，"
        let long = String(repeating: sentence, count: 4000)
        let output = try run(stream, input: Data((long + "\n短行\n").utf8))
        let lines = output.text.split(separator: "\n")
        #expect(lines.count == 2)
        #expect(lines[0].replacingOccurrences(of: " ", with: "") == long)
        #expect(lines[0].components(separatedBy: "出生人口性别比").count == 4001)
    }

    @Test func aLineLongerThanTheLimitIsSegmentedInPiecesOnOneOutputLine() throws {
        let stream = SIGHANStreamSegmenter(segmenter: try WordSegmenter())
        let sentence = "各级人民政府应当加强出生人口性别比综合治理。"
        let copies = SIGHANStreamSegmenter.longLineLimit / sentence.utf8.count * 2
        let long = String(repeating: sentence, count: copies)
        let output = try run(stream, input: Data((long + "\n短行").utf8))
        let lines = output.text.split(separator: "\n")
        #expect(lines.count == 2)
        #expect(lines[0].replacingOccurrences(of: " ", with: "") == long)
        #expect(!lines[0].contains("  "))
        #expect(lines[0].components(separatedBy: " 出生人口性别比 ").count == copies + 1)
        #expect(output.report.lines == 2)
    }

    @Test func aLongLineWithoutSentenceEndsIsCutBetweenCharacters() {
        let bytes = Array(String(repeating: "治", count: 30000).utf8)
        let end = SIGHANStreamSegmenter.pieceEnd(of: bytes)
        #expect(end == bytes.count - 3)
    }

    private func run(_ stream: SIGHANStreamSegmenter,
                     input: Data) throws -> (text: String, report: SIGHANStreamSegmenter.Report) {
        let folder = try TemporaryFolder()
        let inputURL = try folder.file("in.txt", contents: input)
        let outputURL = try folder.file("out.txt", contents: Data())
        let reader = try FileHandle(forReadingFrom: inputURL)
        let writer = try FileHandle(forWritingTo: outputURL)
        let report = try stream.run(input: reader, output: writer)
        try reader.close()
        try writer.close()
        return (String(decoding: try Data(contentsOf: outputURL), as: UTF8.self), report)
    }
}
