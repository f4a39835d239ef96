/// The segment being built in memory — postings, unit records, texts and source records of the units
/// added since the last flush — and its writing out as one immutable segment.
struct SegmentBuilder {
    private(set) var postings = PostingsAccumulator()
    private(set) var units = UnitTableWriter()
    private(set) var store = TextStoreWriter()
    private(set) var sources: [SourceRecord] = []

    /// Units added.
    var count: Int { units.count }

    var isEmpty: Bool { units.count == 0 && sources.isEmpty }

    /// Roughly the memory it holds, which `IndexWriter` keeps under its budget.
    var estimatedBytes: Int { postings.estimatedBytes + units.estimatedBytes + store.estimatedBytes }

    mutating func add(_ analysed: AnalysedUnit) {
        postings.add(document: Int32(units.count), tokens: analysed.tokens)
        units.add(analysed.unit, length: analysed.length, textLength: analysed.textLength, headingLength: analysed.headingLength)
        store.add(section: analysed.unit.section, text: analysed.unit.text)
    }

    /// Records a source whose units were just added.
    mutating func addSource(path: String, hash: ContentHash, unitCount: Int) {
        sources.append(SourceRecord(path: path, hash: hash, firstUnit: units.count - unitCount, unitCount: unitCount))
    }

    /// Writes the segment as `s<id>.*` into `directory` (each file fsynced) and returns its manifest
    /// entry and its number of terms; the builder is empty afterwards.
    mutating func write(id: Int, to directory: IndexDirectory) throws(IndexError) -> (segment: Manifest.Segment, terms: Int) {
        var dictionary = TermDictionaryWriter()
        var postingsWriter = PostingsWriter(lengths: units.lengths, headingLengths: units.headingLengths)
        let order = postings.terms.indices.sorted { postings.terms[$0] < postings.terms[$1] }
        for id in order {
            let info = postingsWriter.write(stream: postings.streams[id], documentFrequency: Int(postings.documentFrequency[id]),
                                            totalFrequency: postings.totalFrequency[id])
            postings.release(term: Int32(id))
            dictionary.add(postings.terms[id].bytes, info)
        }
        postings = PostingsAccumulator()
        let segment = try SegmentBuilder.write(id: id, unitCount: units.count, to: directory, bodies: [
            ("TERM", dictionary.body()),
            ("POST", postingsWriter.postings.bytes),
            ("POSI", postingsWriter.positions.bytes),
            ("UNIT", units.body()),
            ("STOR", store.body()),
            ("SRCS", SourceTable.body(sources)),
        ])
        self = SegmentBuilder()
        return (segment, dictionary.termCount)
    }

    /// Writes the files of segment `id` from their bodies.
    static func write(id: Int, unitCount: Int, to directory: IndexDirectory,
                      bodies: [(role: String, body: [UInt8])]) throws(IndexError) -> Manifest.Segment {
        var files: [Manifest.Entry] = []
        for (role, body) in bodies {
            files.append(try directory.write(role: role, name: IndexDirectory.fileName(segment: id, role: role), body: body))
        }
        return Manifest.Segment(id: id, unitCount: unitCount, deletedCount: 0, files: files)
    }
}
