import Ingestion

/// The segment being built in memory — postings, unit records, texts and source records of the units
/// added since the last flush — and its writing out as one immutable segment.
struct SegmentBuilder {
    private(set) var postings = PostingsAccumulator()
    private(set) var units = UnitTableWriter()
    private(set) var store: TextStoreWriter
    private(set) var sources: [SourceRecord] = []

    /// An empty segment; its store compresses with `storeDictionary` when given, else it trains its own,
    /// `concurrently` on a thread of its own as soon as it has the sample (see `TextStoreWriter`).
    init(concurrently: Bool = false, storeDictionary: BackgroundTask<[UInt8]>? = nil) {
        store = TextStoreWriter(deferringCompression: true, trainingAhead: concurrently, inherited: storeDictionary)
    }

    /// The dictionary its store will compress with, for the segments after it (see `TextStoreWriter.dictionaryForLater`).
    mutating func storeDictionaryForLater(concurrently: Bool) -> BackgroundTask<[UInt8]> {
        store.dictionaryForLater(concurrently: concurrently)
    }

    /// Units added.
    var count: Int { units.count }

    var isEmpty: Bool { units.count == 0 && sources.isEmpty }

    /// Roughly the memory it holds, which `IndexWriter` keeps under its budget.
    var estimatedBytes: Int { postings.estimatedBytes + units.estimatedBytes + store.estimatedBytes }

    /// Adds units analysed together, with their postings (the units numbered from 0).
    mutating func add(_ batch: [AnalysedUnit], postings run: PostingsRun) {
        postings.append(run, firstDocument: Int32(units.count))
        for analysed in batch {
            units.add(analysed.unit, length: analysed.length, textLength: analysed.textLength, headingLength: analysed.headingLength)
            store.add(section: analysed.unit.section, text: analysed.unit.text)
        }
    }

    /// Records a source whose units were just added.
    mutating func addSource(path: String, hash: ContentHash, unitCount: Int) {
        sources.append(SourceRecord(path: path, hash: hash, firstUnit: units.count - unitCount, unitCount: unitCount))
    }

    /// Writes the segment as `s<id>.*` into `directory` (not fsynced: the commit does, see
    /// `IndexWriter.commit(to:)`) and returns its manifest entry and its number of terms; the builder
    /// is empty afterwards.
    /// The postings are written on `threads` threads (the same bytes whatever their number).
    mutating func write(id: Int, threads: Int, to directory: IndexDirectory) throws(IndexError) -> (segment: Manifest.Segment, terms: Int) {
        // The store's blocks, and the unit table compressed on one thread: with more threads, each runs
        // beside the other work.
        var store = self.store
        self.store = TextStoreWriter(deferringCompression: true)
        let storeBody = BackgroundTask(concurrently: threads > 1) { store.body(threads: threads) }
        let units = self.units
        let unitsBody = BackgroundTask(concurrently: threads > 1) { units.body() }
        let terms = postings.terms
        let order = SegmentBuilder.ascendingOrder(of: terms)
        let written = PostingsWriter.write(order, of: postings, lengths: units.lengths, headingLengths: units.headingLengths, threads: threads)
        postings = PostingsAccumulator()
        var dictionary = TermDictionaryWriter()
        for (id, info) in zip(order, written.infos) { dictionary.add(terms[id].bytes, info) }
        let segment = try SegmentBuilder.write(id: id, unitCount: units.count, to: directory, syncing: false, bodies: [
            ("TERM", [dictionary.body(threads: threads)]),
            ("POST", written.postings),
            ("POSI", written.positions),
            ("UNIT", [unitsBody.value()]),
            ("STOR", [storeBody.value()]),
            ("SRCS", [SourceTable.body(sources)]),
        ])
        self = SegmentBuilder()
        return (segment, dictionary.termCount)
    }

    /// The indices of `terms` (distinct) in ascending order of term. The short terms' keys are sorted
    /// as integers beside their indices, not through the terms (the segment's term table, out of the
    /// caches, read at random by every comparison), and the long ones merged in.
    static func ascendingOrder(of terms: [Term]) -> [Int] {
        var short: [(key: UInt64, index: Int32)] = [], long: [Int] = []
        short.reserveCapacity(terms.count)
        for (index, term) in terms.enumerated() {
            if case .short(let key) = term { short.append((key, Int32(index))) } else { long.append(index) }
        }
        short.sort { $0.key < $1.key }
        long.sort { terms[$0] < terms[$1] }
        var order: [Int] = []
        order.reserveCapacity(terms.count)
        var next = 0
        for index in long {
            while next < short.count, Term.short(short[next].key) < terms[index] {
                order.append(Int(short[next].index))
                next += 1
            }
            order.append(index)
        }
        order.append(contentsOf: short[next...].lazy.map { Int($0.index) })
        return order
    }

    /// Writes the files of segment `id` from their bodies, each the parts given one after the other, `syncing` each.
    static func write(id: Int, unitCount: Int, to directory: IndexDirectory, syncing: Bool = true,
                      bodies: [(role: String, parts: [[UInt8]])]) throws(IndexError) -> Manifest.Segment {
        var files: [Manifest.Entry] = []
        for (role, parts) in bodies {
            files.append(try directory.write(role: role, name: IndexDirectory.fileName(segment: id, role: role), parts: parts, syncing: syncing))
        }
        return Manifest.Segment(id: id, unitCount: unitCount, deletedCount: 0, files: files)
    }
}
