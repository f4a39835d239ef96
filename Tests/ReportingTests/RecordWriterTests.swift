import Testing
@testable import Reporting

private let records: [[(String, Value)]] = [
    [("law", "刑法"), ("article", .int(336)), ("resolved", nil)],
    [("law", "人口与计划生育法"), ("article", .int(36)), ("resolved", "第三十六条 ……, \"鉴定\"")],
]

@Test func jsonKeepsTheFieldOrderAndWritesChineseAsIs() {
    let output = RecordWriter(format: .json).render(records)
    #expect(output.hasPrefix(#"[{"law":"刑法","article":336,"resolved":null},"#))
    #expect(output.contains(#"\"鉴定\""#))
}

@Test func jsonLinesPrintOneObjectPerLine() {
    let lines = RecordWriter(format: .jsonl).render(records).split(separator: "\n")
    #expect(lines.count == 2)
    #expect(lines[0] == #"{"law":"刑法","article":336,"resolved":null}"#)
}

@Test func csvQuotesFieldsWithCommasAndQuotes() {
    let output = RecordWriter(format: .csv).render(records)
    #expect(output.hasPrefix("law,article,resolved\r\n刑法,336,\r\n"))
    #expect(output.contains(#""第三十六条 ……, ""鉴定""""#))
}

@Test func tableColumnsAlignOnDisplayWidth() {
    let lines = RecordWriter(format: .table, columns: ["law", "article"]).render(records).split(separator: "\n")
    #expect(lines[0] == "law               article")
    #expect(lines[2] == "刑法              336")
    #expect(RecordWriter.displayWidth("刑法a") == 5)
}

@Test func markdownEscapesPipes() {
    let output = RecordWriter(format: .md).render([[("text", "a|b")]])
    #expect(output == "| text |\n| --- |\n| a\\|b |\n")
}

@Test(arguments: OutputFormat.allCases)
func aStreamWrittenInBatchesGivesTheBytesOfTheWholeRender(format: OutputFormat) {
    let checked: [(String, Value)] = [("law", "刑法"), ("article", .int(336)), ("resolved", nil), ("check", "ok")]
    let all = records + [checked]
    for columns in [[], ["law", "article"]] {
        let writer = RecordWriter(format: format, columns: columns)
        var text = ""
        var stream = RecordStream(writer: writer, optionalFields: ["check"]) { text += $0 }
        stream.write([all[0]])
        stream.write([])
        stream.write(Array(all[1...]))
        stream.finish()
        #expect(text == writer.render(all))
        var empty = ""
        var none = RecordStream(writer: writer) { empty += $0 }
        none.finish()
        #expect(empty == writer.render([]))
    }
}

@Test(arguments: [OutputFormat.json, .jsonl, .csv])
func aLargeBatchIsHandedOutInPiecesOfAboutAMegabyteWithTheSameBytes(format: OutputFormat) {
    // A one-line file's figures, each record carrying its long cut sentence.
    let sentence = String(repeating: "各乡镇要加强治理，完成率达到60%以上，", count: 50)
    let batch: [[(String, Value)]] = (0..<3_000).map { [("text", .string("\($0)%")), ("sentence", .string(sentence))] }
    let writer = RecordWriter(format: format)
    var pieces: [String] = []
    var stream = RecordStream(writer: writer) { pieces.append($0) }
    stream.write(batch)
    stream.finish()
    #expect(pieces.joined() == writer.render(batch))
    #expect(pieces.count > 3)
    #expect(pieces.allSatisfy { $0.utf8.count < RecordStream.pieceLength + 4_096 })
}
