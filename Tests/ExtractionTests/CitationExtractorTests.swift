import Ingestion
import Testing
@testable import Extraction

private func citations(_ text: String, title: String = "关于县域出生人口性别比偏高问题的思考与对策") -> [Citation] {
    CitationExtractor().citations(in: Document(source: "test.txt", index: 1, title: title,
                                               sections: [Section(path: [], level: 0, text: text)]))
}

/// One expected citation: law, article, suffix, paragraph, item, kind.
struct ExpectedCitation: Equatable, CustomStringConvertible {
    var law: String
    var article: Int? = nil
    var suffix: String? = nil
    var paragraph: Int? = nil
    var item: Int? = nil
    var kind: CitationKind = .law

    init(_ law: String, _ article: Int? = nil, suffix: String? = nil, paragraph: Int? = nil, item: Int? = nil, kind: CitationKind = .law) {
        (self.law, self.article, self.suffix, self.paragraph, self.item, self.kind) = (law, article, suffix, paragraph, item, kind)
    }

    init(_ citation: Citation) {
        self.init(citation.law, citation.article, suffix: citation.articleSuffix, paragraph: citation.paragraph,
                  item: citation.item, kind: citation.kind)
    }

    var description: String { "\(law) \(article.map(String.init) ?? "-")\(suffix ?? "") \(paragraph.map(String.init) ?? "-") \(item.map(String.init) ?? "-") \(kind)" }
}

@Test(arguments: [
    ("《中华人民共和国刑法》第三百三十六条规定的非法行医罪", [ExpectedCitation("刑法", 336)]),
    ("《人口与计划生育法》第36条虽然作出了规定", [ExpectedCitation("人口与计划生育法", 36)]),
    ("依照刑法第三百三十六条第一款的规定", [ExpectedCitation("刑法", 336, paragraph: 1)]),
    ("违反《刑法》第十、十八条", [ExpectedCitation("刑法", 10), ExpectedCitation("刑法", 18)]),
    ("《人口与计划生育法》第三十九条和第四十条第一项", [ExpectedCitation("人口与计划生育法", 39), ExpectedCitation("人口与计划生育法", 40, item: 1)]),
    ("《刑法》第一百三十三条之一第二款第（三）项", [ExpectedCitation("刑法", 133, suffix: "之一", paragraph: 2, item: 3)]),
    ("《刑法》第二百三十四条第一款、第二款", [ExpectedCitation("刑法", 234, paragraph: 1), ExpectedCitation("刑法", 234, paragraph: 2)]),
    ("《母婴保健法》、《人口与计划生育法》对其予以行政处罚", [ExpectedCitation("母婴保健法"), ExpectedCitation("人口与计划生育法")]),
    ("《上海市人口与计划生育条例》第四十二条", [ExpectedCitation("上海市人口与计划生育条例", 42, kind: .regulation)]),
    ("《最高人民法院关于审理非法行医刑事案件具体应用法律若干问题的解释》", [ExpectedCitation("最高人民法院关于审理非法行医刑事案件具体应用法律若干问题的解释", kind: .interpretation)]),
    ("下发了《全面启动“关爱女孩行动”计划的实施方案》", [ExpectedCitation("全面启动“关爱女孩行动”计划的实施方案", kind: .document)]),
    ("认真填写《生殖保健系列服\n务手册》", [ExpectedCitation("生殖保健系列服务手册", kind: .document)]),
    ("《人口与计划生育法》第三十六条。该法第四十条另有规定，该法还规定", [ExpectedCitation("人口与计划生育法", 36), ExpectedCitation("人口与计划生育法", 40), ExpectedCitation("人口与计划生育法")]),
    ("修订前的《人口与计划生育法》第三十六条规定，原第三十五条、第三十六条依次调整为第三十九条和第四十条",
     [ExpectedCitation("人口与计划生育法", 36), ExpectedCitation("人口与计划生育法", 35), ExpectedCitation("人口与计划生育法", 36),
      ExpectedCitation("人口与计划生育法", 39), ExpectedCitation("人口与计划生育法", 40)]),
])
func citationGrammarGivesOneRecordPerArticle(text: String, expected: [ExpectedCitation]) {
    #expect(citations(text).map(ExpectedCitation.init) == expected)
}

@Test(arguments: [
    "第六次全国人口普查数据表明", "本法第三条的规定", "该法第五条", "按第一条执行", "这是第一篇文章",
])
func ordinalsAndReferencesWithNothingToReferToAreNotCitations(text: String) {
    #expect(citations(text).isEmpty)
}

@Test func aLawRefersToItselfAsBenFa() {
    let found = citations("违反本法第三十九条规定的，依照第四十条处罚。\n第四十一条 本条是标签。", title: "中华人民共和国人口与计划生育法")
    #expect(found.map(ExpectedCitation.init) == [ExpectedCitation("人口与计划生育法", 39), ExpectedCitation("人口与计划生育法", 40)])
    #expect(found[0].lawFull == "中华人民共和国人口与计划生育法")
    #expect(found[0].text == "本法第三十九条")
}

@Test func theTextOfAListCarriesTheWholeListAndTheFullNameIsKept() {
    let found = citations("根据《中华人民共和国刑法》第十、十八条。")
    #expect(found.map(\.text) == ["《中华人民共和国刑法》第十、十八条", "《中华人民共和国刑法》第十、十八条"])
    #expect(found.map(\.lawFull) == ["中华人民共和国刑法", "中华人民共和国刑法"])
    #expect(found[0].sentence == "根据《中华人民共和国刑法》第十、十八条。")
}

@Test func aCompilationRepeatingItsOwnTitleCitesNothing() {
    #expect(citations("第一篇：《关于出生人口性别比升高的思考与治理》", title: "关于出生人口性别比升高的思考与治理").isEmpty)
}

@Test(arguments: [
    ("中华人民共和国刑法", CitationKind.law), ("刑法修正案（十一）", .law), ("民法典", .law), ("计划生育技术服务管理条例", .regulation),
    ("母婴保健法实施办法", .regulation), ("最高人民法院关于适用刑法第十二条几个问题的解释", .interpretation),
    ("治理出生人口性别比严重失调问题工作意见", .document), ("围产期保健手册", .document), ("孕情管理监控记录", .document),
    ("出生人口性别比升高问题治理做法", .document),
])
func theKindFollowsTheTitle(title: String, kind: CitationKind) {
    #expect(CitationKind.of(title: title) == kind)
}

@Test func anAmendingDecisionNumbersTheArticlesOfTheLawItAmends() {
    let found = citations("3.将第四条修改为：", title: "最高人民法院关于修改《最高人民法院关于审理专利纠纷案件适用法律问题的若干规定》的决定")
    #expect(found.map(ExpectedCitation.init) == [ExpectedCitation("最高人民法院关于审理专利纠纷案件适用法律问题的若干规定", 4, kind: .interpretation)])
    let amendment = citations("在刑法第一百二十条后增加一条，作为第一百二十条之一。", title: "中华人民共和国刑法修正案（九）")
    #expect(amendment.map(ExpectedCitation.init) == [ExpectedCitation("刑法", 120), ExpectedCitation("刑法", 120, suffix: "之一")])
}

@Test func aVersionDateIsCutFromTheEndOfATitleOnly() {
    #expect(LawName.withoutVersionDate("中华人民共和国刑法（2015）") == "中华人民共和国刑法")
    #expect(LawName.withoutVersionDate("行政处罚法(2021-01-22)") == "行政处罚法")
    #expect(LawName.withoutVersionDate("（2015）") == "（2015）")
    #expect(LawName.withoutVersionDate("刑法（2015）修正案") == "刑法（2015）修正案")
    #expect(LawName.withoutVersionDate("刑法") == "刑法")
}
