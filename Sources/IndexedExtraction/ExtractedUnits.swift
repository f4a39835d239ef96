import Extraction
import Ingestion
import SearchIndex

/// The statistics, citations and measures of a file as index units of kinds `statistic`, `citation`
/// and `measure` (`CollectionIndexer.additionalUnits`), so that `zhili search … --kind statistic`
/// finds the figures, references and countermeasures themselves.
///
/// A unit's text is what a researcher searches and reads in the snippet: a statistic's figure and the
/// clause it stands in (preceded by its subject when the clause does not name it), a citation's
/// reference and its clause, a measure's whole text (headline, text and sub-items). The clause rather
/// than the sentence: a sentence of a plan or a report often holds many figures, and indexing it whole
/// once per figure made the extracted units cost as much to index as the sections themselves; the
/// section unit still finds the whole sentence. Section, document, source and document index are the
/// record's own.
public struct ExtractedUnits: Sendable {
    /// Names this producer in the index's manifest: change it whenever the extractors find other
    /// records, so that an index built with the old ones is rebuilt rather than carried over.
    public static let version = "extraction/4"

    // Made once, not per file: a measure extractor builds its policy coders' cue tables when made,
    // which cost as much as extracting the measures of a law.
    private let statistics = StatisticExtractor(), citations = CitationExtractor(), measures = MeasureExtractor()

    public init() {}

    /// The statistic, citation and measure units of every document of `file`, in that order per document.
    public func units(of file: SourceFile) -> [IndexUnit] {
        var units: [IndexUnit] = []
        for document in file.documents {
            let year = document.year
            func unit(_ kind: UnitKind, section: String, text: String) -> IndexUnit {
                IndexUnit(kind: kind, source: file.path, documentIndex: document.index, document: document.title,
                          section: section, text: text, year: year)
            }
            // Each section folded once for both (`ScannedDocument`).
            let scanned = ScannedDocument(document)
            units += statistics.statistics(in: scanned).map { statistic in
                let clause = ExtractedUnits.clause(of: statistic.text, in: statistic.sentence)
                // A byte search (`containsBytes`): Foundation's `contains` bridges through NSString, half a percent of a build.
                let subject = statistic.subject.flatMap { clause.containsBytes(of: $0) ? nil : $0 + " … " } ?? ""
                return unit(.statistic, section: statistic.section, text: statistic.text + "\n" + subject + clause)
            }
            units += citations.citations(in: scanned).map { citation in
                unit(.citation, section: citation.section, text: citation.text + "\n" + ExtractedUnits.clause(of: citation.text, in: citation.sentence))
            }
            units += measures.measures(in: document).map { unit(.measure, section: $0.section, text: $0.text) }
        }
        return units
    }

    /// The clause of `sentence` that holds the first occurrence of `part`: from the comma, semicolon,
    /// colon or sentence end before it to the one after it, the marks left out. The whole sentence
    /// when `part` is not found in it.
    ///
    /// Found in the UTF-8 bytes, which is the same as in the scalars (a match of a whole scalar's bytes
    /// begins and ends on scalars) without making arrays of them: clauses are cut for every statistic
    /// and citation, and from arrays of scalars they cost 1% of an index build.
    static func clause(of part: String, in sentence: String) -> String {
        var sentence = sentence, part = part
        return sentence.withUTF8 { bytes in
            part.withUTF8 { wanted -> String? in
                guard !wanted.isEmpty, wanted.count <= bytes.count,
                      let found = (0...(bytes.count - wanted.count)).first(where: { start in
                          bytes[start] == wanted[0] && wanted.indices.allSatisfy { bytes[start + $0] == wanted[$0] }
                      })
                else { return nil }
                var start = found, end = found + wanted.count
                while start > 0, clauseEndLength(in: bytes, endingAt: start) == 0 { start -= 1 }
                while end < bytes.count, clauseEndLength(in: bytes, startingAt: end) == 0 { end += 1 }
                return String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<end]), as: UTF8.self)
            }
        } ?? sentence
    }

    /// Marks that end a clause: a list's 、 and brackets do not, so that a figure keeps the words it
    /// is listed or glossed with.
    private static let clauseEnds: [[UInt8]] = ["。", "！", "？", "；", "，", "：", "!", "?", ";", ",", ":", "\n", "\r"].map { Array($0.utf8) }

    /// The bytes of the clause end that begins at `offset`, or 0 where none does.
    private static func clauseEndLength(in bytes: UnsafeBufferPointer<UInt8>, startingAt offset: Int) -> Int {
        clauseEnds.first { mark in
            offset + mark.count <= bytes.count && mark.indices.allSatisfy { bytes[offset + $0] == mark[$0] }
        }?.count ?? 0
    }

    /// The bytes of the clause end that ends just before `offset`, or 0 where none does.
    private static func clauseEndLength(in bytes: UnsafeBufferPointer<UInt8>, endingAt offset: Int) -> Int {
        clauseEnds.first { mark in
            offset >= mark.count && mark.indices.allSatisfy { bytes[offset - mark.count + $0] == mark[$0] }
        }?.count ?? 0
    }
}
