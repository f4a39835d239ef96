import Foundation

/// Names one document of the index the way the contract does — its source file and its position in
/// that file — so that a link stays valid across rebuilds of the index.
///
/// On the wire it is an opaque, URL-safe id: the source path in base64url, a dot, and the index.
public struct DocumentKey: Sendable, Hashable {
    public var source: String
    /// The contract's `document_index`, counted from 1.
    public var documentIndex: Int

    public init(source: String, documentIndex: Int) {
        self.source = source
        self.documentIndex = documentIndex
    }

    /// The id used in URLs and in the API's `document_id` fields.
    public var id: String {
        let base64 = Data(source.utf8).base64EncodedString()
        let urlSafe = String(base64.compactMap { character -> Character? in
            switch character {
            case "+": "-"
            case "/": "_"
            case "=": nil
            default: character
            }
        })
        return urlSafe + "." + String(documentIndex)
    }

    /// Parses an id made by `id`; nil for anything else.
    public init?(id: String) {
        guard id.utf8.count <= 4096, let dot = id.lastIndex(of: "."),
              let documentIndex = Int(id[id.index(after: dot)...]), documentIndex >= 1 else { return nil }
        var base64 = String(id[..<dot].map { character -> Character in
            switch character {
            case "-": "+"
            case "_": "/"
            default: character
            }
        })
        guard !base64.isEmpty, !base64.contains("=") else { return nil }
        base64 += String(repeating: "=", count: (4 - base64.utf8.count % 4) % 4)
        guard let data = Data(base64Encoded: base64), let source = String(data: data, encoding: .utf8) else { return nil }
        self.init(source: source, documentIndex: documentIndex)
    }
}
