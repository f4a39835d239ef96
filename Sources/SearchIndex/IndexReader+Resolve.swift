import TextNormalization

/// An article of a law found in the index.
public struct ResolvedArticle: Sendable, Hashable {
    /// The law's title as indexed (`中华人民共和国人口与计划生育法`).
    public var law: String
    public var source: String
    public var documentIndex: Int
    /// The version's year, when known (from a version date in the file name, or the title).
    public var year: Int?
    /// The article's number.
    public var article: Int
    /// Its heading as written (`第四十条`).
    public var heading: String
    /// Its text, without the heading.
    public var text: String
}

extension IndexReader {
    /// The text of article `article` of `law` — short or full name, with or without 《》 and
    /// 中华人民共和国 (`刑法`, `《中华人民共和国刑法》`) — from its latest version in the index; nil when
    /// the law is not indexed or has no such article.
    public func resolve(law: String, article: Int) throws(IndexError) -> ResolvedArticle? {
        try articles(law: law, article: article).first
    }

    /// Article `article` of every version of `law` in the index, the latest first (by year, then by
    /// source path, whose version dates sort in time).
    public func articles(law: String, article: Int) throws(IndexError) -> [ResolvedArticle] {
        let name = IndexReader.lawName(law)
        guard !name.isEmpty, article > 0 else { return [] }
        let headings: Set<String> = ["第\(IndexReader.chineseNumeral(article))条", "第\(article)条"]
        var titles: [Int: Bool] = [:]
        var found: [ResolvedArticle] = []
        for unit in 0..<unitCount {
            let record = units.record(unit)
            guard record.kind == .section else { continue }
            let matches: Bool
            if let known = titles[record.document] {
                matches = known
            } else {
                matches = IndexReader.lawName(units.string(record.document)) == name
                titles[record.document] = matches
            }
            guard matches else { continue }
            let stored = try store.entry(unit)
            let heading = stored.section.components(separatedBy: " › ").last ?? ""
            guard headings.contains(heading.folded.filter { !$0.isWhitespace }) else { continue }
            var text = stored.text
            if text.hasPrefix(heading) { text = String(text.dropFirst(heading.count)).trimmingLeadingNewlines() }
            found.append(ResolvedArticle(law: units.string(record.document), source: units.string(record.source),
                                         documentIndex: record.documentIndex, year: record.year, article: article,
                                         heading: heading, text: text))
        }
        return found.sorted { ($0.year ?? 0, $0.source) > ($1.year ?? 0, $1.source) }
    }

    /// A law's name for matching: folded, without 《》, spaces, a leading 中华人民共和国, or a trailing
    /// version date in brackets (`(2015)`, `(2018-12-29)`).
    static func lawName(_ title: String) -> String {
        var name = title.folded.filter { !$0.isWhitespace && $0 != "《" && $0 != "》" }
        if name.hasPrefix("中华人民共和国") { name = String(name.dropFirst(7)) }
        if name.hasSuffix(")"), let open = name.lastIndex(of: "("),
           name[name.index(after: open)..<name.index(before: name.endIndex)].allSatisfy({ $0.isNumber || $0 == "-" || $0 == "." }) {
            name = String(name[..<open])
        }
        return name
    }

    /// `number` (1–9999) in Chinese numerals as article numbers are written: 十, 十二, 一百零一, 三百三十六.
    static func chineseNumeral(_ number: Int) -> String {
        let digits = Array("零一二三四五六七八九")
        var result = ""
        var pendingZero = false
        for (value, unit) in [(1000, "千"), (100, "百"), (10, "十"), (1, "")] {
            let digit = (number / value) % 10
            if digit == 0 {
                if !result.isEmpty { pendingZero = true }
                continue
            }
            if pendingZero { result += "零" }
            pendingZero = false
            result += (value == 10 && digit == 1 && result.isEmpty ? "" : String(digits[digit])) + unit
        }
        return result
    }
}

extension String {
    fileprivate func trimmingLeadingNewlines() -> String {
        String(drop { $0.isNewline || $0.isWhitespace })
    }
}
