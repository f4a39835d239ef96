import Foundation

extension IndexProgress {
    /// A one-line progress bar: files, megabytes, rate and time left.
    public func bar(width: Int = 24) -> String {
        let fraction = bytesTotal > 0 ? Double(bytesDone) / Double(bytesTotal) : (filesTotal > 0 ? Double(filesDone) / Double(filesTotal) : 1)
        let filled = min(width, Int(fraction * Double(width)))
        let rate = elapsed > 0 ? Double(bytesDone) / elapsed / 1_000_000 : 0
        let remaining = rate > 0 ? Double(bytesTotal - bytesDone) / 1_000_000 / rate : 0
        return "[" + String(repeating: "#", count: filled) + String(repeating: ".", count: width - filled) + "] "
            + "\(filesDone)/\(filesTotal) files  "
            + String(format: "%.1f/%.1f MB  %.1f MB/s  ETA %.0f s", Double(bytesDone) / 1_000_000, Double(bytesTotal) / 1_000_000, rate, remaining)
    }
}

extension IndexReport {
    /// The one summary line printed at the end of `zhili index`.
    public func summary(index: String, seconds: Double) -> String {
        let changes = "\(unchanged) unchanged, \(changed) changed, \(added) added, \(removed) removed"
        let megabytes = String(format: "%.1f MB", Double(bytes) / 1_000_000)
        if leftAsItWas {
            let what = errors.isEmpty ? "nothing to index, no file to read under the paths given"
                : "no file could be read (" + (errors.count == 1 ? "the one named above" : "the \(errors.count) named above") + ")"
            return "\(index): \(what); " + (indexExisted ? "the index was left as it was" : "no index was written")
        }
        let unreadable = errors.isEmpty ? "" : "; " + IndexReport.files(errors.count) + " could not be read"
        guard let statistics else {
            return "\(index): up to date, nothing written (\(IndexReport.files(files)), \(megabytes), \(units) units; \(changes))" + unreadable
        }
        let onDisk = Double(statistics.bytes.values.reduce(0, +)) / 1_000_000
        var line = "\(index): generation \(statistics.generation), \(IndexReport.files(statistics.sources)) (\(megabytes)) → \(statistics.units) units, "
            + "\(statistics.terms) terms, \(statistics.segments) segment" + (statistics.segments == 1 ? "" : "s")
            + (statistics.merged > 0 ? " (\(statistics.merged) merged)" : "") + ", "
            + String(format: "%.1f MB on disk, %.1f s", onDisk, seconds) + " (\(changes))"
        let duplicates = statistics.duplicates
        if duplicates.groups > 0 {
            line += "; \(duplicates.units) units in \(duplicates.groups) near-duplicate groups" + String(format: " (%.1f s)", duplicates.seconds)
        }
        return line + unreadable
    }

    /// The note on a previous index that could not be reused: rebuilt, or, where there was nothing to
    /// read to rebuild it from, left as it was (and so still unusable).
    public func previousIndexNote(index: String) -> String? {
        guard let rebuildReason else { return nil }
        guard leftAsItWas else { return "the previous index was \(rebuildReason); rebuilt" }
        return "the index \(index) cannot be used (\(rebuildReason)); with no file read it was not rebuilt and is still unusable"
    }

    /// `1 file`, `2 files`.
    private static func files(_ count: Int) -> String { "\(count) " + (count == 1 ? "file" : "files") }
}
