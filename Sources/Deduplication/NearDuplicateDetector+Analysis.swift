import Ingestion

/// The detector's pipeline up to verified pairs, shared by `similarPairs` and `clusters`.
extension NearDuplicateDetector {
    /// Texts grouped by identical compared characters, and the verified pairs between groups.
    struct Analysis {
        /// Groups of input indices, ascending; every text with shingles is in exactly one.
        var groups: [[Int]]
        /// Verified pairs of group numbers whose representatives reach the threshold.
        var groupPairs: [SimilarPair]
    }

    func analyse(_ texts: [String]) -> Analysis {
        // Exact copies first: one group, and one representative, per distinct compared text. The
        // representative's shingles are not kept: signature, anchors and size are all the candidate
        // search needs, and the few texts in candidate pairs are shingled again for verification.
        var groups = TextGroups()
        for text in texts { groups.add(text, detector: self) }
        return analyse(groups) { representatives in
            Dictionary(uniqueKeysWithValues: representatives.map { ($0, shingler.set(of: ComparisonText.characters(of: texts[$0]))) })
        }
    }

    /// The verified pairs among `groups`: candidates from the representatives' signatures (or exact
    /// sets) and anchors, each verified on the shingle sets that `sets` gives for the representatives
    /// asked for (by input index), all at once. A candidate whose set is missing is not verified.
    func analyse(_ groups: TextGroups, sets: ([Int]) -> [Int: ShingleSet]) -> Analysis {
        let count = groups.groups.count
        var candidates: Set<IndexPair>
        switch candidateSearch {
        case .minHash:
            candidates = Set(banding.candidatePairs(signatures: groups.signatures, signatureSize: minHasher.signatureSize, count: count))
        case .exact:
            candidates = Set(PrefixFilter(threshold: threshold).candidatePairs(sets: groups.exactSets))
        }
        if countsContainment {
            let index = ContainmentIndex(threshold: threshold, minimumShingles: minimumContainedShingles)
            candidates.formUnion(index.candidatePairs(anchors: groups.anchors, sizes: groups.sizes))
        }

        let ordered = candidates.sorted()
        let pairs: [SimilarPair]
        if candidateSearch == .exact {
            let exactSets = groups.exactSets
            pairs = verify(ordered) { needed in Dictionary(uniqueKeysWithValues: needed.map { ($0, exactSets[$0]) }) }
        } else {
            pairs = verify(ordered) { needed in
                let byText = sets(needed.map(groups.representative))
                return Dictionary(uniqueKeysWithValues: needed.compactMap { group in byText[groups.representative(group)].map { (group, $0) } })
            }
        }
        return Analysis(groups: groups.groups, groupPairs: pairs)
    }

    /// The candidate pairs (ascending) whose similarity reaches the threshold, verified on the shingle
    /// sets that `sets` gives for the items asked for (ascending), at most `batch` items at a time,
    /// so that a caller reading texts back holds no more than that many sets at once. A candidate
    /// whose set is missing is not verified.
    public func verify(_ candidates: [IndexPair], batch: Int = .max, sets: ([Int]) -> [Int: ShingleSet]) -> [SimilarPair] {
        var pairs: [SimilarPair] = []
        for (range, needed) in batches(of: candidates, batch: batch) {
            pairs += verified(candidates[range], sets: sets(needed))
        }
        return pairs
    }

    /// `verify` with the batches verified on `threads` threads (`sets` called on any of them, for at
    /// most a few batches a thread at once); the pairs are the same whatever their number. The first
    /// error `sets` throws is rethrown once every batch is done.
    public func verify<Failure: Error>(_ candidates: [IndexPair], batch: Int, threads: Int,
                                       sets: @escaping @Sendable ([Int]) throws(Failure) -> [Int: ShingleSet]) throws(Failure) -> [SimilarPair] {
        var pairs: [SimilarPair] = []
        var failure: Failure?
        OrderedParallelMap(threads: threads).run(batches(of: candidates, batch: batch), transform: { (range, needed) in
            Result { () throws(Failure) in verified(candidates[range], sets: try sets(needed)) }
        }, consume: { result in
            switch result {
            case .success(let found): pairs += found
            case .failure(let error): failure = failure ?? error
            }
        })
        if let failure { throw failure }
        return pairs
    }

    /// The candidates cut into runs whose items fit in one batch (at least one candidate a run), each
    /// with its items, ascending.
    private func batches(of candidates: [IndexPair], batch: Int) -> [(range: Range<Int>, needed: [Int])] {
        var batches: [(range: Range<Int>, needed: [Int])] = []
        var start = 0
        while start < candidates.count {
            var needed = Set<Int>()
            var end = start
            while end < candidates.count {
                let extra = (needed.contains(candidates[end].first) ? 0 : 1) + (needed.contains(candidates[end].second) ? 0 : 1)
                if end > start && needed.count + extra > batch { break }
                needed.insert(candidates[end].first)
                needed.insert(candidates[end].second)
                end += 1
            }
            batches.append((start..<end, needed.sorted()))
            start = end
        }
        return batches
    }

    /// The candidates that reach the threshold on `shingleSets`.
    private func verified(_ candidates: ArraySlice<IndexPair>, sets shingleSets: [Int: ShingleSet]) -> [SimilarPair] {
        var pairs: [SimilarPair] = []
        for candidate in candidates {
            guard let a = shingleSets[candidate.first], let b = shingleSets[candidate.second] else { continue }
            let (jaccard, containment) = a.similarity(to: b)
            let similarity = similarity(jaccard: jaccard, containment: containment, sizes: (a.count, b.count))
            if similarity >= threshold {
                pairs.append(SimilarPair(first: candidate.first, second: candidate.second, jaccard: jaccard,
                                         containment: containment, similarity: similarity))
            }
        }
        return pairs
    }
}
