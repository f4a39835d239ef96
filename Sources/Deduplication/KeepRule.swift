/// Which copy of a cluster to keep.
public enum KeepRule: String, Sendable, CaseIterable {
    /// The most complete copy: not truncated, then the fewest `～` placeholders, then the longest
    /// compared text, then the first in input order.
    case complete
    /// The copy with the latest date (see `KeepCandidate.date`), then the most complete.
    case newest
    /// The copy with the earliest date, then the most complete.
    case oldest
    /// The longest compared text, then the most complete.
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

/// What the keep rule knows of one copy.
public struct KeepCandidate: Sendable, Hashable {
    /// Compared characters (see `ComparisonText`).
    public var characters: Int
    /// `～` placeholders left by a template or a redaction.
    public var placeholders: Int
    /// Whether the text stops mid-sentence or ends in an ellipsis.
    public var isTruncated: Bool
    /// Its date, for `newest` and `oldest`.
    public var date: VersionDate?

    public init(characters: Int, placeholders: Int, isTruncated: Bool, date: VersionDate? = nil) {
        self.characters = characters
        self.placeholders = placeholders
        self.isTruncated = isTruncated
        self.date = date
    }

    /// What `text` shows of its completeness; the date is left to the caller.
    public init(text: String, date: VersionDate? = nil) {
        self.init(characters: ComparisonText.characters(of: text).count,
                  placeholders: KeepCandidate.placeholders(in: text),
                  isTruncated: KeepCandidate.looksTruncated(text),
                  date: date)
    }

    /// The `～` in `text` that stand for a missing word: all but those between two digits, which
    /// write a range (`2025～2030`).
    public static func placeholders(in text: String) -> Int {
        let characters = Array(text)
        var count = 0
        for (index, character) in characters.enumerated() where character == "～" {
            let range = index > 0 && index + 1 < characters.count && characters[index - 1].isASCII && characters[index - 1].isNumber
                && characters[index + 1].isASCII && characters[index + 1].isNumber
            if !range { count += 1 }
        }
        return count
    }

    /// Whether a text stops mid-sentence: it ends in `...` or `…`, or its last visible character is
    /// not one that may close a sentence, a heading or a list (`。！？；：` and closing quotes and
    /// brackets, a heading's own ideograph or number aside).
    public static func looksTruncated(_ text: String) -> Bool {
        let trimmed = text.reversed().drop { $0.isWhitespace }
        guard let last = trimmed.first else { return false }
        if last == "…" || trimmed.starts(with: "...") { return true }
        let closing: Set<Character> = ["。", "！", "？", "!", "?", "；", ";", "：", ":", ".", "”", "’", "」", "』",
                                       "）", ")", "】", "》", "]", "\""]
        if closing.contains(last) { return false }
        // A last line short enough to be a heading, a signature or a date ends a text without a full stop.
        let lastLine = trimmed.prefix { !$0.isNewline }
        return lastLine.count > 30
    }
}
