/// How documents are grouped for a table: the whole collection, each document, each year or each folder.
public enum Grouping: String, Sendable, CaseIterable {
    case all, document, year, folder

    /// The label of `document`'s group; `severalInFile` says whether its file holds other documents
    /// (a document is then labelled by its file and its number there).
    public func label(of document: AnalysisDocument, severalInFile: Bool) -> String {
        switch self {
        case .all: return "all"
        case .document: return severalInFile ? "\(document.source)#\(document.documentIndex)" : document.source
        case .year: return document.year.map(String.init) ?? Grouping.unknownYear
        case .folder: return document.folder
        }
    }

    /// The label of the documents whose year is not known.
    public static let unknownYear = "unknown"
}

/// Numbers the groups of documents met one file at a time, and orders them at the end: years
/// ascending with undated documents last as `unknown`, documents and folders in reading order.
struct GroupNumbering: Sendable {
    let grouping: Grouping
    /// The labels, by group number (the order they were met).
    private(set) var labels: [String] = []
    private var numbers: [String: Int] = [:]

    init(_ grouping: Grouping) {
        self.grouping = grouping
    }

    /// The number of `document`'s group (see `Grouping.label`), a new one the first time.
    mutating func number(of document: AnalysisDocument, severalInFile: Bool) -> Int {
        let label = grouping.label(of: document, severalInFile: severalInFile)
        if let known = numbers[label] { return known }
        numbers[label] = labels.count
        labels.append(label)
        return labels.count - 1
    }

    /// The group numbers in the order of the table.
    var ordered: [Int] {
        guard grouping == .year else { return Array(labels.indices) }
        return labels.indices.sorted { a, b in (Int(labels[a]) ?? Int.max, labels[a]) < (Int(labels[b]) ?? Int.max, labels[b]) }
    }
}

extension AnalysisDocument {
    /// `documents` cut into runs of one file each (consecutive documents of the same source), as the
    /// commands read them.
    public static func byFile(_ documents: [AnalysisDocument]) -> [[AnalysisDocument]] {
        var files: [[AnalysisDocument]] = []
        for document in documents {
            if let last = files.last?.last, last.source == document.source {
                files[files.count - 1].append(document)
            } else {
                files.append([document])
            }
        }
        return files
    }
}
