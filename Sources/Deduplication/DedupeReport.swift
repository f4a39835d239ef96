import Ingestion
import Reporting

/// The near-duplicate clusters of a collection, as `zhili dedupe` reports them.
public struct DedupeReport: Sendable {
    public let units: [DedupeUnit]
    public let clusters: [NearDuplicateCluster]
    /// Every verified pair, where asked for.
    public let pairs: [SimilarPair]?

    /// Finds the clusters among the `kind` units of `files`, keeping copies by `keep`.
    public init(files: [SourceFile], kind: DedupeUnitKind, detector: NearDuplicateDetector, keep: KeepRule, listingPairs: Bool = false) {
        let units = DedupeUnit.units(of: files, kind: kind, dated: keep == .newest || keep == .oldest)
        let texts = units.map(\.text)
        let ranks = keep.ranks(units.map { KeepCandidate(text: $0.text, date: $0.date) })
        let analysis = detector.analyse(texts)
        self.units = units
        self.clusters = detector.clusters(analysis, rank: ranks)
        self.pairs = listingPairs ? detector.similarPairs(analysis) : nil
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
                ("document", .string(unit.document)), ("section", .string(unit.section)), ("chars", .int(unit.text.count))]
    }

    /// What the copy at `index` changed against the kept one, shortest first.
    public func spans(_ index: Int, against kept: Int) -> [DiffSpan] {
        TextDiff.spans(kept: units[kept].text, copy: units[index].text)
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
