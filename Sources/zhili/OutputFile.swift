import ArgumentParser
import FileErrors
import Foundation

/// A file a command writes besides its standard output (`--plot FILE.svg`): checked before the work
/// starts, so that a mistyped folder or a folder that cannot be written in costs no run, and written
/// with an error naming the option and file.
struct OutputFile {
    /// The option naming the file, for messages.
    let option: String
    let path: String

    /// Where the bytes go. A file is replaced atomically (a link to one is followed, so that the link
    /// stays); a device or named pipe (`/dev/stdout`) is written through, as a shell redirection writes
    /// it, for replacing it would put a regular file in its place.
    private enum Target {
        case file(String)
        case stream(String)
    }

    private var target: Target {
        var info = stat()
        if stat(path, &info) == 0, info.st_mode & S_IFMT != S_IFREG { return .stream(path) }
        // A link is followed, to a file that does not exist yet too: the link stays, its file is replaced.
        var file = path
        for _ in 0..<40 {
            guard let destination = try? FileManager.default.destinationOfSymbolicLink(atPath: file) else { break }
            file = destination.hasPrefix("/") ? destination
                : ((file as NSString).deletingLastPathComponent as NSString).appendingPathComponent(destination)
        }
        return .file(file)
    }

    /// Exits 2 when `path` cannot name a file to write: it is a folder, or its folder does not exist;
    /// exits 5 when it cannot be written, before any work is done.
    func validate() throws {
        let manager = FileManager.default
        var isFolder: ObjCBool = false
        if manager.fileExists(atPath: path, isDirectory: &isFolder), isFolder.boolValue {
            throw ValidationError("\(option) \(path) is a folder; give the name of a file to write.")
        }
        let reason: String?
        switch target {
        case .stream(let stream):
            reason = access(stream, W_OK) == 0 ? nil : String(cString: strerror(errno))
        case .file(let file):
            let folder = (file as NSString).deletingLastPathComponent
            let parent = folder.isEmpty ? "." : folder
            guard manager.fileExists(atPath: parent, isDirectory: &isFolder), isFolder.boolValue else {
                throw ValidationError("\(option) \(path): the folder \(parent) does not exist.")
            }
            reason = OutputFile.reasonNothingCanBeWritten(in: parent)
        }
        if let reason {
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
            switch target {
            case .file(let file):
                try text.write(toFile: file, atomically: true, encoding: .utf8)
            case .stream(let stream):
                guard let handle = FileHandle(forWritingAtPath: stream) else {
                    throw NSError(domain: NSPOSIXErrorDomain, code: Int(errno))
                }
                defer { try? handle.close() }
                try handle.write(contentsOf: Data(text.utf8))
            }
        } catch {
            StandardError.print("error: \(option) \(path): cannot be written (\(FileErrorReason.system(error)))")
            throw ExitCode.unwritableOutput
        }
    }
}
