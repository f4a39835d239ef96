import Foundation

/// Where tests put their temporary files: one folder per test process under the system's temporary
/// directory, removed with everything in it when the process exits, so that runs do not leave
/// hundreds of folders behind.
public enum Scratch {
    /// The process's folder, made on first use.
    public static let root: URL = {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("zhili-tests-\(ProcessInfo.processInfo.processIdentifier)")
        try? FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        atexit { try? FileManager.default.removeItem(at: Scratch.root) }
        return url
    }()

    /// A path named `name` inside the process's folder (not created).
    public static func url(_ name: String) -> URL {
        root.appendingPathComponent(name)
    }
}
