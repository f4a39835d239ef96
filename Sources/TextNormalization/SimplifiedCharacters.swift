import CZhiliICU

/// The characters that ICU's Traditional-Simplified transform changes when it meets them alone, but that
/// simplified text writes in their own right — read from the transform's own rules, so that folding
/// character by character leaves a text in simplified characters as it is (显著, 与时俱进, 摔跤).
///
/// The transform reads words before characters: its rule `著 > 着` comes after `顯著 > 显著` and 35 more
/// words that keep 著, so the transform itself writes 显著; a fold that sees one character at a time has no
/// word, and would write 显着 for every 显著. Two classes of the rules say which characters to leave:
/// - **kept whole by a word**: a rule that maps a word of two or more characters to itself (`著名 > 著名`,
///   `乾坤 > 乾坤`, `狼藉 > 狼藉`) is there only to keep a character the transform would otherwise change;
///   its changed characters are left alone everywhere.
/// - **a variant that simplified Chinese encodes**: a one-character rule `X > Y` whose inverse
///   (Simplified-Traditional) never writes X back for Y alone folds a variant to a standard form
///   (俱 → 具, 跤 → 交, 姊 → 姐); where GB 2312, the simplified character set, holds X, simplified
///   text writes X itself. A variant GB 2312 lacks (産, 爲, 衆 of the 1954 report) stays folded, as does a
///   traditional form written back alone (后 → 後, 于 → 於: GB 2312 holds 後 and 於 for rarer uses).
struct SimplifiedCharacters {
    /// Changed characters that a rule mapping a word to itself holds.
    let keptByWords: Set<UInt16>
    /// Changed characters of one-way rules that GB 2312 encodes.
    let encodedVariants: Set<UInt16>

    /// Both classes.
    var all: Set<UInt16> { keptByWords.union(encodedVariants) }

    /// The classes among the characters of `images` (each one the transform changes alone, to its image),
    /// read from ICU's rules; empty where ICU gives no rules.
    init(images: [UInt16: UInt16]) {
        var keptByWords: Set<UInt16> = []
        for rule in SimplifiedCharacters.rules(of: "Traditional-Simplified")
        where rule.source.count > 1 && rule.source == rule.target {
            keptByWords.formUnion(rule.source.filter { images[$0] != nil })
        }
        var writtenBack: Set<UInt16> = []
        for rule in SimplifiedCharacters.rules(of: "Simplified-Traditional")
        where rule.source.count == 1 && rule.target.count == 1 && rule.source != rule.target {
            writtenBack.insert(rule.target[0])
        }
        let oneWay = images.keys.filter { !writtenBack.contains($0) }.sorted()
        var encoded = [UInt8](repeating: 0, count: oneWay.count)
        var error: Int32 = 0
        _ = encoded.withUnsafeMutableBufferPointer { encoded in
            zh_encodable_units("GB2312", oneWay, Int32(oneWay.count), encoded.baseAddress, &error)
        }
        self.keptByWords = keptByWords
        encodedVariants = error > 0 ? [] : Set(zip(oneWay, encoded).filter { $0.1 == 1 }.map(\.0))
    }

    /// The rules of the ICU transform `identifier` (`source > target;`, one a line, as its rule source
    /// writes them), in UTF-16 units; a line of another form (a filter, a variable) is passed over.
    static func rules(of identifier: String) -> [(source: [UInt16], target: [UInt16])] {
        var error: Int32 = 0
        let length = zh_transform_rules(identifier, nil, 0, &error)
        guard error <= 0, length > 0 else { return [] }
        var text = [UInt16](repeating: 0, count: Int(length) + 1)
        _ = text.withUnsafeMutableBufferPointer { zh_transform_rules(identifier, $0.baseAddress, Int32($0.count), &error) }
        guard error <= 0 else { return [] }
        let arrow: [UInt16] = Array(" > ".utf16)
        return text[..<Int(length)].split(separator: 0x0A).compactMap { line in
            var line = Array(line)
            guard line.last == 0x3B else { return nil }  // ;
            line.removeLast()
            guard let at = line.indices.first(where: { line[$0...].starts(with: arrow) }) else { return nil }
            let source = Array(line[..<at]), target = Array(line[(at + arrow.count)...])
            guard !source.isEmpty, !target.isEmpty, !source.contains(0x20), !target.contains(0x20) else { return nil }
            return (source, target)
        }
    }
}
