import Ingestion
import Reporting
import TextNormalization

/// One reference to a law, regulation, judicial interpretation or policy document (the contract's
/// `cites` record).
public struct Citation: Sendable, Hashable {
    public var source: String
    public var documentIndex: Int
    public var document: String
    public var section: String
    /// The reference as written, title and article list included: `《人口与计划生育法》第36条`,
    /// `刑法第二百三十四条之一`, `第十、十八条` (every article of a list carries the list's text).
    public var text: String
    /// The short name: 中华人民共和国 stripped (`刑法`), or the title of a document as written.
    public var law: String
    /// The full name where known: written so, or given by the law source.
    public var lawFull: String?
    public var article: Int?
    /// The `之一`, `之二` … of an article inserted by an amendment (第一百三十三条之一 is article 133,
    /// suffix `之一`); nil for an ordinary article.
    public var articleSuffix: String?
    public var paragraph: Int?
    public var item: Int?
    public var kind: CitationKind
    /// The cited article's text in the current version, where the law source has it.
    public var resolved: String?
    /// The sentence the reference stands in, as written (what `--check` compares with the article).
    public var sentence: String
    /// The outcome of `CitationChecker`, where it ran.
    public var check: CitationCheck?

    public init(source: String, documentIndex: Int, document: String, section: String, text: String, law: String,
                lawFull: String?, article: Int?, articleSuffix: String?, paragraph: Int?, item: Int?, kind: CitationKind,
                resolved: String? = nil, sentence: String, check: CitationCheck? = nil) {
        self.source = source
        self.documentIndex = documentIndex
        self.document = document
        self.section = section
        self.text = text
        self.law = law
        self.lawFull = lawFull
        self.article = article
        self.articleSuffix = articleSuffix
        self.paragraph = paragraph
        self.item = item
        self.kind = kind
        self.resolved = resolved
        self.sentence = sentence
        self.check = check
    }

    /// The suffix as a number: 之一 is 1, none is 0.
    public var suffixNumber: Int {
        articleSuffix.flatMap { ChineseNumeral.value(of: String($0.dropFirst()))?.integerValue } ?? 0
    }

    /// The contract's record, then `article_suffix` and `sentence`, and with a check its `check`, `suggestion`, `note`.
    public var record: [(String, Value)] {
        var fields: [(String, Value)] = [
            ("source", .string(source)), ("document_index", .int(documentIndex)), ("document", .string(document)),
            ("section", .string(section)), ("text", .string(text)), ("law", .string(law)), ("law_full", .string(lawFull)),
            ("article", .int(article)), ("paragraph", .int(paragraph)), ("item", .int(item)), ("kind", .string(kind.rawValue)),
            ("resolved", .string(resolved)), ("article_suffix", .string(articleSuffix)), ("sentence", .string(sentence)),
        ]
        if let check {
            fields += [("check", .string(check.status.rawValue)), ("suggestion", .string(check.suggestion)), ("note", .string(check.note))]
        }
        return fields
    }

    /// The fields `record` ends with where a check ran (`Citation.checkFields`).
    public static let checkFields = ["check", "suggestion", "note"]
}

/// What a citation cites.
public enum CitationKind: String, Sendable, CaseIterable {
    /// A law of the NPC or its Standing Committee (…法, 法典, 修正案, 决定 on a law).
    case law
    /// Administrative regulations, rules and local regulations (条例, 规定, 办法, 细则, 规则).
    case regulation
    /// Judicial interpretations and replies of the Supreme People's Court or Procuratorate.
    case interpretation
    /// Policy documents, plans, forms and records cited by title (《…实施方案》, 《…手册》).
    case document

    /// The kind a title's wording shows.
    public static func of(title: String) -> CitationKind {
        let title = title.folded
        // Searched by scalars (`containsScalars`): Foundation's `contains` bridges through NSString, 0.6% of a build.
        if title.containsScalars("最高人民法院") || title.containsScalars("最高人民检察院") || title.hasSuffix("解释") || title.hasSuffix("批复") {
            return .interpretation
        }
        if title.hasSuffix("法") && !title.hasSuffix("办法") && !title.hasSuffix("做法") && !title.hasSuffix("方法")
            || title.hasSuffix("法典") || title.containsScalars("修正案") || title.hasPrefix("关于修改") && title.hasSuffix("的决定") {
            return .law
        }
        for suffix in ["条例", "规定", "办法", "细则", "规则", "规章", "法规"] where title.hasSuffix(suffix) { return .regulation }
        return .document
    }
}
