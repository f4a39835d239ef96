import TextNormalization

/// Finds the units where a phrase's terms stand at their relative positions, and scores them.
///
/// A phrase of n ≥ 2 characters is the n − 1 bigrams of the query at consecutive positions; a lone
/// character stands for every term that begins with it.
struct PhraseMatcher {
    /// One term of the phrase (or, for a lone character, every term beginning with it) and its offset,
    /// with its postings in each segment (none where the segment lacks it).
    struct Part {
        var offset: UInt32
        var label: String
        var infos: [[TermInfo]]
        var isPrefix: Bool
    }

    let text: String
    let parts: [Part]
    /// The phrase as a word of the segmenter, per segment, when the index holds it as one: units where
    /// it stands as a whole word (not inside a longer word) score higher.
    let word: [TermInfo?]
    /// The number of positions the phrase covers, for highlighting.
    let extent: Int

    /// The phrase `text` (folded); nil when it holds nothing indexable (only punctuation).
    init?(_ text: String, reader: IndexReader, analyzer: Analyzer) throws(IndexError) {
        let (tokens, positions) = analyzer.tokens(of: FoldedText(text))
        var parts: [Part] = []
        for token in tokens {
            switch token.kind {
            case .bigram:
                var infos: [[TermInfo]] = []
                for segment in reader.segments { infos.append(try segment.dictionary.lookup(token.term.bytes).map { [$0] } ?? []) }
                parts.append(Part(offset: UInt32(token.position), label: token.term.text, infos: infos, isPrefix: false))
            case .runEnd(let runLength) where runLength == 1:
                var infos: [[TermInfo]] = []
                for segment in reader.segments { infos.append(try segment.dictionary.terms(withPrefix: token.term.bytes).map(\.1)) }
                parts.append(Part(offset: UInt32(token.position), label: token.term.text + "…", infos: infos, isPrefix: true))
            case .runEnd, .word:
                continue
            }
        }
        guard !parts.isEmpty else { return nil }
        let characters = text.unicodeScalars.filter { Analyzer.isGramCharacter($0) }.count
        var word: [TermInfo?] = []
        if characters >= 3 && characters == positions {
            for segment in reader.segments { word.append(try segment.dictionary.lookup(Array(text.utf8))) }
        }
        self.word = word.contains { $0 != nil } ? word : []
        self.text = text
        self.parts = parts
        self.extent = positions
    }

    /// How a phrase is matched and scored.
    struct MatchOptions {
        /// Whether each score comes with its explanation.
        var explain = false
        /// Whether each match comes with where its occurrences stand (for NEAR).
        var occurrences = false
        var weights = FieldWeights.standard
        /// Only units in this range are visited (all when nil).
        var units: Range<UInt32>?
        /// Asked every 1,024 units; when it answers true the scan stops where it is (a deadline).
        var shouldStop: () -> Bool = { false }
    }

    /// The units holding the phrase; with `occurrences`, where each occurrence stands. Nil when
    /// `shouldStop` stopped the scan.
    func matches(in reader: IndexReader, options: MatchOptions) throws(IndexError) -> Matches? {
        var result = Matches()
        let complete = try forEachMatch(in: reader, options: options) { unit, score, explanation, occurrences in
            result.append(unit: unit, score: score, explanation: explanation, occurrences: occurrences)
        }
        return complete ? result : nil
    }

    /// Calls `body` with every unit holding the phrase, in order, its score, and (when asked for) the
    /// score's explanation and the occurrences. With a `threshold`, units that cannot score above it
    /// are left out, whole blocks of the rarest part at a time (block-max): the caller keeps the best
    /// units only. Returns false when `options.shouldStop` ended the scan early.
    @discardableResult
    func forEachMatch(in reader: IndexReader, options: MatchOptions, threshold: () -> Double = { -.infinity },
                      _ body: (UInt32, Double, [String], [UInt64]) -> Void) throws(IndexError) -> Bool {
        guard parts.allSatisfy({ $0.infos.contains { !$0.isEmpty } }) else { return true }
        let wantOccurrences = options.occurrences
        // Cursors in every segment that holds every part; document frequencies over all segments.
        var segmentCursors: [(segment: Segment, cursors: [PartCursor])] = []
        var documentFrequencies = [Int](repeating: 0, count: parts.count)
        for (index, segment) in reader.segments.enumerated() {
            var cursors: [PartCursor] = []
            for (number, part) in parts.enumerated() where !part.infos[index].isEmpty {
                let cursor = try PartCursor(part.infos[index], isPrefix: part.isPrefix, segment: segment)
                documentFrequencies[number] += cursor.documentFrequency
                cursors.append(cursor)
            }
            if cursors.count == parts.count { segmentCursors.append((segment, cursors)) }
        }
        let idfs = documentFrequencies.map { Scoring.idf(documentFrequency: $0, unitCount: reader.unitSlots) }
        let idf = idfs.reduce(0, +)
        let weights = options.weights
        let headingExtra = max(0, weights.heading - 1)
        let averageLength = reader.averageLength
        // The documents whose title holds the phrase (usually none, or a few).
        let titled = weights.title > 0 ? reader.titles.documents(holding: text, analyzer: Analyzer(segmenter: nil)) : []
        let titleBound = titled.isEmpty ? 0 : weights.title
        let wordIDF = word.isEmpty ? 0
            : Scoring.idf(documentFrequency: word.reduce(0) { $0 + ($1?.documentFrequency ?? 0) }, unitCount: reader.unitSlots)
        var lists = [[UInt32]](repeating: [], count: parts.count)
        var starts: [UInt32] = []
        // The most any unit can gain from the word term.
        let wordBound = word.isEmpty ? 0 : wordIDF * (Scoring.k1 + 1)
        // The threshold moves only when `body` has taken a unit: read it again only then.
        var minimum = threshold()
        // A phrase occurs in a unit (and in its heading) no more often than its rarest part does, so
        // the block maxima of that part bound the phrase's score in the block.
        func worthy(_ maxima: BlockMaxima) -> Bool {
            let frequency = Scoring.normalised(maxima.frequency, length: maxima.length, averageLength: averageLength)
                + headingExtra * Scoring.normalised(maxima.headingFrequency, length: maxima.headingLength, averageLength: averageLength)
                + titleBound
            return Scoring.saturated(idf: idf, frequency) + wordBound > minimum
        }
        var visited = 0
        for (segment, segmentParts) in segmentCursors {
            var cursors = segmentParts
            let base = UInt32(segment.base)
            let end = base + UInt32(segment.units.count)
            if let range = options.units, range.upperBound <= base || range.lowerBound >= end { continue }
            let segmentIndex = reader.segments.firstIndex { $0 === segment }!
            var wordCursor = try word.isEmpty ? nil : word[segmentIndex].map { info throws(IndexError) in try segment.cursor(info) }
            // Drive the intersection from the part rarest in the segment.
            let lead = cursors.indices.min { cursors[$0].documentFrequency < cursors[$1].documentFrequency }!
            do {
                if let range = options.units, range.lowerBound > base { try cursors[lead].advance(to: range.lowerBound - base) }
                while cursors[lead].document != PostingsCursor.exhausted {
                    if let range = options.units, cursors[lead].document + base >= range.upperBound { break }
                    if visited & 1023 == 0, options.shouldStop() { return false }
                    visited += 1
                    if let maxima = cursors[lead].blockMaxima, !worthy(maxima) {
                        try cursors[lead].nextBlock(where: worthy)
                        continue
                    }
                    var local = cursors[lead].document
                    var aligned = true
                    for index in cursors.indices where index != lead {
                        try cursors[index].advance(to: local)
                        if cursors[index].document != local {
                            aligned = false
                            local = cursors[index].document
                            break
                        }
                    }
                    if !aligned {
                        if local == PostingsCursor.exhausted { break }
                        try cursors[lead].advance(to: local)
                        continue
                    }
                    let target = base + local
                    if reader.isDeleted(Int(target)) {
                        try cursors[lead].next()
                        continue
                    }
                    let length = Int(reader.lengths[Int(target)])
                    let headingLength = reader.headingLengths[Int(target)]
                    let titleMatch = !titled.isEmpty && titled.contains(reader.documentOf[Int(target)])
                    if !wantOccurrences {
                        // Positions are decoded only for units whose score could still enter the top.
                        let most = cursors.map(\.frequency).min()!
                        let heading = headingLength > 0 ? most : 0
                        let bound = Scoring.saturated(idf: idf, Scoring.weighted(frequency: most, headingFrequency: heading, length: length,
                                                                                titleMatch: titleMatch, averageLength: averageLength,
                                                                                weights: weights)) + wordBound
                        if bound <= minimum {
                            try cursors[lead].next()
                            continue
                        }
                    }
                    var frequency = cursors[lead].frequency
                    var headingFrequency = 0
                    if parts.count > 1 || wantOccurrences || (headingLength > 0 && headingExtra > 0) {
                        try phraseStarts(&cursors, lists: &lists, starts: &starts)
                        frequency = starts.count
                        headingFrequency = starts.prefix { $0 < headingLength }.count
                    }
                    if frequency > 0 {
                        let weighted = Scoring.weighted(frequency: frequency, headingFrequency: headingFrequency, length: length,
                                                        titleMatch: titleMatch, averageLength: averageLength, weights: weights)
                        var score = Scoring.saturated(idf: idf, weighted)
                        var wordFrequency = 0
                        if wordCursor != nil {
                            try wordCursor!.advance(to: local)
                            if wordCursor!.document == local {
                                wordFrequency = wordCursor!.frequency
                                score += Scoring.bm25(idf: wordIDF, frequency: wordFrequency, length: length, averageLength: averageLength)
                            }
                        }
                        var explanation: [String] = []
                        if options.explain {
                            let terms = zip(parts, zip(documentFrequencies, idfs)).map { part, stats in
                                "\(part.label) df \(stats.0) idf \(Scoring.format(stats.1))"
                            }.joined(separator: ", ")
                            let asWord = wordFrequency > 0 ? ", as a word ×\(wordFrequency) idf \(Scoring.format(wordIDF))" : ""
                            let fields = "×\(frequency), in the heading ×\(headingFrequency)" + (titleMatch ? ", in the title" : "")
                            explanation = ["\"\(text)\" \(fields) [\(terms)\(asWord)] length \(length) (mean \(Scoring.format(averageLength))) "
                                + "weighted \(Scoring.format(weighted)) → \(Scoring.format(score))"]
                        }
                        if score > minimum {
                            body(target, score, explanation, wantOccurrences ? starts.map { UInt64($0) << 32 | UInt64($0 + UInt32(extent)) } : [])
                            minimum = threshold()
                        }
                    }
                    try cursors[lead].next()
                }
            } catch {
                throw segment.malformedPostings(parts[0].infos[segmentIndex][0])
            }
        }
        return true
    }

    /// The positions where every part stands at its offset, in the unit all cursors are on.
    private func phraseStarts(_ cursors: inout [PartCursor], lists: inout [[UInt32]], starts: inout [UInt32]) throws(ByteReader.Malformed) {
        for index in cursors.indices { try cursors[index].positions(into: &lists[index]) }
        starts.removeAll(keepingCapacity: true)
        let first = lists[0]
        var pointers = [Int](repeating: 0, count: lists.count)
        outer: for position in first {
            guard position >= parts[0].offset else { continue }
            let start = position - parts[0].offset
            for index in 1..<lists.count {
                let wanted = start + parts[index].offset
                let list = lists[index]
                while pointers[index] < list.count && list[pointers[index]] < wanted { pointers[index] += 1 }
                if pointers[index] >= list.count { break outer }
                if list[pointers[index]] != wanted { continue outer }
            }
            starts.append(start)
        }
    }
}

/// A cursor over one part of a phrase in one segment: a term's postings, or the union of the postings of every term
/// beginning with a character, gathered in memory.
private struct PartCursor {
    /// The term's postings; for a union, the postings of its first term, unused.
    private var cursor: PostingsCursor
    private let isUnion: Bool
    private var units: [UInt32] = []
    private var unionPositions: [[UInt32]] = []
    private var index = 0

    init(_ infos: [TermInfo], isPrefix: Bool, segment: Segment) throws(IndexError) {
        cursor = try segment.cursor(infos[0])
        isUnion = isPrefix
        guard isUnion else { return }
        var gathered: [UInt32: [UInt32]] = [:]
        for info in infos {
            var termCursor = try segment.cursor(info)
            do {
                while termCursor.document != PostingsCursor.exhausted {
                    gathered[termCursor.document, default: []].append(contentsOf: try termCursor.positions())
                    try termCursor.next()
                }
            } catch {
                throw segment.malformedPostings(info)
            }
        }
        units = gathered.keys.sorted()
        // A word term shares its first character's position with a bigram: count each position once.
        unionPositions = units.map { Array(Set(gathered[$0]!)).sorted() }
    }

    var documentFrequency: Int { isUnion ? units.count : cursor.info.documentFrequency }

    var document: UInt32 {
        guard isUnion else { return cursor.document }
        return index < units.count ? units[index] : PostingsCursor.exhausted
    }

    var frequency: Int { isUnion ? unionPositions[index].count : cursor.frequency }

    var blockMaxima: BlockMaxima? { isUnion ? nil : cursor.blockMaxima }

    mutating func nextBlock(where worthy: (BlockMaxima) -> Bool) throws(ByteReader.Malformed) {
        if !isUnion { try cursor.nextBlock(where: worthy) }
    }

    mutating func next() throws(ByteReader.Malformed) {
        if isUnion { index += 1 } else { try cursor.next() }
    }

    mutating func advance(to target: UInt32) throws(ByteReader.Malformed) {
        if !isUnion {
            try cursor.advance(to: target)
        } else {
            while index < units.count && units[index] < target { index += 1 }
        }
    }

    mutating func positions(into list: inout [UInt32]) throws(ByteReader.Malformed) {
        if !isUnion {
            try cursor.positions(into: &list)
        } else {
            list.removeAll(keepingCapacity: true)
            list.append(contentsOf: unionPositions[index])
        }
    }
}
