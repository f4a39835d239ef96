import CZhiliICU
import Foundation

/// Decodes a text file's bytes, detecting the encoding from the bytes themselves.
///
/// A byte order mark decides first. Without one, bytes that decode strictly as UTF-8 are UTF-8 (and
/// bytes that are UTF-8 up to a defect are UTF-8 with an error). Otherwise ICU's charset detector
/// proposes candidates, GB18030 and Big5 always among them; each decodes a sample, and the one whose
/// text holds the largest share of common Chinese characters is tried first on the whole file —
/// GB18030 and Big5 overlap so much that a Big5 file often decodes without error as GB18030, but into
/// rare characters (see `CommonCharacters`). Invalid bytes are an error naming the byte offset in the
/// best candidate, or U+FFFD when `lossy`.
public struct TextDecoder: Sendable {
    /// Whether invalid bytes are replaced with U+FFFD instead of failing the file.
    public var lossy: Bool

    public init(lossy: Bool = false) {
        self.lossy = lossy
    }

    /// How much of a file the detector and the candidate scoring look at.
    static let sampleLength = 256 * 1024

    /// Decodes `bytes`; a `declared` charset (an HTML page's `<meta charset>`) is tried first and kept
    /// when the bytes decode strictly in it — pages re-saved in another encoding keep stale declarations.
    public func decode(_ bytes: [UInt8], path: String, declared: String? = nil) throws(IngestionError) -> DecodedText {
        guard !bytes.isEmpty else { return DecodedText(encoding: "UTF-8", text: "") }
        guard bytes.count < Int(Int32.max / 2) else {
            throw IngestionError(path: path, reason: "too large to read as text (\(bytes.count) bytes)")
        }
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) {
            if let text = String(validating: bytes.dropFirst(3), as: UTF8.self) { return DecodedText(encoding: "UTF-8", text: text) }
            return try decodeOrThrow(bytes, from: 3, as: "UTF-8", path: path)
        }
        if bytes.starts(with: [0xFF, 0xFE]) {
            return try decodeOrThrow(bytes, from: 2, as: "UTF-16LE", path: path)
        }
        if bytes.starts(with: [0xFE, 0xFF]) {
            return try decodeOrThrow(bytes, from: 2, as: "UTF-16BE", path: path)
        }
        if let declared {
            let name = TextDecoder.canonicalName(declared)
            if name == "UTF-8", let text = String(validating: bytes, as: UTF8.self) { return DecodedText(encoding: name, text: text) }
            if let units = TextDecoder.run(name, bytes, from: 0, count: bytes.count, lossy: false).units {
                return DecodedText(encoding: name, units: units)
            }
        }
        if let reason = TextDecoder.binaryDataReason(bytes) {
            if let text = TextDecoder.utf16WithoutByteOrderMark(bytes) { return text }
            throw IngestionError(path: path, reason: reason)
        }
        // Valid UTF-8 needs no conversion; ICU is asked only where the offset of a defect is needed.
        if let text = String(validating: bytes, as: UTF8.self) { return DecodedText(encoding: "UTF-8", text: text) }
        let utf8 = TextDecoder.run("UTF-8", bytes, from: 0, count: bytes.count, lossy: false)
        if TextDecoder.looksLikeUTF8(bytes, upTo: utf8.invalidOffset) {
            return try decodeOrThrow(bytes, from: 0, as: "UTF-8", path: path)
        }
        return try decodeChinese(bytes, path: path)
    }

    /// Chooses among the legacy encodings by strict decoding of a sample and common-character counts.
    private func decodeChinese(_ bytes: [UInt8], path: String) throws(IngestionError) -> DecodedText {
        let sampleCount = min(bytes.count, TextDecoder.sampleLength)
        var candidates: [String] = []
        for (name, confidence) in TextDecoder.detect(bytes, count: min(bytes.count, 64 * 1024)) where confidence >= 10 {
            let canonical = TextDecoder.canonicalName(name)
            if !candidates.contains(canonical) && !canonical.hasPrefix("UTF") { candidates.append(canonical) }
        }
        for name in ["GB18030", "Big5"] where !candidates.contains(name) { candidates.append(name) }
        var scored: [(name: String, score: Double)] = []
        for name in candidates {
            let sample = TextDecoder.run(name, bytes, from: 0, count: sampleCount, lossy: true)
            scored.append((name, CommonCharacters.score(sample.units ?? [])))
        }
        // Best share of common characters first; the detector's order breaks ties (text without Chinese).
        let ranked = scored.enumerated().sorted { ($0.element.score, -$0.offset) > ($1.element.score, -$1.offset) }.map(\.element)
        if lossy { return try decodeOrThrow(bytes, from: 0, as: ranked[0].name, path: path) }
        // A decoding that reads far fewer common characters than the best one is a wrong guess, even
        // where it decodes without error (EUC-KR reads most GBK bytes): the best one's error is reported.
        let plausible = ranked.filter { $0.score >= ranked[0].score * 0.8 }
        var firstFailure: (name: String, offset: Int)?
        for candidate in plausible {
            let result = TextDecoder.run(candidate.name, bytes, from: 0, count: bytes.count, lossy: false)
            if let units = result.units { return DecodedText(encoding: candidate.name, units: units) }
            if firstFailure == nil { firstFailure = (candidate.name, result.invalidOffset) }
        }
        let failure = firstFailure ?? (ranked[0].name, 0)
        throw IngestionError(path: path, reason: TextDecoder.invalidReason(failure.name, offset: failure.offset, in: bytes))
    }

    /// Strict decoding first, so that a lossy result still says where its first replaced byte was.
    private func decodeOrThrow(_ bytes: [UInt8], from start: Int, as name: String, path: String) throws(IngestionError) -> DecodedText {
        let strict = TextDecoder.run(name, bytes, from: start, count: bytes.count - start, lossy: false)
        if let units = strict.units { return DecodedText(encoding: name, units: units) }
        guard lossy, let units = TextDecoder.run(name, bytes, from: start, count: bytes.count - start, lossy: true).units else {
            throw IngestionError(path: path, reason: TextDecoder.invalidReason(name, offset: strict.invalidOffset, in: bytes))
        }
        var decoded = DecodedText(encoding: name, units: units)
        decoded.firstInvalidOffset = strict.invalidOffset
        return decoded
    }

    /// Why `bytes` fail to decode as `name` at `offset`: an invalid sequence, or — where the last few
    /// bytes begin a character that some continuation would finish — a file cut off in the middle of a
    /// character, as an interrupted download or copy leaves it.
    static func invalidReason(_ name: String, offset: Int, in bytes: [UInt8]) -> String {
        let reason = "invalid \(name) byte sequence at byte offset \(offset)"
        guard offset >= 0, offset < bytes.count, bytes.count - offset < 4 else { return reason }
        let tail = Array(bytes[offset...])
        let completions: [[UInt8]] = [[0x80], [0x80, 0x80], [0x80, 0x80, 0x80], [0x40], [0xA1], [0x30], [0x81, 0x30], [0x30, 0x81, 0x30]]
        let cutOff = completions.contains { run(name, tail + $0, from: 0, count: tail.count + $0.count, lossy: false).units != nil }
        return cutOff ? "\(reason): the file ends in the middle of a character (cut off?)" : reason
    }

    /// Strict or lossy decoding of `count` bytes from `start`; offsets are in the whole file.
    static func run(_ name: String, _ bytes: [UInt8], from start: Int, count: Int, lossy: Bool) -> (units: [UInt16]?, invalidOffset: Int) {
        var units = [UInt16](repeating: 0, count: count + 2)
        var invalid: Int64 = -1
        var error: Int32 = 0
        let written = bytes.withUnsafeBufferPointer { source in
            units.withUnsafeMutableBufferPointer { target in
                source.baseAddress!.withMemoryRebound(to: CChar.self, capacity: source.count) { base in
                    zh_decode(name, base + start, Int32(count), target.baseAddress, Int32(target.count),
                              lossy ? 1 : 0, &invalid, &error)
                }
            }
        }
        if written < 0 { return (nil, start + Int(invalid)) }
        if error > 0 { return (nil, start) }
        units.removeSubrange(Int(written)...)
        return (units, -1)
    }

    /// ICU's candidates for `count` leading bytes, best first, with confidences 0–100.
    static func detect(_ bytes: [UInt8], count: Int) -> [(String, Int32)] {
        let stride = 64
        let capacity = 8
        var names = [CChar](repeating: 0, count: stride * capacity)
        var confidences = [Int32](repeating: 0, count: capacity)
        var error: Int32 = 0
        let found = bytes.withUnsafeBufferPointer { source in
            source.baseAddress!.withMemoryRebound(to: CChar.self, capacity: count) { base in
                zh_detect_charsets(base, Int32(count), &names, Int32(stride), &confidences, Int32(capacity), &error)
            }
        }
        guard error <= 0 else { return [] }
        return (0..<Int(found)).map { index in
            let name = names[(index * stride)..<((index + 1) * stride)].prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }
            return (String(decoding: name, as: UTF8.self), confidences[index])
        }
    }

    /// The name reported for a detector's charset: the GB family is read as its superset GB18030.
    static func canonicalName(_ name: String) -> String {
        switch name.uppercased() {
        case "GB18030", "GBK", "GB2312", "EUC-CN": "GB18030"
        case "BIG5", "BIG5-HKSCS": "Big5"
        case "UTF-8", "UTF8": "UTF-8"
        default: name
        }
    }

    /// Why `bytes` are not text, where they hold a byte that text does not (`binaryEvidence`): the words
    /// every file zhili reads as text is refused in, a stop list's as a document's.
    public static func binaryDataReason(_ bytes: [UInt8]) -> String? {
        binaryEvidence(in: bytes).map { "binary data, not text (control byte \(hex(bytes[$0])) at byte offset \($0))" }
    }

    /// The offset of a byte that text files do not hold — NUL, or a run of other C0 controls — if any.
    static func binaryEvidence(in bytes: [UInt8]) -> Int? {
        let nul = bytes.withUnsafeBytes { raw -> Int? in
            guard let found = memchr(raw.baseAddress!, 0, raw.count) else { return nil }
            return raw.baseAddress!.distance(to: UnsafeRawPointer(found))
        }
        if let nul { return nul }
        var controls = 0
        var first: Int?
        let scanned = min(bytes.count, 64 * 1024)
        for index in 0..<scanned {
            let byte = bytes[index]
            // Tab, line feed, vertical tab, form feed, carriage return and escape occur in real text.
            if byte < 0x20 && !(0x09...0x0D).contains(byte) && byte != 0x1B {
                controls += 1
                if first == nil { first = index }
            }
        }
        return controls * 100 > scanned ? first : nil
    }

    static func hex(_ byte: UInt8) -> String {
        let digits = String(byte, radix: 16, uppercase: true)
        return "0x" + (digits.count == 1 ? "0" + digits : digits)
    }

    /// UTF-16 without a byte order mark, which holds NUL bytes: accepted only when one byte order
    /// decodes strictly into text without control characters (but line ends and tabs) that is Chinese
    /// (a fifth or more common characters) or plain ASCII.
    static func utf16WithoutByteOrderMark(_ bytes: [UInt8]) -> DecodedText? {
        guard bytes.count % 2 == 0 else { return nil }
        var best: (name: String, units: [UInt16], score: Double)?
        for name in ["UTF-16LE", "UTF-16BE"] {
            guard let units = run(name, bytes, from: 0, count: bytes.count, lossy: false).units,
                  !units.contains(where: { $0 < 0x20 && !(0x09...0x0D).contains($0) }) else { continue }
            let ascii = units.allSatisfy { $0 < 0x80 }
            let score = ascii ? 1 : CommonCharacters.score(Array(units.prefix(sampleLength / 2)))
            if score >= 0.2, score > best?.score ?? 0 { best = (name, units, score) }
        }
        return best.map { DecodedText(encoding: $0.name, units: $0.units) }
    }

    /// Whether bytes that fail as UTF-8 at `invalidOffset` are still UTF-8 with a defect: the valid part
    /// before it holds several multi-byte characters, or the defect is a sequence cut off at the end.
    static func looksLikeUTF8(_ bytes: [UInt8], upTo invalidOffset: Int) -> Bool {
        var multiByte = 0
        for index in 0..<max(0, invalidOffset) where bytes[index] >= 0xC2 && bytes[index] <= 0xF4 {
            multiByte += 1
            if multiByte >= 4 { return true }
        }
        return multiByte >= 1 && invalidOffset >= bytes.count - 3
    }
}
