import Foundation
import Testing
import TestSupport
@testable import SearchIndex

/// `text` (UTF-8) in `code`, and decoded back.
private func roundTrip(_ text: String, _ code: StoreCharacterCode) -> (coded: [UInt8], decoded: String?) {
    var coded = ByteWriter()
    Array(text.utf8).withUnsafeBytes { code.encode($0, into: &coded) }
    var output: [UInt8] = []
    let length = coded.bytes.withUnsafeBytes { code.decode($0, into: &output) }
    return (coded.bytes, length.map { String(decoding: output[0..<$0], as: UTF8.self) })
}

@Test func theCommonestCharactersOfTheTextsTakeOneByteAndTheRestTwoOrAnEscape() throws {
    let article = "第九条\n县级以上人民政府应当加强对出生人口性别比工作的领导，禁止非医学需要的胎儿性别鉴定。"
    var counts = StoreCharacterCode.Counts()
    // The first text's characters counted a hundred times over the second's: they rank first.
    for _ in 0..<100 { counts.count(Array(article.utf8)) }
    let many = (0..<200).map { String(Character(Unicode.Scalar(UInt32(0x4E00 + $0))!)) }.joined()
    counts.count(Array(many.utf8))
    let code = counts.code
    #expect(code.scalars.count == Set(article.unicodeScalars.filter { $0.value >= 0x80 }).union(many.unicodeScalars).count)
    let (coded, decoded) = roundTrip(article, code)
    #expect(decoded == article)
    // Every character of the article ranks among the first 96: one byte each, ASCII as itself.
    #expect(coded.count == article.unicodeScalars.count)
    // Ranked past the first 96 (the last of the two hundred counted once): two bytes each; not ranked at
    // all (an extension B character, a rare one): an escape of four.
    let rare = String(Character(Unicode.Scalar(UInt32(0x4E00 + 198))!)) + String(Character(Unicode.Scalar(UInt32(0x4E00 + 199))!)) + "𠀀龘"
    let rareCoded = roundTrip(rare, code)
    #expect(rareCoded.decoded == rare)
    #expect(rareCoded.coded.count == 2 + 2 + 4 + 4)
    // The serialized code reads back as the same code.
    var reader = ByteReader(UnsafeRawBufferPointer(start: nil, count: 0))
    let serialized = code.serialized
    let again = serialized.withUnsafeBytes { bytes -> StoreCharacterCode? in
        reader = ByteReader(bytes)
        return StoreCharacterCode(reading: &reader)
    }
    #expect(again?.scalars == code.scalars)
    #expect(reader.offset == serialized.count)
}

@Test func bytesThatAreNoTextInTheCodeDoNotDecode() throws {
    let code = StoreCharacterCode(scalars: Array("的一是在不了有和人这中大为上个国我以要他".unicodeScalars.map(\.value)))
    func decodes(_ bytes: [UInt8]) -> Bool {
        var output: [UInt8] = []
        return bytes.withUnsafeBytes { code.decode($0, into: &output) } != nil
    }
    #expect(decodes([0x80, 0x41, 0x93]))
    #expect(!decodes([0x94]))  // a rank past the twenty characters ranked
    #expect(!decodes([0xE0, 0x00]))  // a two-byte code past them
    #expect(!decodes([0xE0]))  // cut
    #expect(!decodes([0xFF, 0x00, 0xD8, 0x00]))  // an escaped surrogate
    #expect(!decodes([0xFF, 0x00, 0x00, 0x41]))  // an escaped ASCII letter
    #expect(decodes([0xFF, 0x02, 0x00, 0x00]))  // 𠀀
    // A serialized code of an ASCII character, or of one character twice, is no code.
    func reads(_ bytes: [UInt8]) -> Bool {
        bytes.withUnsafeBytes { bytes in
            var reader = ByteReader(bytes)
            return StoreCharacterCode(reading: &reader) != nil
        }
    }
    #expect(reads([2] + Array("的一".utf8)))
    #expect(!reads([2] + Array("的的".utf8)))
    #expect(!reads([2] + Array("的A".utf8)))
    #expect(!reads([3] + Array("的一".utf8)))
}

@Test(.enabled(if: Repository.shared("corpus/laws/宪法相关法") != nil))
func aStoreOfLawsIsSmallerInTheCodeAndReadsBackEveryTextAsWritten() throws {
    let laws = try #require(Repository.shared("corpus/laws/宪法相关法"))
    var entries: [StoredUnit] = []
    for file in try FileManager.default.contentsOfDirectory(atPath: laws.path).filter({ $0.hasSuffix(".md") }).sorted() {
        let text = try String(contentsOf: laws.appendingPathComponent(file), encoding: .utf8)
        for (number, paragraph) in text.components(separatedBy: "\n\n").enumerated() where !paragraph.isEmpty {
            entries.append(StoredUnit(section: file + " › 第\(number)段", text: paragraph))
        }
    }
    // Characters of no law, after the sample the code is ranked on: escaped.
    entries.append(StoredUnit(section: "附", text: "𠀀𪚥 and ASCII, 龘"))
    var writer = TextStoreWriter()
    for entry in entries { writer.add(section: entry.section, text: entry.text) }
    let body = writer.body()
    let read = try openedStore(body, dictionary: writer.dictionary)
    var walked: [StoredUnit] = []
    for block in 0..<read.blockCount { walked += try read.entries(block: block) }
    #expect(walked.map(\.text) == entries.map(\.text))
    #expect(walked.map(\.section) == entries.map(\.section))
    #expect(try read.entry(entries.count - 1).text == entries.last?.text)
    // The blocks hold the texts in the code: a Han character in a byte or two, not UTF-8's three.
    let utf8 = entries.reduce(0) { $0 + $1.text.utf8.count }
    let raw = try (0..<read.blockCount).reduce(0) { $0 + (try read.decompressed(block: $1).count) }
    #expect(raw * 4 < utf8 * 3)
    // The code ranks the laws' characters, more than fit in a byte.
    let dictionary = try #require(read.dictionary)
    #expect(dictionary.code.scalars.count > StoreCharacterCode.singleByteCodes)
    // The same zstd dictionary with a code of ten characters: the store opens (the dictionary ID is the
    // same), and a text with a rank past the ten is damage, for `zhili check` as for a read.
    let cut = StoreDictionary.body(code: StoreCharacterCode(scalars: Array(dictionary.code.scalars.prefix(10))),
                                   dictionary: Array(dictionary.zstdDictionary))
    let damaged = try TextStore(file: try mapped("STOR", body), dictionary: try StoreDictionary(file: try mapped("SDIC", cut)))
    #expect(throws: IndexError.self) { try damaged.entries(block: 0) }
    #expect(throws: IndexError.self) { try damaged.entry(0) }
}
