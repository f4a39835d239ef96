import ArgumentParser
import FileErrors
import Foundation

/// A file a command writes besides its standard output (`--plot FILE.svg`): checked before the work
/// starts, so that a mistyped folder costs no run, and written with an error naming the option and file.
struct OutputFile {
    /// The option naming the file, for messages.
    let option: String
    let path: String

    /// Exits 2 when `path` cannot name a file to write: it is a folder, or its folder does not exist.
    func validate() throws {
        let manager = FileManager.default
        var isFolder: ObjCBool = false
        if manager.fileExists(atPath: path, isDirectory: &isFolder), isFolder.boolValue {
            throw ValidationError("\(option) \(path) is a folder; give the name of a file to write.")
        }
        let folder = (path as NSString).deletingLastPathComponent
        let parent = folder.isEmpty ? "." : folder
        guard manager.fileExists(atPath: parent, isDirectory: &isFolder), isFolder.boolValue else {
            throw ValidationError("\(option) \(path): the folder \(parent) does not exist.")
        }
    }

    /// Writes `text` to the file; when the system refuses, prints why and exits 5.
    func write(_ text: String) throws {
        do {
            try text.write(toFile: path, atomically: true, encoding: .utf8)
        } catch {
            StandardError.print("error: \(option) \(path): cannot be written (\(FileErrorReason.system(error)))")
            throw ExitCode.unwritableOutput
        }
    }
}
