import TextNormalization

/// What a document's title says it is as a text of rules: the kind of text it is (a law, a regulation, an
/// interpretation or a policy document) and, for a notice that issues the text it carries (关于印发…暂行办法的通知),
/// the kind of that text. The one definition both extractors read: statistics date a rule's figures to no year,
/// measures take a law's articles as provisions.
public struct DocumentGenre: Sendable, Equatable {
    /// The kind the title's own wording shows (`CitationKind.of(title:)`), a trailing qualifier aside (（试行）).
    public var kind: CitationKind
    /// For a notice whose title says it issues the text it carries (印发, 发布), the kind of that text; nil for any
    /// other document, a notice that implements rules without issuing them (关于贯彻实施《…条例》的通知) among them.
    public var issued: CitationKind?
    /// The title is a 批复, which approves a plan or a request (the State Council's) or answers one question (a court's).
    private var isReply: Bool

    /// Words of a notice's title that say it issues the text it carries (关于印发…暂行办法的通知, 关于发布…的通知).
    static let issuingWords = ["印发", "发布"]

    public init(title: String) {
        let title = title.folded
        kind = CitationKind.of(title: DocumentGenre.withoutQualifier(title))
        issued = nil
        isReply = title.hasSuffix("批复")
        guard kind == .document, title.hasSuffix("通知"),
              let word = DocumentGenre.issuingWords.lazy.compactMap({ title.range(of: $0) }).first else { return }
        // 国务院关于印发《国务院工作规则》的通知: the issued text's title lies between the issuing word and 的通知.
        var carried = title[word.upperBound...].dropLast("通知".count)
        if carried.hasSuffix("的") { carried = carried.dropLast() }
        let name = carried.filter { $0 != "《" && $0 != "》" }
        issued = CitationKind.of(title: DocumentGenre.withoutQualifier(name))
    }

    /// Whether the document lays down standing rules, whose amounts, terms and rates hold whenever they apply
    /// (子女教育的扣除标准为每月1000元, 三十日内作出决定): a law, a regulation (条例, 规定, 办法, 细则, 规则 — a
    /// 城乡规划条例 too), a judicial interpretation (最高人民法院关于…的若干规定), or a notice that issues one. A 批复 and
    /// a notice implementing a regulation do not.
    public var laysDownRules: Bool {
        DocumentGenre.isRules(kind) || kind == .interpretation && !isReply || issued.map(DocumentGenre.isRules) == true
    }

    private static func isRules(_ kind: CitationKind) -> Bool {
        kind == .law || kind == .regulation
    }

    /// A title without the bracketed qualifier it may end with (人民检察院民事诉讼监督规则（试行）),
    /// which hides the word that says what the text is.
    private static func withoutQualifier(_ title: String) -> String {
        guard let last = title.last, last == "）" || last == ")",
              let open = title.lastIndex(where: { $0 == "（" || $0 == "(" }), open > title.startIndex else { return title }
        return String(title[..<open])
    }
}
