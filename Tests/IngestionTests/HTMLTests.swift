import Testing
@testable import Ingestion

@Suite("HTML pages")
struct HTMLTests {
    @Test("a page declaring gb2312 is decoded from its declaration and gives its title and document number")
    func declaredCharset() throws {
        let file = try Fixture.read("notice-gbk.html")
        #expect(file.encoding == "GB18030")
        let document = try #require(file.documents.first)
        #expect(document.title == "某县人民政府关于印发出生人口性别比综合治理工作方案的通知")
        #expect(document.metadata.contains(MetadataField(key: "文号", value: "某政发〔2019〕12号")))
    }

    @Test("scripts, styles, comments, noscript and the navigation trail leave no text")
    func hiddenContent() throws {
        let text = try #require(Fixture.read("notice-gbk.html").documents.first).text
        for hidden in ["不是正文", "脚本", "注释里的段落", "text-indent", "请启用脚本", "首页", "<", "&"] {
            #expect(!text.contains(hidden), "\(hidden) leaked into the text")
        }
    }

    @Test("named and numeric character references are decoded")
    func characterReferences() throws {
        let document = try #require(Fixture.read("notice-gbk.html").documents.first)
        #expect(document.text.contains("现将“出生人口性别比综合治理工作方案”印发给你们，请认真贯彻执行。"))
        #expect(document.section(headed: "一、工作目标")?.text.hasPrefix("到2020年，全县出生人口性别比下降到115以下") == true)
        #expect(document.text.contains("开展\"关爱女孩\"行动"))
    }

    @Test("block elements are paragraph breaks and h2 a heading")
    func blocks() throws {
        let document = try #require(Fixture.read("notice-gbk.html").documents.first)
        let goal = try #require(document.section(headed: "一、工作目标"))
        #expect(goal.level == 1)
        #expect(goal.text.split(separator: "\n").map(String.init).suffix(3) == ["建立孕情监测制度", "开展\"关爱女孩\"行动", "乡镇 | 目标"])
    }

    @Test("a government site's page: meta fields (the text's own win), title without the site's name, table metadata, no navigation")
    func sitePage() throws {
        let file = try Fixture.read("site-page.html")
        let document = try #require(file.documents.first)
        #expect(document.title == "某县卫生健康局关于做好2025年孕情服务工作的通知")
        #expect(document.metadata == [
            MetadataField(key: "发布时间", value: "2025-03-02"), MetadataField(key: "来源", value: "某县卫生健康局"),
            MetadataField(key: "索引号", value: "000000-2025-00012"), MetadataField(key: "文号", value: "某卫健发〔2025〕3号"),
        ])
        #expect(document.sections.map(\.pathString) == ["", "一、建立孕情台账"])
        #expect(document.sections[0].text == "各乡镇卫生院：")
        #expect(document.sections[1].text == "。对辖区内怀孕妇女逐人登记。")
        for debris in ["首页", "分享", "版权", "某县人民政府", "字体"] {
            #expect(!document.text.contains(debris), "\(debris) leaked into the text")
        }
    }

    @Test("a page without <title> takes its first heading as title")
    func titleFromFirstHeading() throws {
        let file = try Fixture.temporaryFile(named: "page.html", bytes: Array("""
            <html><body><h1>某镇关于开展关爱女孩行动的通知</h1><p>各村：</p><h2>一、活动内容</h2><p>开展宣传。</p></body></html>
            """.utf8))
        defer { file.cleanup() }
        let document = try #require(CollectionReader().read(file.path).documents.first)
        #expect(document.title == "某镇关于开展关爱女孩行动的通知")
        #expect(document.sections.map(\.pathString) == ["", "一、活动内容"])
    }

    @Test("the extractor keeps a bare < as text and skips an unterminated script")
    func malformedMarkup() {
        let page = HTMLTextExtractor("<p>人口 < 100 万</p><p>下文</p><script>var a = 1;")
        #expect(page.lines.map(\.text) == ["人口 < 100 万", "下文"])
    }

    @Test("a table's row is one line of its cells in order, its header too; a one-cell row and a layout table's cells stay lines")
    func tableRows() {
        // State Council 10's annex (国办发〔2018〕126号), a cell's text in paragraphs as Word writes it.
        let page = HTMLTextExtractor("""
            <table><tbody><tr><td><p><b>序号</b></p></td><td><p><b>改革举措</b></p></td><td><p><b>主 要 内 容</b></p></td>
            <td><p>指导部门</p></td><td><p>推广范围</p></td></tr>
            <tr><td colspan="5"><p>一、知识产权保护方面（共5项）</p></td></tr>
            <tr><td><p>1</p></td><td><p>知识产权民事、刑事、行政案件“三合一”审判</p></td>
            <td><p>整合分散的审判资源，实行知识产权民事、刑事、行政案件审判“三合一”。</p><p>提高审判效率，缩短审判周期。</p></td>
            <td><p>最高人民法院、最高人民检察院、国家知识产权局</p></td><td><p>全国</p></td></tr>
            <tr><td></td><td></td></tr></tbody></table>
            <table><tr><td><table><tr><td>栏目</td><td>首页</td></tr></table></td><td><p>正文第一段。</p><p>正文第二段。</p></td></tr></table>
            """)
        #expect(page.lines.map(\.text) == [
            "序号 | 改革举措 | 主 要 内 容 | 指导部门 | 推广范围",
            "一、知识产权保护方面（共5项）",
            "1 | 知识产权民事、刑事、行政案件“三合一”审判 | 整合分散的审判资源，实行知识产权民事、刑事、行政案件审判“三合一”。 提高审判效率，缩短审判周期。 | 最高人民法院、最高人民检察院、国家知识产权局 | 全国",
            "栏目 | 首页", "正文第一段。", "正文第二段。",
        ])
        #expect(TableRow.cells(of: page.lines[0].text) == ["序号", "改革举措", "主 要 内 容", "指导部门", "推广范围"])
        #expect(TableRow.cells(of: page.lines[1].text) == nil)
    }

    @Test("a numeric reference to nothing becomes the replacement character")
    func invalidReference() {
        #expect(HTMLTextExtractor("<p>&#0;&#x110000;&unknown;</p>").lines.map(\.text) == ["\u{FFFD}\u{FFFD}&unknown;"])
    }
}
