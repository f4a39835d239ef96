/// A text folded to simplified characters (`SimplifiedFolding`), and the way back to the characters as
/// written from any string that rules matching on the folded text made of its pieces.
///
/// Rules that take strings apart (a heading's first clause, a section's text with its sub-sections, a
/// heading and its paragraph joined by 。) keep no offsets, so a string they return is found again in
/// the folded text: piece by piece, each at the place where the folded text holds the longest run of it
/// (the nearest such place to where the previous piece ended), and read from the same place of the text
/// as written, which is exactly as long. A unit that no character of this text was folded to (punctuation,
/// 我, 的; in a text in simplified characters with one 後, all but 后) is written as it is, so the words the
/// rules put in (。 between a heading and its text) come through, and most pieces need no search.
public struct SimplifiedText: Sendable {
    /// The text as written, in UTF-16 units.
    public let original: [UInt16]
    /// The folded text, unit for unit.
    public let folded: [UInt16]
    /// The units this text was folded to from other units: where else a folded unit stands, it is written.
    private let folds: Set<UInt16>

    public init(_ text: String, folding: SimplifiedFolding = .shared) {
        original = Array(text.utf16)
        folded = folding.fold(original)
        folds = Set(zip(original, folded).lazy.filter { $0.0 != $0.1 }.map { $0.1 })
    }

    /// The folded text as a string.
    public var foldedString: String { String(decoding: folded, as: UTF16.self) }

    /// `piece`, a string of the folded text or made of its pieces, in the characters as written.
    public func asWritten(_ piece: String) -> String {
        let units = Array(piece.utf16)
        guard units.contains(where: folds.contains) else { return piece }
        var written: [UInt16] = []
        written.reserveCapacity(units.count)
        var index = 0
        var next: Int?
        while index < units.count {
            if let position = next, position < folded.count, folded[position] == units[index] {
                written.append(original[position])
                index += 1
                next = position + 1
                continue
            }
            guard folds.contains(units[index]) || next == nil, let (start, length) = longestRun(of: units[index...], near: next) else {
                written.append(units[index])
                index += 1
                continue
            }
            written += original[start..<(start + length)]
            index += length
            next = start + length
        }
        return String(decoding: written, as: UTF16.self)
    }

    /// Where the folded text holds the longest run of `units` from its first, and how long the run is;
    /// of equally long runs, the one starting nearest `near`. Nil where the first unit is not in the text.
    private func longestRun(of units: ArraySlice<UInt16>, near: Int?) -> (Int, Int)? {
        guard let first = units.first else { return nil }
        var best: (start: Int, length: Int)?
        var bestDistance = Int.max
        for start in folded.indices where folded[start] == first {
            var length = 1
            var unit = units.index(after: units.startIndex)
            while unit < units.endIndex, start + length < folded.count, folded[start + length] == units[unit] {
                length += 1
                unit += 1
            }
            let distance = near.map { abs(start - $0) } ?? start
            if length > best?.length ?? 0 || length == best?.length && distance < bestDistance {
                best = (start, length)
                bestDistance = distance
            }
            if length == units.count && distance == 0 { break }
        }
        return best.map { ($0.start, $0.length) }
    }
}
