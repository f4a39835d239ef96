import Ingestion

/// One compared unit as `zhili dedupe` holds it while it goes through a collection: where it comes
/// from, its length and what the keep rule needs, never its text (see `DedupeReport.scan`).
public struct UnitSketch: Sendable, Hashable {
    public var source: String
    public var documentIndex: Int
    public var document: String
    /// The section's heading path joined with ` › `; nil for a whole document.
    public var section: String?
    /// The section's position in its document's `sections`; nil for a whole document.
    public var sectionIndex: Int?
    /// The text's length in characters (the contract's `chars`).
    public var chars: Int
    /// What the keep rule knows of it.
    public var keep: KeepCandidate

    public init(_ unit: DedupeUnit) {
        source = unit.source
        documentIndex = unit.documentIndex
        document = unit.document
        section = unit.section
        sectionIndex = unit.sectionIndex
        chars = unit.text.count
        keep = KeepCandidate(text: unit.text, date: unit.date)
    }

    /// Whether `unit` is the one this sketch was made of (its file read again).
    func describes(_ unit: DedupeUnit) -> Bool {
        unit.source == source && unit.documentIndex == documentIndex && unit.sectionIndex == sectionIndex && unit.text.count == chars
    }
}
