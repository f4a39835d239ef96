import Reporting

/// The JSON bodies of the API, fields in a fixed order: search records as the contract gives them,
/// with what the API adds (`document_id`, `fragments`) after.
enum APIRecords {
    static func search(_ request: SearchRequest, _ results: SearchResults, facets: SearchFacets?, took: Duration) -> Value {
        var fields: [(String, Value)] = [
            ("query", .string(request.query)),
            ("total", .int(results.total)),
            ("total_is_exact", .bool(results.totalIsExact)),
            ("offset", .int(request.offset)),
            ("limit", .int(request.limit)),
            ("kind", .string(request.kind)),
            ("document_id", .string(request.document?.id)),
            ("all", .bool(request.all)),
            ("per_document", .int(request.perDocument)),
            ("copies", .int(results.copies)),
            ("took_ms", .number(milliseconds(took))),
            ("results", .array(results.hits.map { hit($0, all: request.all) })),
        ]
        if let facets { fields.append(("facets", self.facets(facets))) }
        return .object(fields)
    }

    static func facets(_ facets: SearchFacets) -> Value {
        .object([
            ("kind", .array(facets.kinds.map { .object([("kind", .string($0.value)), ("count", .int($0.count))]) })),
            ("document_window", .int(facets.documentWindow)),
            ("document", .array(facets.documents.map {
                    .object([
                        ("document_id", .string($0.value.key.id)),
                        ("source", .string($0.value.key.source)),
                        ("document_index", .int($0.value.key.documentIndex)),
                        ("document", .string($0.value.title)),
                        ("count", .int($0.count)),
                    ])
                })),
        ])
    }

    /// A hit's record; as `zhili search --json` gives them, `duplicates` where copies were folded into
    /// it (or with `all`, on every hit) and with `all` the `duplicate_group` it shares with its copies.
    static func hit(_ hit: SearchHit, all: Bool) -> Value {
        var fields: [(String, Value)] = [
            ("rank", .int(hit.rank)),
            ("score", .number(score(hit.score))),
            ("kind", .string(hit.kind)),
            ("source", .string(hit.document.source)),
            ("document_index", .int(hit.document.documentIndex)),
            ("document", .string(hit.title)),
            ("section", .string(hit.section)),
            ("snippet", .string(hit.snippet.marked)),
            ("more_in_document", .int(hit.moreInDocument)),
            ("document_id", .string(hit.document.id)),
            ("fragments", .array(hit.snippet.fragments.map { .object([("text", .string($0.text)), ("match", .bool($0.isMatch))]) })),
        ]
        if all || hit.duplicates > 0 { fields.append(("duplicates", .int(hit.duplicates))) }
        if all, let group = hit.duplicateGroup { fields.append(("duplicate_group", .int(group))) }
        return .object(fields)
    }

    static func document(_ outline: DocumentOutline) -> Value {
        .object([
            ("document_id", .string(outline.key.id)),
            ("source", .string(outline.key.source)),
            ("document_index", .int(outline.key.documentIndex)),
            ("document", .string(outline.title)),
            ("metadata", .object(outline.metadata.map { ($0.key, .string($0.value)) })),
            ("sections", .array(SectionTree(outline.sections).roots.map(node))),
        ])
    }

    private static func node(_ node: SectionTree.Node) -> Value {
        .object([
            ("section", .string(node.section.pathString)),
            ("heading", .string(node.section.heading)),
            ("level", .int(node.section.level)),
            ("text", .string(node.section.text)),
            ("sections", .array(node.children.map(self.node))),
        ])
    }

    /// Scores to four decimals: enough to order by, short enough to read.
    static func score(_ value: Double) -> String {
        guard value.isFinite else { return "0" }
        return String(format4: value)
    }

    static func milliseconds(_ duration: Duration) -> String {
        let (seconds, attoseconds) = duration.components
        let value = Double(seconds) * 1000 + Double(attoseconds) / 1e15
        return String(format4: value)
    }
}

extension String {
    /// A decimal literal of `value` rounded to four places, trailing zeros dropped.
    init(format4 value: Double) {
        let scaled = (value * 10_000).rounded()
        let negative = scaled < 0
        let magnitude = Int(abs(scaled))
        var text = String(magnitude / 10_000)
        var fraction = String(magnitude % 10_000)
        fraction = String(repeating: "0", count: 4 - fraction.count) + fraction
        while fraction.last == "0" { fraction.removeLast() }
        if !fraction.isEmpty { text += "." + fraction }
        self = (negative && magnitude != 0 ? "-" : "") + text
    }
}
