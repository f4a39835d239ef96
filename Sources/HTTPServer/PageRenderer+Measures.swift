import Extraction
import Reporting

extension PageRenderer {
    /// The policy measures of a document or of a query's sections as a table — level, instrument, role,
    /// responsible units and deadline beside each measure's headline — with the mix of instruments over
    /// the level-1 measures shown and the CSV download link.
    func measures(_ page: RecordPage, query: String?, document: DocumentKey?, shown: Int) -> String {
        let csv = "/api/measures" + HTML.query([("q", query), ("document", document?.id), ("limit", String(limits.resultWindow)), ("format", "csv")])
        let rows = Array(page.records.prefix(shown))
        var html = "<div class=\"statistics-summary\">共 \(page.total) 条措施"
        if page.total > rows.count { html += "，显示前 \(rows.count) 条" }
        html += " · <a href=\"\(HTML.escape(csv))\" download>下载 CSV</a></div>\n"
        guard !rows.isEmpty else { return html }
        let field = { (record: [(String, Value)], name: String) in record.first { $0.0 == name }?.1 ?? .null }
        let tasks = rows.filter { field($0, "level").plainText == "1" }
        let mix = PolicyInstrument.allCases.compactMap { instrument -> String? in
            let count = tasks.filter { field($0, "category").plainText == instrument.rawValue }.count
            return count == 0 ? nil : "\(instrument.chineseName) \(count)"
        }
        if !mix.isEmpty {
            html += "<p class=\"measure-mix\">所示 \(tasks.count) 条一级措施的政策工具：" + HTML.escape(mix.joined(separator: " · ")) + "</p>\n"
        }
        let headings = ["文件", "章节", "层级", "措施", "政策工具", "性质", "责任单位", "期限"]
        html += "<div class=\"table-scroll\"><table class=\"statistics measures\">\n<thead><tr>"
        html += headings.map { "<th>\($0)</th>" }.joined() + "</tr></thead>\n<tbody>\n"
        for record in rows {
            let category = PolicyInstrument(rawValue: field(record, "category").plainText)
            let actors = if case let .array(names) = field(record, "actors") { names.map(\.plainText).joined(separator: "、") } else { "" }
            let cells = [field(record, "document").plainText, field(record, "section").plainText,
                         field(record, "level").plainText == "1" ? "一级" : "二级", field(record, "headline").plainText,
                         category?.chineseName ?? "—", field(record, "role").plainText == "done" ? "已完成" : "计划",
                         actors, field(record, "deadline").plainText]
            html += "<tr>" + cells.map { "<td>" + HTML.escape($0) + "</td>" }.joined() + "</tr>\n"
        }
        return html + "</tbody></table></div>\n"
    }
}
