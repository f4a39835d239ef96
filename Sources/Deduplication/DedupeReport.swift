import Ingestion
import Reporting

/// The near-duplicate clusters of a collection, as `zhili dedupe` reports them.
///
/// It holds each unit's sketch (where it comes from, its length, what the keep rule needs), the
/// clusters and, where loaded, the texts of the clusters' members for diffs — not the collection.
public struct DedupeReport: Sendable {
    public let units: [UnitSketch]
    public let clusters: [NearDuplicateCluster]
    /// Every verified pair, where asked for.
    public let pairs: [SimilarPair]?
    /// The texts of the clusters' members, where loaded (see `spans`).
    private let memberTexts: [Int: String]

    /// Finds the clusters among the `kind` units of `files`, keeping copies by `keep`.
    public init(files: [SourceFile], kind: DedupeUnitKind, detector: NearDuplicateDetector, keep: KeepRule, listingPairs: Bool = false) {
        let units = DedupeUnit.units(of: files, kind: kind, dated: keep == .newest || keep == .oldest)
        var groups = TextGroups()
        for unit in units { groups.add(unit.text, detector: detector) }
        self.init(units: units.map(UnitSketch.init), groups: groups, texts: HeldUnitTexts(units), detector: detector, keep: keep,
                  listingPairs: listingPairs, loadingMemberTexts: true)
    }

    /// Finds the clusters among units known by their sketches and fingerprints (`groups`, in the
    /// same order), asking `texts` for those of the candidates to verify and, with
    /// `loadingMemberTexts`, for those of the clusters' members (for diffs).
    public init(units: [UnitSketch], groups: TextGroups, texts: some UnitTextSource, detector: NearDuplicateDetector, keep: KeepRule,
                listingPairs: Bool = false, loadingMemberTexts: Bool = false) {
        precondition(units.count == groups.count, "one fingerprint per unit")
        let ranks = keep.ranks(units.map(\.keep))
        let shingler = detector.shingler
        let analysis = detector.analyse(groups) { texts.texts(of: $0) { shingler.set(of: ComparisonText.characters(of: $0)) } }
        self.units = units
        self.clusters = detector.clusters(analysis, rank: ranks)
        self.pairs = listingPairs ? detector.similarPairs(analysis) : nil
        self.memberTexts = loadingMemberTexts ? texts.texts(of: clusters.flatMap { $0.members.map(\.index) }) { $0 } : [:]
    }

    /// Finds the clusters among the `kind` units of `files` read one at a time on `threads` threads,
    /// holding fingerprints rather than texts: each file is read, cut into units and fingerprinted on
    /// a worker thread; afterwards the files of the candidates to verify (and with
    /// `loadingMemberTexts`, of the clusters' members) are read again. Files that cannot be read go
    /// to `failed`, in order, and the caveats of files read (a file with no text) to `warned`.
    public static func scan(files: [String], reader: CollectionReader, threads: Int, kind: DedupeUnitKind, detector: NearDuplicateDetector,
                            keep: KeepRule, listingPairs: Bool = false, loadingMemberTexts: Bool = false,
                            warned: (IngestionWarning) -> Void = { _ in },
                            failed: @escaping (IngestionError) -> Void) -> DedupeReport {
        let dated = keep == .newest || keep == .oldest
        var sketches: [UnitSketch] = []
        var groups = TextGroups()
        reader.readEach(files, threads: threads, transform: { outcome in
            outcome.map { file in
                DedupeUnit.units(of: [file], kind: kind, dated: dated).map { (UnitSketch($0), detector.fingerprint(of: $0.text)) }
            }
        }, warned: warned) { outcome in
            switch outcome {
            case .success(let units):
                for (sketch, fingerprint) in units {
                    sketches.append(sketch)
                    groups.add(fingerprint)
                }
            case .failure(let error): failed(error)
            }
        }
        let texts = RereadUnitTexts(sketches: sketches, kind: kind, reader: reader, threads: threads, failed: failed)
        return DedupeReport(units: sketches, groups: groups, texts: texts, detector: detector, keep: keep,
                            listingPairs: listingPairs, loadingMemberTexts: loadingMemberTexts)
    }

    /// The contract's JSON object: `{clusters: [{similarity, keep, members: [...]}]}`, each member with
    /// its `jaccard` and `containment` against the kept copy and, with `diff`, what it changed.
    public func json(diff: Bool) -> Value {
        var fields: [(String, Value)] = [("clusters", .array(clusters.map { cluster in
            .object([
                ("similarity", DedupeReport.number(cluster.similarity)),
                ("keep", .object(identity(cluster.keep))),
                ("members", .array(cluster.members.map { member in
                    var record = identity(member.index)
                    record.append(("kept", .bool(member.index == cluster.keep)))
                    record.append(("jaccard", DedupeReport.number(member.jaccard)))
                    record.append(("containment", DedupeReport.number(member.containment)))
                    if diff && member.index != cluster.keep {
                        record.append(("diff", .array(spans(member.index, against: cluster.keep).map { span in
                            .object([("kind", .string(span.kind.rawValue)), ("kept", .string(span.kept)),
                                     ("copy", .string(span.copy)), ("offset", .int(span.keptOffset))])
                        })))
                    }
                    return .object(record)
                })),
            ])
        }))]
        if let pairs {
            fields.append(("pairs", .array(pairs.map { pair in
                .object([("a", .object(identity(pair.first))), ("b", .object(identity(pair.second))),
                         ("jaccard", DedupeReport.number(pair.jaccard)), ("containment", DedupeReport.number(pair.containment))])
            })))
        }
        return .object(fields)
    }

    /// One record per cluster member for tables, CSV and Markdown: the cluster's number, whether it
    /// is the kept copy, and with `diff` its changes in brief.
    public func records(diff: Bool) -> [[(String, Value)]] {
        var records: [[(String, Value)]] = []
        for (number, cluster) in clusters.enumerated() {
            for member in cluster.members {
                var record: [(String, Value)] = [("cluster", .int(number + 1)),
                                                 ("keep", .string(member.index == cluster.keep ? "keep" : "copy"))]
                record += identity(member.index)
                record.append(("similarity", DedupeReport.number(member.similarity)))
                if diff {
                    let summary = member.index == cluster.keep ? "" : spans(member.index, against: cluster.keep).map(DedupeReport.brief).joined(separator: " ")
                    record.append(("diff", .string(summary)))
                }
                records.append(record)
            }
        }
        return records
    }

    /// The contract's member fields: `source, document_index, document, section, chars`.
    public func identity(_ index: Int) -> [(String, Value)] {
        let unit = units[index]
        return [("source", .string(unit.source)), ("document_index", .int(unit.documentIndex)),
                ("document", .string(unit.document)), ("section", .string(unit.section)), ("chars", .int(unit.chars))]
    }

    /// What the copy at `index` changed against the kept one, shortest first; nothing where their
    /// texts were not loaded.
    public func spans(_ index: Int, against kept: Int) -> [DiffSpan] {
        guard let keptText = memberTexts[kept], let copy = memberTexts[index] else { return [] }
        return TextDiff.spans(kept: keptText, copy: copy)
    }

    private static func brief(_ span: DiffSpan) -> String {
        switch span.kind {
        case .inserted: "+「\(span.copy)」"
        case .deleted: "-「\(span.kept)」"
        case .changed: "「\(span.kept)」→「\(span.copy)」"
        }
    }

    /// A similarity with three decimals, never rounded up to 1 unless it is 1.
    static func number(_ value: Double) -> Value {
        let thousandths = min(Int((value * 1000 + 1e-9).rounded(.down)), 1000)
        let whole = thousandths / 1000
        let fraction = thousandths % 1000
        return .number(fraction == 0 ? String(whole) : String(whole) + "." + String(String(1000 + fraction).dropFirst()).replacingTrailingZeros())
    }
}

extension String {
    fileprivate func replacingTrailingZeros() -> String {
        var text = self
        while text.last == "0" { text.removeLast() }
        return text
    }
}
