import Foundation
import Testing
import TestSupport
@testable import Ingestion

/// Tests on the shared real data beside the checkout; disabled where it is absent.
@Suite("Real data")
struct RealDataTests {
    @Test("the seed compilation gives its five articles with their titles", .enabled(if: Repository.shared("seeds") != nil))
    func seed() throws {
        let folder = try #require(Repository.shared("seeds"))
        let result = CollectionReader().readAll([folder.path])
        #expect(result.errors.isEmpty)
        let file = try #require(result.files.first)
        #expect(file.documents.map(\.title) == [
            "关于出生人口性别比升高的思考与治理", "出生人口性别比升高问题治理做法", "出生人口性别比升高问题治理做法",
            "治理出生人口性别比工作实施方案", "加大出生人口性别比治理计划",
        ])
        let first = file.documents[0]
        #expect(first.metadata.contains(MetadataField(key: "作者", value: "情深意重")))
        #expect(first.sections.contains { $0.pathString == "三、出生人口性别比失衡的对策 › 2、加强宣传教育，形成强大的舆论氛围" })
        #expect(first.text.contains("男同性恋等畸形婚姻"))
        #expect(file.documents[2].text.contains("《生殖保健系列服务手册》"))
        #expect(file.documents[1].sections.contains { $0.hasPlaceholders })
        #expect(!file.documents.contains { $0.text.contains("zciku") || $0.text.contains("bookmark") })
    }

    @Test("刑法 has one section per article, 第三百三十六条 among them", .enabled(if: Repository.shared("corpus/laws/刑法/刑法.md") != nil))
    func criminalLaw() throws {
        let url = try #require(Repository.shared("corpus/laws/刑法/刑法.md"))
        let document = try #require(CollectionReader().read(url.path).documents.first)
        #expect(document.title == "中华人民共和国刑法")
        let article = try #require(document.section(headed: "第三百三十六条"))
        #expect(article.pathString == "第二编 分则 › 第六章 妨害社会管理秩序罪 › 第五节 危害公共卫生罪 › 第三百三十六条")
        #expect(article.text.hasPrefix("未取得医生执业资格的人非法行医"))
        let headings = document.sections.map(\.heading)
        #expect(Set(headings).count == headings.count)
        #expect(headings.filter { $0.hasPrefix("第") && $0.hasSuffix("条") }.count == 452)
    }

    @Test("a law whose text is only its title and history is still a document", .enabled(if: Repository.shared("corpus/laws/DLC") != nil))
    func lawWithoutArticles() throws {
        let url = try #require(Repository.shared("corpus/laws/DLC/重庆地方法规/地方性法规/重庆/重庆市实施《母婴保健法》办法(2018-07-26).md"))
        let document = try #require(CollectionReader().read(url.path).documents.first)
        #expect(document.title == "重庆市实施《中华人民共和国母婴保健法》办法")
        #expect(document.metadata.first?.value.hasPrefix("1998年5月29日") == true)
        #expect(document.sections.isEmpty)
    }

    @Test("the SIGHAN test files decode as GBK and Big5", .enabled(if: Repository.shared("corpus/sighan2005") != nil),
          arguments: [("msr_test.txt", "GB18030", "扬帆远东做与中国合作的先行"), ("as_test.txt", "Big5", "許多社區長青學苑多開設有書法、插花、土風舞班，"),
                      ("cityu_test.txt", "Big5", "「練得銅皮鐵骨」露宿早慣蚊叮")])
    func sighanEncodings(name: String, encoding: String, firstLine: String) throws {
        let url = try #require(Repository.shared("corpus/sighan2005/\(name)"))
        let file = try CollectionReader().read(url.path)
        #expect(file.encoding == encoding)
        #expect(file.documents.first?.text.hasPrefix(firstLine) == true || file.documents.first?.title == firstLine)
    }

    @Test("every State Council page gives its title and 文号", .enabled(if: Repository.shared("corpus/state-council-2019") != nil))
    func stateCouncilPages() throws {
        let folder = try #require(Repository.shared("corpus/state-council-2019"))
        let result = CollectionReader().readAll([folder.path])
        #expect(result.errors.isEmpty)
        let pages = result.files.filter { $0.path.hasSuffix(".html") }
        #expect(pages.count == 60)
        for page in pages {
            let document = try #require(page.documents.first)
            let name = URL(fileURLWithPath: page.path).deletingPathExtension().lastPathComponent
            // File names are the number and the title as the site gives it.
            #expect(name.hasSuffix(document.title) || name.contains(document.title.prefix(20)), "\(page.path): \(document.title)")
            #expect(document.metadata.contains { $0.key == "文号" }, "\(page.path) has no 文号")
        }
        let first = try #require(pages.first { $0.path.contains("01-") }?.documents.first)
        #expect(first.title == "国务院关于在市场监管领域全面推行部门联合“双随机、一公开”监管的意见")
        #expect(first.metadata.contains(MetadataField(key: "文号", value: "国发〔2019〕5号")))
    }

    @Test("the reports end where their text does, without Wikisource's licence notice", .enabled(if: Repository.shared("corpus/reports") != nil),
          arguments: [
              "work-reports/1955年中华人民共和国国务院政府工作报告.txt", "work-reports/第十二届全国人民代表大会第二次会议关于政府工作报告的决议.txt",
              "congress-reports/高举中国特色社会主义伟大旗帜_为全面建设社会主义现代化国家而团结奋斗_(二十大).txt", "congress-reports/廣州共產黨報告_(一大).txt",
          ])
    func reportWithoutLicenceNotice(name: String) throws {
        let file = Repository.shared("corpus/reports")!.appendingPathComponent(name)
        let text = try Fixture.documents(String(contentsOf: file, encoding: .utf8)).map(\.text).joined(separator: "\n")
        for wording in ["公有领域", "公有領域", "Public domain", "维基文库", "著作权法"] {
            #expect(!text.contains(wording), "\(name): \(wording)")
        }
        // The text itself is all there: its last sentence ends it.
        #expect(text.hasSuffix("！") || text.hasSuffix("。"), "\(name): \(text.suffix(40))")
    }

    @Test("the 1998 work report's spaced figures reach the text joined", .enabled(if: Repository.shared("corpus/reports/work-reports") != nil))
    func spacedReport() throws {
        let file = Repository.shared("corpus/reports/work-reports")!.appendingPathComponent("1998年中华人民共和国国务院政府工作报告.txt")
        let text = try Fixture.documents(String(contentsOf: file, encoding: .utf8)).map(\.text).joined(separator: "\n")
        #expect(text.contains("1997年国内生产总值达到74772亿元，按可比价格计算，平均每年增长11％"))
        #expect(text.contains("授予专利权22．4万件"))
        #expect(!LineCleaner.mayHoldSpacedDigits(text))
    }
}
