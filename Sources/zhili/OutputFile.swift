import ArgumentParser
import FileErrors
import Foundation

/// A file a command writes besides its standard output (`--plot FILE.svg`): checked before the work
/// starts, so that a mistyped folder costs no run, and written with an error naming the option and file.
struct OutputFile {
    /// The option naming the file, for messages.
    let option: String
    let path: String

    /// Exits 2 when `path` cannot name a file to write: it is a folder, or its folder does not exist;
    /// exits 5 when nothing can be written in its folder, before any work is done.
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
        if let reason = OutputFile.reasonNothingCanBeWritten(in: parent) {
            StandardError.print("error: \(option) \(path): cannot be written (\(reason))")
            throw ExitCode.unwritableOutput
        }
    }

    /// Why no file can be made in `folder` (a folder the user may not write in, a read-only file
    /// system), nil when one can. The write makes its temporary copy in that folder, so a probe file is
    /// made there and removed: permission bits alone do not tell, for root or on a read-only mount.
    static func reasonNothingCanBeWritten(in folder: String) -> String? {
        let probe = (folder as NSString).appendingPathComponent(".zhili-probe-\(UUID().uuidString)")
        let descriptor = open(probe, O_WRONLY | O_CREAT | O_EXCL, 0o600)
        guard descriptor >= 0 else { return String(cString: strerror(errno)) }
        close(descriptor)
        unlink(probe)
        return nil
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
