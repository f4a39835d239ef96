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

/// What the keep rule knows of one copy.
public struct KeepCandidate: Sendable, Hashable {
    /// Its length: characters other than whitespace, in Unicode scalars.
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
        self.init(characters: text.unicodeScalars.reduce(0) { $0 + (KeepCandidate.isWhitespace($1) ? 0 : 1) },
                  placeholders: KeepCandidate.placeholders(in: text),
                  isTruncated: KeepCandidate.looksTruncated(text),
                  date: date)
    }

    @inline(__always)
    static func isWhitespace(_ scalar: Unicode.Scalar) -> Bool {
        let value = scalar.value
        if value < 0x80 { return value == 0x20 || (0x09...0x0D).contains(value) }
        if value >= 0x4E00 && value <= 0x9FFF { return false }
        return scalar.properties.isWhitespace
    }

    /// The `～` in `text` that stand for a missing word: all but those between two digits, which
    /// write a range (`2025～2030`).
    public static func placeholders(in text: String) -> Int {
        var count = 0
        var previous: Unicode.Scalar = " "
        var pending = false
        var digitBefore = false
        for scalar in text.unicodeScalars {
            if pending {
                if !(digitBefore && ("0"..."9").contains(scalar)) { count += 1 }
                pending = false
            }
            if scalar == "～" {
                pending = true
                digitBefore = ("0"..."9").contains(previous)
            }
            previous = scalar
        }
        return count + (pending ? 1 : 0)
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
