import Foundation

/// The test texts in `Fixtures/`: a township work plan and a county report on grassroots governance,
/// written for these tests in the genre's usual phrasing.
enum Fixture {
    static func text(_ name: String) -> String {
        guard let url = Bundle.module.url(forResource: name, withExtension: "txt", subdirectory: "Fixtures"),
              let text = try? String(contentsOf: url, encoding: .utf8)
        else { fatalError("missing fixture \(name).txt") }
        return text
    }

    static var plan: String { text("plan") }
    static var report: String { text("report") }

    /// Where `needle` first begins in `text` with whitespace left out, in Unicode scalars (as
    /// `DiffSpan.keptOffset` counts).
    static func offset(of needle: String, in text: String) -> Int {
        let scalars = Array(text.unicodeScalars.filter { !$0.properties.isWhitespace })
        let target = Array(needle.unicodeScalars)
        return (0...(scalars.count - target.count)).first { Array(scalars[$0..<($0 + target.count)]) == target } ?? -1
    }

    /// `text` with the characters at `offsets` replaced by `replacement`.
    static func replacing(_ text: String, _ offsets: Range<Int>, with replacement: String) -> String {
        let characters = Array(text)
        return String(characters[..<offsets.lowerBound]) + replacement + String(characters[offsets.upperBound...])
    }
}
