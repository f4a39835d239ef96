import Ingestion
import Reporting
import Testing
@testable import Extraction

/// One expected figure: its text as written and the fields a researcher reads.
struct ExpectedFigure: CustomTestStringConvertible, Sendable {
    var sentence: String
    var text: String
    var value: String
    var max: String? = nil
    var unit: String? = nil
    var approx: Bool = false
    var kind: StatisticKind
    var testDescription: String { sentence }
}

@Test(arguments: [
    ExpectedFigure(sentence: "国家统计局马建堂局长指出，出生性别比是118.06。", text: "118.06", value: "118.06", kind: .ratio),
    ExpectedFigure(sentence: "联合国设定的出生人口性别比值波动在103-107之间。", text: "103-107", value: "103", max: "107", kind: .ratio),
    ExpectedFigure(sentence: "比上次普查还提高了1.2个百分点。", text: "1.2个百分点", value: "1.2", unit: "百分点", kind: .percentagePoints),
    ExpectedFigure(sentence: "镇村两级共举办各种类型学习班253期。", text: "253期", value: "253", unit: "期", kind: .count),
    ExpectedFigure(sentence: "演出文艺节目50余场。", text: "50余场", value: "50", unit: "场", approx: true, kind: .count),
    // The multiplier before 余 and the unit stays in the unit, as every half's gold has it (３万多项 → 3 万项).
    ExpectedFigure(sentence: "印发各类宣传品2万余份。", text: "2万余份", value: "2", unit: "万份", approx: true, kind: .count),
    ExpectedFigure(sentence: "而且有可能是六到八个老人。", text: "六到八个老人", value: "6", max: "8", unit: "老人", kind: .count),
    ExpectedFigure(sentence: "按时兑现领证独生子女户每月10元的保健费。", text: "10元", value: "10", unit: "元", kind: .money),
    ExpectedFigure(sentence: "举报公告张贴到组，知晓率达到100%。", text: "100%", value: "100", unit: "%", kind: .percent),
    ExpectedFigure(sentence: "每年至少检查2次以上。", text: "2次以上", value: "2", unit: "次", approx: true, kind: .count),
    ExpectedFigure(sentence: "怀孕14周以上的妇女。", text: "14周以上", value: "14", unit: "周", approx: true, kind: .duration),
    ExpectedFigure(sentence: "对怀孕3个月内的妇女。", text: "3个月内", value: "3", unit: "月", approx: true, kind: .duration),
    ExpectedFigure(sentence: "巡回宣传辖区19个村。", text: "19个村", value: "19", unit: "村", kind: .count),
    ExpectedFigure(sentence: "共有一万五千余人参加。", text: "一万五千余人", value: "15000", unit: "人", approx: true, kind: .count),
    ExpectedFigure(sentence: "下降不足5个百分点。", text: "不足5个百分点", value: "5", unit: "百分点", approx: true, kind: .percentagePoints),
    ExpectedFigure(sentence: "安排专项资金49.44万元。", text: "49.44万元", value: "49.44", unit: "万元", kind: .money),
    ExpectedFigure(sentence: "补助0.8万元至2万元。", text: "0.8万元至2万元", value: "0.8", max: "2", unit: "万元", kind: .money),
    // The low bound reads 万 into its numeral, the high one leaves it to the unit: 万 counts once (was 50000 万人).
    ExpectedFigure(sentence: "工人中有许多人力车夫，计有五万到六万人。", text: "五万到六万人", value: "5", max: "6", unit: "万人", kind: .count),
    ExpectedFigure(sentence: "总投资3亿。", text: "3亿", value: "300000000", kind: .number),
    ExpectedFigure(sentence: "参保率约百分之十五。", text: "约百分之十五", value: "15", unit: "%", approx: true, kind: .percent),
    ExpectedFigure(sentence: "孕产妇死亡率控制在10/10万以下。", text: "10/10万以下", value: "10", unit: "/10万", approx: true, kind: .ratio),
    ExpectedFigure(sentence: "婴儿死亡率4.5‰。", text: "4.5‰", value: "4.5", unit: "‰", kind: .ratio),
    ExpectedFigure(sentence: "出生人口１１６．２。", text: "１１６．２", value: "116.2", kind: .number),
    ExpectedFigure(sentence: "老年人口占三成以上。", text: "三成以上", value: "3", unit: "成", approx: true, kind: .ratio),
    ExpectedFigure(sentence: "处一万元以上三万元以下的罚款。", text: "一万元以上三万元以下", value: "1", max: "3", unit: "万元", approx: true, kind: .money),
    ExpectedFigure(sentence: "合计 | 120万元 | 8 | 35%", text: "120万元", value: "120", unit: "万元", kind: .money),
])
func figuresAreReadWithValueRangeUnitBoundsAndKind(expected: ExpectedFigure) throws {
    let figures = StatisticExtractor().figures(in: expected.sentence)
    let figure = try #require(figures.first { $0.text == expected.text }, "found \(figures.map(\.text))")
    #expect(figure.value.description == expected.value)
    #expect(figure.maximum?.description == expected.max)
    #expect(figure.unit == expected.unit)
    #expect(figure.approx == expected.approx)
    #expect(figure.kind == expected.kind)
}

@Test(arguments: [
    "《人口与计划生育法》第36条虽然作出了规定。",
    "通过对2024年第六次全国人口普查数据公告进行了分析。",
    "第一篇：关于出生人口性别比升高的思考与治理",
    "坚持统一领导，一是刑事责任规定存在缺位，二是补充出台一些规定。",
    "各村、各单位也按照一把手负责制，形成“一盘棋”的局面。",
    "依法打击“两非”，四世同堂的非常多。",
    "对进一步研究具有一定的参考意义，需要一系列的配套法律法规。",
    "一、加强领导\n（二）加大宣传\n1、不利于女孩健康成长",
    "更新时间：2025-05-27",
    "去年10月份，于6月3日上午进行检查。",
    "到了21世纪，B超已在乡镇普及。",
    "深入学习贯彻党的十八大精神。",
    "十分重要，万一出现问题。",
    "是人口安全的一个重要指标，每月召开一次联席会议。",
    "青卫健发〔2025〕8号",
    "我国自二十世纪八十年代以来持续走高。",
    "坚持“四个不摘”。",
    "《农村人居环境整治提升五年行动方案（2021—2025年）》",
    "坚持从五个方面入手，分三个阶段实施。",
    "通常以每出生一百名女婴所对应的出生男婴数表示。",
    "利用“5·29”计生协会活动日开展宣传。",
    "江苏 | 100 | 100 | 120 | 140 | 200",
])
func yearsArticleNumbersOrdinalsHeadingsAndWordsWithNumeralsAreNotStatistics(sentence: String) {
    #expect(StatisticExtractor().figures(in: sentence).map(\.text) == [])
}

@Test func periodsAreKeptAsISODatesWithTheYearCarriedOver() throws {
    let figures = StatisticExtractor().figures(in: "此次专项行动于2025年8月下旬至10月中旬集中开展；重点做好2025年1月1日—2025年9月30日期间的调查。")
    #expect(figures.map(\.text) == ["2025年8月下旬至10月中旬", "2025年1月1日—2025年9月30日"])
    #expect(figures[0].value == .date("2025-08"))
    #expect(figures[0].maximum == .date("2025-10"))
    #expect(figures[0].approx)
    #expect(figures[0].kind == .period)
    #expect(figures[1].maximum == .date("2025-09-30"))
    #expect(!figures[1].approx)
}

@Test func aPeriodsRecordKeepsValueAndMaxNumericAndGivesItsDatesAsStartAndEnd() throws {
    let document = Document(source: "方案.txt", index: 1, title: "专项行动方案",
                            sections: [Section(path: [], level: 0, text: "此次专项行动于2025年8月下旬至10月中旬集中开展，共检查12家机构。")])
    let records = StatisticExtractor().statistics(in: document).map { Dictionary($0.record, uniquingKeysWith: { first, _ in first }) }
    let period = try #require(records.first { $0["kind"] == .string("period") })
    #expect(period["value"] == .null && period["max"] == .null)
    #expect(period["start"] == .string("2025-08") && period["end"] == .string("2025-10"))
    let count = try #require(records.first { $0["kind"] == .string("count") })
    #expect(count["value"] == .number("12") && count["start"] == .null && count["end"] == .null)
    // The second round's fields, then start and end, then the table's dimension added after them.
    #expect(StatisticExtractor().statistics(in: document)[0].record.suffix(3).map(\.0) == ["start", "end", "dimension"])
}

@Test(arguments: [
    ("国家统计局马建堂局长指出，出生性别比是118.06。", "118.06", "出生性别比"),
    ("印发各类宣传品2万余份。", "2万余份", "宣传品"),
    ("检查时必须有2名医生在场并签字。", "2名", "医生"),
    ("举报公告张贴到组，知晓率达到100%。", "100%", "知晓率"),
    ("按时兑现领证独生子女户每月10元的保健费。", "10元", "保健费"),
    ("比上次普查的出生人口性别比116.86还高。", "116.86", "出生人口性别比"),
])
func theSubjectIsWhatTheSentenceSaysIsMeasured(sentence: String, text: String, subject: String) {
    let figure = StatisticExtractor().figures(in: sentence).first { $0.text == text }
    #expect(figure?.subject == subject)
}

@Test func theSentenceIsTheOneTheFigureStandsIn() {
    let figures = StatisticExtractor().figures(in: "第一句没有数字。出生性别比是118.06，比上次提高。第三句。")
    #expect(figures.first?.sentence == "出生性别比是118.06，比上次提高。")
}

@Test func aLineWithNoSentenceEndGivesEachFigureAClauseBoundedSentenceNotTheWholeLine() {
    // A work plan's targets strung on commas with no 。, as a table flattened by a web page leaves them.
    let clause = "各乡镇要加强治理，完成率达到60%以上，"
    let line = String(repeating: clause, count: 600)
    let figures = StatisticExtractor().figures(in: line)
    #expect(figures.count == 600)
    #expect(figures.allSatisfy { $0.sentence.count <= 3 * ScanText.sentenceReach })
    // Cut at clause ends: after either comma of a clause pair, through a comma.
    #expect(figures.allSatisfy { ($0.sentence.hasPrefix("各乡镇") || $0.sentence.hasPrefix("完成率")) && $0.sentence.hasSuffix("，") })
    #expect(figures.allSatisfy { $0.sentence.contains($0.text) })
    // The figures of one reach share its cut, so that their records share its text: memory grows with
    // the line, not with its figures times the reach.
    #expect(Set(figures.map(\.sentenceRange)).count <= line.utf16.count / ScanText.sentenceReach + 1)
}

@Test func aLineWithNoPunctuationAtAllBoundsAFiguresClauseToASentencesReach() {
    // The same targets with their commas lost too: a clause read back or on from a figure stops within
    // a sentence's reach rather than at the line's ends.
    let line = String(repeating: "各乡镇要加强治理完成率达到60%以上", count: 600)
    let scan = ScanText(line)
    let middle = scan.count / 2
    #expect(scan.clauseStart(before: middle) == middle - ScanText.sentenceReach)
    #expect(scan.clauseEnd(after: middle) == middle + ScanText.sentenceReach)
    #expect(scan.clauseStart(before: 10) == 0)
    #expect(scan.clauseEnd(after: scan.count - 10) == scan.count)
}
