import Extraction
import Ingestion
import SearchIndex

/// The statistics, citations and measures of a file as index units of kinds `statistic`, `citation`
/// and `measure` (`CollectionIndexer.additionalUnits`), so that `zhili search … --kind statistic`
/// finds the figures, references and countermeasures themselves.
///
/// A unit's text is what a researcher searches and reads in the snippet: a statistic's figure and
/// its sentence, a citation's reference and its sentence, a measure's whole text (headline, text and
/// sub-items). Section, document, source and document index are the record's own.
public struct ExtractedUnits: Sendable {
    /// Names this producer in the index's manifest: change it whenever the extractors find other
    /// records, so that an index built with the old ones is rebuilt rather than carried over.
    public static let version = "extraction/1"

    public init() {}

    /// The statistic, citation and measure units of every document of `file`, in that order per document.
    public func units(of file: SourceFile) -> [IndexUnit] {
        let statistics = StatisticExtractor(), citations = CitationExtractor(), measures = MeasureExtractor()
        var units: [IndexUnit] = []
        for document in file.documents {
            let year = CollectionIndexer.year(of: document)
            func unit(_ kind: UnitKind, section: String, text: String) -> IndexUnit {
                IndexUnit(kind: kind, source: file.path, documentIndex: document.index, document: document.title,
                          section: section, text: text, year: year)
            }
            units += statistics.statistics(in: document).map { unit(.statistic, section: $0.section, text: $0.text + "\n" + $0.sentence) }
            units += citations.citations(in: document).map { unit(.citation, section: $0.section, text: $0.text + "\n" + $0.sentence) }
            units += measures.measures(in: document).map { unit(.measure, section: $0.section, text: $0.text) }
        }
        return units
    }
}
