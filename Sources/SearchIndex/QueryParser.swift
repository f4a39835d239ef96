import TextNormalization

/// Parses the query language of `zhili search` (see `Query`), folding each word like the documents
/// (NFKC, traditional → simplified), so that full-width and traditional input match.
///
/// Precedence, tightest first: `NOT` (and `-word`), `NEAR/n`, `AND` (or words side by side), `OR`;
/// parentheses group. `a b OR c` is `(a AND b) OR c`.
public enum QueryParser {
    /// A query that cannot be parsed, and where: `position` counts characters of the query as typed,
    /// from 1.
    public struct SyntaxError: Error, CustomStringConvertible, Sendable, Hashable {
        public let reason: String
        public let position: Int

        public init(reason: String, position: Int) {
            self.reason = reason
            self.position = position
        }

        public var description: String { "query: \(reason) (at character \(position))" }
    }

    private enum Lexeme: Equatable {
        case word(String, quoted: Bool)
        case or
        case and
        case not
        case near(Int)
        case open
        case close

        var name: String {
            switch self {
            case .word(let text, _): "\"\(text)\""
            case .or: "OR"
            case .and: "AND"
            case .not: "NOT"
            case .near(let distance): "NEAR/\(distance)"
            case .open: "("
            case .close: ")"
            }
        }
    }

    /// A lexeme and the character (from 1) where it starts.
    private struct Located {
        var lexeme: Lexeme
        var position: Int
    }

    private struct Parser {
        let lexemes: [Located]
        let end: Int
        var index = 0

        var current: Lexeme? { index < lexemes.count ? lexemes[index].lexeme : nil }
        var position: Int { index < lexemes.count ? lexemes[index].position : end }

        func error(_ reason: String) -> SyntaxError { SyntaxError(reason: reason, position: position) }

        mutating func disjunction() throws(SyntaxError) -> Query {
            var parts = [try conjunction()]
            while current == .or {
                index += 1
                guard startsOperand else { throw error("OR needs a word after it") }
                parts.append(try conjunction())
            }
            return parts.count == 1 ? parts[0] : .or(parts)
        }

        /// Whether the current lexeme can begin an operand.
        var startsOperand: Bool {
            switch current {
            case .word?, .not?, .open?: true
            default: false
            }
        }

        mutating func conjunction() throws(SyntaxError) -> Query {
            var parts = [try near()]
            while true {
                if current == .and {
                    index += 1
                    guard startsOperand else { throw error("AND needs a word after it") }
                } else if !startsOperand {
                    break
                }
                parts.append(try near())
            }
            return parts.count == 1 ? parts[0] : .and(parts)
        }

        mutating func near() throws(SyntaxError) -> Query {
            var left = try unary()
            while case .near(let distance)? = current {
                index += 1
                guard startsOperand else { throw error("NEAR/\(distance) needs a word after it") }
                left = .near(left, try unary(), distance: distance)
            }
            return left
        }

        mutating func unary() throws(SyntaxError) -> Query {
            guard let lexeme = current else { throw error("the query ends where a word was expected") }
            switch lexeme {
            case .not:
                index += 1
                guard startsOperand else { throw error("NOT needs a word after it") }
                return .not(try unary())
            case .open:
                let opening = position
                index += 1
                guard current != .close else { throw error("empty parentheses") }
                let inner = try disjunction()
                guard current == .close else {
                    throw SyntaxError(reason: "the parenthesis opened at character \(opening) is not closed", position: position)
                }
                index += 1
                return inner
            case .word(let word, let quoted):
                let at = position
                index += 1
                if !quoted, word.hasPrefix("-"), word.count > 1 {
                    return .not(try QueryParser.atom(String(word.dropFirst()), quoted: false, position: at + 1))
                }
                return try QueryParser.atom(word, quoted: quoted, position: at)
            case .close:
                throw error("a closing parenthesis without an opening one")
            case .or, .and, .near:
                throw error("\(lexeme.name) needs a word before it")
            }
        }
    }

    public static func parse(_ text: String) throws(SyntaxError) -> Query {
        let lexemes = try lex(text)
        guard !lexemes.isEmpty else { throw SyntaxError(reason: "empty query", position: 1) }
        var parser = Parser(lexemes: lexemes, end: text.count + 1)
        let query = try parser.disjunction()
        if parser.current == .close { throw parser.error("a closing parenthesis without an opening one") }
        guard parser.current == nil else { throw parser.error("unexpected \(parser.current!.name)") }
        // Lucene finds nothing for a query of exclusions alone and Elasticsearch lists everything else, unranked;
        // either way the answer is not what was meant, so it is bad usage, as Manticore has it.
        guard query.selects else {
            let exclusion = lexemes.first { located in
                if case .word(let word, quoted: false) = located.lexeme { return word.hasPrefix("-") }
                return located.lexeme == .not
            }
            let reason = if case .or = query {
                "a side of OR only excludes, which would list nearly everything: give it a word or filter to find"
            } else {
                "the query only excludes, which would list everything unscored: add a word or filter to find (人口 -计划生育)"
            }
            throw SyntaxError(reason: reason, position: exclusion?.position ?? 1)
        }
        return query
    }

    private static func atom(_ word: String, quoted: Bool, position: Int) throws(SyntaxError) -> Query {
        if !quoted, let colon = word.firstIndex(of: ":"),
           let field = Query.Field(rawValue: String(word[..<colon]).lowercased()) {
            var value = String(word[word.index(after: colon)...])
            if value.count >= 2, value.first == "\"", value.last == "\"" { value = String(value.dropFirst().dropLast()) }
            guard !value.isEmpty else { throw SyntaxError(reason: "\(field.rawValue): needs a value", position: position) }
            if field == .year, YearRange(value) == nil {
                throw SyntaxError(reason: "year: wants a year or a range like 2019..2025, not \(value)", position: position)
            }
            // An unknown kind would find nothing, as if the collection held nothing of the kind asked for.
            if field == .kind, !UnitKind.known.contains(UnitKind(rawValue: value)) {
                throw SyntaxError(reason: "kind: wants one of \(UnitKind.known.map(\.rawValue).joined(separator: ", ")), not \(value)", position: position)
            }
            return .field(field, value)
        }
        return .phrase(word)
    }

    private static let openQuotes: Set<Character> = ["\"", "“", "「", "『"]
    private static let closeQuotes: Set<Character> = ["\"", "”", "」", "』"]

    /// `text` without the quotes around it where it is one quoted phrase (`"两非"`, `“两非”`, `""`): the characters
    /// such a query looks for. Other text is returned as it is.
    public static func unquoted(_ text: String) -> String {
        var trimmed = Substring(text).drop { $0.isWhitespace }
        while trimmed.last?.isWhitespace == true { trimmed.removeLast() }
        guard trimmed.count >= 2, let first = trimmed.first, let last = trimmed.last, openQuotes.contains(first), closeQuotes.contains(last)
        else { return text }
        let inner = trimmed.dropFirst().dropLast()
        return inner.contains(where: { closeQuotes.contains($0) }) ? text : String(inner)
    }

    /// Splits at spaces and parentheses, keeping quoted phrases (and `field:"quoted values"`) whole;
    /// each word is folded, and every lexeme remembers the character where it starts.
    private static func lex(_ text: String) throws(SyntaxError) -> [Located] {
        let (openQuotes, closeQuotes) = (QueryParser.openQuotes, QueryParser.closeQuotes)
        let openParentheses: Set<Character> = ["(", "（"]
        let closeParentheses: Set<Character> = [")", "）"]
        var lexemes: [Located] = []
        var current = ""
        var start = 0
        var quoted = false
        var inQuote = false
        var quoteStart = 0
        var quotedValue = false
        func flush() {
            defer { current = ""; quoted = false }
            guard !current.isEmpty || quoted else { return }
            let word = current.folded
            // Punctuation left alone between parentheses or quotes (the 。 of 同意（…）。) searches for nothing.
            if !quoted, !word.contains(where: { $0.isLetter || $0.isNumber }), !["|", "&"].contains(word) { return }
            if !quoted {
                switch word {
                case "OR", "|": lexemes.append(Located(lexeme: .or, position: start)); return
                case "AND", "&": lexemes.append(Located(lexeme: .and, position: start)); return
                case "NOT": lexemes.append(Located(lexeme: .not, position: start)); return
                default:
                    if word.hasPrefix("NEAR/"), let distance = Int(word.dropFirst(5)), distance >= 0 {
                        lexemes.append(Located(lexeme: .near(distance), position: start))
                        return
                    }
                }
            }
            lexemes.append(Located(lexeme: .word(word, quoted: quoted), position: start))
        }
        for (offset, character) in text.enumerated() {
            let position = offset + 1
            if inQuote {
                if closeQuotes.contains(character) {
                    // `""` (or a quoted 。) would search for nothing, and find nothing: say so, as for an empty query.
                    if !quotedValue, !current.folded.contains(where: { $0.isLetter || $0.isNumber }) {
                        throw SyntaxError(reason: "the phrase quoted at character \(quoteStart) holds no word to find", position: position)
                    }
                    inQuote = false
                    // A phrase ends at its closing quote: 按“三个有利于”的标准 is three phrases.
                    if quotedValue { current.append("\"") } else { flush() }
                    quotedValue = false
                } else {
                    current.append(character)
                }
            } else if character.isWhitespace {
                flush()
            } else if openParentheses.contains(character) || closeParentheses.contains(character) {
                flush()
                lexemes.append(Located(lexeme: openParentheses.contains(character) ? .open : .close, position: position))
            } else if openQuotes.contains(character) {
                inQuote = true
                quoteStart = position
                if current.hasSuffix(":") {
                    current.append("\"")
                    quotedValue = true
                } else {
                    flush()
                    quoted = true
                    start = position
                }
            } else {
                if current.isEmpty { start = position }
                current.append(character)
            }
        }
        guard !inQuote else { throw SyntaxError(reason: "the quote opened at character \(quoteStart) is not closed", position: text.count + 1) }
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
