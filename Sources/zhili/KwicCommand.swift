import ArgumentParser
import Foundation
import Reporting
import SearchIndex
import TextAnalysis

/// `zhili kwic QUERY (PATH ... | --index DIR) [--width N] [--sort left|right|source] [--limit N]`.
struct KwicCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "kwic",
        abstract: "Keyword in context: every occurrence of a query with the text on either side.",
        discussion: """
        The query is found as zhili search finds a word: wherever its characters stand together, after \
        folding (full-width → ASCII, traditional → simplified, ASCII case), occurrences not overlapping. \
        The context is the cleaned text of the section, line breaks shown as spaces. On a terminal (or \
        with --format table) the lines are aligned on the match. With --index DIR the occurrences are \
        found from the index's postings and stored text; no source file is read.
        """
    )

    @Argument(help: "The word or phrase to find.")
    var query: String

    @Argument(help: "Files and folders to read (folders recursively).")
    var paths: [String] = []

    @OptionGroup var input: AnalysisInput

    @Option(parsing: .unconditional, help: "Characters of context on each side.")
    var width = 20

    @Option(help: "Order of the lines: left (by the context before the match, nearest character first), right, or source (reading order).")
    var sort: Concordancer.Order = .source

    @Option(parsing: .unconditional, help: "At most this many lines, after sorting (0: all).")
    var limit = 0

    @OptionGroup var output: ExtractionOutputOptions

    func validate() throws {
        try input.validate(paths: paths)
        if width < 0 || limit < 0 { throw ValidationError("--width and --limit must not be negative.") }
        if Concordancer(query: query, width: width) == nil { throw ValidationError("The query holds no characters to find.") }
    }

    func run() throws {
        let concordancer = Concordancer(query: query, width: width)!
        let format = output.resolvedFormat
        let reader = try input.openIndex("kwic", paths: paths)
        if let reader, sort == .source, format == .jsonl || format == .json {
            // The lines' JSON is written on the threads that find them; this one only prints.
            do {
                try printJSON(concordancer, reader, format: format)
            } catch {
                StandardError.print("zhili kwic: \(error)")
                throw ExitCode.damagedIndex
            }
            return
        }
        // In reading order the lines are printed as they are found; sorting and the aligned table need them all.
        var stream = sort == .source && format != .table ? output.stream(columns: []) : nil
        var lines: [ConcordanceLine] = []
        var printed = 0
        func take(_ found: [ConcordanceLine]) {
            if stream == nil {
                lines += found
                return
            }
            let kept = limit > 0 ? found.prefix(max(0, limit - printed)) : found[...]
            stream?.write(kept.map(\.record))
            printed += kept.count
        }
        var unreadable = false
        if let reader {
            do {
                try concordancer.forEachLines(in: reader, threads: input.threads, take)
            } catch {
                StandardError.print("zhili kwic: \(error)")
                throw ExitCode.damagedIndex
            }
        } else {
            unreadable = try input.forEachFile("kwic", paths: paths, transform: { concordancer.lines(in: $0) }, consume: take)
        }
        if var stream {
            stream.finish()
        } else {
            lines = Concordancer.sorted(lines, by: sort)
            if limit > 0 { lines = Array(lines.prefix(limit)) }
            if format == .table {
                StandardOutput.write(Concordancer.aligned(lines, colour: isatty(STDOUT_FILENO) != 0))
            } else {
                output.write(lines.map(\.record), columns: [])
            }
        }
        if unreadable { throw ExitCode.unreadableInput }
    }

    /// Prints the lines of `reader` in reading order as JSON lines or a JSON array, the same bytes
    /// `RecordStream` writes for their records; JSON lines are printed as the workers wrote them.
    private func printJSON(_ concordancer: Concordancer, _ reader: IndexReader, format: OutputFormat) throws(IndexError) {
        var printed = 0
        var array: [UInt8] = []
        try concordancer.forEachJSONLines(in: reader, threads: input.threads) { lines in
            let count = limit == 0 ? lines.ends.count : min(lines.ends.count, max(0, limit - printed))
            guard count > 0 else { return }
            if format == .jsonl {
                KwicCommand.writeOut(lines.bytes[..<lines.ends[count - 1]])
            } else {
                // An array: the lines without their line feeds, after a bracket or a comma.
                array.removeAll(keepingCapacity: true)
                var start = 0
                for end in lines.ends[..<count] {
                    array.append(printed == 0 && start == 0 ? UInt8(ascii: "[") : UInt8(ascii: ","))
                    array.append(contentsOf: lines.bytes[start..<(end - 1)])
                    start = end
                }
                KwicCommand.writeOut(array[...])
            }
            printed += count
        }
        if format == .json { KwicCommand.writeOut(Array((printed == 0 ? "[]\n" : "]\n").utf8)[...]) }
    }

    /// Writes `bytes` to standard output without copying them.
    private static func writeOut(_ bytes: ArraySlice<UInt8>) {
        bytes.withUnsafeBytes { raw in
            guard let base = raw.baseAddress, !raw.isEmpty else { return }
            StandardOutput.write(Data(bytesNoCopy: UnsafeMutableRawPointer(mutating: base), count: raw.count, deallocator: .none))
        }
    }
}
