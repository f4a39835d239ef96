import Ingestion

extension LawVersion {
    /// The versions of one law as a history, oldest first (undated last): copies of one version
    /// count once (the fuller), and parts of one code published in several files (民法典/总则,
    /// 合同编 …) with one date become one version.
    public static func history(_ versions: [LawVersion]) -> [LawVersion] {
        var history: [LawVersion] = []
        for version in versions {
            if let same = history.firstIndex(where: { $0.date == version.date }) {
                let numbers = Set(history[same].articles.map { [$0.number, $0.suffix] })
                if !version.articles.contains(where: { numbers.contains([$0.number, $0.suffix]) }) {
                    history[same].articles = (history[same].articles + version.articles).sorted { ($0.number, $0.suffix) < ($1.number, $1.suffix) }
                } else if history[same].articles.count < version.articles.count {
                    history[same] = version
                }
                continue
            }
            history.append(version)
        }
        return history.sorted { ($0.date ?? "9999") < ($1.date ?? "9999") }
    }

    /// A law version from a document as ingestion reads it (from an index, say): its articles from
    /// the section headings and lines that open with an article label.
    public init(document: Document, date: String?, origin: String) {
        let lines = document.sections.flatMap { section in
            (section.heading.isEmpty ? [] : [section.heading]) + section.text.split(whereSeparator: \.isNewline).map(String.init)
        }
        self.init(title: LawName.full(LawName.withoutVersionDate(document.title)), date: date, origin: origin, articles: LawArticle.articles(inLines: lines))
    }
}
