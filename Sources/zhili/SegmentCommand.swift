import ArgumentParser
import FileErrors
import Foundation
import Ingestion
import Segmentation

/// `zhili segment`: words of Chinese text, one output line per input line (the SIGHAN format).
struct SegmentCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "segment",
        abstract: "Segment Chinese text into words, one output line per input line.",
        discussion: """
        Reads the files given, or standard input, and prints every line with its words separated by one \
        space, in UTF-8, in the input's own characters (full-width and traditional characters are \
        printed as they came). A file's encoding is detected as zhili inspect detects it: UTF-8 (with \
        or without a byte order mark), UTF-16 with a byte order mark, GB18030/GBK or Big5. A UTF-8 \
        file is read as a stream in constant memory; a file in another encoding is decoded whole \
        first. Standard input is read as a UTF-8 stream. Invalid bytes are an error naming the input \
        and the byte offset (exit 3): the lines of standard input before them are printed, nothing of \
        a file; with --lossy they are printed as U+FFFD with a warning, and the input goes on. Binary \
        data (a NUL byte) is refused as every command refuses it (exit 3), even with --lossy. \
        Words are found on a lattice of ICU's word breaker's tokens, a general vocabulary with word \
        frequencies (jieba's dict.txt where Debian's python3-jieba installs it, or the file named by \
        ZHILI_VOCABULARY or --vocabulary), the built-in governance lexicon and any --lexicon files, \
        matched on folded text (NFKC, traditional → simplified); without a vocabulary, ICU and the \
        lexicons alone (a note on standard error says so). A lexicon file holds one entry a line: the word, then optionally a whole-number \
        frequency; other fields are ignored, blank lines and lines starting with # skipped.
        """
    )

    @Argument(help: "Text files, segmented in turn, their encoding detected (standard input, UTF-8, when none, or for -).")
    var files: [String] = []

    @OptionGroup var words: SegmenterOptions

    @Flag(help: "Print invalid bytes as U+FFFD with a warning and go on, instead of stopping at them.")
    var lossy = false

    func run() throws {
        let stream = SIGHANStreamSegmenter(segmenter: try words.segmenter("segment"), lossy: lossy)
        var unreadable = false
        for path in files.isEmpty ? ["-"] : files {
            if !segment(path, with: stream) { unreadable = true }
        }
        if unreadable { throw ExitCode.unreadableInput }
    }

    /// Segments one file, or standard input for `-`, to standard output; false when its input was
    /// unreadable or held invalid bytes and was stopped before them (when lossy they are printed as
    /// U+FFFD with a warning, as `inspect --lossy` reads on).
    private func segment(_ path: String, with stream: SIGHANStreamSegmenter) -> Bool {
        let name = path == "-" ? "standard input" : path
        var isFolder: ObjCBool = false
        if path != "-", FileManager.default.fileExists(atPath: path, isDirectory: &isFolder), isFolder.boolValue {
            printError("error: \(name): is a folder; zhili segment reads text files")
            return false
        }
        do {
            if path != "-", case .decoded(let decoded) = try TextDecoder(lossy: lossy).content(ofFileAt: path) {
                _ = try stream.run(text: decoded.text, output: FileHandle.standardOutput)
                if let offset = decoded.firstInvalidOffset {
                    printError("warning: \(name): invalid \(decoded.encoding) byte sequence at byte offset \(offset), "
                               + "printed with U+FFFD in place of the bad bytes")
                }
                return true
            }
            guard let input = path == "-" ? FileHandle.standardInput : FileHandle(forReadingAtPath: path) else {
                printError("error: \(name): cannot be opened (\(String(cString: strerror(errno))))")
                return false
            }
            let report = try stream.run(input: input, output: FileHandle.standardOutput)
            if let first = report.invalidLines.first {
                let more = report.invalidLines.count > 1 ? " and \(report.invalidLines.count - 1) more lines" : ""
                printError("warning: \(name): line \(first)\(more) not valid UTF-8, "
                           + "printed with U+FFFD in place of the bad bytes")
            }
            return true
        } catch let error as IngestionError {
            printError("error: \(error)")
        } catch let error as SIGHANStreamSegmenter.BinaryInputError {
            printError("error: \(name): \(error)")
        } catch let error as SIGHANStreamSegmenter.NotUTF8Error {
            printError("error: \(name): \(error); standard input is read as UTF-8 (give the file's name to have its "
                       + "encoding detected, or --lossy to print U+FFFD in place of bad bytes)")
        } catch {
            printError("error: \(name): \(FileErrorReason.system(error))")
        }
        return false
    }

    private func printError(_ message: String) {
        StandardError.print(message)
    }
}
