import ArgumentParser
import FileErrors
import Foundation

/// The data a command prints. Standard output can refuse it — a full disk, a file system gone read-only —
/// and the command then stops with a message naming what failed and exit code 5, rather than crashing
/// in Foundation's `write` or ending as if all had been printed.
enum StandardOutput {
    static func write(_ text: String) {
        write(Data(text.utf8))
    }

    static func write(_ data: Data) {
        do {
            try FileHandle.standardOutput.write(contentsOf: data)
        } catch {
            fail(FileErrorReason.system(error))
        }
    }

    private static func fail(_ reason: String) -> Never {
        StandardError.print("error: standard output cannot be written (\(reason)); what was printed is incomplete")
        Foundation.exit(ExitCode.unwritableOutput.rawValue)
    }
}
