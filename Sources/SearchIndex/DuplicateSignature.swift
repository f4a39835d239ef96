import Deduplication
import Foundation

/// What near-duplicate grouping keeps of one unit, made when the unit is analysed and stored with its
/// segment (`DuplicateSignatureTable`, less a section's sketch), so that a commit finds copies from these and
/// the sketches and reads back only the texts of candidate pairs (see `DuplicateGrouper` for the rule).
struct DuplicateSignature: Sendable, Equatable {
    enum Role: Sendable, Equatable {
        /// A section of `DuplicateGrouper.minimumLength` positions or more: the identity of its compared characters.
        case section(key: ExactKey)
        /// A document whose sections reach the minimum length together: the identity of its sections'
        /// texts joined, and those sections (unit numbers), to read its text back.
        case document(key: ExactKey, sections: [Int])
        /// A shorter section of a document: grouped only where its very text stands in copies of that
        /// document; `text` is the identity of the text (NFC scalars), not of compared characters.
        case shortSection(document: Int, text: ExactKey)
    }

    /// The unit's number: within its source while analysed, within its segment once stored.
    var unit: Int
    var role: Role
    /// The sketch of a section's or a document's MinHash signature. A file keeps a document's, not a
    /// section's (`DuplicateSignatureTable`): a commit signs a stored section again from its text
    /// (`DuplicateGrouper`). Nil for a short section and for a section read back from a file.
    var sketch: MinHashSketch?

    /// The same signature for a unit numbered `offset` further on.
    func shifted(by offset: Int) -> DuplicateSignature {
        var shifted = self
        shifted.unit += offset
        shifted.role = role.renumbered { $0 + offset }
        return shifted
    }
}

extension DuplicateSignature.Role {
    /// The role with the units it names renumbered.
    func renumbered(_ number: (Int) -> Int) -> DuplicateSignature.Role {
        switch self {
        case .section: self
        case .document(let key, let sections): .document(key: key, sections: sections.map(number))
        case .shortSection(let document, let text): .shortSection(document: number(document), text: text)
        }
    }
}

/// Makes the duplicate signatures of units, on any thread (`SourceAnalyser` signs each source's units
/// on the worker that analyses them).
public struct DuplicateSigner: Sendable {
    /// 64 MinHash entries rather than 128: the banding still misses a pair at the threshold with
    /// probability at most 0.001 (measured on the laws, reports and State Council collection: the
    /// same groups), and the band keys stored per unit are fewer.
    let detector: NearDuplicateDetector

    public init(threshold: Double) {
        detector = NearDuplicateDetector(threshold: threshold, signatureSize: Self.signatureSize, countsContainment: false)
    }

    /// How a sketch is laid out: its words, and the rows of each of the detector's bands cut from it.
    struct Layout: Equatable {
        var rows: Int
        var words: Int
    }

    /// How its signatures' sketches are laid out: the whole signature, cut into the detector's bands.
    var layout: Layout {
        Layout(rows: detector.banding.rows, words: MinHashSketch.words(entries: Self.signatureSize))
    }

    /// MinHash entries of a signature.
    static let signatureSize = 64

    /// The fewest entries on which two sketches agree for their texts to be verified: fewer, and the
    /// pair is below the threshold but with probability 10⁻⁹ (`MinHashSketch.minimumAgreements`; 30 of
    /// 64 at 0.8, where a chance candidate agrees on about 8).
    var minimumAgreements: Int {
        MinHashSketch.minimumAgreements(threshold: detector.threshold, entries: Self.signatureSize)
    }

    /// The key of a section's or a document's text (a document's: its sections' texts joined by line
    /// breaks): of its compared characters.
    static func comparedKey(_ text: String) -> ExactKey {
        ExactKey(ComparisonText.characters(of: text))
    }

    /// The key of a short section's text: of its scalars in NFC, since it is grouped with word-for-word copies only.
    static func shortSectionKey(_ text: String) -> ExactKey {
        ExactKey(text.precomposedStringWithCanonicalMapping.unicodeScalars.map(\.value))
    }

    private struct DocumentKey: Hashable {
        var source: String
        var documentIndex: Int
    }

    /// The signatures of `units` (numbered from 0 in the array), each with its text length in
    /// positions, ascending by unit. A section belongs to the document unit before it with its source
    /// and document index.
    func signatures(of units: [(unit: IndexUnit, textLength: Int)]) -> [DuplicateSignature] {
        var result: [DuplicateSignature] = []
        var documentOf: [DocumentKey: Int] = [:]
        var documents: [(unit: Int, sections: [Int], length: Int)] = []
        // The compared characters of the sections signed on their own, for their document's signature:
        // a text's compared characters are its lines' one after another (line breaks are not compared).
        var compared = [[UInt32]?](repeating: nil, count: units.count)
        for (number, (unit, length)) in units.enumerated() {
            let key = DocumentKey(source: unit.source, documentIndex: unit.documentIndex)
            switch unit.kind {
            case .document:
                documentOf[key] = documents.count
                documents.append((number, [], 0))
            case .section:
                let document = documentOf[key]
                if length >= DuplicateGrouper.minimumLength {
                    let characters = ComparisonText.characters(of: unit.text)
                    if let (key, sketch) = detector.bandedFingerprint(characters: characters) {
                        result.append(DuplicateSignature(unit: number, role: .section(key: key), sketch: sketch))
                    }
                    if document != nil { compared[number] = characters }
                } else if let document {
                    result.append(DuplicateSignature(unit: number, role: .shortSection(document: documents[document].unit, text: Self.shortSectionKey(unit.text))))
                }
                if let document {
                    documents[document].sections.append(number)
                    documents[document].length += length
                }
            default:
                break
            }
        }
        for document in documents where document.length >= DuplicateGrouper.minimumLength {
            var characters: [UInt32] = []
            for section in document.sections { characters += compared[section] ?? ComparisonText.characters(of: units[section].unit.text) }
            if let (key, sketch) = detector.bandedFingerprint(characters: characters) {
                result.append(DuplicateSignature(unit: document.unit, role: .document(key: key, sections: document.sections), sketch: sketch))
            }
        }
        return result.sorted { $0.unit < $1.unit }
    }
}
