/// Renders records — JSON objects with ordered fields — in one of the output formats.
///
/// Tables and Markdown show the columns named in `columns` (all fields when empty), truncating long
/// text so that a terminal row stays readable; JSON, JSON lines and CSV always carry every field, whole.
public struct RecordWriter: Sendable {
    public var format: OutputFormat
    /// Columns to show in `table` and `md`, in order; empty for all.
    public var columns: [String]
    /// The widest a table cell may be, in display columns (a CJK character counts two).
    public var maximumCellWidth: Int

    public init(format: OutputFormat, columns: [String] = [], maximumCellWidth: Int = 40) {
        self.format = format
        self.columns = columns
        self.maximumCellWidth = maximumCellWidth
    }

    /// The whole output for `records`, ending in a newline (nothing for an empty table).
    public func render(_ records: [[(String, Value)]]) -> String {
        switch format {
        case .json:
            return Value.array(records.map(Value.object)).json + "\n"
        case .jsonl:
            var output: [UInt8] = []
            for record in records {
                Value.object(record).appendJSON(to: &output)
                output.append(UInt8(ascii: "\n"))
            }
            return String(decoding: output, as: UTF8.self)
        case .csv:
            let header = fieldNames(records, all: true)
            return csvHeader(header) + records.map { csvRow($0, header: header) }.joined()
        case .md:
            let header = fieldNames(records, all: false)
            return markdownHeader(header) + records.map { markdownRow($0, header: header) }.joined()
        case .table:
            guard !records.isEmpty else { return "" }
            let header = fieldNames(records, all: false)
            let rows = records.map { record in header.map { truncate(oneLine(lookup($0, in: record).plainText)) } }
            var widths = header.map(RecordWriter.displayWidth)
            for row in rows {
                for (column, cell) in row.enumerated() { widths[column] = max(widths[column], RecordWriter.displayWidth(cell)) }
            }
            func line(_ cells: [String]) -> String {
                cells.enumerated().map { column, cell in
                    cell + String(repeating: " ", count: widths[column] - RecordWriter.displayWidth(cell))
                }.joined(separator: "  ").trimmingTrailingSpaces()
            }
            return ([line(header), line(widths.map { String(repeating: "-", count: $0) })] + rows.map(line))
                .joined(separator: "\n") + "\n"
        }
    }

    /// The CSV header line for `header`, CRLF-terminated (an empty line for no fields).
    func csvHeader(_ header: [String]) -> String {
        header.map(csvField).joined(separator: ",") + "\r\n"
    }

    /// One CSV line: `record`'s values under `header`, CRLF-terminated.
    func csvRow(_ record: [(String, Value)], header: [String]) -> String {
        header.map { csvField(lookup($0, in: record).plainText) }.joined(separator: ",") + "\r\n"
    }

    /// The Markdown table's header and rule lines for `header`.
    func markdownHeader(_ header: [String]) -> String {
        "| " + header.joined(separator: " | ") + " |\n|" + String(repeating: " --- |", count: header.count) + "\n"
    }

    /// One Markdown table line: `record`'s values under `header`, truncated and escaped.
    func markdownRow(_ record: [(String, Value)], header: [String]) -> String {
        "| " + header.map { markdownCell(truncate(lookup($0, in: record).plainText)) }.joined(separator: " | ") + " |\n"
    }

    func fieldNames(_ records: [[(String, Value)]], all: Bool) -> [String] {
        if !all && !columns.isEmpty { return columns }
        var names: [String] = []
        var seen = Set<String>()
        for record in records {
            for (name, _) in record where seen.insert(name).inserted { names.append(name) }
        }
        return names
    }

    private func lookup(_ name: String, in record: [(String, Value)]) -> Value {
        record.first { $0.0 == name }?.1 ?? .null
    }

    private func csvField(_ text: String) -> String {
        guard text.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }) else { return text }
        return "\"" + text.replacingAll("\"", with: "\"\"") + "\""
    }

    private func markdownCell(_ text: String) -> String {
        oneLine(text).replacingAll("|", with: "\\|")
    }

    private func oneLine(_ text: String) -> String {
        String(text.map { $0.isNewline ? " " : $0 })
    }

    private func truncate(_ text: String) -> String {
        var width = 0
        var result = ""
        for character in text {
            let characterWidth = RecordWriter.displayWidth(String(character))
            if width + characterWidth > maximumCellWidth - 1 { return result + "…" }
            width += characterWidth
            result.append(character)
        }
        return result
    }

    /// Display columns of `text` on a terminal: East Asian wide and full-width characters take two.
    public static func displayWidth(_ text: String) -> Int {
        text.unicodeScalars.reduce(0) { width, scalar in
            let value = scalar.value
            let wide = (0x1100...0x115F).contains(value) || (0x2E80...0xA4CF).contains(value)
                || (0xAC00...0xD7A3).contains(value) || (0xF900...0xFAFF).contains(value)
                || (0xFE30...0xFE4F).contains(value) || (0xFF00...0xFF60).contains(value)
                || (0xFFE0...0xFFE6).contains(value) || (0x20000...0x3FFFD).contains(value)
            return width + (wide ? 2 : 1)
        }
    }
}

extension String {
    fileprivate func replacingAll(_ target: Character, with replacement: String) -> String {
        var result = ""
        for character in self { if character == target { result += replacement } else { result.append(character) } }
        return result
    }

    fileprivate func trimmingTrailingSpaces() -> String {
        var result = self
        while result.last == " " { result.removeLast() }
        return result
    }
}
