import Deduplication

/// The sketches of the sections and documents a writer signed in one segment, kept in its memory until
/// the commit's grouping: the segment's `DSIG` file does not store them (`DuplicateSignatureTable`), and
/// `DuplicateGrouper` signs again from the store only the texts of segments whose sketches are not held.
/// 24 bytes a sketch and 4 a unit number, in two arrays (not a sketch object each).
struct HeldSketches: Sendable {
    /// The signed units (numbers in the segment), ascending.
    private var units: [Int32] = []
    /// Their sketches' words one after another, `words` each.
    private var sketchWords: [UInt64] = []
    let words: Int

    /// The sketches of `signatures` (ascending by unit) that have one.
    init(_ signatures: [DuplicateSignature], words: Int) {
        self.words = words
        for signature in signatures {
            guard let sketch = signature.sketch else { continue }
            precondition(sketch.words.count == words, "one sketch size")
            units.append(Int32(signature.unit))
            sketchWords += sketch.words
        }
    }

    /// Copies the sketch of unit `local` into `target` from `offset`; false where none is held.
    func copy(unit local: Int, into target: inout [UInt64], at offset: Int) -> Bool {
        let index = units.lastIndex(notAbove: Int32(local))
        guard index >= 0, units[index] == Int32(local) else { return false }
        for word in 0..<words { target[offset + word] = sketchWords[index * words + word] }
        return true
    }
}
