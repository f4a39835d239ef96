/// A parsed search query.
///
/// Words are ANDed; `OR` joins the words on either side; `-word` and `NOT word` exclude; `"…"` is a
/// phrase; `a NEAR/n b` wants both with at most n characters between them (letters and digits; punctuation
/// and spaces do not count); `title:` `doc:`
/// `source:` `section:` `kind:` `year:2019..2025` filter on the unit's fields. A word is a phrase too:
/// its characters must stand together, so that any substring of a text finds it.
public indirect enum Query: Sendable, Hashable, CustomStringConvertible {
    case phrase(String)
    case near(Query, Query, distance: Int)
    case field(Field, String)
    case and([Query])
    case or([Query])
    case not(Query)

    /// A field a filter applies to.
    public enum Field: String, Sendable, Hashable, CaseIterable {
        /// The document's title.
        case title
        /// The document: its index within the file for a number, else its title.
        case doc
        /// The source file's path.
        case source
        /// The section's heading path.
        case section
        /// The unit's kind.
        case kind
        /// The document's year, `2019` or `2019..2025`.
        case year
    }

    public var description: String {
        switch self {
        case .phrase(let text): return "\"\(text)\""
        case .near(let a, let b, let distance): return "(\(a) NEAR/\(distance) \(b))"
        case .field(let field, let value): return "\(field.rawValue):\(value)"
        case .and(let parts): return "(" + parts.map(\.description).joined(separator: " AND ") + ")"
        case .or(let parts): return "(" + parts.map(\.description).joined(separator: " OR ") + ")"
        case .not(let part): return "NOT \(part)"
        }
    }

    /// Whether the query filters on `kind:` anywhere, choosing the kinds of its results itself.
    public var filtersKind: Bool {
        switch self {
        case .field(let field, _): return field == .kind
        case .phrase: return false
        case .near(let a, let b, _): return a.filtersKind || b.filtersKind
        case .and(let parts), .or(let parts): return parts.contains { $0.filtersKind }
        case .not(let part): return part.filtersKind
        }
    }

    /// Whether the query names what it lists — a word, phrase or filter — rather than only what it leaves
    /// out: an exclusion alone (`-计划生育`, `NOT 计划生育`) would list every unit, unscored. A conjunction
    /// selects where one of its parts does (`人口 -计划生育`); a disjunction where every side does, as a
    /// side that only excludes lists nearly everything (`人口 OR -计划生育`).
    public var selects: Bool {
        switch self {
        case .phrase, .near, .field: return true
        case .and(let parts): return parts.contains { $0.selects }
        case .or(let parts): return parts.allSatisfy { $0.selects }
        case .not: return false
        }
    }

    /// The phrases whose matches are highlighted: those not under a NOT.
    public var positivePhrases: [String] {
        switch self {
        case .phrase(let text): return [text]
        case .near(let a, let b, _): return a.positivePhrases + b.positivePhrases
        case .field: return []
        case .and(let parts), .or(let parts): return parts.flatMap(\.positivePhrases)
        case .not: return []
        }
    }
}
