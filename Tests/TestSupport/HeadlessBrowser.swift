import Foundation

/// Chromium run headless on a page, for tests that check what a reader sees; nil where no browser
/// is installed (the tests that use it are skipped there).
public struct HeadlessBrowser: Sendable {
    public let executable: String

    public static let installed: HeadlessBrowser? = ["/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome"]
        .first { FileManager.default.isExecutableFile(atPath: $0) }
        .map(HeadlessBrowser.init(executable:))

    /// The page's DOM after its scripts ran (with `javascript`), as Chromium serialises it.
    public func dom(of url: String, javascript: Bool = true) async throws -> String {
        var arguments = ["--dump-dom", url]
        if !javascript { arguments.insert("--disable-javascript", at: 0) }
        return try await run(arguments)
    }

    /// A PNG screenshot of the page at the given window size.
    public func screenshot(of url: String, to file: URL, width: Int = 1280, height: Int = 900) async throws {
        _ = try await run(["--hide-scrollbars", "--window-size=\(width),\(height)", "--screenshot=\(file.path)", url])
    }

    /// Runs the browser on a thread of its own: blocking a thread of the cooperative pool while
    /// waiting could starve the in-process server the browser is talking to.
    private func run(_ arguments: [String]) async throws -> String {
        try await withCheckedThrowingContinuation { continuation in
            Thread.detachNewThread { continuation.resume(with: Result { try runBlocking(arguments) }) }
        }
    }

    private func runBlocking(_ arguments: [String]) throws -> String {
        let profile = Scratch.url("zhili-chromium-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: profile) }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        // Virtual time lets the page's timers and fetches finish before the DOM is taken.
        process.arguments = ["--headless", "--no-sandbox", "--disable-gpu", "--no-first-run", "--user-data-dir=\(profile.path)",
                             "--virtual-time-budget=10000"] + arguments
        let output = Pipe()
        process.standardOutput = output
        process.standardError = FileHandle.nullDevice
        try process.run()
        // A browser that hangs must not hang the test run.
        let watchdog = DispatchWorkItem { if process.isRunning { process.terminate() } }
        DispatchQueue.global().asyncAfter(deadline: .now() + 120, execute: watchdog)
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        watchdog.cancel()
        return String(decoding: data, as: UTF8.self)
    }
}
