/// Where citations are resolved: the versions of a law and their articles. The command line wires a
/// folder of law files (`LawFolder`) or the collection index to it.
public protocol LawArticleSource: Sendable {
    /// The versions of the law with this short name (中华人民共和国 stripped, as `Citation.law`),
    /// oldest first, the current one last; empty where the law is unknown.
    func versions(of law: String) -> [LawVersion]
}

extension LawArticleSource {
    /// The current version's article, where there is one.
    public func article(law: String, number: Int, suffix: Int = 0) -> LawArticle? {
        versions(of: law).last?.article(number, suffix: suffix)
    }

    /// The full name of the law as its current version writes it.
    public func fullName(of law: String) -> String? {
        versions(of: law).last?.title
    }
}

/// One version of a law as published.
public struct LawVersion: Sendable, Hashable {
    /// The full title: 中华人民共和国人口与计划生育法.
    public var title: String
    /// The version date, ISO 8601 as precise as known (`2021-08-20`, `2015`); nil where unknown.
    public var date: String?
    /// Where it was read from (a file path, or an index's document id).
    public var origin: String
    /// Its articles in order.
    public var articles: [LawArticle]

    public init(title: String, date: String?, origin: String, articles: [LawArticle]) {
        self.title = title
        self.date = date
        self.origin = origin
        self.articles = articles
    }

    /// Article `number` (with suffix 1 for 之一 …).
    public func article(_ number: Int, suffix: Int = 0) -> LawArticle? {
        articles.first { $0.number == number && $0.suffix == suffix }
    }
}

/// One article of a law version.
public struct LawArticle: Sendable, Hashable {
    public var number: Int
    /// 0 for an ordinary article, 1 for 之一, 2 for 之二 …
    public var suffix: Int
    /// The article's label as written: 第三十六条, 第一百三十三条之一.
    public var label: String
    /// The article's text, label included, paragraphs joined by newlines.
    public var text: String

    public init(number: Int, suffix: Int, label: String, text: String) {
        self.number = number
        self.suffix = suffix
        self.label = label
        self.text = text
    }
}
