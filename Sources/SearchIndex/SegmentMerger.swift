/// Merges segments into one: their live units renumbered in order, deleted units and sources dropped
/// (the space they took is reclaimed), and every term's postings concatenated from the segments' in
/// the dictionaries' common order, one term at a time.
struct SegmentMerger {
    /// The segments, in order, each with the deletions of the generation being committed.
    let inputs: [(segment: Segment, deletions: DeletionBitmap?)]

    /// Writes the merged segment as `s<id>.*` into `directory`.
    func write(id: Int, to directory: IndexDirectory) throws(IndexError) -> Manifest.Segment {
        var units = UnitTableWriter()
        var store = TextStoreWriter()
        var sources: [SourceRecord] = []
        // Per input, each unit's number in the merged segment (-1 when deleted).
        var renumbered: [[Int32]] = []
        for (segment, deletions) in inputs {
            var numbers = [Int32](repeating: -1, count: segment.units.count)
            for block in 0..<segment.store.blockCount {
                let first = segment.store.firstUnit(of: block)
                for (offset, stored) in try segment.store.entries(block: block).enumerated() {
                    let local = first + offset
                    guard !(deletions?.isDeleted(unit: local) ?? false) else { continue }
                    let record = segment.units.record(local)
                    let unit = IndexUnit(kind: record.kind, source: segment.units.string(record.source), documentIndex: record.documentIndex,
                                         document: segment.units.string(record.document), section: stored.section, text: stored.text,
                                         year: record.year)
                    numbers[local] = Int32(units.count)
                    units.add(unit, length: record.length, textLength: segment.units.textLength(local),
                              headingLength: segment.units.headingLength(local))
                    store.add(section: stored.section, text: stored.text)
                }
            }
            for (index, source) in segment.sources.enumerated() where !(deletions?.isDeleted(source: index) ?? false) {
                let first = source.unitCount == 0 ? units.count : Int(numbers[source.firstUnit])
                sources.append(SourceRecord(path: source.path, hash: source.hash, firstUnit: first, unitCount: source.unitCount))
            }
            renumbered.append(numbers)
        }
        var dictionary = TermDictionaryWriter()
        var postings = PostingsWriter(lengths: units.lengths, headingLengths: units.headingLengths)
        var iterators = inputs.map { TermIterator($0.segment.dictionary) }
        var heads: [([UInt8], TermInfo)?] = []
        for index in iterators.indices { heads.append(try iterators[index].next()) }
        var documents: [UInt32] = []
        var frequencies: [UInt32] = []
        var deltas: [UInt32] = []
        var positions: [UInt32] = []
        while let term = heads.compactMap({ $0?.0 }).min(by: { $0.lexicographicallyPrecedes($1) }) {
            documents.removeAll(keepingCapacity: true)
            frequencies.removeAll(keepingCapacity: true)
            deltas.removeAll(keepingCapacity: true)
            for index in inputs.indices {
                guard let (candidate, info) = heads[index], candidate == term else { continue }
                let segment = inputs[index].segment
                var cursor = try segment.cursor(info)
                do {
                    while cursor.document != PostingsCursor.exhausted {
                        let number = renumbered[index][Int(cursor.document)]
                        if number >= 0 {
                            try cursor.positions(into: &positions)
                            documents.append(UInt32(number))
                            frequencies.append(UInt32(positions.count))
                            var previous: UInt32 = 0
                            for position in positions {
                                deltas.append(position - previous)
                                previous = position
                            }
                        }
                        try cursor.next()
                    }
                } catch {
                    throw segment.malformedPostings(info)
                }
                heads[index] = try iterators[index].next()
            }
            if !documents.isEmpty {
                dictionary.add(term, postings.write(documents: documents, frequencies: frequencies, positionDeltas: deltas))
            }
        }
        var merged = try SegmentBuilder.write(id: id, unitCount: units.count, to: directory, bodies: [
            ("TERM", [dictionary.body()]),
            ("POST", [postings.postings.bytes]),
            ("POSI", [postings.positions.bytes]),
            ("UNIT", [units.body()]),
            ("STOR", [store.body()]),
            ("SRCS", [SourceTable.body(sources)]),
        ])
        if let entry = try dictionaryFile(store.dictionary, id: id, in: directory) { merged.files.append(entry) }
        return merged
    }

    /// The file of the store dictionary the merged segment's store was compressed with (nil when none):
    /// an input's when it is the same bytes — merging a build's segments trains on the entries the build's
    /// first segment trained on — else `s<id>.sdic`, written.
    private func dictionaryFile(_ bytes: [UInt8], id: Int, in directory: IndexDirectory) throws(IndexError) -> Manifest.Entry? {
        guard !bytes.isEmpty else { return nil }
        for (segment, _) in inputs {
            if let dictionary = segment.store.dictionary, dictionary.bytes.elementsEqual(bytes),
               let entry = segment.meta.entry(StoreDictionary.role) { return entry }
        }
        return try directory.write(role: StoreDictionary.role, name: IndexDirectory.fileName(segment: id, role: StoreDictionary.role), body: bytes)
    }
}
