import TextNormalization

extension TextMatcher {
    /// The occurrences in a text given as its UTF-8, as byte ranges of the text as written: the same
    /// occurrences as `occurrences(in: FoldedText(text))` mapped back through the folded text's
    /// offsets, found by folding each character as the scan reaches it instead of making a folded
    /// copy of the whole text (a concordance of a common word scans most of a collection).
    public func occurrences(inUTF8 text: UnsafeBufferPointer<UInt8>) -> [Range<Int>] {
        let table = FoldingTable.shared
        var found: [Range<Int>] = []
        table.singles.withUnsafeBufferPointer { singles in
            pattern.withUnsafeBufferPointer { pattern in
                let scanner = FoldingScanner(text: text, singles: singles, expansions: table.expansions)
                let first = pattern[0]
                var position = FoldingScanner.Position(offset: 0, unit: 0)
                while position.offset < text.count {
                    let character = scanner.character(at: position.offset)
                    if position.unit < character.count {
                        if scanner.unit(position.unit, of: character) == first, let after = scanner.match(pattern, from: position) {
                            found.append(position.offset..<scanner.originalOffset(of: after))
                            position = after
                            continue
                        }
                        position.unit += 1
                        if position.unit < character.count { continue }
                    }
                    position = FoldingScanner.Position(offset: position.offset + character.length, unit: 0)
                }
            }
        }
        return found
    }
}

/// Reads valid UTF-8 as the units `FoldedText` folds it to, lowercased as `TextMatcher.normalized`
/// lowercases them, a character at a time.
private struct FoldingScanner {
    /// A folded unit's place: the byte offset of the character it comes from, and its index among
    /// that character's folded units.
    struct Position {
        var offset: Int
        var unit: Int
    }

    /// A character of the text: its length in bytes, how many units it folds to, and its scalar;
    /// `single` is its one folded unit where it has exactly one and lies in the BMP.
    struct Character {
        var length: Int
        var count: Int
        var single: UInt16
        var scalar: UInt32
    }

    let text: UnsafeBufferPointer<UInt8>
    let singles: UnsafeBufferPointer<UInt16>
    let expansions: [UInt16: [UInt16]]

    @inline(__always)
    func character(at offset: Int) -> Character {
        let (scalar, length) = text.scalar(at: offset)
        // Outside the BMP a character is its surrogate pair, which folding leaves alone.
        guard scalar < 0x10000 else { return Character(length: length, count: 2, single: 0, scalar: scalar) }
        let single = singles[Int(scalar)]
        guard single == FoldingTable.expansionMarker else {
            return Character(length: length, count: 1, single: FoldingScanner.lowercased(single), scalar: scalar)
        }
        return Character(length: length, count: expansions[UInt16(scalar)]?.count ?? 0, single: 0, scalar: scalar)
    }

    @inline(__always)
    func unit(_ index: Int, of character: Character) -> UInt16 {
        // One unit is a single folding (an expansion has two or more; a scalar beyond the BMP, its pair).
        if character.count == 1 { return character.single }
        if character.scalar >= 0x10000 {
            let value = character.scalar - 0x10000
            return index == 0 ? UInt16(0xD800 + (value >> 10)) : UInt16(0xDC00 + (value & 0x3FF))
        }
        return FoldingScanner.lowercased(expansions[UInt16(character.scalar)]![index])
    }

    @inline(__always)
    static func lowercased(_ unit: UInt16) -> UInt16 {
        unit &- 0x41 < 26 ? unit + 0x20 : unit
    }

    /// The position after `pattern` where the folded units from `start` on are the pattern's; nil where they are not.
    func match(_ pattern: UnsafeBufferPointer<UInt16>, from start: Position) -> Position? {
        var position = start
        var matched = 0
        while matched < pattern.count {
            guard position.offset < text.count else { return nil }
            let character = character(at: position.offset)
            if position.unit < character.count {
                guard unit(position.unit, of: character) == pattern[matched] else { return nil }
                matched += 1
                position.unit += 1
            }
            if position.unit >= character.count { position = Position(offset: position.offset + character.length, unit: 0) }
        }
        return position
    }

    /// The offset in the text as written of the character the folded unit at `position` comes from
    /// (`FoldedText.originalOffset(ofFolded:)`); the end of the text where no unit follows.
    func originalOffset(of position: Position) -> Int {
        if position.unit > 0 { return position.offset }
        var offset = position.offset
        while offset < text.count {
            let character = character(at: offset)
            if character.count > 0 { return offset }
            offset += character.length
        }
        return text.count
    }
}
