import TextNormalization

/// Finds the units where a phrase's terms stand at their relative positions, and scores them.
///
/// A phrase of n ≥ 2 characters is the n − 1 bigrams of the query at consecutive positions; a lone
/// character stands for every term that begins with it.
struct PhraseMatcher {
    /// One term of the phrase (or, for a lone character, every term beginning with it) and its offset.
    struct Part {
        var offset: UInt32
        var label: String
        var infos: [TermInfo]
        var isPrefix: Bool
    }

    let text: String
    let parts: [Part]
    /// The phrase as a word of the segmenter, when the index holds it as one: units where it stands as a
    /// whole word (not inside a longer word) score higher.
    let word: TermInfo?
    /// The number of positions the phrase covers, for highlighting.
    let extent: Int

    /// The phrase `text` (folded); nil when it holds nothing indexable (only punctuation).
    init?(_ text: String, reader: IndexReader, analyzer: Analyzer) throws(IndexError) {
        let (tokens, positions) = analyzer.tokens(of: FoldedText(text))
        var parts: [Part] = []
        for token in tokens {
            switch token.kind {
            case .bigram:
                let info = try reader.dictionary.lookup(token.term.bytes)
                parts.append(Part(offset: UInt32(token.position), label: token.term.text, infos: info.map { [$0] } ?? [], isPrefix: false))
            case .runEnd(let runLength) where runLength == 1:
                let infos = try reader.dictionary.terms(withPrefix: token.term.bytes).map(\.1)
                parts.append(Part(offset: UInt32(token.position), label: token.term.text + "…", infos: infos, isPrefix: true))
            case .runEnd, .word:
                continue
            }
        }
        guard !parts.isEmpty else { return nil }
        let characters = text.unicodeScalars.filter { Analyzer.isGramCharacter($0) }.count
        word = characters >= 3 && characters == positions ? try reader.dictionary.lookup(Array(text.utf8)) : nil
        self.text = text
        self.parts = parts
        self.extent = positions
    }

    /// The units holding the phrase; with `occurrences`, where each occurrence starts.
    func matches(in reader: IndexReader, explain: Bool, occurrences wantOccurrences: Bool) throws(IndexError) -> Matches {
        var result = Matches()
        guard parts.allSatisfy({ !$0.infos.isEmpty }) else { return result }
        var cursors: [PartCursor] = []
        for part in parts { cursors.append(try PartCursor(part, reader: reader)) }
        let documentFrequencies = cursors.map(\.documentFrequency)
        let idfs = documentFrequencies.map { Scoring.idf(documentFrequency: $0, unitCount: reader.unitCount) }
        let idf = idfs.reduce(0, +)
        let needPositions = parts.count > 1 || wantOccurrences
        var wordCursor = try word.map { info throws(IndexError) in try reader.cursor(info) }
        let wordIDF = word.map { Scoring.idf(documentFrequency: $0.documentFrequency, unitCount: reader.unitCount) } ?? 0
        // Drive the intersection from the rarest part.
        let lead = documentFrequencies.indices.min { documentFrequencies[$0] < documentFrequencies[$1] }!
        do {
            while cursors[lead].document != PostingsCursor.exhausted {
                var target = cursors[lead].document
                var aligned = true
                for index in cursors.indices where index != lead {
                    try cursors[index].advance(to: target)
                    if cursors[index].document != target {
                        aligned = false
                        target = cursors[index].document
                        break
                    }
                }
                if !aligned {
                    if target == PostingsCursor.exhausted { break }
                    try cursors[lead].advance(to: target)
                    continue
                }
                var frequency = cursors[lead].frequency
                var starts: [UInt32] = []
                if needPositions {
                    starts = try phraseStarts(&cursors)
                    frequency = starts.count
                }
                if frequency > 0 {
                    let length = reader.units.length(Int(target))
                    var score = Scoring.bm25(idf: idf, frequency: frequency, length: length, averageLength: reader.averageLength)
                    var wordFrequency = 0
                    if wordCursor != nil {
                        try wordCursor!.advance(to: target)
                        if wordCursor!.document == target {
                            wordFrequency = wordCursor!.frequency
                            score += Scoring.bm25(idf: wordIDF, frequency: wordFrequency, length: length, averageLength: reader.averageLength)
                        }
                    }
                    var explanation: [String] = []
                    if explain {
                        let terms = zip(parts, zip(documentFrequencies, idfs)).map { part, stats in
                            "\(part.label) df \(stats.0) idf \(Scoring.format(stats.1))"
                        }.joined(separator: ", ")
                        let asWord = wordFrequency > 0 ? ", as a word ×\(wordFrequency) idf \(Scoring.format(wordIDF))" : ""
                        explanation = ["\"\(text)\" ×\(frequency) [\(terms)\(asWord)] length \(length) (mean \(Scoring.format(reader.averageLength))) → \(Scoring.format(score))"]
                    }
                    result.append(unit: target, score: score, explanation: explanation,
                                  occurrences: wantOccurrences ? starts.map { UInt64($0) << 32 | UInt64($0 + UInt32(extent)) } : [])
                }
                try cursors[lead].next()
            }
        } catch {
            throw reader.malformedPostings(parts[0].infos[0])
        }
        return result
    }

    /// The positions where every part stands at its offset, in the unit all cursors are on.
    private func phraseStarts(_ cursors: inout [PartCursor]) throws(ByteReader.Malformed) -> [UInt32] {
        var lists: [[UInt32]] = []
        for index in cursors.indices { lists.append(try cursors[index].positions()) }
        var starts: [UInt32] = []
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
        return starts
    }
}

/// A cursor over one part of a phrase: a term's postings, or the union of the postings of every term
/// beginning with a character, gathered in memory.
private struct PartCursor {
    private var cursor: PostingsCursor?
    private var units: [UInt32] = []
    private var unionPositions: [[UInt32]] = []
    private var index = 0

    init(_ part: PhraseMatcher.Part, reader: IndexReader) throws(IndexError) {
        if !part.isPrefix {
            cursor = try reader.cursor(part.infos[0])
            return
        }
        var gathered: [UInt32: [UInt32]] = [:]
        for info in part.infos {
            var termCursor = try reader.cursor(info)
            do {
                while termCursor.document != PostingsCursor.exhausted {
                    gathered[termCursor.document, default: []].append(contentsOf: try termCursor.positions())
                    try termCursor.next()
                }
            } catch {
                throw reader.malformedPostings(info)
            }
        }
        units = gathered.keys.sorted()
        // A word term shares its first character's position with a bigram: count each position once.
        unionPositions = units.map { Array(Set(gathered[$0]!)).sorted() }
    }

    var documentFrequency: Int { cursor?.info.documentFrequency ?? units.count }

    var document: UInt32 {
        if let cursor { return cursor.document }
        return index < units.count ? units[index] : PostingsCursor.exhausted
    }

    var frequency: Int { cursor?.frequency ?? unionPositions[index].count }

    mutating func next() throws(ByteReader.Malformed) {
        if cursor != nil { try cursor!.next() } else { index += 1 }
    }

    mutating func advance(to target: UInt32) throws(ByteReader.Malformed) {
        if cursor != nil {
            try cursor!.advance(to: target)
        } else {
            while index < units.count && units[index] < target { index += 1 }
        }
    }

    mutating func positions() throws(ByteReader.Malformed) -> [UInt32] {
        if cursor != nil { return try cursor!.positions() }
        return unionPositions[index]
    }
}
