import ArgumentParser
import Foundation
import Segmentation

/// `zhili segment`: words of Chinese text, one output line per input line (the SIGHAN format).
struct SegmentCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "segment",
        abstract: "Segment Chinese text into words, one output line per input line.",
        discussion: """
        Reads UTF-8 text from the files given, or from standard input, and prints every line with its \
        words separated by one space, in the input's own characters (full-width and traditional \
        characters are printed as they came). ICU's word breaker is corrected by the built-in \
        governance lexicon and any --lexicon files, matched on folded text (NFKC, traditional → \
        simplified). A lexicon file holds one entry a line: the word, then optionally a whole-number \
        frequency; other fields are ignored, blank lines and lines starting with # skipped.
        """
    )

    @Argument(help: "UTF-8 text files, segmented in turn (standard input when none, or for -).")
    var files: [String] = []

    @Option(name: .customLong("lexicon"), help: ArgumentHelp("A word list added to the built-in lexicon (repeatable).", valueName: "file"))
    var lexicons: [String] = []

    @Flag(name: .customLong("no-builtin-lexicon"), help: "Leave out the built-in governance lexicon (for example to score with one word list alone).")
    var withoutBuiltIn = false

    func run() throws {
        var lexicon = withoutBuiltIn ? Lexicon() : Lexicon.builtIn
        for path in lexicons {
            do {
                lexicon = lexicon.merging(try Lexicon(contentsOf: path))
            } catch {
                printError("zhili segment: lexicon \(error)")
                throw ExitCode.unreadableInput
            }
        }
        let stream: SIGHANStreamSegmenter
        do {
            stream = SIGHANStreamSegmenter(segmenter: try WordSegmenter(lexicon: lexicon))
        } catch {
            printError("zhili segment: \(error)")
            throw ExitCode.failure
        }
        var unreadable = false
        for path in files.isEmpty ? ["-"] : files {
            let name = path == "-" ? "standard input" : path
            guard let input = path == "-" ? FileHandle.standardInput : FileHandle(forReadingAtPath: path) else {
                printError("\(name): cannot be opened")
                unreadable = true
                continue
            }
            do {
                let report = try stream.run(input: input, output: FileHandle.standardOutput)
                if let first = report.invalidLines.first {
                    let more = report.invalidLines.count > 1 ? " and \(report.invalidLines.count - 1) more lines" : ""
                    printError("\(name): line \(first)\(more) not valid UTF-8 (printed with U+FFFD in place of the bad bytes)")
                    unreadable = true
                }
            } catch {
                printError("\(name): \(error.localizedDescription)")
                unreadable = true
            }
        }
        if unreadable { throw ExitCode.unreadableInput }
    }

    private func printError(_ message: String) {
        FileHandle.standardError.write(Data((message + "\n").utf8))
    }
}
