import Ingestion

/// What `zhili dedupe` compares: whole documents or single sections.
public enum DedupeUnitKind: String, Sendable, CaseIterable {
    case document, section
}

/// One compared text of a collection: a document, or one section of a document.
public struct DedupeUnit: Sendable, Hashable {
    /// Where it comes from.
    public var source: String
    public var documentIndex: Int
    public var document: String
    /// The section's heading path joined with ` › `; nil for a whole document.
    public var section: String?
    /// The section's position in its document's `sections`; nil for a whole document.
    public var sectionIndex: Int?
    /// The text compared: the document's whole text, or the section's body.
    public var text: String
    /// Its date for `--keep newest|oldest` (see `DedupeUnit.date(of:in:)`); nil unless asked for.
    public var date: VersionDate?

    /// The units of a collection: one per document, or one per section with a body; `dated` looks
    /// up their dates, which only `newest` and `oldest` need.
    public static func units(of files: [SourceFile], kind: DedupeUnitKind, dated: Bool = false) -> [DedupeUnit] {
        var units: [DedupeUnit] = []
        for file in files {
            var modification: VersionDate?
            var modificationRead = false
            for document in file.documents {
                let date = !dated ? nil : DedupeUnit.date(of: document, in: file.path) ?? {
                    if !modificationRead {
                        modification = VersionDate.modification(of: file.path)
                        modificationRead = true
                    }
                    return modification
                }()
                switch kind {
                case .document:
                    units.append(DedupeUnit(source: file.path, documentIndex: document.index, document: document.title,
                                            section: nil, sectionIndex: nil, text: document.text, date: date))
                case .section:
                    for (index, section) in document.sections.enumerated() where !section.text.isEmpty {
                        units.append(DedupeUnit(source: file.path, documentIndex: document.index, document: document.title,
                                                section: section.pathString, sectionIndex: index, text: section.text, date: date))
                    }
                }
            }
        }
        return units
    }

    /// A document's date as written: a metadata field (更新时间 first, then any other 时间 or 日期
    /// field), else a date or year in its title, else the `(YYYY-MM-DD)` version suffix of its file's
    /// name. Nil where none is written; the caller then falls back on the file's modification date.
    public static func date(of document: Document, in path: String) -> VersionDate? {
        let fields = document.metadata.filter { $0.key == "更新时间" }
            + document.metadata.filter { $0.key != "更新时间" && ($0.key.contains("时间") || $0.key.contains("日期")) }
        for field in fields {
            if let date = VersionDate.first(in: field.value) { return date }
        }
        return VersionDate.first(in: document.title) ?? VersionDate.fileNameSuffix(of: path)
    }
}
