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
        var isPrefix: Bool
        /// Whether the parts either side imply it (`impliedParts`): no cursor reads it, a run break
        /// (`PhraseMatcher.breaks`) is looked for at its offset instead.
        var isImplied = false
        /// The information of its terms in every segment, one segment after another: segment s's end at
        /// `ends[s]` (two arrays for all the segments, not one per segment).
        private(set) var infos: [TermInfo] = []
        private(set) var ends: [Int] = []

        init(offset: UInt32, label: String, isPrefix: Bool) {
            self.offset = offset
            self.label = label
            self.isPrefix = isPrefix
        }

        /// Its terms' information in segment `segment` (by index in the reader).
        func infos(in segment: Int) -> ArraySlice<TermInfo> {
            infos[(segment == 0 ? 0 : ends[segment - 1])..<ends[segment]]
        }

        /// Adds the next segment's information: its term's, if it holds the term.
        mutating func appendSegment(_ found: TermInfo?) {
            if let found { infos.append(found) }
            ends.append(infos.count)
        }

        /// Adds the next segment's information: its terms' that begin with the part's character.
        mutating func appendSegment(_ found: [([UInt8], TermInfo)]) {
            for (_, info) in found { infos.append(info) }
            ends.append(infos.count)
        }
    }

    let text: String
    /// Every part, in the phrase's order (each one's document frequency goes into the score).
    let parts: [Part]
    /// For each implied part, its first character alone at the same offset: the term that stands
    /// there, instead of the implied bigram, where the text's run ends after that character.
    let breaks: [Part]
    /// The phrase as a word of the segmenter, per segment, when the index holds it as one: units where
    /// it stands as a whole word (not inside a longer word) score higher.
    let word: [TermInfo?]
    /// The number of positions the phrase covers, for highlighting.
    let extent: Int

    /// The phrase `text` (folded); nil when it holds nothing indexable (only punctuation).
    init?(_ text: String, reader: IndexReader, analyzer: Analyzer) throws(IndexError) {
        let (tokens, positions) = analyzer.tokens(of: FoldedText(text))
        var parts: [Part] = []
        // Each part's term (a prefix part's first character), and the terms looked up in every segment
        // at once: the bigram parts', then the phrase as a word when it may be one.
        var partTerms: [[UInt8]] = []
        var lookedUp: [[UInt8]] = []
        for token in tokens {
            switch token.kind {
            case .bigram:
                parts.append(Part(offset: UInt32(token.position), label: token.term.text, isPrefix: false))
                partTerms.append(token.term.bytes)
                lookedUp.append(partTerms.last!)
            case .runEnd(let runLength) where runLength == 1:
                parts.append(Part(offset: UInt32(token.position), label: token.term.text + "…", isPrefix: true))
                partTerms.append(token.term.bytes)
            case .runEnd, .word:
                continue
            }
        }
        guard !parts.isEmpty else { return nil }
        // The bigram parts that stand between two bigram parts, and their first characters alone.
        let interior = parts.indices.filter { number in
            number > 0 && number + 1 < parts.count && parts[(number - 1)...(number + 1)].allSatisfy { !$0.isPrefix }
                && parts[number - 1].offset + 1 == parts[number].offset && parts[number].offset + 1 == parts[number + 1].offset
        }
        var breaks = interior.map { number in
            Part(offset: parts[number].offset, label: String(parts[number].label.prefix(1)), isPrefix: false)
        }
        lookedUp.append(contentsOf: interior.map { Self.firstCharacter(of: partTerms[$0]) })
        let characters = text.unicodeScalars.filter { Analyzer.isGramCharacter($0) }.count
        let mayBeWord = characters >= 3 && characters == positions
        if mayBeWord { lookedUp.append(Array(text.utf8)) }
        var word: [TermInfo?] = []
        var found: [TermInfo?] = []
        for segment in reader.segments {
            try segment.dictionary.lookup(lookedUp, into: &found)
            var next = 0
            for number in parts.indices {
                if parts[number].isPrefix {
                    parts[number].appendSegment(try segment.dictionary.terms(withPrefix: partTerms[number]))
                } else {
                    parts[number].appendSegment(found[next])
                    next += 1
                }
            }
            for number in breaks.indices {
                breaks[number].appendSegment(found[next])
                next += 1
            }
            if mayBeWord { word.append(found[next]) }
        }
        let implied = Self.impliedParts(parts, interior: interior, breaks: breaks)
        for (candidate, number) in interior.enumerated() where implied.contains(candidate) { parts[number].isImplied = true }
        self.breaks = implied.map { breaks[$0] }
        self.word = word.contains { $0 != nil } ? word : []
        self.text = text
        self.parts = parts
        self.extent = positions
    }

    /// The UTF-8 bytes of the first character of `bytes` (a bigram's).
    private static func firstCharacter(of bytes: [UInt8]) -> [UInt8] {
        let lead = bytes[0]
        return Array(bytes.prefix(lead < 0x80 ? 1 : lead < 0xE0 ? 2 : lead < 0xF0 ? 3 : 4))
    }

    /// Which of the `interior` parts (by their index there) are left implied, ascending.
    ///
    /// Every position of a unit holds one gram: the bigram of its character and the next, or the
    /// character alone where its run ends (punctuation takes no position). So where the bigrams at
    /// offsets o − 1 and o + 1 stand, the characters at o and o + 1 are the phrase's, and the bigram
    /// at o stands there too unless the run ends after the character at o — unless that character's
    /// break (`breaks`, the term of it alone) stands at o. A part is left implied when its break's
    /// postings are fewer than its own (the break is checked only in the units that hold it, where the
    /// part would be moved to and located in every unit checked), never the rarest part (which drives
    /// the scan) and never two side by side (each needs both neighbours read): the set that saves the
    /// most postings, chosen along the phrase.
    static func impliedParts(_ parts: [Part], interior: [Int], breaks: [Part]) -> [Int] {
        func postings(_ part: Part) -> Int { part.infos.reduce(0) { $0 + $1.documentFrequency } }
        let rarest = parts.indices.min { postings(parts[$0]) < postings(parts[$1]) }
        let gains = interior.indices.map { candidate in
            interior[candidate] == rarest ? 0 : max(0, postings(parts[interior[candidate]]) - postings(breaks[candidate]))
        }
        // best[c + 1]: the most postings saved by candidates before c + 1, with the choice that saves it.
        var best: [(saved: Int, chosen: [Int])] = [(0, [])]
        for candidate in interior.indices {
            let skip = best[candidate]
            // Taking it rules out the candidate just before it when that one is its neighbour.
            let neighbour = candidate > 0 && interior[candidate - 1] + 1 == interior[candidate]
            let before = best[neighbour ? candidate - 1 : candidate]
            let take = (before.saved + gains[candidate], before.chosen + [candidate])
            best.append(gains[candidate] > 0 && take.0 > skip.saved ? take : skip)
        }
        return best.last!.chosen
    }

    /// How a phrase is matched and scored.
    struct MatchOptions {
        /// Whether each score comes with its explanation.
        var explain = false
        /// Whether each match comes with where its occurrences stand (for NEAR).
        var occurrences = false
        var weights = FieldWeights.standard
        /// Only units in these ranges (ascending, disjoint) are visited (all when nil).
        var units: [Range<UInt32>]?
        /// Only units of the kinds flagged here (by their index in the reader's `units.kinds`) are
        /// matched (all when nil): others are passed over before their positions are read.
        var kinds: [Bool]?
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
    /// units only. Until `countingLimit` units have been handed on (to `body` or `counted`), no unit
    /// is skipped unseen: one that holds the phrase but cannot score above the threshold is handed
    /// to `counted` with its facts instead (checked for the phrase, not scored). Returns false when
    /// `options.shouldStop` ended the scan early.
    @discardableResult
    func forEachMatch(in reader: IndexReader, options: MatchOptions, threshold: () -> Double = { -.infinity },
                      countingLimit: Int = 0, counted: (_ unit: UInt32, _ facts: UnitFacts) -> Void = { _, _ in },
                      _ body: (UInt32, Double, [String], [UInt64]) -> Void) throws(IndexError) -> Bool {
        guard parts.allSatisfy({ !$0.infos.isEmpty }) else { return true }
        let wantOccurrences = options.occurrences
        // The segments that hold every part and have units in `options.units` (cursors are opened in
        // these alone: over unmerged segments, rare parts are missing from most); document frequencies
        // over all segments (a union's is its units', known only once it is gathered).
        var visitedSegments: [Int] = []
        var documentFrequencies = [Int](repeating: 0, count: parts.count)
        let cursors = PhrasePartCursors(partCount: parts.count, breakCount: breaks.count)
        for (index, segment) in reader.segments.enumerated() {
            let span = UInt32(segment.base)..<UInt32(segment.base + segment.units.count)
            let visited = parts.allSatisfy { !$0.infos(in: index).isEmpty } && (options.units?.contains { $0.overlaps(span) } ?? true)
            for (number, part) in parts.enumerated() {
                let infos = part.infos(in: index)
                guard !infos.isEmpty else { continue }
                documentFrequencies[number] += part.isPrefix
                    ? try cursors.gather(infos, part: number, offset: part.offset, segment: segment, index: index)
                    : infos.first!.documentFrequency
            }
            if visited { visitedSegments.append(index) }
        }
        let idfs = documentFrequencies.map { Scoring.idf(documentFrequency: $0, unitCount: reader.unitSlots) }
        let idf = idfs.reduce(0, +)
        let weights = options.weights
        let headingExtra = max(0, weights.heading - 1)
        let averageLength = reader.averageLength
        let facts = reader.facts
        let kindOfUnit = reader.kindOfUnit
        let kinds = options.kinds
        // The documents whose title holds the phrase (usually none, or a few), flagged by document.
        let titled = weights.title > 0 ? reader.titles.documents(holding: text, analyzer: Analyzer(segmenter: nil)) : []
        var isTitled: [Bool] = []
        if !titled.isEmpty {
            isTitled = [Bool](repeating: false, count: reader.documentStarts.count)
            for document in titled { isTitled[Int(document)] = true }
        }
        let titleBound = titled.isEmpty ? 0 : weights.title
        let wordIDF = word.isEmpty ? 0
            : Scoring.idf(documentFrequency: word.reduce(0) { $0 + ($1?.documentFrequency ?? 0) }, unitCount: reader.unitSlots)
        var starts: [UInt32] = []
        // The most any unit can gain from the word term.
        let wordBound = word.isEmpty ? 0 : wordIDF * (Scoring.k1 + 1)
        // The threshold moves, and counting ends, only when a unit has been handed on: read them again only then.
        var minimum = threshold()
        var handedOn = 0
        var isCounting = countingLimit > 0
        // A phrase occurs in a unit (and in its heading) no more often than its rarest part does, so
        // the block impacts of that part bound the phrase's score in the block.
        func impactScore(_ maxima: BlockMaxima) -> Double {
            let frequency = Scoring.normalised(maxima.frequency, length: maxima.length, averageLength: averageLength)
                + headingExtra * Scoring.normalised(maxima.headingFrequency, length: maxima.headingLength, averageLength: averageLength)
                + titleBound
            return Scoring.saturated(idf: idf, frequency) + wordBound
        }
        // The weighted frequency (see `Scoring.weighted`) a unit must exceed to score above `minimum`:
        // BM25's saturation inverted once per threshold rather than applied to every unit.
        func neededWeighted() -> Double {
            let target = minimum - wordBound
            let most = idf * (Scoring.k1 + 1)
            guard target > 0 else { return -.infinity }
            return target >= most ? .infinity : Scoring.k1 * target / (most - target)
        }
        var needed = neededWeighted()
        let lengthScale = Scoring.b / averageLength
        // Whether a unit whose rarest part occurs `most` times, at most `headingMost` of them in its
        // heading, could score above `minimum`, given the weighted frequency `needed` for it. Units
        // clearly below or clearly above (by a margin far above rounding) are told without a division;
        // the rest get the bound itself. A unit let through is scored before it is offered, so an
        // answer of true is never wrong, only slower.
        // (Both are passed, not captured: a captured variable is checked for exclusive access at run
        // time on every call.)
        func mightExceed(most: Int, headingMost: Int, length: Int, titleMatch: Bool, minimum: Double, needed: Double) -> Bool {
            let room = needed - (titleMatch ? weights.title : 0)
            // Any occurrence is enough below such a threshold (or before the collector is full).
            guard room > 0 else { return true }
            let occurrences = Double(most) + headingExtra * Double(headingMost)
            let scaled = room * (1 - Scoring.b + lengthScale * Double(length))
            if occurrences < scaled * (1 - 1e-6) { return false }
            if occurrences > scaled * (1 + 1e-6) { return true }
            let bound = Scoring.saturated(idf: idf, Scoring.weighted(frequency: most, headingFrequency: headingMost,
                                                                     length: length, titleMatch: titleMatch,
                                                                     averageLength: averageLength, weights: weights)) + wordBound
            return bound > minimum
        }
        var visited = 0
        // Buffers kept from segment to segment.
        var window = UnitFactsWindow()
        var wordCursor: PostingsCursor?
        var byRarity: [PhrasePartCursor] = []
        var others: [PhrasePartCursor] = []
        for segmentIndex in visitedSegments {
            let segment = reader.segments[segmentIndex]
            let base = UInt32(segment.base)
            let end = base + UInt32(segment.units.count)
            // The first of `options.units` not wholly before the segment.
            var range = 0
            if let ranges = options.units {
                while range < ranges.count && ranges[range].upperBound <= base { range += 1 }
                if range == ranges.count || ranges[range].lowerBound >= end { continue }
            }
            // Whether the scan passes over unit `local` of the segment unseen: deleted, or of a kind not asked for.
            func isPassedOver(_ local: UInt32) -> Bool {
                let unit = Int(base + local)
                return reader.isDeleted(unit) || !(kinds.map { $0[Int(kindOfUnit[unit])] } ?? true)
            }
            try cursors.open(parts, breaks: breaks, in: segment, index: segmentIndex)
            let breaks = cursors.breaks
            let hasBreaks = !breaks.isEmpty
            let cursors = cursors.parts
            // Units are numbered within the segment: the window starts empty in each.
            window.empty()
            let wordInfo = word.isEmpty ? nil : word[segmentIndex]
            if let wordInfo {
                if wordCursor == nil { wordCursor = try segment.cursor(wordInfo) } else { try segment.reopen(&wordCursor!, at: wordInfo) }
            }
            // Drive the intersection from the part rarest in the segment.
            byRarity.removeAll(keepingCapacity: true)
            byRarity.append(contentsOf: cursors)
            byRarity.sort { $0.documentFrequency < $1.documentFrequency }
            let lead = byRarity[0]
            // The other parts, rarest first: a unit without the phrase is left sooner.
            others.removeAll(keepingCapacity: true)
            others.append(contentsOf: byRarity.dropFirst())
            do {
                while lead.document != PostingsCursor.exhausted {
                    if let ranges = options.units {
                        let global = UInt64(lead.document) + UInt64(base)
                        while range < ranges.count && UInt64(ranges[range].upperBound) <= global { range += 1 }
                        if range == ranges.count { break }
                        if global < UInt64(ranges[range].lowerBound) {
                            try lead.advance(to: ranges[range].lowerBound - base)
                            continue
                        }
                    }
                    if visited & 1023 == 0, options.shouldStop() { return false }
                    visited += 1
                    if !isCounting, try !lead.blockMightExceed(minimum, score: impactScore) {
                        try lead.nextBlock(exceeding: minimum, score: impactScore)
                        continue
                    }
                    let local = lead.document
                    let target = base + local
                    // Units of other kinds, and units that even the lead part's frequency cannot lift
                    // above the threshold, are passed over before the other parts are moved to them;
                    // units of other kinds before their facts are read, with the rest of their run in
                    // the lead's block (most of a common term's units may be statistics or citations).
                    if isPassedOver(local) {
                        try lead.next(passing: isPassedOver)
                        continue
                    }
                    if !window.holds(local) {
                        lead.withUpcomingUnits { window.gather($0, base: base, from: facts, kinds: kindOfUnit, allowed: kinds) }
                    }
                    let unitFacts = window.current
                    let length = Int(unitFacts.length)
                    let headingLength = unitFacts.headingLength
                    let titleMatch = !isTitled.isEmpty && isTitled[Int(unitFacts.document)]
                    var below = !wantOccurrences
                        && !mightExceed(most: lead.frequency, headingMost: headingLength > 0 ? lead.frequency : 0, length: length,
                                        titleMatch: titleMatch, minimum: minimum, needed: needed)
                    if below && !isCounting {
                        try lead.next()
                        continue
                    }
                    if let mismatch = try Self.align(others, to: local) {
                        if mismatch == PostingsCursor.exhausted { break }
                        try lead.advance(to: mismatch)
                        continue
                    }
                    // The breaks that stand in the unit (usually none) are looked for position by position.
                    let breaking = try hasBreaks && Self.advance(breaks, to: local) ? breaks : []
                    let needsPositions = parts.count > 1 || wantOccurrences || (headingLength > 0 && headingExtra > 0)
                    // The part with the fewest positions in the unit, once a check below has found it.
                    var fewest: PhrasePartCursor?
                    if !wantOccurrences {
                        // Positions are decoded only for units whose score could still enter the top,
                        // or, while counting, to tell whether the phrase is there at all.
                        if !below {
                            // The phrase occurs no more often than its part with the fewest positions.
                            fewest = Self.fewestPositions(cursors)
                            let most = fewest!.frequency
                            below = !mightExceed(most: most, headingMost: headingLength > 0 ? most : 0, length: length,
                                                 titleMatch: titleMatch, minimum: minimum, needed: needed)
                        }
                        // Nearly every section has a heading, so the bound above lets nearly every one
                        // through as if all its occurrences were in it: bound them by where the part
                        // with the fewest positions stands, which the check below reads first anyway.
                        if !below && headingLength > 0 && headingExtra > 0 {
                            let (most, headingMost) = try Self.startBounds(fewest!, headingLength: headingLength)
                            below = !mightExceed(most: most, headingMost: headingMost, length: length,
                                                 titleMatch: titleMatch, minimum: minimum, needed: needed)
                        }
                        if below {
                            if isCounting, try parts.count == 1
                                || Self.phraseOccurs(cursors, first: fewest ?? Self.fewestPositions(cursors), breaks: breaking) {
                                counted(target, unitFacts)
                                handedOn += 1
                                isCounting = handedOn < countingLimit
                            }
                            try lead.next()
                            continue
                        }
                    }
                    var frequency = lead.frequency
                    var headingFrequency = 0
                    if needsPositions {
                        frequency = try Self.phraseStarts(cursors, first: fewest ?? Self.fewestPositions(cursors), breaks: breaking,
                                                          into: &starts)
                        headingFrequency = starts[..<frequency].prefix { $0 < headingLength }.count
                    }
                    if frequency > 0 {
                        let weighted = Scoring.weighted(frequency: frequency, headingFrequency: headingFrequency, length: length,
                                                        titleMatch: titleMatch, averageLength: averageLength, weights: weights)
                        var score = Scoring.saturated(idf: idf, weighted)
                        var wordFrequency = 0
                        if wordInfo != nil {
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
                            body(target, score, explanation, wantOccurrences ? starts[..<frequency].map { UInt64($0) << 32 | UInt64($0 + UInt32(extent)) } : [])
                            minimum = threshold()
                            needed = neededWeighted()
                            handedOn += 1
                            isCounting = handedOn < countingLimit
                        } else if isCounting {
                            counted(target, unitFacts)
                            handedOn += 1
                            isCounting = handedOn < countingLimit
                        }
                    }
                    try lead.next()
                }
            } catch {
                throw segment.malformedPostings(parts[0].infos(in: segmentIndex).first!)
            }
        }
        return true
    }

    /// Moves each of `cursors` to unit `unit` or past it, in order, until one lacks it: nil when all
    /// hold it, else the unit that one stopped on (`PostingsCursor.exhausted` when it ran out). (A
    /// function of its own: looping over the cursors inside the scan retained each one per unit.)
    private static func align(_ cursors: [PhrasePartCursor], to unit: UInt32) throws(ByteReader.Malformed) -> UInt32? {
        for cursor in cursors {
            try cursor.advance(to: unit)
            if cursor.document != unit { return cursor.document }
        }
        return nil
    }

    /// The positions where every part read stands at its offset and none of `breaks` does, in the
    /// unit all cursors are on (the breaks on another unit are not asked), into the start of `starts` (which grows when too
    /// short; what lies past them is left): how many there are. `first`, the part with the fewest
    /// positions in the unit (`fewestPositions`), is read first, and a part's positions are read only
    /// as far as the starts left ask (none once no start is left).
    static func phraseStarts(_ cursors: [PhrasePartCursor], first: PhrasePartCursor, breaks: [PhrasePartCursor],
                             into starts: inout [UInt32]) throws(ByteReader.Malformed) -> Int {
        try first.readPositions()
        let firstOffset = first.offset
        var count = first.withPositions { positions in
            if starts.count < positions.count { starts.append(contentsOf: repeatElement(0, count: positions.count - starts.count)) }
            return starts.withUnsafeMutableBufferPointer { starts in
                var count = 0
                for position in positions where position >= firstOffset {
                    starts[count] = position - firstOffset
                    count += 1
                }
                return count
            }
        }
        for cursor in cursors where !cursor.isSame(as: first) {
            if count == 0 { return 0 }
            let offset = cursor.offset
            // Keep the starts where this part stands at its offset (both ascending: `holds` reads the
            // part's positions only as far as the last start asks).
            var kept = 0
            for slot in 0..<count {
                guard let holds = try cursor.holds(starts[slot] + offset) else { break }
                if holds {
                    starts[kept] = starts[slot]
                    kept += 1
                }
            }
            count = kept
        }
        for cursor in breaks where cursor.document == first.document {
            // Keep the starts where the run does not end at this break's offset.
            var kept = 0
            for slot in 0..<count where try cursor.holds(starts[slot] + cursor.offset) != true {
                starts[kept] = starts[slot]
                kept += 1
            }
            count = kept
        }
        return count
    }

    /// Whether the phrase stands in the unit all cursors are on — all a count needs. The starts of
    /// `first`, the part with the fewest positions (`fewestPositions`), are tried in order, each other
    /// part's positions are read only when a start has stood at every part before it, then `breaks`
    /// are looked for (those on the unit), and the first start that stands everywhere with no break
    /// ends the check. Call it once per unit (the parts are probed in ascending order).
    static func phraseOccurs(_ cursors: [PhrasePartCursor], first: PhrasePartCursor,
                             breaks: [PhrasePartCursor]) throws(ByteReader.Malformed) -> Bool {
        let firstOffset = first.offset
        let checksBreaks = !breaks.isEmpty
        let unit = checksBreaks ? first.document : 0
        var occurs = false
        // Read only as far as the first start that stands everywhere.
        try first.forEachPosition { position throws(ByteReader.Malformed) in
            guard position >= firstOffset else { return true }
            let start = position - firstOffset
            for cursor in cursors where !cursor.isSame(as: first) {
                // A part with no position left at or after the start: no later start stands either.
                guard let holds = try cursor.holds(start + cursor.offset) else { return false }
                if !holds { return true }
            }
            if checksBreaks, try breaksAt(start, breaks, unit: unit) { return true }
            occurs = true
            return false
        }
        return occurs
    }

    /// Moves each of `breaks` to unit `unit` or past it: whether any of them holds it.
    private static func advance(_ breaks: [PhrasePartCursor], to unit: UInt32) throws(ByteReader.Malformed) -> Bool {
        var holds = false
        for cursor in breaks {
            try cursor.advance(to: unit)
            holds = holds || cursor.document == unit
        }
        return holds
    }

    /// Whether the run ends at the offset of one of `breaks` from `start` in unit `unit` (the breaks
    /// on another unit are not asked). (Out of line: inlined into the count-only check, it kept the
    /// parts' position reading there from being inlined.)
    @inline(never)
    private static func breaksAt(_ start: UInt32, _ breaks: [PhrasePartCursor], unit: UInt32) throws(ByteReader.Malformed) -> Bool {
        for cursor in breaks where cursor.document == unit {
            if try cursor.holds(start + cursor.offset) == true { return true }
        }
        return false
    }

    /// Bounds of the phrase's occurrences in the unit all cursors are on: how many starts `first`, the
    /// part with the fewest positions (`fewestPositions`), leaves, and how many of them lie in the
    /// first `headingLength` positions (the heading path's). Its positions are read only up to the
    /// heading's end: the rest are counted by its frequency.
    static func startBounds(_ first: PhrasePartCursor, headingLength: UInt32) throws(ByteReader.Malformed) -> (all: Int, inHeading: Int) {
        let offset = first.offset
        var beforeOffset = 0, inHeading = 0
        try first.forEachPosition { position in
            if position < offset {
                beforeOffset += 1
                return true
            }
            guard position - offset < headingLength else { return false }
            inHeading += 1
            return true
        }
        return (first.frequency - beforeOffset, inHeading)
    }

    /// The cursor whose current unit holds the fewest positions (the first of them).
    @inline(__always)
    private static func fewestPositions(_ cursors: [PhrasePartCursor]) -> PhrasePartCursor {
        var first = cursors[0]
        var fewest = first.frequency
        for cursor in cursors.dropFirst() {
            let frequency = cursor.frequency
            if frequency < fewest {
                first = cursor
                fewest = frequency
            }
        }
        return first
    }
}

