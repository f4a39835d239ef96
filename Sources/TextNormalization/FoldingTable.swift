import CZhiliICU

/// Per-code-point folding of the Basic Multilingual Plane: NFKC (full-width → ASCII, compatibility
/// forms) followed by ICU's Traditional→Simplified transform.
///
/// Folding code point by code point, rather than running NFKC and the transform over whole texts, keeps
/// a map from every folded offset back to the original: segmentation and search match on the folded
/// form and report spans of the text as written. Chinese has no cross-character composition that this
/// loses.
struct FoldingTable: Sendable {
    /// For each BMP code unit, its single-unit folding; `expansionMarker` where it folds to several.
    let singles: [UInt16]
    /// Foldings longer than one UTF-16 unit (㈠ → (一), ﬁ → fi), and foldings to nothing.
    let expansions: [UInt16: [UInt16]]

    static let expansionMarker: UInt16 = 0xFFFF

    static let shared = FoldingTable()

    private init() {
        var singles = [UInt16](repeating: 0, count: 0x10000)
        var expansions: [UInt16: [UInt16]] = [:]
        var buffer = [UInt16](repeating: 0, count: 32)
        for unit in 0..<0x10000 {
            let code = UInt16(unit)
            singles[unit] = code
            // Surrogates are carried through unchanged; private-use and unassigned fold to themselves.
            if (0xD800...0xDFFF).contains(unit) { continue }
            if !FoldingTable.mayChangeUnderNFKC(unit) { continue }
            var error: Int32 = 0
            let length = buffer.withUnsafeMutableBufferPointer {
                zh_nfkc_code_point(Int32(unit), $0.baseAddress, Int32($0.count), &error)
            }
            guard error <= 0 else { continue }
            let folded = Array(buffer[0..<Int(length)])
            if folded == [code] { continue }
            if folded.count == 1 {
                singles[unit] = folded[0]
            } else {
                singles[unit] = FoldingTable.expansionMarker
                expansions[code] = folded
            }
        }
        FoldingTable.applyTraditionalToSimplified(&singles)
        self.singles = singles
        self.expansions = expansions
    }

    /// Skips the NFKC call for blocks known to be NFKC-stable, which makes building the table cheap:
    /// ASCII, CJK Unified Ideographs and their Extension A, Hangul syllables and Yi.
    private static func mayChangeUnderNFKC(_ unit: Int) -> Bool {
        switch unit {
        case 0x0000...0x009F, 0x3400...0x4DBF, 0x4E00...0x9FFF, 0xA000...0xA4CF, 0xAC00...0xD7A3:
            return false
        default:
            return true
        }
    }

    /// Runs the Traditional-Simplified transform once over every CJK ideograph, one per line, and keeps
    /// the one-to-one results.
    private static func applyTraditionalToSimplified(_ singles: inout [UInt16]) {
        let ranges: [ClosedRange<Int>] = [0x3400...0x4DBF, 0x4E00...0x9FFF, 0xF900...0xFAFF]
        var text: [UInt16] = []
        var sources: [Int] = []
        for range in ranges {
            for unit in range {
                let folded = singles[unit]
                guard folded != expansionMarker, !(0xD800...0xDFFF).contains(Int(folded)) else { continue }
                text.append(folded)
                text.append(0x0A)
                sources.append(unit)
            }
        }
        let capacity = text.count * 2 + 16
        text.append(contentsOf: repeatElement(0, count: capacity - text.count))
        var error: Int32 = 0
        let length = text.withUnsafeMutableBufferPointer {
            zh_transliterate("Traditional-Simplified", $0.baseAddress, Int32(sources.count * 2), Int32(capacity), &error)
        }
        guard error <= 0 else { return }
        let lines = text[0..<Int(length)].split(separator: 0x0A, omittingEmptySubsequences: false)
        // The transform is per character; should it ever merge or split lines, keep NFKC alone.
        guard lines.count >= sources.count else { return }
        for (index, unit) in sources.enumerated() {
            let line = lines[index]
            if line.count == 1, let simplified = line.first { singles[unit] = simplified }
        }
    }
}
