/// What the detector keeps of one text to find its candidates — the identity of its compared
/// characters, its MinHash signature, its size and its containment anchors — and never the text:
/// a collection's fingerprints are made file by file on all cores, and only the few texts in
/// candidate pairs are read again to verify them.
public struct TextFingerprint: Sendable {
    /// The identity of the compared characters: texts with the same key are exact copies.
    let key: ExactKey
    /// The MinHash signature; empty where candidates are found by prefix filtering or only the key was made.
    let signature: [UInt64]
    /// The whole shingle set, where candidates are found by prefix filtering.
    let exactSet: ShingleSet?
    /// Shingles in text order, repeats included.
    let size: Int
    /// The distinct containment anchors (see `ContainmentIndex.anchors`), ascending; empty where
    /// containment does not count or the text is too short for it.
    let anchors: [UInt64]
}

extension NearDuplicateDetector {
    /// The fingerprint of `text`; nil where it has no compared characters (the detector skips it).
    public func fingerprint(of text: String) -> TextFingerprint? {
        let characters = ComparisonText.characters(of: text)
        return characters.isEmpty ? nil : fingerprint(characters: characters)
    }

    /// The fingerprint of compared characters (not empty); with `keyOnly`, only their identity, for a
    /// text whose exact copy is already known.
    func fingerprint(characters: [UInt32], keyOnly: Bool = false) -> TextFingerprint {
        let key = ExactKey(characters)
        guard !keyOnly else { return TextFingerprint(key: key, signature: [], exactSet: nil, size: 0, anchors: []) }
        let hashes = shingler.hashes(of: characters)
        var signature: [UInt64] = []
        var exactSet: ShingleSet?
        switch candidateSearch {
        case .minHash:
            signature = [UInt64](unsafeUninitializedCapacity: minHasher.signatureSize) { buffer, count in
                _ = minHasher.sign(hashes, into: buffer)
                count = buffer.count
            }
        case .exact:
            exactSet = ShingleSet(hashes: hashes)
        }
        // Repeated anchors count once in the candidate search, and texts too short for containment
        // have none there: neither is kept.
        let anchors = countsContainment && hashes.count >= minimumContainedShingles
            ? ShingleSet(hashes: ContainmentIndex.anchors(of: hashes)).hashes : []
        return TextFingerprint(key: key, signature: signature, exactSet: exactSet, size: hashes.count, anchors: anchors)
    }
}

extension NearDuplicateDetector {
    /// What an index keeps of a text to find its copies later without the text: the identity of its
    /// compared characters and its MinHash signature cut to 3 bits an entry (`MinHashSketch`), whose
    /// bands give its candidates and whose entries drop the chance ones; nil where it has no compared
    /// characters.
    public func bandedFingerprint(of text: String) -> (key: ExactKey, sketch: MinHashSketch)? {
        bandedFingerprint(characters: ComparisonText.characters(of: text))
    }

    /// `bandedFingerprint(of:)` of a text given by its compared characters (`ComparisonText`).
    public func bandedFingerprint(characters: [UInt32]) -> (key: ExactKey, sketch: MinHashSketch)? {
        guard !characters.isEmpty else { return nil }
        let fingerprint = fingerprint(characters: characters)
        return (fingerprint.key, MinHashSketch(signature: fingerprint.signature))
    }

    /// The shingle set of `text`'s compared characters, on which a candidate pair is verified.
    public func shingleSet(of text: String) -> ShingleSet {
        shingler.set(of: ComparisonText.characters(of: text))
    }
}
