/// Traditional characters folded to simplified ones, one UTF-16 unit for one, so that a folded text is
/// exactly as long as the text as written and an offset into one is an offset into the other.
///
/// The mappings are the traditional → simplified part of `FoldingTable` — ICU's Traditional-Simplified
/// transform applied to each CJK ideograph alone, where it gives one other ideograph, less the characters
/// simplified text writes in its own right (`SimplifiedCharacters`: 著, 俱, 跤…) — without its NFKC part,
/// which changes lengths (㈠ → (一)) and which the rules that match on text as written (（一） and (1)
/// told apart) must not see. On ICU 72.1 that is 2,841 ideographs: of ICU's 3,952 rules, its 2,976 rules
/// for one character (121 of them keep it) less 12 characters left, and none of its 976 rules for words,
/// whose context (計畫 → 计划) a character alone does not have: 畫 folds to 画.
public struct SimplifiedFolding: Sendable {
    /// For each UTF-16 unit, its simplified form (itself where it has none).
    let simplified: [UInt16]
    /// How many units fold to another.
    public let count: Int

    /// The folding of this process, taken from `FoldingTable.shared` (its cache or ICU) on first use.
    public static let shared = SimplifiedFolding(FoldingTable.shared)

    init(_ table: FoldingTable) {
        var simplified = (0...0xFFFF).map { UInt16($0) }
        var count = 0
        // The ideographs whose traditional → simplified folding the table holds without NFKC.
        for range in HanCharacter.basicPlaneUnified {
            for unit in range {
                let folded = table.singles[unit]
                guard folded != UInt16(unit), folded != FoldingTable.expansionMarker else { continue }
                simplified[unit] = folded
                count += 1
            }
        }
        self.simplified = simplified
        self.count = count
    }

    /// Whether folding changes `text`: false for a text in simplified characters, which is then
    /// used as it is. Read from the UTF-8 bytes: every ideograph folded is written in three.
    public func changes(_ text: String) -> Bool {
        var text = text
        return text.withUTF8 { bytes in
            var index = 0
            let count = bytes.count
            while index < count {
                let lead = bytes[index]
                if lead < 0xE0 {
                    index += lead < 0x80 ? 1 : 2
                    continue
                }
                if lead >= 0xF0 {
                    index += 4
                    continue
                }
                let unit = UInt16(lead & 0x0F) << 12 | UInt16(bytes[index + 1] & 0x3F) << 6 | UInt16(bytes[index + 2] & 0x3F)
                if simplified[Int(unit)] != unit { return true }
                index += 3
            }
            return false
        }
    }

    /// The units of `units` folded.
    public func fold(_ units: [UInt16]) -> [UInt16] {
        units.map { simplified[Int($0)] }
    }

    /// `text` folded: as many UTF-16 units as `text`.
    public func fold(_ text: String) -> String {
        guard changes(text) else { return text }
        return String(decoding: fold(Array(text.utf16)), as: UTF16.self)
    }
}
