import TextNormalization

extension IndexReader {
    /// Runs `query`: the matching units ranked by field-weighted BM25, best first, at most
    /// `options.perDocument` of a document, near-identical copies folded.
    public func search(_ query: Query, options: SearchOptions = SearchOptions()) throws(IndexError) -> SearchResults {
        let analyzer = Analyzer(segmenter: nil)
        var filters = FieldFilters(reader: self)
        // Whether each kind (by its index in `units.kinds`) is asked for; any when nil.
        let allowedKinds = options.kinds.map { kinds in units.kinds.map { kinds.contains($0) } }
        let collapse = options.collapseDuplicates && units.hasDuplicateGroups
        var collector = TopCollector(capacity: options.offset + options.limit, perDocument: options.perDocument)
        // Every match is counted until `exactTotal` have been; from then on, units that cannot enter the
        // top are skipped a block at a time (block-max) and the total is a lower bound.
        let exactTotal = options.countAll ? Int.max : max(options.exactTotalLimit, 0)
        let deadline = options.deadline
        var matchOptions = PhraseMatcher.MatchOptions(explain: options.explain, weights: options.weights)
        matchOptions.shouldStop = { deadline.map { ContinuousClock.now >= $0 } ?? false }
        // Units of other kinds are never offered: every part of a query passes them over before
        // checking a phrase in them (a search of statistics need not check a law's name in every citation).
        matchOptions.kinds = allowedKinds
        func allowed(_ unit: UInt32) -> Bool { allowedKinds?[Int(facts[Int(unit)].kind)] ?? true }
        func group(_ unit: UInt32) -> Int? { collapse ? units.duplicateGroup(Int(unit)) : nil }
        func offer(_ unit: UInt32, _ score: Double, _ explanation: [String], to collector: inout TopCollector) {
            guard allowed(unit) else { return }
            collector.offer(unit: unit, score: score, explanation: explanation, group: group(unit), document: facts[Int(unit)].document)
        }
        var complete = true
        var matcher: PhraseMatcher?
        if case .phrase(let text) = query {
            // The common case streams its matches straight into the collector; while the total is
            // exact, a match that cannot enter the top is only counted.
            matcher = try PhraseMatcher(text.folded, reader: self, analyzer: analyzer)
            if let matcher {
                // The closures reach the collector through a pointer: a captured variable is checked
                // for exclusive access at run time on every call (half the cost of a count).
                complete = try withUnsafeMutablePointer(to: &collector) { collector throws(IndexError) in
                    try matcher.forEachMatch(in: self, options: matchOptions, threshold: { collector.pointee.threshold },
                                             countingLimit: exactTotal,
                                             counted: { unit, facts in
                                                 collector.pointee.count(group: facts.isGrouped ? group(unit) : nil, document: facts.document)
                                             }) {
                        unit, score, explanation, _ in
                        offer(unit, score, explanation, to: &collector.pointee)
                    }
                }
            }
        } else if let matches = try evaluate(query, analyzer: analyzer, filters: &filters, options: matchOptions) {
            for index in 0..<matches.count { offer(matches.units[index], matches.scores[index], matches.explanations[index], to: &collector) }
        } else {
            complete = false
        }
        let total = collector.total
        let totalIsExact = total < exactTotal
        let kept = Array(collector.sorted().enumerated().dropFirst(options.offset))
        // How many more units of each listed document matched: counted while collecting, or, where
        // block-max skipped some, counted again within the listed documents (one pass over them all).
        var matchedOfDocument: [UInt32: Int] = [:]
        if totalIsExact || matcher == nil || !complete {
            for (_, entry) in kept { matchedOfDocument[entry.document] = collector.offered(of: entry.document) }
        } else {
            let listed = Set(kept.map(\.element.document)).sorted()
            var within = PhraseMatcher.MatchOptions(weights: .flat)
            within.units = listed.map { documentStarts[Int($0)]..<documentStarts[Int($0) + 1] }
            within.kinds = allowedKinds
            try matcher!.forEachMatch(in: self, options: within) { unit, _, _, _ in
                matchedOfDocument[facts[Int(unit)].document, default: 0] += 1
            }
        }
        var shownOfDocument: [UInt32: Int] = [:]
        for (_, entry) in collector.sorted().enumerated() { shownOfDocument[entry.document, default: 0] += 1 }
        var hits: [SearchHit] = []
        for (rank, entry) in kept {
            let number = Int(entry.unit)
            let stored = options.fetch ? try store.entry(number) : StoredUnit(section: "", text: "")
            let unit = self.unit(number, stored: stored)
            let snippet = options.fetch && options.snippets ? Snippet(text: unit.text, phrases: query.positivePhrases, analyzer: analyzer) : nil
            let more = max(0, matchedOfDocument[entry.document, default: 0] - shownOfDocument[entry.document, default: 0])
            hits.append(SearchHit(rank: rank + 1, score: entry.score, unitNumber: number, unit: unit,
                                  snippet: snippet, explanation: entry.explanation,
                                  duplicates: entry.group.map { collector.matches(of: $0) - 1 } ?? 0,
                                  moreInDocument: more))
        }
        return SearchResults(hits: hits, total: total, totalIsExact: totalIsExact, copies: collector.copies, timedOut: !complete)
    }

    /// The positions between two occurrences (0 when they overlap).
    private static func gap(_ a: UInt64, _ b: UInt64) -> UInt64 {
        let (startA, endA, startB, endB) = (a >> 32, a & 0xFFFF_FFFF, b >> 32, b & 0xFFFF_FFFF)
        if endA <= startB { return startB - endA }
        if endB <= startA { return startA - endB }
        return 0
    }

    /// The units `query` matches, with their scores; nil when `options.shouldStop` stopped it.
    private func evaluate(_ query: Query, analyzer: Analyzer, filters: inout FieldFilters,
                          options: PhraseMatcher.MatchOptions) throws(IndexError) -> Matches? {
        if options.shouldStop() { return nil }
        var positioned = options
        positioned.occurrences = true
        var unexplained = options
        unexplained.explain = false
        unexplained.occurrences = false
        switch query {
        case .phrase(let text):
            guard let matcher = try PhraseMatcher(text.folded, reader: self, analyzer: analyzer) else { return Matches() }
            return try matcher.matches(in: self, options: options)
        case .near(let left, let right, let distance):
            guard let a = try evaluate(left, analyzer: analyzer, filters: &filters, options: positioned),
                  let b = try evaluate(right, analyzer: analyzer, filters: &filters, options: positioned) else { return nil }
            let both = a.intersection(b)
            var result = Matches()
            var b2 = 0
            for index in 0..<a.count {
                while b2 < b.count && b.units[b2] < a.units[index] { b2 += 1 }
                guard b2 < b.count, b.units[b2] == a.units[index] else { continue }
                let near = a.occurrences[index].contains { x in
                    b.occurrences[b2].contains { y in Self.gap(x, y) <= UInt64(distance) }
                }
                if near {
                    let at = both.units.firstIndex(of: a.units[index])!
                    result.append(unit: both.units[at], score: both.scores[at], explanation: both.explanations[at],
                                  occurrences: both.occurrences[at])
                }
            }
            return result
        case .field(let field, let value):
            return try filters.matches(field, value)
        case .and(let parts):
            var result: Matches?
            var excluded: [Query] = []
            for part in parts {
                if case .not(let inner) = part {
                    excluded.append(inner)
                    continue
                }
                guard let matches = try evaluate(part, analyzer: analyzer, filters: &filters, options: options) else { return nil }
                result = result.map { $0.intersection(matches) } ?? matches
            }
            var kept = result ?? filters.all()
            for inner in excluded {
                guard let matches = try evaluate(inner, analyzer: analyzer, filters: &filters, options: unexplained) else { return nil }
                kept = kept.subtracting(matches)
            }
            return kept
        case .or(let parts):
            var result = Matches()
            for part in parts {
                guard let matches = try evaluate(part, analyzer: analyzer, filters: &filters, options: options) else { return nil }
                result = result.union(matches)
            }
            return result
        case .not(let inner):
            guard let matches = try evaluate(inner, analyzer: analyzer, filters: &filters, options: unexplained) else { return nil }
            return filters.all().subtracting(matches)
        }
    }
}

/// Field filters over the unit table, folding each distinct string once per search.
struct FieldFilters {
    let reader: IndexReader
    private var folded: [Int: String] = [:]

    init(reader: IndexReader) {
        self.reader = reader
    }

    /// Every unit (deleted ones left out), unscored.
    func all() -> Matches {
        var result = Matches()
        for unit in 0..<reader.unitSlots where !reader.isDeleted(unit) {
            result.append(unit: UInt32(unit), score: 0, explanation: [], occurrences: [])
        }
        return result
    }

    private mutating func foldedString(_ id: Int) -> String {
        if let known = folded[id] { return known }
        let string = reader.units.string(id).folded.lowercased()
        folded[id] = string
        return string
    }

    mutating func matches(_ field: Query.Field, _ value: String) throws(IndexError) -> Matches {
        let needle = value.folded.lowercased()
        let years = YearRange(value)
        let kind = reader.units.kinds.firstIndex(of: UnitKind(rawValue: needle))
        var result = Matches()
        if field == .section {
            // Section paths are in the store: read it block by block.
            for block in 0..<reader.store.blockCount {
                let first = reader.store.firstUnit(of: block)
                for (offset, entry) in try reader.store.entries(block: block).enumerated()
                where !reader.isDeleted(first + offset) && entry.section.folded.lowercased().contains(needle) {
                    result.append(unit: UInt32(first + offset), score: 0, explanation: [], occurrences: [])
                }
            }
            return result
        }
        for unit in 0..<reader.unitSlots where !reader.isDeleted(unit) {
            let record = reader.units.record(unit)
            let hit: Bool
            switch field {
            case .title: hit = foldedString(record.document).contains(needle)
            case .doc: hit = Int(value).map { $0 == record.documentIndex } ?? foldedString(record.document).contains(needle)
            case .source: hit = foldedString(record.source).contains(needle)
            case .section: hit = false  // answered from the store above
            case .kind: hit = kind == reader.units.kindIndex(unit)
            case .year: hit = record.year.map { years?.contains($0) ?? false } ?? false
            }
            if hit { result.append(unit: UInt32(unit), score: 0, explanation: [], occurrences: []) }
        }
        return result
    }
}
