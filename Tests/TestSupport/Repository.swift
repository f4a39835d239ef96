import Foundation

/// Where tests find the repository's own files and the shared data beside the checkout.
public enum Repository {
    /// The repository's root folder.
    public static let root: URL = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// `Corpus/`, the sample reports written for the project.
    public static var corpus: URL { root.appendingPathComponent("Corpus") }

    /// `../shared/<relative>` when it exists, nil in a user's checkout without it: tests that need it
    /// are disabled there (`.enabled(if: Repository.shared("corpus") != nil)`).
    public static func shared(_ relative: String) -> URL? {
        let url = root.deletingLastPathComponent().appendingPathComponent("shared").appendingPathComponent(relative)
        return FileManager.default.fileExists(atPath: url.path) ? url : nil
    }

    /// The built `zhili` executable beside the test bundle, for end-to-end tests.
    public static var executable: URL {
        var directory = Bundle.main.bundleURL
        for _ in 0..<4 {
            let candidate = directory.appendingPathComponent("zhili")
            if FileManager.default.isExecutableFile(atPath: candidate.path) { return candidate }
            directory.deleteLastPathComponent()
        }
        return root.appendingPathComponent(".build/debug/zhili")
    }
}
