import TextNormalization

/// Parses the query language of `zhili search` (see `Query`), after folding the query like the
/// documents (NFKC, traditional → simplified), so that full-width and traditional input match.
public enum QueryParser {
    /// A query that cannot be parsed.
    public struct SyntaxError: Error, CustomStringConvertible, Sendable {
        public let reason: String
        public var description: String { "query: \(reason)" }
    }

    private enum Lexeme: Equatable {
        case word(String, quoted: Bool)
        case or
        case not
        case near(Int)
    }

    public static func parse(_ text: String) throws(SyntaxError) -> Query {
        let lexemes = try lex(text.folded)
        var index = 0
        var clauses: [Query] = []
        while index < lexemes.count {
            clauses.append(try parseDisjunction(lexemes, &index))
        }
        guard !clauses.isEmpty else { throw SyntaxError(reason: "empty query") }
        return clauses.count == 1 ? clauses[0] : .and(clauses)
    }

    private static func parseDisjunction(_ lexemes: [Lexeme], _ index: inout Int) throws(SyntaxError) -> Query {
        var parts = [try parseNear(lexemes, &index)]
        while index < lexemes.count, lexemes[index] == .or {
            index += 1
            guard index < lexemes.count else { throw SyntaxError(reason: "OR needs a word after it") }
            parts.append(try parseNear(lexemes, &index))
        }
        return parts.count == 1 ? parts[0] : .or(parts)
    }

    private static func parseNear(_ lexemes: [Lexeme], _ index: inout Int) throws(SyntaxError) -> Query {
        var left = try parseUnary(lexemes, &index)
        while index < lexemes.count, case .near(let distance) = lexemes[index] {
            index += 1
            guard index < lexemes.count else { throw SyntaxError(reason: "NEAR/\(distance) needs a word after it") }
            left = .near(left, try parseUnary(lexemes, &index), distance: distance)
        }
        return left
    }

    private static func parseUnary(_ lexemes: [Lexeme], _ index: inout Int) throws(SyntaxError) -> Query {
        switch lexemes[index] {
        case .not:
            index += 1
            guard index < lexemes.count else { throw SyntaxError(reason: "NOT needs a word after it") }
            return .not(try parseUnary(lexemes, &index))
        case .or:
            throw SyntaxError(reason: "OR needs a word before it")
        case .near(let distance):
            throw SyntaxError(reason: "NEAR/\(distance) needs a word before it")
        case .word(let word, let quoted):
            index += 1
            if !quoted, word.hasPrefix("-"), word.count > 1 {
                return .not(try atom(String(word.dropFirst()), quoted: false))
            }
            return try atom(word, quoted: quoted)
        }
    }

    private static func atom(_ word: String, quoted: Bool) throws(SyntaxError) -> Query {
        if !quoted, let colon = word.firstIndex(of: ":"),
           let field = Query.Field(rawValue: String(word[..<colon]).lowercased()) {
            var value = String(word[word.index(after: colon)...])
            if value.count >= 2, value.first == "\"", value.last == "\"" { value = String(value.dropFirst().dropLast()) }
            guard !value.isEmpty else { throw SyntaxError(reason: "\(field.rawValue): needs a value") }
            if field == .year, YearRange(value) == nil {
                throw SyntaxError(reason: "year: wants a year or a range like 2019..2025, not \(value)")
            }
            return .field(field, value)
        }
        return .phrase(word)
    }

    /// Splits at spaces, keeping quoted phrases (and `field:"quoted values"`) whole.
    private static func lex(_ text: String) throws(SyntaxError) -> [Lexeme] {
        let openQuotes: Set<Character> = ["\"", "“", "「", "『"]
        let closeQuotes: Set<Character> = ["\"", "”", "」", "』"]
        var lexemes: [Lexeme] = []
        var current = ""
        var quoted = false
        var inQuote = false
        var quotedValue = false
        func flush() {
            defer { current = ""; quoted = false }
            guard !current.isEmpty || quoted else { return }
            if !quoted {
                if current == "OR" || current == "|" { lexemes.append(.or); return }
                if current == "NOT" { lexemes.append(.not); return }
                if current.hasPrefix("NEAR/"), let distance = Int(current.dropFirst(5)), distance >= 0 {
                    lexemes.append(.near(distance))
                    return
                }
            }
            lexemes.append(.word(current, quoted: quoted))
        }
        for character in text {
            if inQuote {
                if closeQuotes.contains(character) {
                    inQuote = false
                    if quotedValue { current.append("\"") }
                    quotedValue = false
                } else {
                    current.append(character)
                }
            } else if character.isWhitespace {
                flush()
            } else if openQuotes.contains(character) {
                inQuote = true
                if current.hasSuffix(":") {
                    current.append("\"")
                    quotedValue = true
                } else {
                    flush()
                    quoted = true
                }
            } else {
                current.append(character)
            }
        }
        guard !inQuote else { throw SyntaxError(reason: "a quote is not closed") }
        flush()
        return lexemes
    }
}

/// The years a `year:` filter accepts.
struct YearRange: Hashable {
    var lower: Int
    var upper: Int

    init?(_ text: String) {
        let parts = text.split(separator: ".", omittingEmptySubsequences: true)
        if parts.count == 1, let year = Int(parts[0]) {
            lower = year
            upper = year
        } else if parts.count == 2, text.contains(".."), let from = Int(parts[0]), let to = Int(parts[1]), from <= to {
            lower = from
            upper = to
        } else {
            return nil
        }
    }

    func contains(_ year: Int) -> Bool { year >= lower && year <= upper }
}
