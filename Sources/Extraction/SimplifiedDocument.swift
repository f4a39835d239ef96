import Ingestion
import TextNormalization

/// A document in traditional characters (the 1954 work report, a Big5 source, a Hong Kong repost) folded
/// to simplified ones for rules written in simplified characters (必須 read as 必须, 今後 as 今后), and the
/// way back to the characters as written for what the rules quote.
struct SimplifiedDocument {
    /// The document with its title, metadata, headings and texts folded, each exactly as long as written.
    let folded: Document
    private let original: Document
    /// The title and the whole text, as written and folded, where quotations are found again.
    private let text: SimplifiedText

    /// The folded document; nil where folding changes nothing (a document in simplified characters).
    init?(_ document: Document, folding: SimplifiedFolding = .shared) {
        guard folding.changes(document.title) || document.sections.contains(where: { section in
            folding.changes(section.text) || section.path.contains(where: folding.changes)
        }) else { return nil }
        original = document
        var folded = document
        folded.title = folding.fold(document.title)
        folded.metadata = document.metadata.map { MetadataField(key: folding.fold($0.key), value: folding.fold($0.value)) }
        folded.sections = document.sections.map { section in
            var section = section
            section.path = section.path.map(folding.fold)
            section.text = folding.fold(section.text)
            return section
        }
        self.folded = folded
        text = SimplifiedText(document.title + "\n" + document.text, folding: folding)
    }

    /// A string of the folded document as written.
    func asWritten(_ quoted: String) -> String {
        text.asWritten(quoted)
    }

    /// A measure found in the folded document, quoting the document as written: its document, section,
    /// headline, text, items, actors and deadline. Its cues are the coder's words and stay.
    func asWritten(_ measure: Measure) -> Measure {
        var measure = measure
        measure.document = original.title
        measure.section = asWritten(measure.section)
        measure.headline = asWritten(measure.headline)
        measure.text = asWritten(measure.text)
        measure.items = measure.items.map(asWritten)
        measure.actors = measure.actors.map(asWritten)
        measure.deadline = measure.deadline.map(asWritten)
        return measure
    }
}
