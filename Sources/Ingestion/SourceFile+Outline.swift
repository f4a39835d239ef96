extension SourceFile {
    /// How the file was read, for a terminal: encoding, then each document with its metadata and its
    /// section tree, headings indented by level with the length of their text.
    public var outline: String {
        var lines = ["\(path)  [\(encoding), \(documents.count) document\(documents.count == 1 ? "" : "s")]"]
        for document in documents {
            lines.append("  \(document.index). \(document.title)")
            for field in document.metadata {
                let value = field.value.split(separator: "\n", omittingEmptySubsequences: true)
                let shown = value.count > 1 ? "\(value[0]) … (\(value.count) lines)" : (value.first.map(String.init) ?? "")
                lines.append("     \(field.key)：\(shown)")
            }
            for section in document.sections {
                let indent = String(repeating: "  ", count: section.level + 2)
                let heading = section.heading.isEmpty ? "(preamble)" : section.heading
                let marks = section.hasPlaceholders ? ", ～" : ""
                lines.append("\(indent)\(heading)  (\(section.text.count) chars\(marks))")
            }
        }
        return lines.joined(separator: "\n") + "\n"
    }
}
