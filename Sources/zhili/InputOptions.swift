import ArgumentParser
import Foundation
import Ingestion

/// The input of every command that reads reports: files and folders, and how to treat bad bytes.
struct InputOptions: ParsableArguments {
    @Argument(help: "Files and folders to read (folders recursively): .txt, .md, .html, .htm, .docx.")
    var paths: [String] = []

    @Flag(help: "Replace bytes that are invalid in the detected encoding with U+FFFD instead of failing the file.")
    var lossy = false

    /// Reads `paths` (or `defaultPaths` when none were given), printing warnings and errors to
    /// standard error; a command with errors prints what it could and exits with `unreadableInput`.
    func readCollection(defaultPaths: [String] = []) -> CollectionReadResult {
        InputOptions.read(paths.isEmpty ? defaultPaths : paths, lossy: lossy)
    }

    /// Reads `paths`, printing warnings and errors to standard error.
    static func read(_ paths: [String], lossy: Bool) -> CollectionReadResult {
        let result = CollectionReader(lossy: lossy).readAll(paths)
        for warning in result.warnings { StandardError.print("warning: \(warning)") }
        for error in result.errors { StandardError.print("error: \(error)") }
        return result
    }
}

/// Messages for standard error, which never carries data.
enum StandardError {
    static func print(_ message: String) {
        FileHandle.standardError.write(Data((message + "\n").utf8))
    }
}
