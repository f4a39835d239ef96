import CZhiliICU

/// Per-code-point folding of the Basic Multilingual Plane: NFKC (full-width → ASCII, compatibility
/// forms) followed by ICU's Traditional→Simplified transform.
///
/// Folding code point by code point, rather than running NFKC and the transform over whole texts, keeps
/// a map from every folded offset back to the original: segmentation and search match on the folded
/// form and report spans of the text as written. Chinese has no cross-character composition that this
/// loses.
public struct FoldingTable: Sendable {
    /// For each BMP code unit, its single-unit folding; `expansionMarker` where it folds to several.
    public let singles: [UInt16]
    /// Foldings longer than one UTF-16 unit (㈠ → (一), ﬁ → fi), and foldings to nothing.
    public let expansions: [UInt16: [UInt16]]

    public static let expansionMarker: UInt16 = 0xFFFF

    /// The table of this process: read from the user's cache, or built (see `cachedOrBuilt()`).
    public static let shared = FoldingTable.cachedOrBuilt()

    init(singles: [UInt16], expansions: [UInt16: [UInt16]]) {
        self.singles = singles
        self.expansions = expansions
    }

    /// Builds the table through ICU.
    init() {
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
        case 0x0000...0x009F, 0xA000...0xA4CF, 0xAC00...0xD7A3:
            return false
        default:
            // NFKC leaves the unified ideographs alone (it changes the compatibility ones).
            return !HanCharacter.basicPlaneUnified.contains { $0.contains(unit) }
        }
    }

    /// Applies the Traditional-Simplified transform to every CJK ideograph and keeps the one-to-one
    /// results, except for the characters simplified text writes in its own right (`SimplifiedCharacters`:
    /// 著 of 显著, 俱 of 与时俱进), which stay as written. An image the transform changes again (薴 → 苧,
    /// and 苧 → 苎) is followed one step further, so that folding a folded text changes nothing. Only the
    /// ideographs in the transform's source set (about 3,500) are transformed: the transform costs more
    /// per character than anything else in building the table.
    private static func applyTraditionalToSimplified(_ singles: inout [UInt16]) {
        let ranges = HanCharacter.basicPlaneUnified + [HanCharacter.basicPlaneCompatibility]
        var units: [UInt16] = []
        var sources: [Int] = []
        for range in ranges {
            for unit in range {
                let folded = singles[unit]
                guard folded != expansionMarker, !(0xD800...0xDFFF).contains(Int(folded)) else { continue }
                units.append(folded)
                sources.append(unit)
            }
        }
        var results = [UInt16](repeating: 0, count: units.count)
        var error: Int32 = 0
        _ = results.withUnsafeMutableBufferPointer { results in
            zh_transliterate_units("Traditional-Simplified", units, Int32(units.count), results.baseAddress, &error)
        }
        guard error <= 0 else { return }
        var images: [UInt16: UInt16] = [:]
        for (index, unit) in units.enumerated() where results[index] != 0 { images[unit] = results[index] }
        for unit in SimplifiedCharacters(images: images).all { images[unit] = nil }
        for (index, unit) in sources.enumerated() {
            guard let image = images[units[index]] else { continue }
            singles[unit] = images[image] ?? image
        }
    }
}
