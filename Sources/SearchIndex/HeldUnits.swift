/// The sources of a segment's units and the texts its duplicate signatures compare, kept in the
/// writer's memory while the segment is built and written: the commit groups near-duplicates over
/// the segments still being written from these, beside their writing, instead of waiting for their
/// files and reading the texts back out of their stores (the two-thread build's serial tail).
struct HeldUnits: Sendable {
    /// Each unit's source, as its number in `paths`.
    private(set) var sources: [Int32] = []
    private(set) var paths: [String] = []
    /// The texts of the units a signature compares (sections, and documents' sections); empty for the rest.
    private(set) var texts: [String] = []
    /// The UTF-8 bytes of the texts kept, which the writer counts against its memory budget.
    private(set) var textBytes = 0

    /// Adds the next unit, from `source`; its text is kept only once `keepText(of:_:)` asks.
    mutating func add(source: String) {
        // Consecutive units share their source: compared with the last one, not hashed.
        if paths.last != source { paths.append(source) }
        sources.append(Int32(paths.count - 1))
        texts.append("")
    }

    /// Keeps the text of unit `unit` (its number in the segment), which a signature compares.
    mutating func keepText(of unit: Int, _ text: String) {
        textBytes += text.utf8.count - texts[unit].utf8.count
        texts[unit] = text
    }
}
