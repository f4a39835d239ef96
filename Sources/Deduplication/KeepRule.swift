/// Which copy of a cluster to keep.
public enum KeepRule: String, Sendable, CaseIterable {
    /// The most complete copy: not truncated, then the fewest `～` placeholders, then the longest text
    /// (whitespace aside), then the first in input order.
    case complete
    /// The copy with the latest date (see `KeepCandidate.date`), then the most complete.
    case newest
    /// The copy with the earliest date, then the most complete.
    case oldest
    /// The longest text (whitespace aside), then the most complete.
    case longest

    /// Each candidate's rank, 0 for the one to keep first: candidates in the order of their `key`,
    /// ties going to input order.
    ///
    /// Under `newest` and `oldest` a copy without any date ranks after every dated one.
    public func ranks(_ candidates: [KeepCandidate]) -> [Int] {
        let keys = candidates.map(key)
        let order = candidates.indices.sorted { a, b in
            keys[a] == keys[b] ? a < b : keys[a].lexicographicallyPrecedes(keys[b])
        }
        var ranks = [Int](repeating: 0, count: candidates.count)
        for (rank, index) in order.enumerated() { ranks[index] = rank }
        return ranks
    }

    /// What this rule orders copies by, lower first, compared element by element: the one ordering
    /// `ranks` uses, written out so that a job ranking copies elsewhere (`zhili dedupe --signatures`,
    /// Scripts/spark/dedupe.py) keeps the same copy.
    public func key(_ candidate: KeepCandidate) -> [Int] {
        let completeness = [candidate.isTruncated ? 1 : 0, candidate.placeholders, -candidate.characters]
        switch self {
        case .complete:
            return completeness
        case .newest, .oldest:
            guard let date = candidate.date else { return [1, 0] + completeness }
            let ordinal = date.year * 10_000 + date.month * 100 + date.day
            return [0, self == .newest ? -ordinal : ordinal] + completeness
        case .longest:
            return [-candidate.characters] + completeness
        }
    }
}
