import Foundation
import TextNormalization

/// Names of laws as citations and law files write them.
public enum LawName {
    private static let statePrefix = "中华人民共和国"

    /// The short name: spaces and line breaks dropped (a title broken across lines), 中华人民共和国 stripped.
    public static func short(_ title: String) -> String {
        var name = String(title.unicodeScalars.filter { !$0.properties.isWhitespace }.map(Character.init))
        if name.hasPrefix(statePrefix), name.count > statePrefix.count { name.removeFirst(statePrefix.count) }
        return name
    }

    /// The form names are compared in: short, folded (full-width brackets, traditional characters),
    /// without a version date.
    public static func key(_ title: String) -> String {
        withoutVersionDate(short(title).folded)
    }

    /// The title without the version date a file of one version puts after it: `（2015）`, `(2018-12-29)`.
    public static func withoutVersionDate(_ title: String) -> String {
        // Most titles end otherwise, and matching the expression costs more than the rest of reading a
        // citation; `$` also matches before a line break that ends the text.
        guard let last = title.unicodeScalars.last, versionDateEnds.contains(last) else { return title }
        guard let match = title.range(of: #"[(（]\d{4}([-.]\d{1,2}([-.]\d{1,2})?)?[)）]$"#, options: .regularExpression),
              match.lowerBound > title.startIndex else { return title }
        return String(title[..<match.lowerBound])
    }

    /// The last scalars of a title the version date expression can match: its closing brackets and
    /// the line breaks before which `$` matches.
    private static let versionDateEnds: Set<Unicode.Scalar> = [")", "）", "\n", "\u{0B}", "\u{0C}", "\r", "\u{85}", "\u{2028}", "\u{2029}"]

    /// The title without its line breaks and spaces, as written otherwise.
    public static func full(_ title: String) -> String {
        String(title.unicodeScalars.filter { !$0.properties.isWhitespace }.map(Character.init))
    }
}
