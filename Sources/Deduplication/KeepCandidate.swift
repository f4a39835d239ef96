import Ingestion
import TextNormalization
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
        if HanCharacter.contains(value) { return false }
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
