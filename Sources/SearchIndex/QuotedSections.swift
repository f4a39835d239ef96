/// The section texts of the source being stored, so that the units that quote them — a statistic's or
/// citation's clause, a measure's text, which `ExtractedUnits` adds after the file's sections — are
/// stored as a reference into their section instead of a second copy (13 MB of the 87 MB of entries
/// of the laws and reports).
struct QuotedSections {
    /// A unit's text as its own first `start` code units and the rest copied from unit `unit`'s text
    /// at code unit `offset`.
    struct Copy: Equatable {
        var start: Int
        var unit: Int
        var offset: Int
    }

    /// A quote shorter than this is stored as it is: its reference would cost about as much.
    static let shortest = 8

    private struct Key: Hashable {
        var document: Int
        var path: String
    }

    private var source = ""
    private var texts: [Key: (unit: Int, text: [UInt16])] = [:]
    /// The bytes of the texts held, roughly.
    private(set) var bytes = 0

    /// Notes `unit`, numbered `number`, and, when it is not a section, how much of its `text` (its
    /// UTF-16 code units) its section holds: the text from its start, or from after its first line break or
    /// its " … ", whichever first stands whole in the text of the section with its document and path.
    mutating func copy(for unit: IndexUnit, text: [UInt16], number: Int) -> Copy? {
        if unit.source != source {
            source = unit.source
            texts = [:]
            bytes = 0
        }
        let key = Key(document: unit.documentIndex, path: unit.section)
        if unit.kind == .section {
            bytes += 2 * (text.count - (texts[key]?.text.count ?? 0))
            texts[key] = (number, text)
            return nil
        }
        guard let section = texts[key] else { return nil }
        var starts = [0]
        if let lineBreak = text.firstIndex(of: 0x000A) { starts.append(lineBreak + 1) }
        if let ellipsis = QuotedSections.offset(of: QuotedSections.ellipsis[...], in: text) { starts.append(ellipsis + QuotedSections.ellipsis.count) }
        for start in starts where text.count - start >= QuotedSections.shortest {
            if let offset = QuotedSections.offset(of: text[start...], in: section.text) {
                return Copy(start: start, unit: section.unit, offset: offset)
            }
        }
        return nil
    }

    private static let ellipsis = Array(" … ".utf16)

    /// The first offset at which `needle` stands in `haystack`.
    static func offset(of needle: ArraySlice<UInt16>, in haystack: [UInt16]) -> Int? {
        guard let head = needle.first, needle.count <= haystack.count else { return nil }
        let rest = needle.dropFirst()
        return haystack.withUnsafeBufferPointer { hay in
            for start in 0...(hay.count - needle.count) where hay[start] == head {
                if hay[(start + 1)..<(start + needle.count)].elementsEqual(rest) { return start }
            }
            return nil
        }
    }
}
