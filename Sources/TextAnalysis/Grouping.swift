/// How documents are grouped for a table: the whole collection, each document, each year or each folder.
public enum Grouping: String, Sendable, CaseIterable {
    case all, document, year, folder

    /// The groups of `documents` in order — years ascending with undated documents last as `unknown`,
    /// documents and folders in reading order — with the documents of each.
    public func groups(_ documents: [AnalysisDocument]) -> [(label: String, documents: [AnalysisDocument])] {
        var order: [String] = []
        var members: [String: [AnalysisDocument]] = [:]
        let severalPerFile = Dictionary(grouping: documents, by: \.source).filter { $0.value.count > 1 }
        for document in documents {
            let label: String
            switch self {
            case .all: label = "all"
            case .document:
                label = severalPerFile[document.source] == nil ? document.source : "\(document.source)#\(document.documentIndex)"
            case .year: label = document.year.map(String.init) ?? Grouping.unknownYear
            case .folder: label = document.folder
            }
            if members[label] == nil { order.append(label) }
            members[label, default: []].append(document)
        }
        if self == .year {
            order.sort { a, b in (Int(a) ?? Int.max, a) < (Int(b) ?? Int.max, b) }
        }
        return order.map { ($0, members[$0]!) }
    }

    /// The label of the documents whose year is not known.
    public static let unknownYear = "unknown"
}
