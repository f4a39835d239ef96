import Ingestion

/// Where the texts of a collection's units are found again after their fingerprints, for the few
/// that verification and diffs need.
public protocol UnitTextSource {
    /// `transform` of the texts of `units` (positions among the collection's units), by position;
    /// a unit whose text cannot be had again is missing.
    func texts<T: Sendable>(of units: [Int], transform: @escaping @Sendable (String) -> T) -> [Int: T]
}

/// The texts of units held in memory.
public struct HeldUnitTexts: UnitTextSource {
    public let units: [DedupeUnit]

    public init(_ units: [DedupeUnit]) {
        self.units = units
    }

    public func texts<T: Sendable>(of units: [Int], transform: @escaping @Sendable (String) -> T) -> [Int: T] {
        Dictionary(uniqueKeysWithValues: units.map { ($0, transform(self.units[$0].text)) })
    }
}

/// The texts of units read again from their files — those files only, on `threads` threads — where
/// the collection was gone through once for the fingerprints and not kept. A file that can no longer
/// be read, or whose unit is not what it was, goes to `failed` and its units are missing.
public struct RereadUnitTexts: UnitTextSource {
    public let sketches: [UnitSketch]
    public let kind: DedupeUnitKind
    public let reader: CollectionReader
    public let threads: Int
    public let failed: (IngestionError) -> Void

    public init(sketches: [UnitSketch], kind: DedupeUnitKind, reader: CollectionReader, threads: Int, failed: @escaping (IngestionError) -> Void) {
        self.sketches = sketches
        self.kind = kind
        self.reader = reader
        self.threads = threads
        self.failed = failed
    }

    public func texts<T: Sendable>(of units: [Int], transform: @escaping @Sendable (String) -> T) -> [Int: T] {
        var wanted: [String: [Int]] = [:]
        var files: [String] = []
        for unit in units.sorted() {
            let source = sketches[unit].source
            if wanted[source] == nil { files.append(source) }
            wanted[source, default: []].append(unit)
        }
        let sketches = self.sketches
        let kind = self.kind
        let wantedOfFile = wanted
        var texts: [Int: T] = [:]
        reader.readEach(files, threads: threads, transform: { outcome -> Result<[(Int, T)], IngestionError> in
            outcome.flatMap { file in
                var units: [UnitPlace: DedupeUnit] = [:]
                for unit in DedupeUnit.units(of: [file], kind: kind) { units[UnitPlace(unit.documentIndex, unit.sectionIndex)] = unit }
                var found: [(Int, T)] = []
                for wanted in wantedOfFile[file.path] ?? [] {
                    let sketch = sketches[wanted]
                    guard let unit = units[UnitPlace(sketch.documentIndex, sketch.sectionIndex)], sketch.describes(unit) else {
                        return .failure(IngestionError(path: file.path, reason: "changed while it was being deduplicated"))
                    }
                    found.append((wanted, transform(unit.text)))
                }
                return .success(found)
            }
        }) { outcome in
            switch outcome {
            case .success(let found): for (unit, value) in found { texts[unit] = value }
            case .failure(let error): failed(error)
            }
        }
        return texts
    }
}

/// A unit's place in its file: its document, and its section where it is one.
private struct UnitPlace: Hashable {
    let document: Int
    let section: Int?

    init(_ document: Int, _ section: Int?) {
        self.document = document
        self.section = section
    }
}
