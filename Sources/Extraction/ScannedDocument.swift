import Ingestion

/// A document with the text of each of its sections (`Section.headedText`) folded for the extractors once: the
/// statistics and the citations of a section read the same `ScanText`, which each made anew — folding every
/// section twice, 1% of a build's instructions.
public struct ScannedDocument {
    public let document: Document
    /// The scanned text of each section, in the order of `document.sections`.
    let scans: [ScanText]

    public init(_ document: Document) {
        self.document = document
        scans = document.sections.map { ScanText($0.headedText) }
    }

    /// Each section with its scanned text.
    var sections: Zip2Sequence<[Section], [ScanText]> { zip(document.sections, scans) }
}
