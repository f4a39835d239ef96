import Reporting

/// The search page, the document page and the statistics table, rendered on the server so that
/// they work without JavaScript; the script only fetches the `#results` part again as you type.
struct PageRenderer {
    let limits: QueryLimits

    /// The most subsections the table of contents lists open under a heading.
    static let unfoldedChildren = 8

    /// A whole page around `body`, with the search form in its header.
    func page(title: String, query: String = "", kind: String? = nil, kinds: [String], body: String) -> String {
        // No kind is sections (as `zhili search` lists them); the other kinds, or all of them, are chosen.
        let choices = [("", HTML.kindLabel("section")), (SearchRequest.allKinds, "全部类型")]
            + kinds.filter { $0 != "section" }.map { ($0, HTML.kindLabel($0)) }
        let options = choices.map { value, label in
            "<option value=\"\(HTML.escape(value))\"\(value == (kind ?? "") ? " selected" : "")>\(HTML.escape(label))</option>"
        }.joined()
        return """
        <!doctype html>
        <html lang="zh-CN">
        <head>
        <meta charset="utf-8">
        <meta name="viewport" content="width=device-width, initial-scale=1">
        <title>\(HTML.escape(title))</title>
        <link rel="stylesheet" href="/assets/zhili.css">
        <script src="/assets/zhili.js" defer></script>
        </head>
        <body>
        <header class="masthead">
        <a class="brand" href="/">治理 <span>Zhili</span></a>
        <form class="search" id="search" action="/" method="get" role="search">
        <input type="search" name="q" id="q" value="\(HTML.escape(query))" maxlength="\(limits.maximumQueryLength)" placeholder="词语、&quot;短语&quot;、OR、-排除、title:标题、year:2019..2025" aria-label="查询" autocomplete="off">
        <select name="kind" id="kind" aria-label="类型">\(options)</select>
        <button type="submit">搜索</button>
        </form>
        </header>
        <main id="main">
        \(body)
        </main>
        </body>
        </html>

        """
    }

    /// The home page body: what the index holds and how to query it.
    func home(_ status: BackendStatus) -> String {
        """
        <section class="intro">
        <p>索引收录 <strong>\(status.files)</strong> 个文件、<strong>\(status.count(of: "section"))</strong> 个章节。</p>
        <ul class="syntax">
        <li><code>人口 计生</code> 同时包含两个词</li>
        <li><code>出生 OR 生育</code> 任一词</li>
        <li><code>"性别比"</code> 精确短语，<code>-城镇</code> 排除</li>
        <li><code>title:计划生育</code>、<code>source:laws</code>、<code>year:2019..2025</code> 按字段筛选</li>
        </ul>
        </section>
        """
    }

    /// The results part of the search page: summary, facets, hits, pager and the statistics link.
    func results(_ request: SearchRequest, _ results: SearchResults, facets: SearchFacets, took: Duration) -> String {
        let base: [(String, String?)] = [("q", request.query)]
        let kindParameter: [(String, String?)] = [("kind", request.kind)]
        let documentParameter: [(String, String?)] = [("document", request.document?.id)]
        let allParameter: [(String, String?)] = [("all", request.all ? "1" : nil)]
        var html = "<div class=\"summary\" role=\"status\">"
        if results.total == 0 {
            html += "没有找到与 <q>\(HTML.escape(request.query))</q> 相符的结果。"
        } else {
            let last = min(request.offset + results.hits.count, results.results)
            html += "共 <strong>\(results.results)</strong> 条结果，第 \(request.offset + 1)–\(last) 条"
            if results.copies > 0 {
                let expand = "/" + HTML.query(base + kindParameter + documentParameter + [("all", "1")])
                html += "<span class=\"copies\">另有 \(results.copies) 份近乎相同的副本已并入 · <a href=\"\(HTML.escape(expand))\">全部列出</a></span>"
            }
        }
        html += "<span class=\"took\">用时 \(APIRecords.milliseconds(took)) 毫秒</span></div>\n"

        html += "<div class=\"layout\">\n<aside class=\"facets\" aria-label=\"筛选\">\n"
        if !facets.kinds.isEmpty {
            html += "<h2>类型</h2><ul>"
            html += facetLink(label: "全部", count: nil, href: "/" + HTML.query(base + [("kind", SearchRequest.allKinds)] + documentParameter + allParameter),
                              current: request.kind == SearchRequest.allKinds)
            for facet in facets.kinds {
                html += facetLink(label: HTML.kindLabel(facet.value), count: facet.count,
                                  href: "/" + HTML.query(base + [("kind", facet.value)] + documentParameter + allParameter),
                                  current: (request.kind ?? "section") == facet.value)
            }
            html += "</ul>\n"
        }
        if !facets.documents.isEmpty {
            let heading = results.results > facets.documentWindow ? "文件<small>（前 \(facets.documentWindow) 条）</small>" : "文件"
            html += "<h2>\(heading)</h2><ul>"
            if request.document != nil {
                html += facetLink(label: "全部文件", count: nil, href: "/" + HTML.query(base + kindParameter + allParameter), current: false)
            }
            for facet in facets.documents {
                html += facetLink(label: facet.value.title, count: facet.count,
                                  href: "/" + HTML.query(base + kindParameter + [("document", facet.value.key.id)] + allParameter),
                                  current: request.document == facet.value.key)
            }
            html += "</ul>\n"
        }
        html += "</aside>\n<div class=\"hits\">\n"
        if !results.hits.isEmpty {
            html += "<ol class=\"hit-list\" start=\"\(request.offset + 1)\">\n"
            let expand = "/" + HTML.query(base + kindParameter + documentParameter + [("all", "1")])
            for hit in results.hits { html += self.hit(hit, query: request.query, expand: expand) }
            html += "</ol>\n"
        }
        html += pager(request, total: results.results, base: base + kindParameter + documentParameter + allParameter)
        if results.total > 0 {
            let statistics = "/stats" + HTML.query(base + documentParameter)
            html += """
            <details class="statistics" id="statistics" data-src="\(HTML.escape(statistics))">
            <summary>这些结果所在章节的统计数字</summary>
            <p><a href="\(HTML.escape(statistics))">查看统计表</a> · <a href="\(HTML.escape("/measures" + HTML.query(base + documentParameter)))">查看政策措施</a> · <a href="\(HTML.escape("/api/stats" + HTML.query(base + documentParameter + [("limit", String(limits.resultWindow)), ("format", "csv")])))" download>下载 CSV</a></p>
            <div class="statistics-table"></div>
            </details>
            \(analysisLinks(request.query))

            """
        }
        html += "</div>\n</div>\n"
        return html
    }

    /// The links to the query's analysis views: the concordance of each phrase the query looks for (a concordance finds
    /// one; the query's operators, exclusions and filters it would look for as characters) and the trend of them all;
    /// none for a query of filters alone.
    private func analysisLinks(_ query: String) -> String {
        let phrases = PageRenderer.queryPhrases(query)
        guard !phrases.isEmpty else { return "" }
        func link(_ phrase: String, _ label: String) -> String {
            "<a href=\"\(HTML.escape("/concordance" + HTML.query([("q", phrase)])))\">\(HTML.escape(label))</a>"
        }
        let concordance = phrases.count == 1 ? link(phrases[0], "语境（KWIC）") : "语境（KWIC）：" + phrases.map { link($0, $0) }.joined(separator: "、")
        return "<p class=\"analysis-links\">\(concordance) · <a href=\"\(HTML.escape("/trend" + HTML.query([("q", query)])))\">词频趋势图</a></p>"
    }

    private func facetLink(label: String, count: Int?, href: String, current: Bool) -> String {
        let countHTML = count.map { "<span class=\"count\">\($0)</span>" } ?? ""
        return "<li><a href=\"\(HTML.escape(href))\" title=\"\(HTML.escape(label))\"\(current ? " aria-current=\"true\"" : "")>\(HTML.escape(label))</a>\(countHTML)</li>"
    }

    /// One hit; `expand` is the same search with near-identical copies listed, linked from a hit
    /// that stands for some.
    private func hit(_ hit: SearchHit, query: String, expand: String) -> String {
        let href = "/documents/" + hit.document.id + HTML.query([("q", query)]) + "#" + HTML.sectionAnchor(hit.section)
        let snippet = hit.snippet.fragments.map { $0.isMatch ? "<mark>\(HTML.escape($0.text))</mark>" : HTML.escape($0.text) }.joined()
        let copies = hit.duplicates == 0 ? ""
            : " · <span class=\"copies\">及 \(hit.duplicates) 份近乎相同的副本 · <a href=\"\(HTML.escape(expand))\">展开</a></span>"
        return """
        <li class="hit">
        <div class="hit-head"><a class="hit-title" href="\(HTML.escape(href))">\(HTML.escape(hit.title.isEmpty ? hit.document.source : hit.title))</a><span class="kind">\(HTML.escape(HTML.kindLabel(hit.kind)))</span></div>
        \(hit.section.isEmpty ? "" : "<div class=\"hit-section\">\(HTML.escape(hit.section))</div>")
        <p class="snippet">\(snippet)</p>
        <div class="hit-source">\(HTML.escape(hit.document.source))\(hit.document.documentIndex > 1 ? " · 第 \(hit.document.documentIndex) 篇" : "") · 得分 \(APIRecords.score(hit.score))\(copies)</div>
        </li>

        """
    }

    private func pager(_ request: SearchRequest, total: Int, base: [(String, String?)]) -> String {
        let reachable = min(total, limits.resultWindow)
        guard reachable > request.limit || request.offset > 0 else { return "" }
        var links: [String] = []
        if request.offset > 0 {
            let previous = max(0, request.offset - request.limit)
            links.append("<a rel=\"prev\" href=\"\(HTML.escape("/" + HTML.query(base + offsetPair(previous))))\">上一页</a>")
        }
        let page = request.offset / request.limit + 1
        let pages = (reachable + request.limit - 1) / request.limit
        links.append("<span>第 \(page) / \(pages) 页</span>")
        if request.offset + request.limit < reachable {
            links.append("<a rel=\"next\" href=\"\(HTML.escape("/" + HTML.query(base + offsetPair(request.offset + request.limit))))\">下一页</a>")
        }
        return "<nav class=\"pager\" aria-label=\"翻页\">" + links.joined(separator: " ") + "</nav>\n"
    }

    private func offsetPair(_ offset: Int) -> [(String, String?)] {
        offset == 0 ? [] : [("offset", String(offset))]
    }

    /// A document's page body: title, metadata, the section tree as a table of contents, then the text.
    func document(_ outline: DocumentOutline) -> String {
        let tree = SectionTree(outline.sections)
        var html = "<article class=\"document\">\n<h1>\(HTML.escape(outline.title))</h1>\n"
        html += "<p class=\"document-source\">\(HTML.escape(outline.key.source))\(outline.key.documentIndex > 1 ? " · 第 \(outline.key.documentIndex) 篇" : "")"
            + " · <a href=\"\(HTML.escape("/measures" + HTML.query([("document", outline.key.id)])))\">政策措施</a></p>\n"
        if !outline.metadata.isEmpty {
            html += "<dl class=\"metadata\">"
            for field in outline.metadata { html += "<dt>\(HTML.escape(field.key))</dt><dd>\(HTML.escape(field.value))</dd>" }
            html += "</dl>\n"
        }
        let headed = tree.roots.filter { $0.section.level > 0 || !$0.children.isEmpty }
        if !headed.isEmpty {
            html += "<nav class=\"toc\" aria-label=\"目录\"><h2>目录</h2>\n" + tableOfContents(headed) + "</nav>\n"
        }
        for section in outline.sections {
            let level = min(max(section.level, 1) + 1, 6)
            html += "<section id=\"\(HTML.sectionAnchor(section.pathString))\" class=\"level-\(section.level)\">"
            if !section.heading.isEmpty { html += "<h\(level)>\(HTML.escape(section.heading))</h\(level)>" }
            for paragraph in section.text.split(whereSeparator: \.isNewline) where !paragraph.allSatisfy(\.isWhitespace) {
                html += "<p>\(HTML.escape(String(paragraph)))</p>"
            }
            html += "</section>\n"
        }
        return html + "</article>\n"
    }

    private func tableOfContents(_ nodes: [SectionTree.Node]) -> String {
        var html = "<ul>"
        for node in nodes {
            let label = node.section.heading.isEmpty ? "（正文前）" : node.section.heading
            html += "<li><a href=\"#\(HTML.sectionAnchor(node.section.pathString))\">\(HTML.escape(label))</a>"
            // A chapter of a law lists dozens of articles: folded, so that the chapters stay in view.
            if node.children.count > PageRenderer.unfoldedChildren {
                html += "<details><summary>\(node.children.count) 项</summary>" + tableOfContents(node.children) + "</details>"
            } else if !node.children.isEmpty {
                html += tableOfContents(node.children)
            }
            html += "</li>"
        }
        return html + "</ul>\n"
    }

    /// The statistics of a query's sections as a table, with the CSV download link.
    func statistics(_ page: RecordPage, query: String?, document: DocumentKey?, shown: Int) -> String {
        let csv = "/api/stats" + HTML.query([("q", query), ("document", document?.id), ("limit", String(limits.resultWindow)), ("format", "csv")])
        var html = "<div class=\"statistics-summary\">共 \(page.total) 个数字"
        if page.total > page.records.count { html += "，显示前 \(page.records.count) 个" }
        html += " · <a href=\"\(HTML.escape(csv))\" download>下载 CSV</a></div>\n"
        guard !page.records.isEmpty else { return html }
        let columns = ["document", "section", "text", "value", "max", "start", "end", "unit", "approx", "kind", "subject"]
        let headings = ["文件", "章节", "原文", "数值", "上限", "起", "止", "单位", "约数", "类别", "对象"]
        html += "<div class=\"table-scroll\"><table class=\"statistics\">\n<thead><tr>"
        html += headings.map { "<th>\($0)</th>" }.joined() + "</tr></thead>\n<tbody>\n"
        for record in page.records.prefix(shown) {
            html += "<tr>"
            for column in columns {
                let value = record.first { $0.0 == column }?.1 ?? .null
                let numeric = if case .number = value { true } else { false }
                html += numeric ? "<td class=\"number\">" : (["text", "unit"].contains(column) ? "<td class=\"nowrap\">" : "<td>")
                html += HTML.escape(value.plainText) + "</td>"
            }
            html += "</tr>\n"
        }
        return html + "</tbody></table></div>\n"
    }

    /// A page or fragment telling what went wrong with the request.
    func error(_ error: APIError) -> String {
        "<div class=\"error\" role=\"alert\"><strong>\(error.status.code)</strong> \(HTML.escape(error.message))</div>\n"
    }
}
