import Testing
@testable import Extraction

/// The one reading of a title as a text of rules, shared by statistics and measures, on the corpus's own titles.
struct DocumentGenreTests {
    @Test("A regulation, a local regulation on planning and a court's provisions lay down rules", arguments: [
        "中华人民共和国个人所得税法实施条例",
        "北京市城乡规划条例",
        "最高人民法院关于限制被执行人高消费的若干规定",
        "人民检察院民事诉讼监督规则（试行）",
    ])
    func rulesByTitle(title: String) {
        let genre = DocumentGenre(title: title)
        #expect(genre.laysDownRules)
        #expect(genre.kind != .document)
        #expect(genre.issued == nil)
    }

    @Test("A notice that issues rules lays them down; one that issues a plan does not, though it issues what it carries")
    func issuingNotices() {
        let deductions = DocumentGenre(title: "国务院关于印发个人所得税专项附加扣除暂行办法的通知")
        #expect(deductions.kind == .document && deductions.issued == .regulation && deductions.laysDownRules)
        let workRules = DocumentGenre(title: "国务院关于印发《国务院工作规则》的通知")
        #expect(workRules.issued == .regulation && workRules.laysDownRules)
        let pilot = DocumentGenre(title: "国务院办公厅关于印发《政府网站集约化试点工作方案》的通知")
        #expect(pilot.issued == .document && !pilot.laysDownRules)
    }

    @Test("A notice on how a regulation applies issues nothing and lays down no rules; nor does a State Council's 批复")
    func implementingNoticesAndReplies() {
        let taxes = DocumentGenre(title: "国务院关于外商投资企业和外国企业适用增值税、消费税、营业税等税收暂行条例有关问题的通知")
        #expect(taxes.kind == .document && taxes.issued == nil && !taxes.laysDownRules)
        let reply = DocumentGenre(title: "国务院关于同意建立国务院职业教育工作部际联席会议制度的批复")
        #expect(!reply.laysDownRules)
    }
}
