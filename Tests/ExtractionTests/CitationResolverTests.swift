import Ingestion
import Testing
import TestSupport
@testable import Extraction

/// Two versions of a small law, written for these tests: between them the penalty article moved from
/// 第三条 to 第五条 and 第二条 was amended.
private struct TwoVersions: LawArticleSource {
    static let old = LawVersion(title: "中华人民共和国示例管理法", date: "2015", origin: "old", articles: [
        article(1, "为了规范胎儿性别鉴定的管理，制定本法。"),
        article(2, "严禁利用超声技术进行非医学需要的胎儿性别鉴定。"),
        article(3, "违反本法规定进行非医学需要的胎儿性别鉴定的，由卫生行政部门责令改正，给予警告，没收违法所得，并处罚款；情节严重的，吊销执业证书。"),
    ])
    static let current = LawVersion(title: "中华人民共和国示例管理法", date: "2021-08-20", origin: "new", articles: [
        article(1, "为了规范胎儿性别鉴定的管理，制定本法。"),
        article(2, "严禁利用超声技术和其他技术手段进行非医学需要的胎儿性别鉴定。"),
        article(3, "各级人民政府应当保障公民享有生殖健康服务，提高服务水平。"),
        article(4, "国家建立婴幼儿照护服务体系，支持家庭育儿。"),
        article(5, "违反本法规定进行非医学需要的胎儿性别鉴定的，由卫生健康主管部门责令改正，给予警告，没收违法所得，并处罚款；情节严重的，由原发证机关吊销执业证书。"),
    ])

    static func article(_ number: Int, _ text: String) -> LawArticle {
        let label = ArticleNumber.label(number)
        return LawArticle(number: number, suffix: 0, label: label, text: label + " " + text)
    }

    let versions: [LawVersion]

    func versions(of law: String) -> [LawVersion] {
        LawName.key(law) == "示例管理法" ? versions : []
    }
}

private func citation(_ sentence: String) -> Citation {
    CitationExtractor().citations(in: Document(source: "t", index: 1, title: "报告", sections: [Section(path: [], level: 0, text: sentence)]))[0]
}

private let penalty = "《示例管理法》第三条规定，对非医学需要的胎儿性别鉴定，由卫生行政部门责令改正，给予警告，没收违法所得，并处罚款，情节严重的吊销执业证书。"

@Test func aCitationOfTheOldNumberIsFlaggedAsRenumberedWithTheCurrentArticle() {
    let checked = CitationResolver(laws: TwoVersions(versions: [TwoVersions.old, TwoVersions.current])).check(citation(penalty))
    #expect(checked.check?.status == .renumbered)
    #expect(checked.check?.suggestion == "第五条")
    #expect(checked.resolved?.hasPrefix("第三条 各级人民政府") == true)
    #expect(checked.lawFull == "中华人民共和国示例管理法")
}

@Test func withOnlyTheCurrentVersionTheSameCitationIsAMismatch() {
    let checked = CitationResolver(laws: TwoVersions(versions: [TwoVersions.current])).check(citation(penalty))
    #expect(checked.check?.status == .mismatch)
    #expect(checked.check?.suggestion == "第五条")
}

@Test func aFittingCitationIsOkAndAnAmendedArticleIsChanged() {
    let resolver = CitationResolver(laws: TwoVersions(versions: [TwoVersions.old, TwoVersions.current]))
    #expect(resolver.check(citation("依照《示例管理法》第五条，由卫生健康主管部门责令改正，给予警告，没收违法所得。")).check?.status == .ok)
    #expect(resolver.check(citation("《示例管理法》第二条严禁利用超声技术进行非医学需要的胎儿性别鉴定。")).check?.status == .changed)
}

@Test func aMissingArticleAndAnUnknownLawAreSaidSo() {
    let resolver = CitationResolver(laws: TwoVersions(versions: [TwoVersions.old, TwoVersions.current]))
    #expect(resolver.check(citation("《示例管理法》第九条规定了附则。")).check?.status == .missingArticle)
    #expect(resolver.check(citation("《另一部法》第九条规定了附则。")).check?.status == .unknownLaw)
    #expect(resolver.check(citation("参照《示例管理法》执行。")).check == nil)
}

@Test func aLawFileIsReadIntoArticlesWithSuffixesAndItsVersionDate() throws {
    let text = """
        # 中华人民共和国示例法

        2001年12月29日 通过

        2021年8月20日 第二次修正

        <!-- INFO END -->

        ## 第一章 总 则

        第一条 为了示例，制定本法。

        第二条 第一款。

        第二款依照本法第一条执行。

        第二条之一 插入的条文。
        """
    let version = try #require(LawFolder.parse(text, path: "/laws/示例法.md"))
    #expect(version.title == "中华人民共和国示例法")
    #expect(version.date == "2021-08-20")
    #expect(version.articles.map(\.label) == ["第一条", "第二条", "第二条之一"])
    #expect(version.article(2)?.text == "第二条 第一款。\n第二款依照本法第一条执行。")
    #expect(version.article(2, suffix: 1)?.text == "第二条之一 插入的条文。")
}

@Test func articleNumbersAreWrittenAsLawsWriteThem() {
    #expect(ArticleNumber.label(36) == "第三十六条")
    #expect(ArticleNumber.label(10) == "第十条")
    #expect(ArticleNumber.label(105) == "第一百零五条")
    #expect(ArticleNumber.label(336) == "第三百三十六条")
    #expect(ArticleNumber.label(133, suffix: 1) == "第一百三十三条之一")
}

/// The seed's 2025 citation of 《人口与计划生育法》第36条 for the penalty on fetal sex identification,
/// checked against the laws corpus and the two versions of ../shared/corpus/law-versions.
@Test(.enabled(if: Repository.shared("corpus/law-versions") != nil && Repository.shared("corpus/laws") != nil))
func theSeedsOutdatedArticleIsTracedToTheCurrentFortiethArticle() throws {
    let laws = try LawFolder(paths: [Repository.shared("corpus/laws")!.path, Repository.shared("corpus/law-versions")!.path])
    #expect(laws.versions(of: "人口与计划生育法").map(\.date) == ["2015", "2021-08-20"])
    let sentence = "《人口与计划生育法》第36条虽然作出了对违法行为，给予从责令改正、警告、没收违法所得、罚款、吊销执业证书直至依法追究刑事责任的规定，但这些规定既过于宽泛。"
    let checked = CitationResolver(laws: laws).check(citation(sentence))
    #expect(checked.check?.status == .renumbered)
    #expect(checked.check?.suggestion == "第四十条")
    let criminal = CitationResolver(laws: laws).check(citation("而《刑法》第336条规定的犯罪主体为未取得执业医师资格的人。"))
    #expect(criminal.check?.status == .ok)
    #expect(criminal.resolved?.hasPrefix("第三百三十六条 未取得医生执业资格的人非法行医") == true)
}

@Test func articlesRunTogetherOnOneLineAreSplitOnlyInSequence() throws {
    let text = "# 测试规则\n\n<!-- INFO END -->\n\n第一条 总则。 第二条适用范围，参照第九条。第三条 末条。\n"
    let version = try #require(LawFolder.parse(text, path: "测试规则.md"))
    #expect(version.articles.map(\.number) == [1, 2, 3])
    #expect(version.article(2)?.text == "第二条 适用范围，参照第九条。")
}
