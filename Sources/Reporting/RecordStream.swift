/// Writes records batch by batch as a command finds them, with the same bytes `RecordWriter.render`
/// gives for all of them at once, so that a collection of any size is printed in constant memory.
///
/// JSON is written as one array opened before the first record and closed by `finish`; JSON lines
/// record by record; Markdown under the writer's `columns`, row by row. CSV streams under the first
/// record's fields, followed by those of `optionalFields` it lacks: the header `render` makes from
/// every record (each field in order of first appearance) wherever a command's records share their
/// fields but for trailing ones that the caller names. A table must know every cell to size its
/// columns, so it is kept until `finish`, as is Markdown without `columns` (its header is the union
/// of the records' fields).
public struct RecordStream {
    public let writer: RecordWriter
    /// Fields that only some records have, last, in order (CSV's header carries them all the same).
    public let optionalFields: [String]
    private var header: [String] = []
    private let emit: (String) -> Void
    private var written = 0
    private var held: [[(String, Value)]] = []

    /// Bytes of text at most handed to `emit` at once, one record aside: a file's batch of records
    /// (a one-line file with a figure every few characters) is never held as one string.
    public static let pieceLength = 1 << 20

    /// A stream handing its text to `emit`, a piece per `write` or per `pieceLength` bytes.
    public init(writer: RecordWriter, optionalFields: [String] = [], emit: @escaping (String) -> Void) {
        self.writer = writer
        self.optionalFields = optionalFields
        self.emit = emit
    }

    /// Whether records are printed as they come rather than kept until `finish`.
    public var streams: Bool {
        switch writer.format {
        case .json, .jsonl, .csv: true
        case .md: !writer.columns.isEmpty
        case .table: false
        }
    }

    /// Prints `records` (or keeps them, where the format cannot stream).
    public mutating func write(_ records: [[(String, Value)]]) {
        guard !records.isEmpty else { return }
        guard streams else {
            held += records
            return
        }
        if written == 0 && writer.format == .csv {
            header = records[0].map(\.0)
            header += optionalFields.filter { !header.contains($0) }
        }
        var text = written == 0 ? opening : ""
        // JSON is written as bytes, after `text` (the opening bracket).
        var json: [UInt8] = []
        func flush() {
            emit(json.isEmpty ? text : text + String(decoding: json, as: UTF8.self))
            text = ""
            json.removeAll(keepingCapacity: true)
        }
        for record in records {
            switch writer.format {
            case .json:
                if written > 0 { json.append(UInt8(ascii: ",")) }
                Value.object(record).appendJSON(to: &json)
            case .jsonl:
                Value.object(record).appendJSON(to: &json)
                json.append(UInt8(ascii: "\n"))
            case .csv:
                text += writer.csvRow(record, header: header)
            case .md:
                text += writer.markdownRow(record, header: writer.columns)
            case .table:
                break
            }
            written += 1
            if json.count + text.utf8.count >= RecordStream.pieceLength { flush() }
        }
        if !json.isEmpty || !text.isEmpty { flush() }
    }

    /// Ends the output: closes the JSON array, or prints what was kept; with no record at all, what
    /// `render` prints for none (`[]`, CSV's empty line, a Markdown header, nothing for a table).
    public mutating func finish() {
        guard streams else {
            emit(writer.render(held))
            held = []
            return
        }
        if written == 0 {
            emit(writer.render([]))
        } else if writer.format == .json {
            emit("]\n")
        }
    }

    /// What comes before the first record: the array's bracket, the CSV header, the Markdown header.
    private var opening: String {
        switch writer.format {
        case .json: "["
        case .csv: writer.csvHeader(header)
        case .md: writer.markdownHeader(writer.columns)
        case .jsonl, .table: ""
        }
    }
}
