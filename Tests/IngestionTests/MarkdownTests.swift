import Foundation
import TestSupport
import Testing
@testable import Ingestion

@Suite("Reading Markdown")
struct MarkdownTests {
    /// `text` read as a .md file.
    private func markdown(_ text: String) throws -> SourceFile {
        let file = try Fixture.temporaryFile(named: "方案.md", bytes: Array(text.utf8))
        defer { file.cleanup() }
        return try CollectionReader().read(file.path)
    }

    @Test("emphasis, quote marks and links' targets are taken off and the words kept")
    func marksTakenOff() throws {
        let file = try markdown("""
            # 某县2025年农村人居环境整治工作方案

            > 为深入贯彻落实党的二十大精神，**全面推进乡村振兴**，制定本方案。
            >
            > 详见[县政府网站](https://www.example.gov.cn/notice.html)。

            ## 一、总体要求

            坚持**问题导向**，以__农村生活污水__治理为重点，*统筹推进*，到2025年底农村卫生厕所普及率达到***85%以上***。

            ---

            ## 二、重点任务
            """)
        let document = try #require(file.documents.first)
        #expect(document.title == "某县2025年农村人居环境整治工作方案")
        #expect(document.sections.first?.text == "为深入贯彻落实党的二十大精神，全面推进乡村振兴，制定本方案。\n详见县政府网站。")
        #expect(document.section(headed: "一、总体要求")?.text == "坚持问题导向，以农村生活污水治理为重点，统筹推进，到2025年底农村卫生厕所普及率达到85%以上。")
        #expect(!document.text.contains("*") && !document.text.contains("_") && !document.text.contains(">") && !document.text.contains("---"))
    }

    @Test("a thematic break is three or more of one mark alone on its line, spaces between; a link's target goes, a quote's marks go")
    func thematicBreaksAndMarks() {
        for line in ["---", "* * *", "___", " - - - -", "*\t*\t*"] { #expect(MarkdownText.isThematicBreak(line), "\(line)") }
        for line in ["--", "-*-", "---a", "——", "－－－", "- - 一", ""] { #expect(!MarkdownText.isThematicBreak(line), "\(line)") }
        #expect(MarkdownText.withoutLinkTargets("见[通知](https://example.org/a)全文") == "见通知全文")
        #expect(MarkdownText.withoutLinkTargets("括号]（不是链接）") == "括号]（不是链接）")
        #expect(MarkdownText.withoutQuoteMarks(">> 引文") == "引文")
        #expect(MarkdownText.withoutQuoteMarks("≯ 不是引文") == "≯ 不是引文")
    }

    @Test("an asterisk or underscore that opens or closes nothing stays: arithmetic, a footnote mark, a file name")
    func loneMarksStay() {
        // 案例 of the laws corpus: products and footnote marks.
        for line in ["一个月内有4周，则该月的总标准工作时长为40*4=160h，每月总共加班时长（21.75*2=43.5）超出了36小时",
                     "加班工资的计算基数为（实发工资-加班工资）* 70%", "9．麦角酸*", "二、带有*标记的品种为第一类中的药品类易制毒化学品",
                     "附件见work_report_2024.docx"] {
            #expect(MarkdownText.withoutEmphasis(line) == line)
        }
    }

    @Test("a heading's marks are taken off, the space after them left out or a closing run added, and it heads its section")
    func headingsAsHeadings() throws {
        let file = try markdown("""
            # 某县2025年农村人居环境整治工作方案

            ## **二、重点任务** ##

            ###（一）推进厕所革命
            全年新改户厕1200户。

            #乡村振兴# 是一个话题。

            ##
            """)
        let document = try #require(file.documents.first)
        let paths = document.sections.map(\.path)
        #expect(paths.contains(["二、重点任务", "（一）推进厕所革命"]))
        #expect(document.section(headed: "（一）推进厕所革命")?.text.hasPrefix("全年新改户厕1200户。") == true)
        #expect(document.text.hasSuffix("#乡村振兴# 是一个话题。"))
    }

    @Test("a bullet list's marks are taken off and each item is a paragraph; an ordered list's numbers stay, as the genre's markers")
    func listMarks() throws {
        // The ordered items: 上海市司法鉴定管理条例 (2019) of the laws corpus, as its Markdown writes them.
        let file = try markdown("""
            # 某县2025年农村人居环境整治工作方案

            ## 二、重点任务

            - 推进农村生活污水治理，
            - 加快农村改厕，**卫生厕所普及率达到85%以上**，
              新改户厕1200户；
            * 健全长效管护机制。

            * * *

            ## 三、执业条件

            （二）符合下列执业能力条件之一：

            1. 具有相关的高级专业技术职称；

            2. 具有相关的专业执业资格，从事相关工作五年以上；
            """)
        let document = try #require(file.documents.first)
        #expect(document.section(headed: "二、重点任务")?.text
            == "推进农村生活污水治理，\n加快农村改厕，卫生厕所普及率达到85%以上，新改户厕1200户；\n健全长效管护机制。")
        #expect(document.text.contains("1. 具有相关的高级专业技术职称；") && document.text.contains("2. 具有相关的专业执业资格"))
        #expect(!document.text.contains("- ") && !document.text.contains("* "))
        for line in ["-5℃以下", "*注：不含港澳台", "- - -", "+86", "1、具有"] { #expect(MarkdownText.withoutBulletMark(line) == line, "\(line)") }
    }

    @Test("a file that opens with a bulleted list has no title taken from its first item")
    func leadingListIsNoTitle() throws {
        let file = try markdown("""
            - 农村生活污水治理
            - 农村改厕
            - 村庄清洁行动

            以上三项工作由县农业农村局牵头，各乡镇具体实施。
            """)
        let document = try #require(file.documents.first)
        #expect(document.title != "农村生活污水治理")
        #expect(document.text.hasPrefix("农村生活污水治理\n农村改厕\n村庄清洁行动"))
    }

    @Test("front matter is the title and metadata, not the preamble's text")
    func frontMatterIsMetadata() throws {
        // flk.npc.gov.cn's front matter, as ../shared/corpus/law-versions holds it.
        let file = try markdown("""
            ---
            id: "ZmY4MDgxODE3YmE5NjVjNDAxN2JiODkyMWQxMzA3N2E%3D"
            title: "中华人民共和国人口与计划生育法"
            office: "全国人民代表大会常务委员会"
            publish: "2021-08-20 00:00:00"
            url: "https://flk.npc.gov.cn/detail2.html?ZmY4MDgxODE3YmE5NjVjNDAxN2JiODkyMWQxMzA3N2E%3D"
            download_link_html: ""
            ---

            > （2001年12月29日第九届全国人民代表大会常务委员会第二十五次会议通过）

            第一条　为了实现人口与经济、社会、资源、环境的协调发展，根据宪法，制定本法。
            """)
        let document = try #require(file.documents.first)
        #expect(document.title == "中华人民共和国人口与计划生育法")
        #expect(document.metadata.map(\.key) == ["id", "office", "publish"])
        #expect(document.metadata.first { $0.key == "publish" }?.value == "2021-08-20 00:00:00")
        #expect(!document.text.contains("office") && !document.text.contains("---"))
        #expect(document.text.hasPrefix("（2001年12月29日第九届全国人民代表大会常务委员会第二十五次会议通过）"))
    }
}
