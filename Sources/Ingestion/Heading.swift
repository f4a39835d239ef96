/// A heading found at the start of a line, and the body text that follows it on the same line.
struct Heading: Sendable, Hashable {
    var kind: HeadingKind
    /// Its number (`三` → 3), nil for outline headings.
    var number: Int?
    /// The heading as written, marker included: `三、出生人口性别比失衡的对策`, `第三百三十六条`.
    var text: String
    /// Text run together with the heading on its line, which belongs to the section's body.
    var body: String
    /// The nesting order of `kind`; outline headings rank by their level.
    var rank: Int
}
