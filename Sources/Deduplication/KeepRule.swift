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

    /// Each candidate's rank, 0 for the one to keep first; ties go to input order.
    ///
    /// Under `newest` and `oldest` a copy without any date ranks after every dated one.
    public func ranks(_ candidates: [KeepCandidate]) -> [Int] {
        let order = candidates.indices.sorted { a, b in
            let x = candidates[a]
            let y = candidates[b]
            switch self {
            case .complete:
                break
            case .newest, .oldest:
                if (x.date == nil) != (y.date == nil) { return x.date != nil }
                if let dx = x.date, let dy = y.date, dx != dy { return self == .newest ? dx > dy : dx < dy }
            case .longest:
                if x.characters != y.characters { return x.characters > y.characters }
            }
            if x.isTruncated != y.isTruncated { return !x.isTruncated }
            if x.placeholders != y.placeholders { return x.placeholders < y.placeholders }
            if x.characters != y.characters { return x.characters > y.characters }
            return a < b
        }
        var ranks = [Int](repeating: 0, count: candidates.count)
        for (rank, index) in order.enumerated() { ranks[index] = rank }
        return ranks
    }
}
