import Foundation
import TextNormalization

/// Segments UTF-8 text line by line into the SIGHAN format: one output line per input line, its words
/// in the input's own characters separated by one ASCII space.
///
/// Folding guides the segmenter but never shows in the output: full-width and traditional characters
/// are printed as they came. Whitespace separates words and is printed as that one space; a byte order
/// mark at the start of the stream is dropped. Memory stays constant whatever the input's length (one
/// line at a time), except for a single line, which is held whole.
///
/// Not thread-safe, like the `WordSegmenter` it drives.
public final class SIGHANStreamSegmenter {
    /// What a run found wrong with its input, which was segmented all the same.
    public struct Report: Sendable {
        /// The lines read.
        public var lines = 0
        /// The 1-based numbers of lines that were not valid UTF-8 (printed with U+FFFD in their place).
        public var invalidLines: [Int] = []
    }

    private let segmenter: WordSegmenter
    private var original: [UInt16] = []
    private var output: [UInt8] = []
    private static let chunkSize = 1 << 20

    public init(segmenter: WordSegmenter) {
        self.segmenter = segmenter
    }

    /// Segments everything `input` holds to `output`.
    public func run(input: FileHandle, output sink: FileHandle) throws -> Report {
        var report = Report()
        var pending: [UInt8] = []
        var atStart = true
        output.removeAll(keepingCapacity: true)
        while let chunk = try input.read(upToCount: Self.chunkSize), !chunk.isEmpty {
            pending.append(contentsOf: chunk)
            if atStart, pending.count >= 3 {
                if pending.starts(with: [0xEF, 0xBB, 0xBF]) { pending.removeFirst(3) }
                atStart = false
            }
            var lineStart = 0
            while let newline = pending[lineStart...].firstIndex(of: 0x0A) {
                segmentLine(pending, lineStart..<newline, report: &report)
                lineStart = newline + 1
            }
            pending.removeFirst(lineStart)
            if output.count >= Self.chunkSize {
                try sink.write(contentsOf: output)
                output.removeAll(keepingCapacity: true)
            }
        }
        if atStart, pending.starts(with: [0xEF, 0xBB, 0xBF]) { pending.removeFirst(3) }
        if !pending.isEmpty { segmentLine(pending, 0..<pending.count, report: &report) }
        try sink.write(contentsOf: output)
        output.removeAll(keepingCapacity: true)
        return report
    }

    /// One line (without its line break) in the SIGHAN format.
    public func line(_ text: String) -> String {
        output.removeAll(keepingCapacity: true)
        original = Array(text.utf16)
        appendSegmented()
        output.removeLast()
        return String(decoding: output, as: UTF8.self)
    }

    private func segmentLine(_ bytes: [UInt8], _ range: Range<Int>, report: inout Report) {
        report.lines += 1
        original.removeAll(keepingCapacity: true)
        let valid = bytes.withUnsafeBufferPointer { buffer in
            UTF8Transcoding.decode(UnsafeBufferPointer(rebasing: buffer[range]), into: &original)
        }
        if !valid { report.invalidLines.append(report.lines) }
        appendSegmented()
    }

    /// Appends `original`, segmented, and a line break to `output`.
    private func appendSegmented() {
        let text = FoldedText(utf16: original)
        var first = true
        for span in segmenter.segment(text) {
            let start = text.originalOffset(ofFolded: span.range.lowerBound)
            let end = text.originalOffset(ofFolded: span.range.upperBound)
            guard start < end else { continue }
            let word = original[start..<end]
            if word.allSatisfy(CharacterClass.isWhitespace) { continue }
            if !first { output.append(0x20) }
            first = false
            UTF8Transcoding.encode(word, into: &output)
        }
        output.append(0x0A)
    }
}
