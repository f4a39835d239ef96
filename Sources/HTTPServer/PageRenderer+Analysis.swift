import SearchIndex
import TextAnalysis

extension PageRenderer {
    /// The concordance view: the lines aligned on the match, each linked to its document, with the
    /// orders to choose from.
    func concordance(_ page: ConcordancePage, query: String, order: Concordancer.Order) -> String {
        let labels: [(Concordancer.Order, String)] = [(.source, "按出现顺序"), (.left, "按左侧语境"), (.right, "按右侧语境")]
        let orders = labels.map { value, label in
            value == order ? "<strong>\(label)</strong>"
                : "<a href=\"\(HTML.escape("/concordance" + HTML.query([("q", query), ("sort", value.rawValue)])))\">\(label)</a>"
        }.joined(separator: " · ")
        var html = "<h1 class=\"page-title\">“\(HTML.escape(query))”的语境（KWIC）</h1>\n<div class=\"summary\" role=\"status\">"
        html += page.total == 0 ? "没有找到 <q>\(HTML.escape(query))</q>。"
            : "共 <strong>\(page.total)</strong> 处" + (page.lines.count < page.total ? "，显示前 \(page.lines.count) 处" : "")
        html += " · \(orders) · <a href=\"\(HTML.escape("/" + HTML.query([("q", query)])))\">返回搜索结果</a></div>\n"
        guard !page.lines.isEmpty else { return html }
        html += "<table class=\"concordance\">\n<tbody>\n"
        for line in page.lines {
            let href = "/documents/" + DocumentKey(source: line.source, documentIndex: line.documentIndex).id
                + HTML.query([("q", query)]) + "#" + HTML.sectionAnchor(line.section)
            html += "<tr><td class=\"left\">\(HTML.escape(line.left))</td><td class=\"match\"><mark>\(HTML.escape(line.match))</mark></td>"
                + "<td class=\"right\">\(HTML.escape(line.right))</td>"
                + "<td class=\"source\"><a href=\"\(HTML.escape(href))\" title=\"\(HTML.escape(line.document))\">\(HTML.escape(line.document))</a></td></tr>\n"
        }
        return html + "</tbody>\n</table>\n"
    }

    /// The trend view: the chart (the SVG of `zhili trend --plot`, inline) and its table.
    func trend(_ table: TrendTable, query: String) -> String {
        var html = "<h1 class=\"page-title\">“\(HTML.escape(query))”的词频趋势</h1>\n"
        html += "<div class=\"summary\">每万字出现次数，按年份 · <a href=\"\(HTML.escape("/" + HTML.query([("q", query)])))\">返回搜索结果</a></div>\n"
        let dated = table.rows.filter { Int($0.group) != nil }
        guard dated.contains(where: { $0.count > 0 }) else {
            return html + "<p class=\"empty\">索引中有年份的文件里没有这些词语。</p>\n"
        }
        var svg = TrendChart(table).svg()
        if let declaration = svg.range(of: "?>\n") { svg.removeSubrange(svg.startIndex..<declaration.upperBound) }
        html += "<figure class=\"trend-chart\">\n\(svg)</figure>\n"
        html += "<table class=\"trend-table\">\n<thead><tr><th>年份</th><th>词语</th><th>次数</th><th>每万字</th></tr></thead>\n<tbody>\n"
        for row in dated where row.count > 0 {
            html += "<tr><td>\(HTML.escape(row.group))</td><td>\(HTML.escape(row.term))</td><td>\(row.count)</td>"
                + "<td>\(HTML.escape(row.record.first { $0.0 == "per_10k" }?.1.plainText ?? ""))</td></tr>\n"
        }
        return html + "</tbody>\n</table>\n"
    }

    /// The words and phrases of a search query that its trend counts and its concordance finds: those the query looks
    /// for, as the query parser reads them — not its operators, parentheses, exclusions (`-罚款`, `NOT 罚款`) or field
    /// filters — each once; none for a query the parser rejects.
    static func queryPhrases(_ query: String) -> [String] {
        guard let parsed = try? QueryParser.parse(query) else { return [] }
        var seen = Set<String>()
        return parsed.positivePhrases.filter { seen.insert($0).inserted }
    }
}
