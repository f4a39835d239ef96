import TextNormalization

/// Names of laws as citations and law files write them.
enum LawName {
    private static let statePrefix = "中华人民共和国"

    /// The short name: spaces and line breaks dropped (a title broken across lines), 中华人民共和国 stripped.
    static func short(_ title: String) -> String {
        var name = String(title.unicodeScalars.filter { !$0.properties.isWhitespace }.map(Character.init))
        if name.hasPrefix(statePrefix), name.count > statePrefix.count { name.removeFirst(statePrefix.count) }
        return name
    }

    /// The form names are compared in: short, folded (full-width brackets, traditional characters).
    static func key(_ title: String) -> String {
        short(title).folded
    }

    /// The title without its line breaks and spaces, as written otherwise.
    static func full(_ title: String) -> String {
        String(title.unicodeScalars.filter { !$0.properties.isWhitespace }.map(Character.init))
    }
}
