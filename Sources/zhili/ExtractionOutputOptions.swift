import ArgumentParser
import Foundation
import Reporting

/// `--format` for the extraction commands (`stats`, `cites`, `measures`): a table on a terminal,
/// JSON lines when standard output is a pipe or a file, so that scripts get data they can stream.
struct ExtractionOutputOptions: ParsableArguments {
    @Option(help: "Output format: table, csv, json, jsonl or md (default: table on a terminal, jsonl otherwise).")
    var format: OutputFormat?

    var resolvedFormat: OutputFormat {
        format ?? (isatty(STDOUT_FILENO) != 0 ? .table : .jsonl)
    }

    /// Prints `records`; tables and Markdown show `columns`, the machine formats every field.
    func write(_ records: [[(String, Value)]], columns: [String]) {
        var stream = self.stream(columns: columns)
        stream.write(records)
        stream.finish()
    }

    /// A stream to standard output for records written as they are found (see `RecordStream`):
    /// tables and Markdown show `columns`; CSV's header has `optionalFields` even where the first
    /// record lacks them.
    func stream(columns: [String], optionalFields: [String] = []) -> RecordStream {
        RecordStream(writer: RecordWriter(format: resolvedFormat, columns: columns), optionalFields: optionalFields) { text in
            StandardOutput.write(text)
        }
    }
}
