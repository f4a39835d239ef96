import Foundation
import TextNormalization

/// Segments UTF-8 text (a stream, or text decoded from another encoding) into the SIGHAN format: one output line per input line, its words in the input's
/// own characters separated by one ASCII space.
///
/// Folding guides the segmenter but never shows in the output: full-width and traditional characters
/// are printed as they came. Whitespace separates words and is printed as that one space; a byte order
/// mark at the start of the stream is dropped, and a last line without a line break gets one.
///
/// The stream is read in blocks of whole lines, each segmented in one call: a line break is a boundary
/// for ICU and no lexicon word or number rule spans one, so the words are those of line-by-line
/// segmentation, while the per-call costs are paid once a block rather than once a line. Memory stays
/// bounded: a line longer than `longLineLimit` bytes is segmented in pieces, each cut after a sentence
/// end (。！？；) or a space where there is one in its last 64 KiB, else between two characters, and
/// printed on one line all the same.
///
/// Bytes that are not UTF-8 stop the stream at the line that holds them (the lines before it are
/// printed) with a `NotUTF8Error`, unless the segmenter is `lossy`: then they are printed as U+FFFD and
/// their lines listed in the `Report`. A NUL byte, which no text holds, stops it with a `BinaryInputError`
/// even when lossy, as binary files are refused by every command.
///
/// Not thread-safe, like the `WordSegmenter` it drives.
public final class SIGHANStreamSegmenter {
    /// What a run found wrong with its input, which was segmented all the same.
    public struct Report: Sendable {
        /// The lines read.
        public var lines = 0
        /// Lossy only: the 1-based numbers of lines that were not valid UTF-8 (printed with U+FFFD in
        /// place of the bad bytes).
        public var invalidLines: [Int] = []
    }

    /// Input that is not UTF-8: where, or why.
    public struct NotUTF8Error: Error, CustomStringConvertible {
        public let description: String
    }

    /// Input that holds a NUL byte: binary data, not text.
    public struct BinaryInputError: Error, CustomStringConvertible {
        /// The 1-based line and the byte offset in the stream of the NUL byte.
        public let line: Int, byte: Int
        public var description: String { "line \(line), byte offset \(byte): binary data, not text (a NUL byte)" }
    }

    private let segmenter: WordSegmenter
    private let lossy: Bool
    private var original: [UInt16] = []
    private var output: [UInt8] = []
    private static let blockSize = 1 << 16
    private static let byteOrderMark: [UInt8] = [0xEF, 0xBB, 0xBF]
    /// Lines longer than this (in bytes) are segmented in pieces.
    public static let longLineLimit = 1 << 20
    /// Whether the next word printed begins a line (no space before it).
    private var atLineStart = true

    /// A stream segmenter; `lossy` prints bytes that are not UTF-8 as U+FFFD instead of stopping.
    public init(segmenter: WordSegmenter, lossy: Bool = false) {
        self.segmenter = segmenter
        self.lossy = lossy
    }

    /// Segments everything `input` holds to `output`.
    public func run(input: FileHandle, output sink: FileHandle) throws -> Report {
        try run(reading: { try input.read(upToCount: Self.blockSize) }, output: sink)
    }

    /// Segments text already decoded (from a file in another encoding) to `output`, as `run(input:)`
    /// would its UTF-8.
    public func run(text: String, output sink: FileHandle) throws -> Report {
        let bytes = Array(text.utf8)
        var start = 0
        return try run(reading: {
            let end = min(bytes.count, start + Self.blockSize)
            defer { start = end }
            return Data(bytes[start..<end])
        }, output: sink)
    }

    /// Segments the UTF-8 that `read` returns block by block (empty or nil at the end) to `sink`.
    private func run(reading read: () throws -> Data?, output sink: FileHandle) throws -> Report {
        var report = Report()
        var pending: [UInt8] = []
        var consumed = 0 // bytes of the stream before pending[0]
        var atStart = true
        output.removeAll(keepingCapacity: true)
        atLineStart = true
        defer { output.removeAll(keepingCapacity: true) }
        while let chunk = try read(), !chunk.isEmpty {
            pending.append(contentsOf: chunk)
            if atStart, pending.count >= Self.byteOrderMark.count {
                if pending.starts(with: [0xFF, 0xFE]) || pending.starts(with: [0xFE, 0xFF]) {
                    throw NotUTF8Error(description: "is UTF-16 (it starts with a UTF-16 byte order mark), not UTF-8")
                }
                if pending.starts(with: Self.byteOrderMark) {
                    pending.removeFirst(Self.byteOrderMark.count)
                    consumed += Self.byteOrderMark.count
                }
                atStart = false
            }
            var cut = 0
            var failure: (any Error)?
            if let lastBreak = pending.lastIndex(of: 0x0A) {
                cut = lastBreak + 1
                failure = segmentBlock(pending[..<cut], at: consumed, report: &report)
            } else if pending.count > Self.longLineLimit {
                cut = Self.pieceEnd(of: pending)
                failure = segmentPiece(pending[..<cut], at: consumed, report: &report)
            }
            pending.removeFirst(cut)
            consumed += cut
            if let failure {
                try sink.write(contentsOf: output)
                throw failure
            }
            if output.count >= Self.blockSize {
                try sink.write(contentsOf: output)
                output.removeAll(keepingCapacity: true)
            }
        }
        if atStart, pending.starts(with: Self.byteOrderMark) {
            pending.removeFirst(Self.byteOrderMark.count)
            consumed += Self.byteOrderMark.count
        }
        var failure: (any Error)?
        if !pending.isEmpty {
            pending.append(0x0A)
            failure = segmentBlock(pending[...], at: consumed, report: &report)
        }
        try sink.write(contentsOf: output)
        if let failure { throw failure }
        return report
    }

    /// One line (without its line break) in the SIGHAN format.
    public func line(_ text: String) -> String {
        output.removeAll(keepingCapacity: true)
        atLineStart = true
        original = Array(text.utf16)
        appendSegmented()
        return String(decoding: output, as: UTF8.self)
    }

    /// Decodes whole lines (`bytes`, which begin at byte `offset` of the stream, end with a line break)
    /// and appends them segmented to `output`. Stops before a line that holds a NUL byte, or (strict) is
    /// not UTF-8, and says so.
    private func segmentBlock(_ bytes: ArraySlice<UInt8>, at offset: Int, report: inout Report) -> (any Error)? {
        var failure: (any Error)?
        original = bytes.withUnsafeBufferPointer { buffer in
            [UInt16](unsafeUninitializedCapacity: buffer.count) { units, written in
                written = 0
                var lineStart = 0
                while let lineBreak = buffer[lineStart...].firstIndex(of: 0x0A) {
                    report.lines += 1
                    let line = UnsafeBufferPointer(rebasing: buffer[lineStart..<lineBreak])
                    if let nul = Self.nulOffset(in: line) {
                        failure = BinaryInputError(line: report.lines, byte: offset + lineStart + nul)
                        return
                    }
                    let decoded = UTF8Transcoding.decode(line, into: units.baseAddress! + written)
                    if let bad = decoded.firstInvalid {
                        failure = noteInvalid(line: report.lines, byte: offset + lineStart + bad, report: &report)
                        if failure != nil { return }
                    }
                    written += decoded.count
                    units[written] = 0x0A
                    written += 1
                    lineStart = lineBreak + 1
                }
            }
        }
        appendSegmented()
        return failure
    }

    /// Decodes a piece of a long line (`bytes`, from byte `offset` of the stream, hold no line break)
    /// and appends it segmented to `output`.
    private func segmentPiece(_ bytes: ArraySlice<UInt8>, at offset: Int, report: inout Report) -> (any Error)? {
        var failure: (any Error)?
        original = bytes.withUnsafeBufferPointer { buffer in
            [UInt16](unsafeUninitializedCapacity: buffer.count) { units, written in
                written = 0
                if let nul = Self.nulOffset(in: buffer) {
                    failure = BinaryInputError(line: report.lines + 1, byte: offset + nul)
                    return
                }
                let decoded = UTF8Transcoding.decode(buffer, into: units.baseAddress!)
                written = decoded.count
                if let bad = decoded.firstInvalid {
                    failure = noteInvalid(line: report.lines + 1, byte: offset + bad, report: &report)
                    if failure != nil { written = 0 }
                }
            }
        }
        appendSegmented()
        return failure
    }

    /// Lossy: lists the line in the report. Strict: the error that stops the stream.
    private func noteInvalid(line: Int, byte: Int, report: inout Report) -> NotUTF8Error? {
        guard lossy else {
            return NotUTF8Error(description: "line \(line), byte offset \(byte): not valid UTF-8")
        }
        if report.invalidLines.last != line { report.invalidLines.append(line) }
        return nil
    }

    /// The offset of the first NUL byte in `bytes`, if any.
    private static func nulOffset(in bytes: UnsafeBufferPointer<UInt8>) -> Int? {
        guard let base = bytes.baseAddress, let found = memchr(base, 0, bytes.count) else { return nil }
        return UnsafeRawPointer(base).distance(to: UnsafeRawPointer(found))
    }

    /// Where to cut a long line's first piece: after the last sentence end or space in the final 64 KiB,
    /// else before the last character that starts there.
    static func pieceEnd(of bytes: [UInt8]) -> Int {
        let floor = max(1, bytes.count - blockSize)
        for end in stride(from: bytes.count, to: floor, by: -1) {
            let last = bytes[end - 1]
            if last == 0x20 || last == 0x09 || last == 0x0D { return end }
            if end >= 3, bytes[end - 3] == 0xE3, bytes[end - 2] == 0x80, last == 0x82 { return end } // 。
            if end >= 3, bytes[end - 3] == 0xEF, bytes[end - 2] == 0xBC, [0x81, 0x9F, 0x9B].contains(last) {
                return end // ！ ？ ；
            }
        }
        var end = bytes.count - 1
        while end > 1, bytes[end] & 0xC0 == 0x80 { end -= 1 }
        return end
    }

    /// Appends `original`, segmented, to `output`: words separated by a space, line breaks kept.
    private func appendSegmented() {
        let text = FoldedText(utf16: original)
        let spans = segmenter.segment(text)
        // At most three bytes a unit, and a space before each word.
        let capacity = text.original.count * 3 + spans.count
        let segmented = [UInt8](unsafeUninitializedCapacity: capacity) { bytes, written in
            written = 0
            text.original.withUnsafeBufferPointer { units in
                text.originalOffsets.withUnsafeBufferPointer { offsets in
                    var lineStart = atLineStart
                    defer { atLineStart = lineStart }
                    for span in spans {
                        let start = Int(offsets[span.range.lowerBound])
                        let end = Int(offsets[span.range.upperBound])
                        guard start < end else { continue }
                        let word = UnsafeBufferPointer(rebasing: units[start..<end])
                        if span.kind == .other, word.allSatisfy(CharacterClass.isWhitespace) {
                            for unit in word where unit == 0x0A {
                                bytes[written] = 0x0A
                                written += 1
                                lineStart = true
                            }
                            continue
                        }
                        if !lineStart {
                            bytes[written] = 0x20
                            written += 1
                        }
                        lineStart = false
                        written += UTF8Transcoding.encode(word, into: bytes.baseAddress! + written)
                    }
                }
            }
        }
        output.append(contentsOf: segmented)
    }
}
