/// The years of the sessions that national governance texts are named after: sessions of the National
/// People's Congress (`第十一届全国人民代表大会第一次会议`) and national congresses of the Communist
/// Party of China (`中国共产党第十六次全国代表大会`, `(十六大)`). Public record; a resolution or report names its
/// session rather than its year.
enum SessionCalendar {
    /// The year of the first session named in `text`, if any.
    static func year(in text: String) -> Int? {
        // The patterns are tried only where their fixed words stand: matching is costly, and most texts name no session.
        if text.contains(npcWords), let match = text.firstMatch(of: npcSession),
           let term = ChineseNumber.value(match.output.term.unicodeScalars),
           let session = ChineseNumber.value(match.output.session.unicodeScalars) {
            return npcSessionYear(term: term, session: session)
        }
        return partyCongress(in: text).map { partyCongressYears[$0] }
    }

    /// The number of the national congress of the Party named in `text` (16 for `(十六大)` or
    /// `中国共产党第十六次全国代表大会`), if any.
    static func partyCongress(in text: String) -> Int? {
        guard text.unicodeScalars.contains("大") else { return nil }
        guard let match = text.firstMatch(of: congressNamed) ?? text.firstMatch(of: congressShort),
           let number = ChineseNumber.value(match.output.number.unicodeScalars), (1..<partyCongressYears.count).contains(number) else {
            return nil
        }
        return number
    }

    private static let npcWords = "全国人民代表大会"

    // The patterns are made once: a regex literal is parsed and compiled again each time it is evaluated, which cost every
    // document more than its name and title take to match. `Regex` is not declared Sendable, yet its only mutable state,
    // the program compiled at the first match, is stored by an atomic compare-and-swap: the patterns are shared by threads.
    nonisolated(unsafe) private static let npcSession = /第(?<term>[一二三四五六七八九十]+)届全国人民代表大会第(?<session>[一二三四五六七八九十]+)次(?:会议)?/
    nonisolated(unsafe) private static let congressNamed = /(?:中国共产党|党的)第(?<number>[一二三四五六七八九十]+)次全国代表大会/
    /// `十六大` only in brackets or after 党的, where it cannot be 十大关系 or 四大发明.
    nonisolated(unsafe) private static let congressShort = /(?:[(（]|党的)(?<number>[一二三四五六七八九十]+)大/
    /// A congress named short in brackets, as a report's file name names it (`…_(十六大).txt`).
    nonisolated(unsafe) static let congressInBrackets = /[(（][一二三四五六七八九十]+大[)）]/

    /// The year session `session` of the `term`th National People's Congress met.
    static func npcSessionYear(term: Int, session: Int) -> Int? {
        guard session >= 1 else { return nil }
        switch term {
        case 1: return session <= 5 ? 1953 + session : nil
        case 2: return session <= 4 ? [1959, 1960, 1962, 1963][session - 1] : nil
        case 3: return session == 1 ? 1964 : nil
        case 4: return session == 1 ? 1975 : nil
        case 5: return session <= 5 ? 1977 + session : nil
        case 6...: return session <= 5 ? 1983 + 5 * (term - 6) + session - 1 : nil
        default: return nil
        }
    }

    /// The year of the nth national congress of the Party, by n (index 0 unused).
    static let partyCongressYears = [0, 1921, 1922, 1923, 1925, 1927, 1928, 1945, 1956, 1969, 1973, 1977, 1982, 1987,
                                     1992, 1997, 2002, 2007, 2012, 2017, 2022]
}
