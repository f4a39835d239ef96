import Foundation
import TestSupport

/// A fresh folder in the system's temporary directory, removed with everything in it when released.
final class TemporaryFolder {
    let url: URL

    init() throws {
        url = Scratch.url("zhili-segment-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    }

    deinit { try? FileManager.default.removeItem(at: url) }

    /// Writes `contents` to the file `name` in the folder and returns its location.
    func file(_ name: String, contents: Data) throws -> URL {
        let file = url.appendingPathComponent(name)
        try contents.write(to: file)
        return file
    }

    func file(_ name: String, contents: String) throws -> URL {
        try file(name, contents: Data(contents.utf8))
    }
}
