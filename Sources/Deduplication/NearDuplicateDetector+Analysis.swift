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
        var groupOfKey: [ExactKey: Int] = [:]
        var groups: [[Int]] = []
        var signatures: [UInt64] = []
        var exactSets: [ShingleSet] = []
        var anchors: [[UInt64]] = []
        var sizes: [Int] = []
        let size = minHasher.signatureSize
        let signature = UnsafeMutableBufferPointer<UInt64>.allocate(capacity: size)
        defer { signature.deallocate() }
        for (index, text) in texts.enumerated() {
            let characters = ComparisonText.characters(of: text)
            guard !characters.isEmpty else { continue }
            let key = ExactKey(characters)
            if let group = groupOfKey[key] {
                groups[group].append(index)
                continue
            }
            groupOfKey[key] = groups.count
            groups.append([index])
            let hashes = shingler.hashes(of: characters)
            switch candidateSearch {
            case .minHash:
                _ = minHasher.sign(hashes, into: signature)
                signatures.append(contentsOf: signature)
            case .exact:
                exactSets.append(ShingleSet(hashes: hashes))
            }
            sizes.append(hashes.count)
            if countsContainment { anchors.append(ContainmentIndex.anchors(of: hashes)) }
        }

        var candidates: Set<IndexPair>
        switch candidateSearch {
        case .minHash: candidates = Set(banding.candidatePairs(signatures: signatures, signatureSize: size, count: groups.count))
        case .exact: candidates = Set(PrefixFilter(threshold: threshold).candidatePairs(sets: exactSets))
        }
        if countsContainment {
            let index = ContainmentIndex(threshold: threshold, minimumShingles: minimumContainedShingles)
            candidates.formUnion(index.candidatePairs(anchors: anchors, sizes: sizes))
        }

        var sets: [Int: ShingleSet] = [:]
        func set(_ group: Int) -> ShingleSet {
            if let cached = sets[group] { return cached }
            if candidateSearch == .exact { return exactSets[group] }
            let made = shingler.set(of: ComparisonText.characters(of: texts[groups[group][0]]))
            sets[group] = made
            return made
        }
        var pairs: [SimilarPair] = []
        for candidate in candidates.sorted() {
            let a = set(candidate.first)
            let b = set(candidate.second)
            let (jaccard, containment) = a.similarity(to: b)
            let similarity = similarity(jaccard: jaccard, containment: containment, sizes: (a.count, b.count))
            if similarity >= threshold {
                pairs.append(SimilarPair(first: candidate.first, second: candidate.second, jaccard: jaccard,
                                         containment: containment, similarity: similarity))
            }
        }
        return Analysis(groups: groups, groupPairs: pairs)
    }
}
