import FileErrors
import Foundation
import Reporting

/// Writes OpenSearch bulk requests as NDJSON files of at most `maximumBytes` each: an action line
/// and a source line per unit, never split across files, every file ending in a newline as `_bulk`
/// requires. A single pair larger than the limit gets a file of its own (OpenSearch accepts up to
/// `http.max_content_length`, 100 MB by default).
public final class OpenSearchBulkWriter {
    public let directory: URL
    public let maximumBytes: Int
    /// The files written so far, in order.
    public private(set) var files: [URL] = []
    /// Units written, per index.
    public private(set) var counts: [String: Int] = [:]

    private var buffer = Data()

    public init(directory: URL, maximumBytes: Int = OpenSearchBulkWriter.defaultMaximumBytes) {
        self.directory = directory
        self.maximumBytes = maximumBytes
    }

    /// 10 MiB: within what OpenSearch's documentation recommends per bulk request (5–15 MB).
    public static let defaultMaximumBytes = 10 << 20

    /// Adds one unit: `index` action with its `id`, then `source`.
    public func add(index: String, id: String, source: Value) throws {
        let action = Value.object([("index", .object([("_index", .string(index)), ("_id", .string(id))]))])
        let pair = Data((action.json + "\n" + source.json + "\n").utf8)
        if !buffer.isEmpty && buffer.count + pair.count > maximumBytes { try flush() }
        buffer.append(pair)
        counts[index, default: 0] += 1
    }

    /// Writes what is buffered as the next file.
    public func finish() throws {
        if !buffer.isEmpty { try flush() }
    }

    private func flush() throws {
        let url = directory.appendingPathComponent(String(format: "bulk-%05d.ndjson", files.count + 1))
        do {
            try buffer.write(to: url)
        } catch {
            throw OpenSearchExportError(path: url.path, problem: "cannot be written (\(FileErrorReason.system(error)))")
        }
        files.append(url)
        buffer.removeAll(keepingCapacity: true)
    }
}
