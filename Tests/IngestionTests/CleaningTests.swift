import Testing
@testable import Ingestion

@Suite("Cleaning")
struct CleaningTests {
    @Test("a page number that cuts a sentence is removed and the sentence rejoined")
    func pageNumberRejoin() throws {
        let documents = Fixture.documents("""
            一、危害
            将出现大量的“金元婚姻”、婚外恋、男同性恋等畸 1
            形婚姻和离婚率就将不可避免的持续上升。
            """)
        #expect(documents.first?.section(headed: "一、危害")?.text == "将出现大量的“金元婚姻”、婚外恋、男同性恋等畸形婚姻和离婚率就将不可避免的持续上升。")
    }

    @Test("a page-number line between two halves of a sentence is dropped and the halves joined")
    func pageNumberLine() {
        let documents = Fixture.documents("""
            一、措施
            对怀孕已满3个月的，实行全程
            - 12 -
            监控，每月到户进行一次孕情随访。
            """)
        #expect(documents.first?.section(headed: "一、措施")?.text == "对怀孕已满3个月的，实行全程监控，每月到户进行一次孕情随访。")
    }

    @Test("a book title broken across lines is rejoined")
    func brokenTitle() throws {
        let documents = Fixture.documents("""
            一、服务
            每次服务都要认真填写《生殖保健系列服
            务手册》、《围产期保健手册》。
            """)
        #expect(documents.first?.section(headed: "一、服务")?.text == "每次服务都要认真填写《生殖保健系列服务手册》、《围产期保健手册》。")
    }

    @Test("site banners, navigation trails and bookmarks are dropped", arguments: [
        "中词库 / www.zciku.com", "www.gov.cn", "http://www.example.com/a/b.html", "首页 > 政策文件 > 通知",
    ])
    func debrisLines(line: String) {
        let documents = Fixture.documents("\(line)\n计划生育工作总结\n全年工作圆满完成。")
        #expect(documents.first?.title == "计划生育工作总结")
        #expect(documents.first?.text == "全年工作圆满完成。")
    }

    @Test("a sentence that mentions a web site is kept")
    func sentenceWithURL() {
        #expect(!LineCleaner.isBanner("详情请登录 www.nhc.gov.cn 查询，或拨打热线电话。"))
    }

    @Test("a bookmark anchor is removed from the line it opens")
    func bookmark() {
        #expect(LineCleaner.removingBookmarks("[bookmark: _Toc1]《关于出生人口性别比升高的思考与治理》（合集）") == "《关于出生人口性别比升高的思考与治理》（合集）")
        #expect(LineCleaner.removingBookmarks("甲[bookmark: _Toc2]乙[bookmark: x") == "甲乙")
    }

    @Test("hard-wrapped running text is joined, a short title line and a signature are not")
    func hardWraps() {
        let documents = Fixture.documents("""
            实施方案
            各村、社区：
            深入学习贯彻党的十八大精神，坚持
            计划生育基本国策，坚持“稳定低生育水平”不动摇。
            某镇人民政府
            2025年8月20日
            """)
        let document = documents[0]
        #expect(document.title == "实施方案")
        #expect(document.text == "各村、社区：\n深入学习贯彻党的十八大精神，坚持计划生育基本国策，坚持“稳定低生育水平”不动摇。\n某镇人民政府\n2025年8月20日")
    }

    @Test("a title broken over the first two lines is one title")
    func titleOverTwoLines() {
        let documents = Fixture.documents("综合治理出生人口性别比失衡\n问题工作计划\n为有效遏制我镇出生人口性别比升高势头，特制定本计划。")
        #expect(documents.first?.title == "综合治理出生人口性别比失衡问题工作计划")
    }

    @Test("～ placeholders are kept and flagged, ～ in a range is not")
    func placeholders() throws {
        let documents = Fixture.documents("一、宣传\n营造强有力的～氛围。\n二、时间\n2025～2030年。")
        let document = try #require(documents.first)
        #expect(document.section(headed: "一、宣传")?.text == "营造强有力的～氛围。")
        #expect(document.section(headed: "一、宣传")?.hasPlaceholders == true)
        #expect(document.section(headed: "二、时间")?.hasPlaceholders == false)
    }

    @Test("digits typeset with a space after each are joined into their numbers", arguments: [
        ("1 9 9 7 年国内生产总值达到7 4 7 7 2 亿元，按可比价格计算，平均每年增长1 1 ％。",
         "1997年国内生产总值达到74772亿元，按可比价格计算，平均每年增长11％。"),
        ("1 9 9 7 年经济增长8 ．8 ％，商品零售价格上涨幅度降到0 ．8 ％。",
         "1997年经济增长8．8％，商品零售价格上涨幅度降到0．8％。"),
        ("人口自然增长率下降到1 0 ．0 6 ‰。", "人口自然增长率下降到10．06‰。"),
        ("本届政府从1 9 9 3 年3 月就职，到现在已经五年了。", "本届政府从1993年3月就职，到现在已经五年了。"),
        ("澳门将于1 9 9 9 年1 2 月2 0 日回到祖国。", "澳门将于1999年12月20日回到祖国。"),
    ])
    func spacedDigits(line: String, joined: String) {
        #expect(LineCleaner.joiningSpacedDigits([TextLine(line)]).map(\.text) == [joined])
    }

    @Test("two numbers side by side, grouped thousands and numbers among Latin text are not joined", arguments: [
        "价格138 000元，双方签有《汽车销售合同》。",
        "合计 1 2 3 4",
        "编号 12 34 56",
        "Windows 7 系统",
        "第1 2019年",
        "共3 个，5 人",
    ])
    func separateNumbers(line: String) {
        #expect(LineCleaner.joiningSpacedDigits([TextLine(line)]).map(\.text) == [line])
    }

    @Test("a lone spaced digit is joined only in a document that spaces its digits")
    func loneDigit() {
        let lines = [TextLine("院组成部门从4 0 个减少到2 9 个。"), TextLine("其中5 个部门合并。")]
        #expect(LineCleaner.joiningSpacedDigits(lines).map(\.text) == ["院组成部门从40个减少到29个。", "其中5个部门合并。"])
    }

    @Test("a site's licence notice ending the page is dropped, in any of its wordings", arguments: [
        // Wikisource's notice for PRC official documents, split by its links as the page's text has it.
        "本作品是中华人民共和国的\n法律\n、\n法规\n，国家机关的决议、决定、命令和其他具有立法、行政、司法性质的文件，及其官方正式译文。根据《\n中华人民共和国著作权法\n》第五条第一项，本作品不适用于该法，在\n中国大陆\n，也可能在其他管辖区，属于\n公有领域\n。\n\n注：中文维基文库社群认为，中华人民共和国公务演讲，\n不总是\n具有立法、行政、司法性质的文件。\n\nPublic domain\nPublic domain\nfalse\nfalse",
        // Its notice for resolutions of the NPC.
        "本作品来自中华人民共和国全国人民代表大会及其常务委员会的决定、决议。根据《中华人民共和国著作权法》第五条第一项，本作品不适用于该法，所以属于\n公有领域\n。\nPublic domain\nfalse",
        // Its notice for anonymous works, in traditional characters.
        "这部作品在1931年1月1日以前以匿名或別名發表，確實作者身份不明，在\n美國\n以及版權期限是\n匿名別名作品發表起95年\n以下的國家以及地区屬於\n公有領域\n。\nPublic domain\nfalse",
    ])
    func licenceNotice(notice: String) throws {
        let documents = Fixture.documents("第一届全国人民代表大会第二次会议关于政府工作报告的决议\n会议批准国务院总理周恩来所作的政府工作报告。\n\n\n\(notice)")
        let document = try #require(documents.first)
        #expect(document.text == "会议批准国务院总理周恩来所作的政府工作报告。")
    }

    @Test("a copyright status is named in either case, as a lower-cased line names it")
    func copyrightStatusInAnyCase() {
        for line in ["PUBLIC DOMAIN", "Public domain", "Licensed under Creative Commons Attribution", "COPYRIGHT © 2020", "屬於公有領域。", "版权所有"] {
            #expect(LineCleaner.namesCopyrightStatus(line), "\(line)")
        }
        // İ lower-cases to "i" and a combining dot, which no term holds.
        for line in ["PUBLİC DOMAIN", "公有制经济", "COPY RIGHT", "本作品展由县文化馆承办"] {
            #expect(!LineCleaner.namesCopyrightStatus(line), "\(line)")
        }
    }

    @Test("a closing paragraph that cites copyright law or speaks of a work is kept")
    func closingParagraphKept() {
        let citing = "二、加强版权保护\n依照《中华人民共和国著作权法》第五条的规定，法律、法规不适用该法，属于公有领域的作品依法使用。"
        #expect(Fixture.documents(citing).first?.section(headed: "二、加强版权保护")?.text.hasSuffix("属于公有领域的作品依法使用。") == true)
        let work = "三、展览安排\n本作品展由县文化馆承办，展期一个月。"
        #expect(Fixture.documents(work).first?.section(headed: "三、展览安排")?.text == "本作品展由县文化馆承办，展期一个月。")
    }
}
