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
        let output = RecordWriter(format: resolvedFormat, columns: columns).render(records)
        FileHandle.standardOutput.write(Data(output.utf8))
    }
}
