import Foundation

/// What one run of the built `zhili` executable printed and how it exited.
public struct ZhiliRun: Sendable {
    public let status: Int32
    /// Standard output, as bytes.
    public let outputData: Data
    /// Standard error, as text.
    public let errors: String

    /// Standard output, as text.
    public var output: String { String(decoding: outputData, as: UTF8.self) }
}

extension Repository {
    /// Whether the `zhili` executable has been built, for tests that run it.
    public static var executableIsBuilt: Bool { FileManager.default.isExecutableFile(atPath: executable.path) }

    /// Runs the built `zhili` with `arguments` in `folder` (the repository's root by default), feeding
    /// it `input` on standard input, and waits for it to exit.
    ///
    /// Output goes through temporary files rather than pipes, so that a command printing much to both
    /// streams cannot block on a full pipe while the test waits for the other.
    public static func runZhili(_ arguments: [String], in folder: URL? = nil, input: Data = Data()) throws -> ZhiliRun {
        let scratch = Scratch.url("zhili-run-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: scratch, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: scratch) }
        let paths = ["in", "out", "err"].map { scratch.appendingPathComponent($0) }
        try input.write(to: paths[0])
        FileManager.default.createFile(atPath: paths[1].path, contents: nil)
        FileManager.default.createFile(atPath: paths[2].path, contents: nil)
        let stdin = try FileHandle(forReadingFrom: paths[0])
        let stdout = try FileHandle(forWritingTo: paths[1])
        let stderr = try FileHandle(forWritingTo: paths[2])
        defer { try? stdin.close(); try? stdout.close(); try? stderr.close() }

        let process = Process()
        process.executableURL = executable
        process.arguments = arguments
        process.currentDirectoryURL = folder ?? root
        process.standardInput = stdin
        process.standardOutput = stdout
        process.standardError = stderr
        try process.run()
        process.waitUntilExit()
        return ZhiliRun(status: process.terminationStatus, outputData: try Data(contentsOf: paths[1]),
                        errors: String(decoding: try Data(contentsOf: paths[2]), as: UTF8.self))
    }
}
