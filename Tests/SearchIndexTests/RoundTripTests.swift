import Foundation
import TestSupport
import Testing
@testable import SearchIndex

/// Writes `body` framed as a file of `kind` and maps it back.
func mapped(_ kind: String, _ body: [UInt8]) throws -> MappedFile {
    let path = Scratch.url("zhili-roundtrip-\(UUID().uuidString)").path
    try Data(IndexFile.framed(kind: kind, parts: [body]).joined()).write(to: URL(fileURLWithPath: path))
    defer { try? FileManager.default.removeItem(atPath: path) }
    return try MappedFile(path: path, kind: kind)
}

/// The store `body` as a reader opens it, with the dictionary its writer compressed with (`dictionary`, none
/// when empty) as its file.
func openedStore(_ body: [UInt8], dictionary: [UInt8]) throws -> TextStore {
    try TextStore(file: try mapped("STOR", body), dictionary: dictionary.isEmpty ? nil : try StoreDictionary(file: try mapped("SDIC", dictionary)))
}

@Test(arguments: [0, 1, 5, 13, 31, 32])
func bitPackedBlocksReadBackAsWritten(width: Int) throws {
    var generator = SystemRandomNumberGenerator()
    let limit: UInt64 = width == 0 ? 0 : (1 << UInt64(width)) - 1
    var values = (0..<BlockCodec.blockSize).map { _ in UInt32(UInt64.random(in: 0...limit, using: &generator)) }
    if width > 0 { values[17] = UInt32(limit) }
    var writer = ByteWriter()
    BlockCodec.pack(values, into: &writer)
    #expect(writer.count == 1 + width * 16)
    // At the end of a file, and with bytes after it (where whole words are read at once).
    for padding in [0, 8] {
        var decoded = [UInt32](repeating: 99, count: BlockCodec.blockSize)
        try (writer.bytes + [UInt8](repeating: 0xFF, count: padding)).withUnsafeBytes { raw throws in
            var reader = ByteReader(raw)
            try BlockCodec.unpack(from: &reader, into: &decoded)
            #expect(reader.offset == 1 + width * 16)
        }
        #expect(decoded == values)
    }
}

/// The `count` values packed in `writer`, unpacked from its bytes followed by `padding` bytes of 0xFF — checking
/// that unpacking stops where the writer did.
private func readBack(_ writer: ByteWriter, count: Int, padding: Int) throws -> [UInt32] {
    var decoded = [UInt32](repeating: 99, count: BlockCodec.blockSize)
    try (writer.bytes + [UInt8](repeating: 0xFF, count: padding)).withUnsafeBytes { raw throws in
        var reader = ByteReader(raw)
        try BlockCodec.unpack(count: count, from: &reader, into: &decoded)
        #expect(reader.offset == writer.count)
    }
    return Array(decoded[0..<count])
}

@Test(arguments: 1...32)
func runsOfEveryWidthReadBackInWholeGroupsOfEightAndInTheirTail(width: Int) throws {
    // Each width has its own unrolled loop for groups of eight values; the rest of a run is read one by one.
    let limit: UInt64 = (1 << UInt64(width)) - 1
    for count in [4, 8, 13, 77, 128] {
        let values = (0..<count).map { UInt32(truncatingIfNeeded: UInt64($0) &* 0x9E37_79B9_7F4A_7C15 >> 17) & UInt32(limit) | (1 << UInt32(width - 1)) }
        var writer = ByteWriter()
        BlockCodec.pack(values, into: &writer)
        for padding in [0, 8] { #expect(try readBack(writer, count: count, padding: padding) == values) }
    }
}

@Test(arguments: [1, 3, 77, 128])
func aFewLargeValuesArePatchedInWithoutWideningTheRun(count: Int) throws {
    // Small gaps with a few far jumps, as the positions of a term in units of very different lengths.
    var values = (0..<count).map { UInt32(($0 * 7 + 3) % 16) }
    let large: [(index: Int, value: UInt32)] = [(0, 1 << 20), (count / 2, UInt32.max), (count - 1, 70_000)]
    for (index, value) in large { values[index] = value }
    var writer = ByteWriter()
    BlockCodec.pack(values, into: &writer)
    if count == 128 { #expect(writer.count <= 1 + 4 * 16 + 1 + 3 * 6) }
    for padding in [0, 8] { #expect(try readBack(writer, count: count, padding: padding) == values) }
}

/// Whether unpacking a run of `count` values from `bytes` reports damage.
private func unpackingFails(_ bytes: [UInt8], count: Int) -> Bool {
    var decoded = [UInt32](repeating: 0, count: BlockCodec.blockSize)
    return bytes.withUnsafeBytes { raw in
        var reader = ByteReader(raw)
        do { try BlockCodec.unpack(count: count, from: &reader, into: &decoded) } catch { return true }
        return false
    }
}

@Test func patchesOutOfOrderOrWithoutHighBitsAreDamage() throws {
    // Gaps between units of a term: mostly a few bits, two far jumps patched in (7-bit index, 5 high bits each).
    var values = (0..<BlockCodec.blockSize).map { UInt32($0 % 5) }
    values[3] = 200
    values[90] = 100
    var writer = ByteWriter()
    BlockCodec.pack(values, into: &writer)
    #expect(try readBack(writer, count: values.count, padding: 8) == values)
    // The run is 1 + 3 · 16 bytes, the exception count and width, then (3, 200 >> 3) and (90, 100 >> 3).
    let patches = 1 + 3 * 16 + 2
    #expect(writer.count == patches + (2 * (7 + 5) + 7) / 8)
    func damaged(_ patch: (inout [UInt8]) -> Void) -> Bool {
        var bytes = writer.bytes
        patch(&bytes)
        return unpackingFails(bytes, count: BlockCodec.blockSize)
    }
    #expect(!damaged { _ in })
    // Both exceptions at index 3 (the second's 7 index bits start at bit 12).
    #expect(damaged { bytes in bytes[patches + 1] = bytes[patches + 1] & 0x0F | 0x30; bytes[patches + 2] &= 0xF8 })
    // The first exception's high bits zeroed.
    #expect(damaged { bytes in bytes[patches] &= 0x7F; bytes[patches + 1] &= 0xF0 })
    // A high-bit width that would take values past 32 bits.
    #expect(damaged { bytes in bytes[patches - 1] = 30 })
}

@Test func storeEntriesReadBackOnBothSidesOfTheDictionarysTrainingSample() throws {
    // Entries are held until the first 8 MiB have trained the dictionary, then compressed block by block.
    let clauses = ["县级以上人民政府应当加强对出生人口性别比工作的领导，", "禁止非医学需要的胎儿性别鉴定和选择性别的人工终止妊娠。",
                   "卫生健康主管部门会同有关部门建立健全综合治理工作机制，", "违反本条例规定的，由县级以上卫生健康主管部门责令改正。"]
    var store = TextStoreWriter(), deferred = TextStoreWriter(deferringCompression: true)
    var ahead = TextStoreWriter(deferringCompression: true, trainingAhead: true)
    var entries: [StoredUnit] = []
    var size = 0
    while size < TextStoreWriter.trainingBytes + 200_000 {
        let number = entries.count
        let text = (0..<(number % 9 + 3)).map { clauses[($0 * 7 + number) % clauses.count] }.joined() + "（第\(number)条）"
        entries.append(StoredUnit(section: "第\(number / 40)章 › 第\(number)条", text: text))
        store.add(section: entries.last!.section, text: text)
        deferred.add(section: entries.last!.section, text: text)
        ahead.add(section: entries.last!.section, text: text)
        size += entries.last!.section.utf8.count + text.utf8.count
    }
    let body = store.body()
    // A merge compresses blocks as they fill, a build all at once on its threads: the same blocks,
    // whose first paths (front-coded against nothing) must be where both cut.
    #expect(deferred.body(threads: 3) == body)
    // Trained on its own thread from the moment the sample was complete: the same dictionary.
    #expect(ahead.body(threads: 2) == body)
    let read = try openedStore(body, dictionary: store.dictionary)
    #expect(read.count == entries.count)
    // The store names the dictionary it was compressed with: opened without it, or with another, it is damage.
    #expect(!store.dictionary.isEmpty)
    #expect(throws: IndexError.self) { try openedStore(body, dictionary: []) }
    let others = entries.suffix(20_000).map { Array(($0.text + "另").utf8) }
    let other = Zstd.trainDictionary(samples: others.flatMap { $0 }, sizes: others.map(\.count), capacity: 64 << 10)
    #expect(!other.isEmpty && other != store.dictionary)
    #expect(throws: IndexError.self) { try openedStore(body, dictionary: other) }
    #expect(body.count < size / 10)
    for index in stride(from: 0, to: entries.count, by: 997) + [entries.count - 1] {
        #expect(try read.entry(index).text == entries[index].text)
        #expect(try read.entry(index).section == entries[index].section)
    }
    let last = read.blockCount - 1
    let tail = try read.entries(block: last)
    #expect(tail.last?.text == entries.last?.text)
    #expect(tail.count == entries.count - read.firstUnit(of: last))
}

@Test func statisticsAndCitationsAreStoredAsQuotationsOfTheirSection() throws {
    let path = "第二章 人口发展 › 第九条"
    let section = "第九条\n全市常住人口达到2487.45万人，比上年末增加11.22万人，增长0.5%。依照《中华人民共和国人口与计划生育法》第十八条的规定执行。"
    let quoting: [(section: String, text: String)] = [
        (path, "2487.45万人\n全市常住人口达到2487.45万人"),  // a figure and its clause: two spans
        (path, "《中华人民共和国人口与计划生育法》第十八条\n依照《中华人民共和国人口与计划生育法》第十八条的规定执行"),
        (path, "增长0.5%"),  // one span
        (path, "常住人口 … 增长0.5%\n比上年末增加11.22万人"),  // the first part not in the section: stored whole
        ("第二章 人口发展 › 第十条", "2487.45万人\n全市常住人口达到2487.45万人"),  // another path: stored whole
    ]
    func store(fillers: Int) throws -> (TextStore, [StoredUnit], Int) {
        var writer = TextStoreWriter()
        var entries = [StoredUnit(section: path, text: section)]
        // Sections between a section and its statistics put them in later blocks.
        for number in 0..<fillers {
            entries.append(StoredUnit(section: "第三章 › 第\(number)条", text: String(repeating: "依法治理出生人口性别比。", count: number % 7 + 1)))
        }
        entries += quoting.map { StoredUnit(section: $0.section, text: $0.text) }
        for entry in entries { writer.add(section: entry.section, text: entry.text) }
        let body = writer.body()
        return (try openedStore(body, dictionary: writer.dictionary), entries, body.count)
    }
    for fillers in [0, 400] {
        let (read, entries, _) = try store(fillers: fillers)
        #expect((read.blockCount > 1) == (fillers > 0))
        for (index, entry) in entries.enumerated() {
            #expect(try read.entry(index).text == entry.text)
            #expect(try read.entry(index).section == entry.section)
        }
        var walked: [StoredUnit] = []
        for block in 0..<read.blockCount { walked += try read.entries(block: block) }
        #expect(walked.map(\.text) == entries.map(\.text))
        #expect(walked.map(\.section) == entries.map(\.section))
    }
    // Quoted, the first three texts take a few bytes each where their UTF-8 takes 170 (before zstd).
    var literal = TextStoreWriter(), quoted = TextStoreWriter()
    literal.add(section: path, text: section)
    quoted.add(section: path, text: section)
    for (index, entry) in quoting.prefix(3).enumerated() {
        literal.add(section: path + "之\(index)", text: entry.text)
        quoted.add(section: entry.section, text: entry.text)
    }
    let rawLiteral = try openedStore(literal.body(), dictionary: literal.dictionary).decompressed(block: 0).count
    let rawQuoted = try openedStore(quoted.body(), dictionary: quoted.dictionary).decompressed(block: 0).count
    #expect(rawQuoted + 150 < rawLiteral)
}

@Test func aSectionsOwnHeadingIsStoredOnceInItsText() throws {
    let body = "全市常住人口达到2487.45万人，比上年末增加11.22万人。县级以上人民政府应当加强对出生人口性别比工作的领导。"
    let entries: [StoredUnit] = [
        StoredUnit(section: "", text: "上海市人口与计划生育条例\n沿革：2016年2月23日通过"),  // a document: no path
        StoredUnit(section: "第一章  总则", text: "第一章  总则"),  // a heading alone, its path its text
        StoredUnit(section: "第一章  总则 › 第一条", text: "第一条\n" + body),  // the path ends with the text's first line
        StoredUnit(section: "第一章  总则 › 第二条", text: "第二条"),  // a heading with nothing under it
        StoredUnit(section: "第一章  总则 › 第三条", text: "第三条 " + body),  // its first line is not its heading
        StoredUnit(section: "第一章  总则 › 一、 › 一、", text: "一、\n" + body),  // the heading stands twice in its path
        StoredUnit(section: "一、 › 二", text: "一、 › 二\n" + body),  // the text's first line is the whole path
        StoredUnit(section: " › 第四条", text: "第四条\n" + body),  // an empty heading before it: not left out
        StoredUnit(section: "第二章", text: "\n" + body),  // an empty first line
        StoredUnit(section: "第二章 › 第五条", text: ""),
    ]
    var writer = TextStoreWriter()
    for entry in entries { writer.add(section: entry.section, text: entry.text) }
    let read = try openedStore(writer.body(), dictionary: writer.dictionary)
    for (index, entry) in entries.enumerated() {
        #expect(try read.entry(index).section == entry.section)
        #expect(try read.entry(index).text == entry.text)
    }
    #expect(try read.entries(block: 0).map(\.section) == entries.map(\.section))
    // Forty articles: their headings stand once in the block, in their texts, not in their paths too.
    func rawBytes(heading: (Int) -> String) throws -> Int {
        var writer = TextStoreWriter()
        for number in 1...40 { writer.add(section: "第一章  总则 › " + heading(number), text: "第\(number)条\n" + body) }
        return try openedStore(writer.body(), dictionary: writer.dictionary).decompressed(block: 0).count
    }
    #expect(try rawBytes { "第\($0)条" } + 40 * 6 <= (try rawBytes { "第\($0)条之" }))
}

@Test func aQuotationOfAQuotationOrPastItsTextIsDamage() throws {
    // One block, no dictionary: a literal entry (第九条, "全市常住人口"), then a quotation as given.
    func store(quoting quotation: [UInt8], units: Int = 2) throws -> TextStore {
        var entries = ByteWriter()
        let text = Array("全市常住人口".utf8), path = Array("第九条".utf8)
        entries.appendVarint(text.count << 2)
        entries.appendVarint(0)
        entries.appendBytes(path)
        entries.append(contentsOf: text)
        entries.append(contentsOf: quotation)
        let block = ZstdCompressor().compress(entries.bytes)
        var body = ByteWriter(bytes: block)
        body.appendUInt32(0)
        body.appendUInt64(0)
        body.appendUInt32(UInt32(block.count))
        body.appendUInt32(UInt32(entries.count))
        body.appendUInt32(0)
        body.appendUInt32(UInt32(units))
        body.appendUInt32(1)
        body.appendUInt64(UInt64(block.count))
        return try TextStore(file: try mapped("STOR", body.bytes), dictionary: nil)
    }
    // Distance 1, one span of 6 bytes from byte 3: "市常".
    #expect(try store(quoting: [1 << 1 | 1, 1, 3, 6]).entry(1).text == "市常")
    // A span past the quoted text.
    #expect(throws: IndexError.self) { try store(quoting: [1 << 1 | 1, 1, 3, 60]).entry(1) }
    // A quotation of a quotation: unit 2 quotes unit 1, itself a quotation.
    #expect(throws: IndexError.self) { try store(quoting: [1 << 1 | 1, 1, 3, 6, 1 << 1 | 1, 1, 0, 3], units: 3).entry(2) }
    // Further back than the segment's first unit.
    #expect(throws: IndexError.self) { try store(quoting: [2 << 1 | 1, 1, 0, 3]).entry(1) }
    // A literal entry that leaves its heading out, front-coded against the stored path before it.
    func elided(sharing shared: Int) -> [UInt8] {
        var entry = ByteWriter()
        let text = Array("第十条\n人口".utf8)
        entry.appendVarint(text.count << 2 | 2)
        entry.appendVarint(shared)
        entry.appendBytes(Array("章".utf8))
        entry.append(contentsOf: text)
        return entry.bytes
    }
    #expect(try store(quoting: elided(sharing: 0)).entry(1).section == "章 › 第十条")
    #expect(try store(quoting: elided(sharing: 3)).entry(1).section == "第章 › 第十条")
    // Sharing more than the stored path before it has.
    #expect(throws: IndexError.self) { try store(quoting: elided(sharing: 10)).entry(1) }
}

@Test func varintsAndStringsReadBackAsWritten() throws {
    let numbers: [UInt64] = [0, 1, 127, 128, 300, 16_383, 16_384, UInt64(UInt32.max), UInt64.max]
    var writer = ByteWriter()
    for number in numbers { writer.appendVarint(number) }
    writer.appendString("中华人民共和国刑法")
    writer.appendUInt32(0xDEAD_BEEF)
    try writer.bytes.withUnsafeBytes { raw throws in
        var reader = ByteReader(raw)
        for number in numbers { #expect(try reader.varint() == number) }
        #expect(try reader.string() == "中华人民共和国刑法")
        #expect(try reader.uint32() == 0xDEAD_BEEF)
        #expect(throws: ByteReader.Malformed.self) { try reader.byte() }
    }
}

@Test func theTermDictionaryFindsEveryTermAndEveryPrefix() throws {
    let words = ["人口", "人民", "人民法院", "出生", "出生人口", "刑法", "性别", "性别比", "法", "gdp", "2025"]
    let terms = Array(Set(words.map { Array($0.utf8) } + (0..<300).map { Array("词\($0)".utf8) })).sorted { $0.lexicographicallyPrecedes($1) }
    var writer = TermDictionaryWriter()
    for (index, term) in terms.enumerated() {
        writer.add(term, TermInfo(documentFrequency: index + 1, postingsOffset: 10 * index, positionsOffset: 7 * index))
    }
    let dictionary = try TermDictionary(file: try mapped("TERM", writer.body()))
    #expect(dictionary.termCount == terms.count)
    for (index, term) in terms.enumerated() {
        #expect(try dictionary.lookup(term) == TermInfo(documentFrequency: index + 1, postingsOffset: 10 * index, positionsOffset: 7 * index))
    }
    #expect(try dictionary.lookup(Array("人民法".utf8)) == nil)
    #expect(try dictionary.terms(withPrefix: Array("人".utf8)).map { String(decoding: $0.0, as: UTF8.self) } == ["人口", "人民", "人民法院"])
    var all: [[UInt8]] = []
    try dictionary.forEach { term, _ in all.append(term); return true }
    #expect(all == terms)
}

@Test func aDictionaryEntryIsItsTermDocumentFrequencyAndOffsetsWithoutATotalFrequency() throws {
    // Format 20: shared prefix · suffix · document frequency · postings and positions offsets (deltas), no
    // total frequency. Two terms are too few to train a zstd dictionary on, so the block is zstd alone.
    var writer = TermDictionaryWriter()
    writer.add(Array("人口".utf8), TermInfo(documentFrequency: 3, postingsOffset: 0, positionsOffset: 0))
    writer.add(Array("人民".utf8), TermInfo(documentFrequency: 1, postingsOffset: 12, positionsOffset: 9))
    let body = writer.body()
    try body.withUnsafeBytes { bytes in
        var reader = ByteReader(bytes)
        #expect(try reader.int() == 2)
        #expect(try reader.int() == 1)
        try #require(try reader.int() == 0)
        let raw = try reader.int(), length = try reader.int()
        let compressed = UnsafeRawBufferPointer(rebasing: bytes[reader.offset..<(reader.offset + length)])
        let entries = try #require(Zstd.decompress(compressed, rawLength: raw))
        // 人口: no prefix shared, 6 bytes, 3 units, offsets 0 and 0; 人民: 3 bytes shared (人), 3 more, 1 unit, +12, +9.
        var expected: [UInt8] = [0, 6] + Array("人口".utf8)
        expected += [3, 0, 0, 3, 3] + Array("民".utf8)
        expected += [1, 12, 9]
        #expect(Array(entries.bytes) == expected)
    }
    let dictionary = try TermDictionary(file: try mapped("TERM", body))
    #expect(try dictionary.lookup(Array("人民".utf8)) == TermInfo(documentFrequency: 1, postingsOffset: 12, positionsOffset: 9))
}

@Test func theTermDictionaryIsTheSameByteForByteWhateverTheThreadsCompressingItsBlocks() throws {
    // 6,000 terms: 47 blocks, compressed in several chunks on three threads.
    let terms = (0..<6000).map { Array("第\($0)条".utf8) }.sorted { $0.lexicographicallyPrecedes($1) }
    var writer = TermDictionaryWriter()
    for (index, term) in terms.enumerated() {
        writer.add(term, TermInfo(documentFrequency: index % 7 + 1, postingsOffset: 3 * index, positionsOffset: 5 * index))
    }
    var threeThreads = writer
    let body = writer.body()
    #expect(threeThreads.body(threads: 3) == body)
    let dictionary = try TermDictionary(file: try mapped("TERM", body))
    for index in stride(from: 0, to: terms.count, by: 577) {
        #expect(try dictionary.lookup(terms[index]) == TermInfo(documentFrequency: index % 7 + 1, postingsOffset: 3 * index, positionsOffset: 5 * index))
    }
}

@Test func theTermDictionaryFindsPrefixesAcrossBlocksAndNoTermBetweenOrBeyondThem() throws {
    // 1,000 terms in eight blocks; 词1… runs over several of them.
    let terms = (0..<1000).map { Array("词\($0)".utf8) }.sorted { $0.lexicographicallyPrecedes($1) }
    var writer = TermDictionaryWriter()
    for (index, term) in terms.enumerated() {
        writer.add(term, TermInfo(documentFrequency: index + 1, postingsOffset: index, positionsOffset: index))
    }
    let dictionary = try TermDictionary(file: try mapped("TERM", writer.body()))
    for prefix in ["词", "词1", "词99", "词127", "词5"] {
        let expected = terms.filter { $0.starts(with: Array(prefix.utf8)) }
        #expect(try dictionary.terms(withPrefix: Array(prefix.utf8)).map(\.0) == expected, "\(prefix)")
        #expect(try dictionary.terms(withPrefix: Array(prefix.utf8)).map(\.1.documentFrequency)
                    == expected.map { term in terms.firstIndex(of: term)! + 1 })
    }
    // Before the first term, after the last, and between two (词1000 sorts between 词100 and 词101).
    for absent in ["a", "词", "词1000", "词99x", "龥"] {
        #expect(try dictionary.lookup(Array(absent.utf8)) == nil, "\(absent)")
    }
    #expect(try dictionary.terms(withPrefix: Array("a".utf8)).isEmpty)
    #expect(try dictionary.terms(withPrefix: Array("龥".utf8)).isEmpty)
    #expect(try dictionary.lookup(terms[128]) == TermInfo(documentFrequency: 129, postingsOffset: 128, positionsOffset: 128))
}

@Test(arguments: [1, 2, 127, 128, 129, 300, 1000])
func postingsReadBackWithSkipsAndPositions(documents count: Int) throws {
    var generator = SystemRandomNumberGenerator()
    var documents: [UInt32] = []
    var next: UInt32 = UInt32.random(in: 0...5, using: &generator)
    for _ in 0..<count {
        documents.append(next)
        next += UInt32.random(in: 1...(count > 200 ? 3 : 300), using: &generator)
    }
    let positions: [[UInt32]] = documents.map { _ in
        var list: [UInt32] = []
        var position = UInt32.random(in: 0...50, using: &generator)
        for _ in 0..<Int.random(in: 1...(Bool.random(using: &generator) ? 1 : 6), using: &generator) {
            list.append(position)
            position += UInt32.random(in: 1...400, using: &generator)
        }
        return list
    }
    // Units of every length from the last position on (so that some have no room left after it).
    let lengths = documents.indices.map { UInt32(positions[$0].last! + 1 + UInt32($0 % 5 == 0 ? 0 : $0 % 300)) }
    var unitLengths = [UInt32](repeating: 0, count: Int(next) + 1)
    for (index, document) in documents.enumerated() { unitLengths[Int(document)] = lengths[index] }
    var writer = PostingsWriter(lengths: unitLengths, headingLengths: [UInt32](repeating: 20, count: Int(next) + 1))
    writer.postings.append(contentsOf: [9, 9, 9])  // the term need not start at offset 0
    writer.positions.append(contentsOf: [7])
    let deltas = positions.flatMap { list in list.enumerated().map { $0 == 0 ? $1 : $1 - list[$0 - 1] } }
    let info = writer.write(documents: documents, frequencies: positions.map { UInt32($0.count) }, positionDeltas: deltas)
    let postings = try mapped("POST", writer.postings.bytes)
    let positionsFile = try mapped("POSI", writer.positions.bytes)

    let storage = UnitLengthStorage(unitLengths)
    do {
        var cursor = try PostingsCursor(info: info, postings: postings.body, positions: positionsFile.body, lengths: storage.view)
        for (index, document) in documents.enumerated() {
            #expect(cursor.document == document)
            #expect(cursor.frequency == positions[index].count)
            // Every third unit's positions, twice (the second time from the unit's own start).
            if index % 3 == 0 {
                #expect(try cursor.positions() == positions[index])
                #expect(try cursor.positions() == positions[index])
            }
            try cursor.next()
        }
        #expect(cursor.document == PostingsCursor.exhausted)

        var skipping = try PostingsCursor(info: info, postings: postings.body, positions: positionsFile.body, lengths: storage.view)
        for index in stride(from: 0, to: documents.count, by: 97) {
            try skipping.advance(to: documents[index])
            #expect(skipping.document == documents[index])
            #expect(try skipping.positions() == positions[index])
        }
        try skipping.advance(to: documents.last! + 1)
        #expect(skipping.document == PostingsCursor.exhausted)

        // A scan that passes over every unit whose number is a multiple of 3 (as a search passes over
        // units of other kinds) sees every other unit, in order, with its positions.
        func passed(_ document: UInt32) -> Bool { document % 3 == 0 }
        var passing = try PostingsCursor(info: info, postings: postings.body, positions: positionsFile.body, lengths: storage.view)
        var seen: [UInt32] = []
        while passing.document != PostingsCursor.exhausted {
            if passed(passing.document) {
                try passing.next(passing: passed)
                continue
            }
            let index = documents.firstIndex(of: passing.document)!
            #expect(try passing.positions() == positions[index])
            seen.append(passing.document)
            try passing.next()
        }
        #expect(seen == documents.filter { !passed($0) })
    }
}

@Test func positionsTakeTheBitsOfTheirUnitsLength() throws {
    // A unit of 20 positions: 5 bits for each of its positions.
    var bits = BitWriter()
    PositionCodec.append(deltas: [3, 1, 12], length: 20, to: &bits)  // positions 3, 4, 16
    PositionCodec.append(deltas: [0], length: 1, to: &bits)  // a unit of one position: no bits at all
    PositionCodec.append(deltas: [70_000], length: 70_001, to: &bits)
    var writer = ByteWriter()
    bits.finish(into: &writer)
    #expect(writer.count == (3 * 5 + 0 + 17 + 7) / 8)
    // At the end of a file, and with bytes after it (where whole words are read at once).
    for padding in [0, 8] {
        try (writer.bytes + [UInt8](repeating: 0xFF, count: padding)).withUnsafeBytes { raw throws in
            var reader = BitReader(raw, byteOffset: 0)
            var output = [UInt32](repeating: 0, count: 3)
            try output.withUnsafeMutableBufferPointer { output in
                try PositionCodec.read(count: 3, length: 20, from: &reader, into: output)
                #expect(Array(output) == [3, 4, 16])
                try reader.skip(PositionCodec.width(length: 1))
                try PositionCodec.read(count: 1, length: 70_001, from: &reader, into: output)
                #expect(output[0] == 70_000)
            }
            #expect(reader.bit == 3 * 5 + 17)
            // Read as a unit of 5 positions, the same bits are no longer ascending positions below 5: damage.
            var short = BitReader(raw, byteOffset: 0)
            #expect(throws: ByteReader.Malformed.self) {
                try output.withUnsafeMutableBufferPointer { output in
                    try PositionCodec.read(count: 3, length: 5, from: &short, into: output)
                }
            }
            // Past the end of the bytes: damage, not a read beyond them.
            var beyond = BitReader(raw, byteOffset: raw.count - 1)
            #expect(throws: ByteReader.Malformed.self) {
                try output.withUnsafeMutableBufferPointer { output in
                    try PositionCodec.read(count: 2, length: 70_001, from: &beyond, into: output)
                }
            }
        }
    }
}

@Test func blocksArePassedOverByTheirBestImpactWorkedOutOncePerBlock() throws {
    // Three blocks of 128 units, each holding the term once, but unit 200 (block 1) five times and
    // unit 300 (block 2) three times; positions 10, 11, … in each unit.
    let documents = (0..<384).map(UInt32.init)
    let frequencies: [UInt32] = documents.map { $0 == 200 ? 5 : $0 == 300 ? 3 : 1 }
    let lengths = [UInt32](repeating: 100, count: 384)
    var writer = PostingsWriter(lengths: lengths, headingLengths: [UInt32](repeating: 0, count: 384))
    let deltas = frequencies.flatMap { [10] + [UInt32](repeating: 1, count: Int($0) - 1) }
    let info = writer.write(documents: documents, frequencies: frequencies, positionDeltas: deltas)
    let postings = try mapped("POST", writer.postings.bytes)
    let positions = try mapped("POSI", writer.positions.bytes)
    var scored = 0
    func score(_ impact: BlockMaxima) -> Double {
        scored += 1
        return Double(impact.frequency)
    }

    let storage = UnitLengthStorage(lengths)
    var cursor = try PostingsCursor(info: info, postings: postings.body, positions: positions.body, lengths: storage.view)
    let firstAboveOne = try cursor.blockMightExceed(1, score: score)
    let once = scored
    let firstAboveHalf = try cursor.blockMightExceed(0.5, score: score)
    #expect(!firstAboveOne && firstAboveHalf)
    #expect(scored == once)
    try cursor.nextBlock(exceeding: 4, score: score)
    #expect(cursor.document == 128)
    let secondAbove = try cursor.blockMightExceed(4.9, score: score)
    #expect(secondAbove)
    try cursor.advance(to: 200)
    var buffer = [UInt32](repeating: 7, count: 8)
    let written = try cursor.positions(intoStartOf: &buffer)
    #expect(written == 5)
    #expect(buffer == [10, 11, 12, 13, 14, 7, 7, 7])
    try cursor.nextBlock(exceeding: 4, score: score)
    #expect(cursor.document == PostingsCursor.exhausted)

    var lower = try PostingsCursor(info: info, postings: postings.body, positions: positions.body, lengths: storage.view)
    try lower.nextBlock(exceeding: 2, score: score)
    try lower.nextBlock(exceeding: 2, score: score)
    #expect(lower.document == 256)
    try lower.advance(to: 300)
    var empty: [UInt32] = []
    let grown = try lower.positions(intoStartOf: &empty)
    #expect(grown == 3)
    #expect(empty == [10, 11, 12])
}

@Test func theUnitTableStoreSourcesAndManifestReadBackAsWritten() throws {
    let units = SmallIndex.units + [IndexUnit(kind: .citation, source: "d.txt", documentIndex: 3, document: "文件", section: "",
                                              text: "《刑法》第三百三十六条", year: nil)]
    var table = UnitTableWriter()
    var store = TextStoreWriter()
    for (index, unit) in units.enumerated() {
        table.add(unit, length: index * 11, textLength: index * 7, headingLength: index * 3)
        store.add(section: unit.section, text: unit.text)
    }
    for number in 0..<3000 { store.add(section: "第\(number)条", text: String(repeating: "依法治理出生人口性别比。", count: number % 7)) }
    let readTable = try UnitTable(file: try mapped("UNIT", table.body()))
    let readStore = try openedStore(store.body(), dictionary: store.dictionary)
    #expect(readTable.count == units.count)
    #expect(readStore.count == units.count + 3000)
    #expect(readStore.blockCount > 1)
    for (index, unit) in units.enumerated() {
        let record = readTable.record(index)
        #expect(record.kind == unit.kind)
        #expect(record.year == unit.year)
        #expect(record.length == index * 11)
        #expect(readTable.headingLength(index) == index * 3)
        #expect(readTable.string(record.source) == unit.source)
        #expect(record.documentIndex == unit.documentIndex)
        #expect(readTable.string(record.document) == unit.document)
        #expect(readTable.textLength(index) == index * 7)
        #expect(try readStore.entry(index).text == unit.text)
        #expect(try readStore.entry(index).section == unit.section)
    }
    #expect(try readStore.entry(units.count + 2999).section == "第2999条")

    let sources = [SourceRecord(path: "报告.txt", hash: ContentHash(size: 12, fnv1a: 0xABCDEF, crc32: 77), firstUnit: 0, unitCount: 2)]
    #expect(try SourceTable.read(try mapped("SRCS", SourceTable.body(sources)), unitCount: 2) == sources)
    let segments = [Manifest.Segment(id: 3, unitCount: 4, deletedCount: 1,
                                     files: [Manifest.Entry(role: "TERM", name: "s3.term", size: 100, crc32: 5),
                                             Manifest.Entry(role: "DELE", name: "s3.7.dele", size: 30, crc32: 6)]),
                    Manifest.Segment(id: 9, unitCount: 2, deletedCount: 0, files: [Manifest.Entry(role: "TERM", name: "s9.term", size: 80, crc32: 8)])]
    let manifest = Manifest(generation: 7, analyzer: "bigrams/1", unitCount: 5, segments: segments,
                            files: [Manifest.Entry(role: "DUPS", name: "g7.dups", size: 40, crc32: 9)])
    #expect(try Manifest(file: try mapped("MANI", manifest.body())) == manifest)

    var deletions = DeletionBitmap(unitCount: 70, sourceCount: 3)
    deletions.delete(source: 1, units: 60..<70)
    let readDeletions = try DeletionBitmap(file: try mapped("DELE", deletions.body()), unitCount: 70, sourceCount: 3)
    #expect(readDeletions == deletions)
    #expect(readDeletions.deletedUnits == 10 && readDeletions.isDeleted(unit: 64) && !readDeletions.isDeleted(unit: 59))
    #expect(readDeletions.isDeleted(source: 1) && !readDeletions.isDeleted(source: 2))
    let groups = [(unit: 5, group: 1), (unit: 2, group: 0), (unit: 9, group: 1), (unit: 3, group: 0)]
    #expect(try DuplicateTable.read(try mapped("DUPS", DuplicateTable.body(groups)), unitCount: 12) == [0, 0, 1, 1, 0, 2, 0, 0, 0, 2, 0, 0])
}

@Test func aCursorMovedToAnotherTermReadsItAsAFreshCursorDoes() throws {
    // Two terms: one of three blocks (units 0…383, unit 200 five times) and one of three units.
    let lengths = [UInt32](repeating: 100, count: 384)
    var writer = PostingsWriter(lengths: lengths, headingLengths: [UInt32](repeating: 0, count: 384))
    let documents = (0..<384).map(UInt32.init)
    let frequencies: [UInt32] = documents.map { $0 == 200 ? 5 : 1 }
    let long = writer.write(documents: documents, frequencies: frequencies,
                            positionDeltas: frequencies.flatMap { [10] + [UInt32](repeating: 1, count: Int($0) - 1) })
    let short = writer.write(documents: [7, 50, 300], frequencies: [2, 1, 1], positionDeltas: [3, 4, 60, 99])
    let postings = try mapped("POST", writer.postings.bytes)
    let positions = try mapped("POSI", writer.positions.bytes)
    let storage = UnitLengthStorage(lengths)
    func fresh(_ info: TermInfo) throws -> PostingsCursor {
        try PostingsCursor(info: info, postings: postings.body, positions: positions.body, lengths: storage.view)
    }
    func reopen(_ cursor: inout PostingsCursor, _ info: TermInfo) throws {
        try cursor.reopen(info: info, postings: postings.body, positions: positions.body, lengths: storage.view)
    }
    func read(_ cursor: inout PostingsCursor) throws -> [String] {
        var lines: [String] = []
        while cursor.document != PostingsCursor.exhausted {
            lines.append("\(cursor.document) \(try cursor.positions())")
            try cursor.next()
        }
        return lines
    }
    var longCursor = try fresh(long), shortCursor = try fresh(short)
    let longLines = try read(&longCursor), shortLines = try read(&shortCursor)
    #expect(shortLines == ["7 [3, 7]", "50 [60]", "300 [99]"])
    #expect(longLines.count == 384 && longLines[200] == "200 [10, 11, 12, 13, 14]")
    // Left part-way through the long term, its second block's bound worked out under a scorer that
    // answers 0, then moved to the short term and back.
    var cursor = try fresh(long)
    try cursor.advance(to: 250)
    let underZero = try cursor.blockMightExceed(0, score: { _ in 0 })
    #expect(!underZero)
    try reopen(&cursor, short)
    #expect(try read(&cursor) == shortLines)
    try reopen(&cursor, long)
    // The bounds are worked out afresh: under the frequency, the second block (unit 200's five) exceeds 4.
    try cursor.nextBlock(exceeding: 4, score: { Double($0.frequency) })
    #expect(cursor.document == 128)
    try reopen(&cursor, long)
    #expect(try read(&cursor) == longLines)
}

@Test func packedTermsAreFoundInByteOrderWhereTheirFirstEightBytesAreEqual() {
    // Strings whose first eight bytes (zero-padded) are the same: "a" and "a\0…", three sharing "abcdefgh", 人民法 and 人民法院.
    let strings: [[UInt8]] = ([[0x61], [0x61, 0], [0x61, 0, 0, 0x62], Array("abcdefgh".utf8), Array("abcdefghi".utf8),
                               Array("abcdefghij".utf8), Array("abcdefgz".utf8), Array("人民法".utf8), Array("人民法院".utf8)])
        .sorted { $0.lexicographicallyPrecedes($1) }
    var ends: [Int] = []
    for string in strings { ends.append((ends.last ?? 0) + string.count) }
    let packed = PackedTerms(bytes: strings.flatMap { $0 }, ends: ends)
    for (index, string) in strings.enumerated() {
        #expect(packed.lowerBound(string) == index)
        #expect(packed.holds(string, at: index))
    }
    // Absent strings fall where byte order puts them.
    for absent in [[], [0x61, 0, 0], Array("abcdefgha".utf8), Array("abcdefghz".utf8), Array("人民法官".utf8), Array("龥".utf8)] as [[UInt8]] {
        let expected = strings.firstIndex { !$0.lexicographicallyPrecedes(absent) } ?? strings.count
        #expect(packed.lowerBound(absent) == expected, "\(absent)")
        #expect(!packed.holds(absent, at: expected))
    }
}

@Test(arguments: [77, 128])
func exceptionsSpreadOverAThirdOfARunAreMarkedByABitmap(count: Int) throws {
    // Gaps between the units of a common bigram: most within 3 bits, a third of them a few bits more —
    // at 7 bits an index a list of 43 costs more than a bit per value.
    let values = (0..<count).map { (index: Int) -> UInt32 in
        UInt32(index % 3 == 0 ? 8 + (index * 5) % 50 : (index * 7) % 8)
    }
    let exceptions = values.filter { (value: UInt32) in value >= 8 }.count
    var writer = ByteWriter()
    BlockCodec.pack(values, into: &writer)
    let packed = (count * 3 + 7) / 8, marks = (count + 7) / 8
    #expect(writer.bytes[0] == 3 | 0xC0)
    #expect(writer.count == 1 + packed + 1 + marks + (exceptions * 3 + 7) / 8)
    #expect(writer.count < 1 + packed + 2 + (exceptions * (7 + 3) + 7) / 8)
    for padding in [0, 8] { #expect(try readBack(writer, count: count, padding: padding) == values) }
    func damaged(_ patch: (inout [UInt8]) -> Void) -> Bool {
        var bytes = writer.bytes
        patch(&bytes)
        return unpackingFails(bytes, count: count)
    }
    let bitmap = 1 + packed + 1
    #expect(!damaged { _ in })
    // No exception marked.
    #expect(damaged { bytes in for index in bitmap..<(bitmap + marks) { bytes[index] = 0 } })
    // Every high part 0.
    #expect(damaged { bytes in for index in (bitmap + marks)..<bytes.count { bytes[index] = 0 } })
    // A bitmap flag without exceptions.
    #expect(damaged { bytes in bytes[0] = 3 | 0x40 })
    // A value past the run's end marked (77 values leave three bits of the last byte).
    if count == 77 { #expect(damaged { bytes in bytes[bitmap + marks - 1] |= 0x80 }) }
}

@Test func aRunWithoutABitmapAllowedListsItsExceptionsWhereABitmapWouldBeShorter() throws {
    // The gaps of the bitmap test above, as a common term's run: at the narrow width with its exceptions listed, or wider.
    let values = (0..<BlockCodec.blockSize).map { (index: Int) -> UInt32 in
        UInt32(index % 3 == 0 ? 8 + (index * 5) % 50 : (index * 7) % 8)
    }
    var marked = ByteWriter(), listed = ByteWriter()
    BlockCodec.pack(values, into: &marked)
    BlockCodec.pack(values, bitmap: false, into: &listed)
    #expect(marked.bytes[0] & 0x40 != 0)
    #expect(listed.bytes[0] & 0x40 == 0)
    #expect(listed.count > marked.count)
    for padding in [0, 8] { #expect(try readBack(listed, count: values.count, padding: padding) == values) }
}

@Test func exceptionsOneBitWiderWidenTheRunInstead() throws {
    // A third of the gaps at 4 bits, the rest at 3: a bitmap of 128 bits costs what the fourth bit of every value does.
    let values = (0..<BlockCodec.blockSize).map { (index: Int) -> UInt32 in
        UInt32(index % 3 == 0 ? 8 + index % 8 : (index * 7) % 8)
    }
    var writer = ByteWriter()
    BlockCodec.pack(values, into: &writer)
    #expect(writer.bytes[0] == 4)
    #expect(writer.count == 1 + 64)
    for padding in [0, 8] { #expect(try readBack(writer, count: values.count, padding: padding) == values) }
}
