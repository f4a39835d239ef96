/// One term of an analysed text, where it stands, and the folded text it covers.
struct Token: Sendable {
    enum Kind: Sendable {
        /// Two consecutive characters of a run of letters and digits.
        case bigram
        /// The last character of such a run, alone; `runLength` tells whether it is the whole run.
        case runEnd(runLength: Int)
        /// A word of three or more characters found by the word segmenter; it shares its first
        /// character's position and adds nothing a bigram does not already find.
        case word
    }

    var term: Term
    var kind: Kind
    /// The ordinal of the character it starts at; punctuation and spaces take none.
    var position: Int32
    /// The folded UTF-16 range of its first character (of the whole word for words).
    var start: Int32
    var end: Int32
}
