import Foundation
@testable import Ingestion
import Testing
@testable import Extraction

/// The statistics of `text` as one section under `headings` of a document titled `title` (its year
/// is read from the title, as for a real file).
private func statistics(_ text: String, title: String = "2026年政府工作报告", headings: [String] = []) -> [Statistic] {
    let document = Document(source: title + ".txt", index: 1, title: title,
                            sections: [Section(path: headings, level: headings.count, text: text)])
    return StatisticExtractor().statistics(in: document)
}

private func statistic(_ text: String, in sentence: String, title: String = "2026年政府工作报告", headings: [String] = []) throws -> Statistic {
    let found = statistics(sentence, title: title, headings: headings)
    return try #require(found.first { $0.text == text }, "found \(found.map(\.text))")
}

/// One figure of a real sentence and what it measures.
struct ExpectedIndicator: CustomTestStringConvertible, Sendable {
    var sentence: String
    var text: String
    var indicator: String
    var aspect: StatisticAspect
    var direction: StatisticDirection? = nil
    var testDescription: String { sentence }
}

@Test(arguments: [
    // X达到N, then X比上年增长N%: the growth is X's.
    ExpectedIndicator(sentence: "国内生产总值达到33.5万亿元，比上年增长8.7%。", text: "33.5万亿元", indicator: "地区生产总值", aspect: .level),
    ExpectedIndicator(sentence: "国内生产总值达到33.5万亿元，比上年增长8.7%。", text: "8.7%", indicator: "地区生产总值", aspect: .change, direction: .up),
    // X N、增长M%, with the boilerplate of a city's report folded away.
    ExpectedIndicator(sentence: "全市地区生产总值5.2万亿元、增长5.4%。", text: "5.2万亿元", indicator: "地区生产总值", aspect: .level),
    ExpectedIndicator(sentence: "全市地区生产总值5.2万亿元、增长5.4%。", text: "5.4%", indicator: "地区生产总值", aspect: .change, direction: .up),
    // 经济 in 经济增长 is the product.
    ExpectedIndicator(sentence: "去年经济增长5%，好于预期。", text: "5%", indicator: "地区生产总值", aspect: .change, direction: .up),
    // A、B分别下降x%、y%: 分别 distributes.
    ExpectedIndicator(sentence: "化学需氧量、二氧化硫排放量分别下降12.45%、14.29%。", text: "12.45%", indicator: "化学需氧量", aspect: .change, direction: .down),
    ExpectedIndicator(sentence: "化学需氧量、二氧化硫排放量分别下降12.45%、14.29%。", text: "14.29%", indicator: "二氧化硫排放量", aspect: .change, direction: .down),
    // X由a提高到b: two amounts of X.
    // X比重由a提高到b: two amounts of X's share, named by the part as X占Y比重 is.
    ExpectedIndicator(sentence: "服务业增加值比重由46.9%提高到48.2%。", text: "46.9%", indicator: "服务业增加值", aspect: .share),
    ExpectedIndicator(sentence: "服务业增加值比重由46.9%提高到48.2%。", text: "48.2%", indicator: "服务业增加值", aspect: .share),
    // X占Y比重N%.
    ExpectedIndicator(sentence: "服务业增加值占国内生产总值比重上升到51.6%。", text: "51.6%", indicator: "服务业增加值", aspect: .share),
    // 提高N个百分点.
    ExpectedIndicator(sentence: "清洁能源消费比重提高1.7个百分点。", text: "1.7个百分点", indicator: "清洁能源消费", aspect: .change, direction: .up),
    // X涨幅N%: the change of X.
    ExpectedIndicator(sentence: "居民消费价格涨幅3%左右。", text: "3%左右", indicator: "居民消费价格", aspect: .change, direction: .up),
    // 新增X N家, N个X: the counted noun.
    ExpectedIndicator(sentence: "新增入驻企业132家。", text: "132家", indicator: "新增入驻企业", aspect: .level),
    ExpectedIndicator(sentence: "梳理公布308个便民事项。", text: "308个", indicator: "便民事项", aspect: .level),
    // 城镇登记失业率控制在N%以内: a rate.
    ExpectedIndicator(sentence: "城镇登记失业率控制在4.6％以内。", text: "4.6％以内", indicator: "城镇登记失业率", aspect: .share),
    // A list's mark, a space before the figure and a verb inside a rate's name do not hide the name.
    ExpectedIndicator(sentence: "推广节能空调500多万台、高效照明灯具1.5亿只。", text: "1.5亿只", indicator: "高效照明灯具", aspect: .level),
    ExpectedIndicator(sentence: "化学需氧量、二氧化硫排放量分别下降 9.66%和13.14%。", text: "9.66%", indicator: "化学需氧量", aspect: .change, direction: .down),
    ExpectedIndicator(sentence: "化学需氧量、二氧化硫排放量分别下降 9.66%和13.14%。", text: "13.14%", indicator: "二氧化硫排放量", aspect: .change, direction: .down),
    ExpectedIndicator(sentence: "完成造林8827万亩，森林覆盖率达到20.36%。", text: "20.36%", indicator: "森林覆盖率", aspect: .share),
    // A verb without its object has the one it took earlier in the sentence.
    ExpectedIndicator(sentence: "继续发行地方政府置换债券，今年先发行2000亿元。", text: "2000亿元", indicator: "地方政府置换债券", aspect: .level),
    // X从a增加到b: the change word after a is no noun a counts (2013 report).
    ExpectedIndicator(sentence: "国内生产总值从26.6万亿元增加到51.9万亿元，跃升到世界第二位。", text: "26.6万亿元", indicator: "地区生产总值", aspect: .level),
    ExpectedIndicator(sentence: "国内生产总值从26.6万亿元增加到51.9万亿元，跃升到世界第二位。", text: "51.9万亿元", indicator: "地区生产总值", aspect: .level),
    // A span of years is when, not what (1986 report); years opening the phrase are taken off (1998 report).
    ExpectedIndicator(sentence: "我国农业总产值从一九五三年至一九八○年的二十八年间平均每年增长百分之三点五。", text: "百分之三点五",
                      indicator: "农业总产值", aspect: .change, direction: .up),
    ExpectedIndicator(sentence: "运输邮电业迅速发展，五年铁路正线铺轨总里程11344公里。", text: "11344公里", indicator: "铁路正线铺轨总里程", aspect: .level),
    // A verb alone names nothing: what is counted follows the count, after its modifier (State Council 34).
    ExpectedIndicator(sentence: "推出100项具有较大知名度的体育精品赛事，打造100个具有自主知识产权的体育竞赛表演品牌。", text: "100项",
                      indicator: "体育精品赛事", aspect: .level),
    ExpectedIndicator(sentence: "推出100项具有较大知名度的体育精品赛事，打造100个具有自主知识产权的体育竞赛表演品牌。", text: "100个",
                      indicator: "体育竞赛表演品牌", aspect: .level),
    // The currency after a sum (人民币) is what it is written in, not what it measures (test18 State Council 50).
    ExpectedIndicator(sentence: "（3）全国性社会团体和跨省（自治区、直辖市）法人社会团体应有10万元以上资金，地方性法人社会团体应有5万元以上资金，基金会基金数额不少于210万元人民币。",
                      text: "不少于210万元", indicator: "基金会基金数额", aspect: .level),
])
func eachFigureNamesWhatItMeasures(expected: ExpectedIndicator) throws {
    try expectReading(expected)
}

/// Whether the figure of `expected` names what it measures, with its aspect and direction.
private func expectReading(_ expected: ExpectedIndicator) throws {
    let figure = try statistic(expected.text, in: expected.sentence)
    #expect(figure.indicator == expected.indicator)
    #expect(figure.aspect == expected.aspect)
    #expect(figure.direction == expected.direction)
}

/// Real sentences of the 1980, 2003 and 2011 work reports whose names the phrase rules once cut or missed.
@Test(arguments: [
    // 由上年的a，降低到b: the name is the clause before; a modifier with 的 that is a noun stays in it.
    ExpectedIndicator(sentence: "每吨钢的综合能耗，由上年的2.51吨煤，降低到2.28吨煤。", text: "2.51吨", indicator: "每吨钢的综合能耗", aspect: .level),
    ExpectedIndicator(sentence: "每吨钢的综合能耗，由上年的2.51吨煤，降低到2.28吨煤。", text: "2.28吨", indicator: "每吨钢的综合能耗", aspect: .level),
    // 由1997年的a增加到2002年的b: the year of the second figure is no name.
    ExpectedIndicator(sentence: "城镇居民家庭人均可支配收入，由1997年的5160元增加到2002年的7703元。", text: "7703元",
                      indicator: "城镇居民家庭人均可支配收入", aspect: .level),
    // X由a降为b.
    ExpectedIndicator(sentence: "积累率由1978年的36.5％，降为33.6％。", text: "33.6％", indicator: "积累率", aspect: .share),
    // X占Y的比重 in the clause before, a date and a verb before X's 的 taken off.
    ExpectedIndicator(sentence: "基本建设1979年交付使用的固定资产占投资的比重，由上年的74.3％提高到83.7％。", text: "74.3％",
                      indicator: "固定资产", aspect: .share),
    // X在Y中的比重提高N个百分点.
    ExpectedIndicator(sentence: "服务业增加值在国内生产总值中的比重提高4个百分点。", text: "4个百分点", indicator: "服务业增加值",
                      aspect: .change, direction: .up),
    // 这个比重: the share the sentence before named.
    ExpectedIndicator(sentence: "在基本建设投资总额中，提高了职工住宅、科学文教卫生和城市建设等方面的投资比重。这个比重，1978年为17.4％，1979年达到27％。",
                      text: "17.4％", indicator: "职工住宅、科学文教卫生和城市建设等方面的投资", aspect: .share),
    // A quoted term inside a name.
    ExpectedIndicator(sentence: "中央财政“三农”投入累计近3万亿元，年均增幅超过23%。", text: "近3万亿元", indicator: "中央财政“三农”投入", aspect: .level),
    // Verbs with 了, and verbs of building, before what is counted; a verb's elided object ends at its figure.
    ExpectedIndicator(sentence: "停建、缓建了大中型项目295个。", text: "295个", indicator: "大中型项目", aspect: .level),
    ExpectedIndicator(sentence: "计划建成投产大中型项目118个，实际建成128个。", text: "128个", indicator: "大中型项目", aspect: .level),
    ExpectedIndicator(sentence: "综合治理水土流失面积23万平方公里。", text: "23万平方公里", indicator: "水土流失面积", aspect: .level),
    // Nouns joined by 和 after a count are one name.
    ExpectedIndicator(sentence: "完成7356座大中型和重点小型水库除险加固。", text: "7356座", indicator: "大中型和重点小型水库除险加固", aspect: .level),
    // A circumstance (在…的基础上, …的情况下) is no name.
    ExpectedIndicator(sentence: "今后五年，我国经济增长预期目标是在明显提高质量和效益的基础上年均增长7%。", text: "7%",
                      indicator: "地区生产总值", aspect: .change, direction: .up),
    ExpectedIndicator(sentence: "1979年在能源增长不到3％的情况下，工业总产值比上年增长了8.5％。", text: "不到3％", indicator: "能源",
                      aspect: .change, direction: .up),
    // A clause that is a name alone, with a gloss, names the figure after it.
    ExpectedIndicator(sentence: "1979年钢产量比上年增加270万吨，而能源消耗总量（按每公斤发热量7，000大卡的标准煤计算），比上年降低了100万吨。",
                      text: "100万吨", indicator: "能源消耗总量", aspect: .change, direction: .down),
    // 增产X N: a change of X.
    ExpectedIndicator(sentence: "1978、1979两年共增产粮食4，900多万吨。", text: "4，900多万吨", indicator: "粮食", aspect: .change, direction: .up),
    // 占用 is no share; 价格总水平 is the price index.
    ExpectedIndicator(sentence: "去年国营工商企业流动资金占用水平比上年减少64亿元。", text: "64亿元", indicator: "国营工商企业流动资金占用水平",
                      aspect: .change, direction: .down),
    ExpectedIndicator(sentence: "居民消费价格总水平涨幅控制在4%左右。", text: "4%左右", indicator: "居民消费价格", aspect: .change, direction: .up),
    ExpectedIndicator(sentence: "农民的生产补贴资金去年达到1226亿元。", text: "1226亿元", indicator: "农民的生产补贴资金", aspect: .level),
    // 用N元建设X: what the money is for (1979 report).
    ExpectedIndicator(sentence: "全国将用三十亿元建设职工住宅（企业自建的在外），竣工面积三千多万平方米。", text: "三十亿元", indicator: "职工住宅",
                      aspect: .level),
])
func longNamesSharesAndNamesInTheClauseBeforeAreRead(expected: ExpectedIndicator) throws {
    try expectReading(expected)
}

@Test func yearsOpeningAClauseCountForwardInASectionOfPlansAndBackInAReview() throws {
    let title = "2011年中华人民共和国国务院政府工作报告"
    let ahead = try statistic("4500万人", in: "坚持把增加就业作为经济社会发展的优先目标，五年城镇新增就业4500万人。", title: title,
                              headings: ["二、“十二五”时期的主要目标和任务"])
    #expect(ahead.period == "2011-2015")
    #expect(ahead.role == .target)
    let back = try statistic("1.6万公里", in: "基础设施建设明显加快，五年建成铁路新线1.6万公里。", title: title,
                             headings: ["一、“十一五”时期国民经济和社会发展的回顾"])
    #expect(back.period == "2006-2010")
    #expect(back.role == .actual)
}

@Test func aDeadlineDatesItsOwnSentenceOnly() throws {
    let figure = try statistic("4.45亿千瓦", in: "二是扎实推进节能减排、生态建设和环境保护。提出到2020年我国控制温室气体排放行动目标和政策措施。大力发展清洁能源，新增发电装机容量4.45亿千瓦。",
                               title: "2011年中华人民共和国国务院政府工作报告", headings: ["一、“十一五”时期国民经济和社会发展的回顾"])
    #expect(figure.period == "2006-2010")
    #expect(figure.role == .actual)
}

@Test func anUndatedChangeAfterADatedOneInItsParagraphStartsTheYearThatOneDoes() throws {
    let sentence = "公路通车里程由1997年的123万公里增加到2002年的176万公里，其中高速公路由4771公里增加到2.52万公里，从居世界第三十九位跃升到第二位。"
    let title = "2003年中华人民共和国国务院政府工作报告"
    let first = try statistic("4771公里", in: sentence, title: title)
    #expect(first.period == "1997")
    #expect(first.role == .actual)
    #expect(try statistic("2.52万公里", in: sentence, title: title).period == "2002")
    // Not the base a total of the paragraph was compared with before (相当于1950年到1997年…).
    let paragraph = "五年全国水利建设投资3562亿元，扣除价格变动因素，相当于1950年到1997年全国水利建设投资的总和。" + sentence
        + "铁路营运里程由65969公里增加到71500公里。"
    #expect(try statistic("65969公里", in: paragraph, title: title).period == "1997")
}

@Test func thatYearIsTheYearThePassageSpeaksOfNotTheDocuments() throws {
    let figure = try statistic("２７１４万吨", in: "建成投产大中型基本建设和重要技术改造项目２１５个，当年新增加的主要生产能力有煤炭２７１４万吨，石油１４９１万吨。",
                               title: "1992年中华人民共和国国务院政府工作报告", headings: ["一、１９９１年国内工作的回顾"])
    #expect(figure.period == "1991")
    #expect(figure.role == .actual)
}

@Test func inTheWordsOfACircumstanceBeforeAnAverageLastYearIsNotRead() throws {
    let figure = try statistic("7%", in: "今后五年，我国经济增长预期目标是在明显提高质量和效益的基础上年均增长7%。",
                               title: "2011年中华人民共和国国务院政府工作报告")
    #expect(figure.period == "2011-2015")
    #expect(figure.role == .target)
}

@Test(arguments: [
    "出席十六届人大三次会议的代表。",
    "国家会议中心二期建成投用。",
    "推动北三县与通州区一体化发展。",
    "推进“三校一院”交钥匙项目。",
    "严格落实中央八项规定精神。",
    "完成服务业扩大开放2.0任务。",
    "打好0.1微克攻坚行动。",
    "用心办好两个关键小事。",
    "推进三条文化带建设。",
    "过去五年，我们砥砺前行。",
    "这五年，全市经济实力跃上新台阶。",
    "今后五年是关键时期。",
    "中国共产党第十六次全国代表大会是在新世纪召开的大会。",
    "十多年来所没有过的。",
    "隆重庆祝新中国成立60周年。",
    "启动1+X证书制度试点。",
])
func namesSessionsSlogansAndDatingSpansAreNotStatistics(sentence: String) {
    #expect(statistics(sentence).map(\.text) == [])
}

/// A real sentence of a spent half and the figures it holds, the numbers its gold marks as no statistic left out.
struct ExpectedFigures: CustomTestStringConvertible, Sendable {
    var sentence: String
    var texts: [String]
    var testDescription: String { sentence }
}

@Test(arguments: [
    // The years an effort took (test8 2006 and 2021, test9 2016).
    ExpectedFigures(sentence: "经过五年持续奋斗，“十三五”规划主要目标任务胜利完成，中华民族伟大复兴向前迈出了新的一大步。", texts: []),
    ExpectedFigures(sentence: "经过五年努力，我国经济实力、科技实力、国防实力、国际影响力又上了一个大台阶。", texts: []),
    ExpectedFigures(sentence: "历时两年多的经济普查工作，进一步摸清了我国经济社会发展的基本情况。", texts: []),
    // 近 opening a clause before years dates what follows (dev 2011, test8 2006).
    ExpectedFigures(sentence: "近两年，面对百年罕见的国际金融危机冲击，我们沉着应对、科学决策。", texts: []),
    ExpectedFigures(sentence: "在卫生方面，着力加强公共卫生体系建设和农村卫生工作，近三年，中央和地方投入105亿元。", texts: ["105亿元"]),
    // 上 before one place word: an order of magnitude (test7 2018, test9 2016 and 2022); 上千万 is a figure (test 2024).
    ExpectedFigures(sentence: "棚户区住房改造2600多万套，农村危房改造1700多万户，上亿人喜迁新居。", texts: ["2600多万套", "1700多万户"]),
    ExpectedFigures(sentence: "上亿市场主体承载着数亿人就业创业，宏观政策延续疫情发生以来行之有效的支持措施。", texts: []),
    ExpectedFigures(sentence: "推进老旧小区改造，惠及上千万家庭。", texts: ["上千万家"]),
    // Deltas (test8 2021 and 十四大).
    ExpectedFigures(sentence: "扎实推动京津冀协同发展、长江经济带发展、粤港澳大湾区建设、长三角一体化发展。", texts: []),
    ExpectedFigures(sentence: "在长江三角洲、珠江三角洲、闽东南地区、环渤海地区开辟经济开放区。", texts: []),
    // Years listed before the 年 of the last (test9 2003, dev 1980).
    ExpectedFigures(sentence: "1998、1999年连续遭受特大洪涝灾害。", texts: []),
    ExpectedFigures(sentence: "这是在1978年粮食丰收的基础上实现的，1978、1979两年共增产粮食4，900多万吨。", texts: ["4，900多万吨"]),
    // The bounds of a tax bracket (test8 2021, test9 2022).
    ExpectedFigures(sentence: "对小微企业和个体工商户年应纳税所得额不到100万元的部分，在现行优惠政策基础上，再减半征收所得税。", texts: []),
    ExpectedFigures(sentence: "对小微企业年应纳税所得额100万元至300万元部分，再减半征收企业所得税。", texts: []),
    // One by one (test6 1978).
    ExpectedFigures(sentence: "十年规划纲要的各项经济指标，各位代表已经看到了，现在不再一一列举。", texts: []),
    // Kinds described, congresses listed (test sc03, test9 2003).
    ExpectedFigures(sentence: "职业教育与普通教育是两种不同教育类型，具有同等重要地位。", texts: []),
    ExpectedFigures(sentence: "这五年，是全国各族人民在党的十五大、十六大精神指引下，沿着中国特色社会主义道路阔步前进的五年。", texts: []),
])
func durationsOfEffortsOrdersOfMagnitudeDeltasListedYearsAndBracketsAreNotStatistics(expected: ExpectedFigures) {
    #expect(statistics(expected.sentence).map(\.text) == expected.texts)
}

@Test func aThresholdInsideAnIndicatorsNameIsNotAFigureButTheRateIs() {
    #expect(statistics("轨道交通站点50米内换乘比例达到91%。").map(\.text) == ["91%"])
}

/// A figure written in a form the first extractor missed, with its value and unit.
struct ExpectedForm: CustomTestStringConvertible, Sendable {
    var sentence: String
    var text: String
    var value: String
    var unit: String?
    var approx: Bool = false
    var baseValue: String
    var baseUnit: String?
    var testDescription: String { sentence }
}

@Test(arguments: [
    ExpectedForm(sentence: "细颗粒物平均浓度27微克/立方米。", text: "27微克/立方米", value: "27", unit: "微克/立方米", baseValue: "27", baseUnit: "微克/立方米"),
    ExpectedForm(sentence: "全员劳动生产率58万元/人。", text: "58万元/人", value: "58", unit: "万元/人", baseValue: "580000", baseUnit: "元/人"),
    ExpectedForm(sentence: "推出新药34款。", text: "34款", value: "34", unit: "款", baseValue: "34", baseUnit: "款"),
    ExpectedForm(sentence: "营业收入超千亿元。", text: "超千亿元", value: "1000", unit: "亿元", approx: true, baseValue: "100000000000", baseUnit: "元"),
    ExpectedForm(sentence: "数字经济规模超万亿元。", text: "超万亿元", value: "1", unit: "万亿元", approx: true, baseValue: "1000000000000", baseUnit: "元"),
    ExpectedForm(sentence: "新增装机占全国近一半。", text: "近一半", value: "50", unit: "%", approx: true, baseValue: "50", baseUnit: "%"),
    ExpectedForm(sentence: "老年人口占五成。", text: "五成", value: "5", unit: "成", baseValue: "50", baseUnit: "%"),
    ExpectedForm(sentence: "一般公共预算收入996亿元。", text: "996亿元", value: "996", unit: "亿元", baseValue: "99600000000", baseUnit: "元"),
    ExpectedForm(sentence: "新增就业11.2万个。", text: "11.2万个", value: "112000", unit: nil, baseValue: "112000", baseUnit: nil),
    ExpectedForm(sentence: "6600多万纳税人受益。", text: "6600多万", value: "66000000", unit: nil, approx: true, baseValue: "66000000", baseUnit: nil),
    ExpectedForm(sentence: "粮食总产量达到三亿零四百七十五万吨。", text: "三亿零四百七十五万吨", value: "30475", unit: "万吨",
                 baseValue: "304750000", baseUnit: "吨"),
])
func compoundUnitsWordedBoundsAndSharesAreFiguresWithABaseValue(expected: ExpectedForm) throws {
    let figure = try statistic(expected.text, in: expected.sentence)
    #expect(figure.value.description == expected.value)
    #expect(figure.unit == expected.unit)
    #expect(figure.approx == expected.approx)
    #expect(figure.base?.value.description == expected.baseValue)
    #expect(figure.base?.unit == expected.baseUnit)
}

@Test func aReportsReviewIsItsYearBeforeAndItsTargetsAreItsOwnYear() throws {
    let review = try statistic("5.2%", in: "全市地区生产总值增长5.2%。", title: "2026年某市政府工作报告", headings: ["一、2025年工作回顾"])
    #expect(review.role == .actual && review.period == "2025")
    let targets = "2026年主要预期目标是：地区生产总值增长5%—5.5%；城镇调查失业率5.5%左右。"
    let growth = try statistic("5%—5.5%", in: targets, title: "2026年某市政府工作报告", headings: ["二、2026年工作安排"])
    #expect(growth.role == .target && growth.period == "2026")
    #expect(growth.value == .number(DecimalNumber(5)) && growth.maximum?.description == "5.5")
    let unemployment = try statistic("5.5%左右", in: targets, title: "2026年某市政府工作报告", headings: ["二、2026年工作安排"])
    #expect(unemployment.role == .target && unemployment.period == "2026" && unemployment.indicator == "城镇调查失业率")
}

@Test func yearsComeFromTheSentenceRelativeWordsAndFiveYearPlans() throws {
    #expect(try statistic("8.7%", in: "去年国内生产总值增长8.7%。", title: "2010年政府工作报告").period == "2009")
    #expect(try statistic("12%", in: "“十四五”时期研发投入年均增长12%。", title: "2026年政府工作报告").period == "2021-2025")
    #expect(try statistic("70%", in: "到2030年，综合机械化率达到70%。", title: "2026年某省实施意见").role == .target)
    let since = try statistic("百分之九点三", in: "二〇〇一年，我国国内生产总值比一九八九年增长近两倍，年均增长百分之九点三。", title: "2002年报告")
    #expect(since.period == "1990-2001")
    #expect(try statistic("一百三十亿元左右", in: "农民的收入估计将增加一百三十亿元左右。").role == .other)
    // 五年来的主要工作: 主要 is no aim, and 五年 opening a clause counts back (2013, 1998 reports).
    let review = try statistic("1800多万套", in: "五年来的主要工作及特点：\n五年来，新建各类保障性住房1800多万套。", title: "2013年政府工作报告")
    #expect(review.role == .actual && review.period == "2008-2012")
    #expect(try statistic("11344公里", in: "运输邮电业迅速发展，五年铁路正线铺轨总里程11344公里。", title: "1998年政府工作报告").period == "1993-1997")
    #expect(try statistic("百分之四点五", in: "其中增长较快的“一五”时期平均每年增长百分之四点五。", title: "1986年政府工作报告").period == "1953-1957")
}

@Test func aCongressReviewsTheFiveYearsUpToItsOwnAndAWorkReportTheFiveBeforeIts() throws {
    let congress = try statistic("百分之七点二", in: "过去五年，国内生产总值年均增长百分之七点二。",
                                 title: "决胜全面建成小康社会_夺取新时代中国特色社会主义伟大胜利_(十九大)")
    #expect(congress.period == "2013-2017")
    let since = try statistic("一千三百万人以上", in: "十八大以来的五年，城镇新增就业年均一千三百万人以上。",
                              title: "在中国共产党第十九次全国代表大会上的报告")
    #expect(since.period == "2013-2017")
    // Under a heading that names the five years, the congress's own year is reviewed, not planned.
    let reviewed = try statistic("百分之七点二", in: "国内生产总值年均增长百分之七点二。",
                                 title: "决胜全面建成小康社会_夺取新时代中国特色社会主义伟大胜利_(十九大)", headings: ["一、过去五年的工作和历史性变革"])
    #expect(reviewed.period == "2013-2017" && reviewed.role == .actual)
    let workReport = try statistic("9.3%", in: "过去五年，国内生产总值年均增长9.3%。", title: "2013年政府工作报告")
    #expect(workReport.period == "2008-2012")
    // A text that mentions a congress is not its report: its five years end the year before its own.
    let notice = try statistic("9%", in: "过去五年，覆盖率年均提高9%。", title: "2018年关于学习贯彻党的十九大精神的通知")
    #expect(notice.period == "2013-2017")
}

@Test func aClauseWithWordsOfItsOwnDoesNotTakeTheNameOfTheFigureBefore() throws {
    let covered = try statistic("8.3亿人", in: "城镇职工和城镇居民基本医疗保险参保4.01亿人，新型农村合作医疗制度覆盖8.3亿人。", title: "2010年政府工作报告")
    #expect(covered.indicator != "城镇职工和城镇居民基本医疗保险参保")
    let reservoirs = try statistic("6183座", in: "新增发电装机8970万千瓦，6183座病险水库除险加固工程开工建设。", title: "2010年政府工作报告")
    #expect(reservoirs.indicator != "新增发电装机")
    // 上海市由千分之七: a place names no indicator, so the rate of the figure before holds.
    let found = statistics("人口自然增长率，四川省由千分之二十九降到千分之六点一，上海市由千分之七降到千分之五点一。", title: "1979年政府工作报告")
    #expect(found.map(\.indicator) == Array(repeating: "人口自然增长率", count: 4))
}

@Test(arguments: [
    "城乡二元经济结构还没有改变。",
    "两千三百万台湾同胞是我们的手足兄弟。",
    "根据指导案例第680号[CPC 1]，中国共产党的中央组织。",
])
func wordsAndFootnotesWithNumeralsAreNotStatistics(sentence: String) {
    #expect(statistics(sentence).map(\.text) == [])
}

@Test func aNumeralWithAMultiplierInItsUnitOrAfterAComparisonIsAFigure() {
    #expect(statistics("在抽样访问的两万名育龄群众中，比例达到三成以上。").map(\.text) == ["两万名", "三成以上"])
    #expect(statistics("累计下降不足5个百分点，且始终高于107的上限。").map(\.text) == ["不足5个百分点", "107"])
}

@Test func theFilterFoldsTheIndicatorItIsGiven() throws {
    let growth = try statistic("5.4%", in: "全市生产总值增长5.4%。")
    #expect(StatisticFilter(indicator: "全省地区生产总值").admits(growth))
    #expect(StatisticFilter(indicator: "GDP", role: .actual, period: "2025", aspect: .change).admits(growth))
    #expect(!StatisticFilter(role: .target).admits(growth))
}

@Test func thePivotHasARowPerDocumentAndAColumnPerIndicatorAspectRoleAndPeriod() {
    let first = statistics("今年发展主要预期目标是：地区生产总值增长5%—5.5%。", title: "2026年甲省政府工作报告")
    let second = statistics("今年发展主要预期目标是：全省生产总值增长4.5%左右。", title: "2026年乙省政府工作报告")
    let pivot = StatisticPivot(first + second)
    #expect(pivot.columns == ["地区生产总值 · change · target · 2026"])
    #expect(pivot.rows.count == 2)
    #expect(pivot.rows[0].last?.1 == .string("5-5.5%"))
    #expect(pivot.rows[1].last?.1 == .string("≈4.5%"))
}

@Test func headingsAndFiguresReadNumeralsWithOneReader() {
    #expect(ChineseNumeral.value(of: "二○二五") == DecimalNumber(2025))
    #expect(ChineseNumeral.value(of: "一亿零五") == DecimalNumber(100_000_005))
    #expect(ChineseNumeral.value(of: "幺") == DecimalNumber(1))
}

/// Real sentences of the 1982 and 2015 work reports (dev): the name is the noun phrase the figure's verb
/// governs — a verb before its object, an adverb, a span of years or an average before the verb are no
/// part of it.
@Test(arguments: [
    // V + object + figure: the object is what is counted (取消, 新建改建 before it); foreign capital is named
    // with its verb, as the statistic is (实际使用外资, 实际利用外商直接投资: four spent halves against one dev entry).
    ExpectedIndicator(sentence: "取消评比达标表彰项目29项、职业资格许可和认定事项149项。", text: "29项", indicator: "评比达标表彰项目", aspect: .level),
    ExpectedIndicator(sentence: "实际使用外商直接投资1196亿美元，居世界首位。", text: "1196亿美元", indicator: "实际使用外商直接投资", aspect: .level),
    ExpectedIndicator(sentence: "新增节水灌溉面积223万公顷，新建改建农村公路23万公里。", text: "23万公里", indicator: "农村公路", aspect: .level),
    // A verb before a noun of quantity is part of the name.
    ExpectedIndicator(sentence: "新建铁路投产里程8427公里，高速铁路运营里程达1.6万公里。", text: "8427公里", indicator: "铁路投产里程", aspect: .level),
    // A clause of an adverb and a verb alone counts what the clause before counted.
    ExpectedIndicator(sentence: "新开工保障性安居工程740万套，基本建成511万套。", text: "511万套", indicator: "保障性安居工程", aspect: .level),
    // Examples closed by 等 before the name they belong to.
    ExpectedIndicator(sentence: "残疾军人、烈属和老复员军人等优抚对象抚恤和生活补助标准提高20%以上。", text: "20%以上",
                      indicator: "优抚对象抚恤和生活补助标准", aspect: .change, direction: .up),
    // X与Y之比: a ratio to a total is named by its part; 经济增长 in a modifier is a noun.
    ExpectedIndicator(sentence: "研究与试验发展经费支出与国内生产总值之比超过2%。", text: "超过2%", indicator: "研究与试验发展经费支出", aspect: .share),
    ExpectedIndicator(sentence: "消费对经济增长的贡献率上升3个百分点，达到51.2%。", text: "3个百分点", indicator: "消费对经济增长的贡献率",
                      aspect: .change, direction: .up),
    // An average and a plan's word before the verb (计划平均每年递增), a span of years (连续两年).
    ExpectedIndicator(sentence: "在工业总产值中，轻工业产值计划平均每年递增百分之五，重工业产值计划平均每年递增百分之三。", text: "百分之三",
                      indicator: "重工业产值", aspect: .change, direction: .up),
    ExpectedIndicator(sentence: "贫困地区农村学生上重点高校人数连续两年增长10%以上。", text: "10%以上", indicator: "贫困地区农村学生上重点高校人数",
                      aspect: .change, direction: .up),
])
func theNameIsThePhraseTheFiguresVerbGoverns(expected: ExpectedIndicator) throws {
    try expectReading(expected)
}

@Test func theYearsAFigureRanAfterConsecutiveAreNoStatistic() {
    let texts = statistics("贫困地区农村学生上重点高校人数连续两年增长10%以上。", title: "2015年政府工作报告").map(\.text)
    #expect(texts == ["10%以上"])
}

@Test func aChangesFirstValueIsOfTheDateBeforeIt() throws {
    let title = "2015年中华人民共和国国务院政府工作报告"
    let deficit = "今年拟安排财政赤字1.62万亿元，比去年增加2700亿元，赤字率从去年的2.1%提高到2.3%。其中，中央财政赤字1.12万亿元，增加1700亿元。"
    let from = try statistic("2.1%", in: deficit, title: title)
    #expect(from.period == "2014" && from.role == .actual)
    let to = try statistic("2.3%", in: deficit, title: title)
    #expect(to.period == "2015" && to.role == .target)
    #expect(try statistic("1.12万亿元", in: deficit, title: title).period == "2015")
    // 由a提高到b in a review of one year: a is the year before.
    let share = try statistic("46.9%", in: "服务业增加值比重由46.9%提高到48.2%。", title: title, headings: ["一、2014年工作回顾"])
    #expect(share.period == "2013" && share.role == .actual)
    // 比一九八○年的a: the base year's value; in a plan compared with 1980, 由a增加到b starts in 1980.
    let plan = "第六个五年计划规定，一九八五年工农业总产值达到八千七百一十亿元，比一九八○年的七千一百五十九亿元增加一千五百五十一亿元。其中，农业总产值由二千一百八十七亿元增加到二千六百六十亿元。"
    let base = try statistic("七千一百五十九亿元", in: plan, title: "1982年政府工作报告")
    #expect(base.period == "1980" && base.role == .actual)
    let start = try statistic("二千一百八十七亿元", in: plan, title: "1982年政府工作报告")
    #expect(start.period == "1980" && start.role == .actual)
    #expect(try statistic("二千六百六十亿元", in: plan, title: "1982年政府工作报告").period == "1985")
}

@Test func aComparisonsBaseYearCarriesAcrossTheListOfItsParagraph() throws {
    let plan = "到一九八五年，全国粮食产量计划达到三亿六千万吨，比一九八○年增长百分之十二点三；棉花三百六十万吨，增长百分之三十三。"
    let cotton = try statistic("百分之三十三", in: plan, title: "1982年政府工作报告")
    #expect(cotton.period == "1981-1985" && cotton.indicator == "棉花")
    #expect(try statistic("三百六十万吨", in: plan, title: "1982年政府工作报告").period == "1985")
}

@Test func aParagraphsComparisonsAreReadOnceYetGiveEveryFigureTheBaseReadFromTheParagraphsStart() {
    // A comparison at the paragraph's very start, bases changing within it, one in the next paragraph, and
    // years that are no base (一九八五年, 与1990年相比); the bases are asked for at every position in turn, as
    // the figures of a paragraph ask, each read on from where the one before stopped.
    let text = "比一九八○年增长百分之十二点三；棉花三百六十万吨，增长百分之三十三。一九八五年钢产量增长百分之五。"
        + "与1990年相比，粮食增加二千万吨，棉花增长百分之八。比2000年多一倍。\n其中，油料增长百分之四。比2010年增长，与2015年相比下降。"
    let scan = ScanText(text)
    for step in [1, 3, 7] {
        var comparisons = FigureReader.ParagraphComparisons()
        var end = 0
        while end <= scan.count {
            let paragraph = scan.paragraphStart(before: end)
            #expect(comparisons.base(in: scan, paragraph: paragraph, before: end) == TimeCues.comparisonBase(in: scan, from: paragraph, before: end),
                    "step \(step), end \(end)")
            end += step
        }
    }
    // The bases the figures of each sentence get: the text holds every case the comparison above compares.
    var comparisons = FigureReader.ParagraphComparisons()
    let bases = ["棉花", "钢产量", "粮食", "多一倍", "油料", "下降"].map { word in
        let end = text.utf16.distance(from: text.startIndex, to: text.firstRange(of: word)!.lowerBound)
        return comparisons.base(in: scan, paragraph: scan.paragraphStart(before: end), before: end)
    }
    #expect(bases == [1980, 1980, 1980, 2000, nil, 2010])
}

@Test func aYearOfEffortBehindAFigureIsNoAim() throws {
    let figure = try statistic("超过4%", in: "经过努力，全国财政性教育经费支出占国内生产总值比例超过4%。", title: "2015年政府工作报告")
    #expect(figure.role == .actual && figure.period == "2014")
}

@Test func hundredsOfMillionsWrittenBeforeABoundAndTheTenThousandsOfTheUnitAreReadInTenThousands() throws {
    let grain = try statistic("三亿三千五百多万吨", in: "粮食仍然连年增产，一九八二年预计达到三亿三千五百多万吨。", title: "1982年政府工作报告")
    #expect(grain.value == .number(DecimalNumber(33500)) && grain.unit == "万吨" && grain.approx)
}

@Test func whatWasActuallyDoneAndThePartOfTheYearPastAreResultsButRealGrowthIsNoSignOfOne() throws {
    let built = try statistic("128个", in: "计划建成投产大中型项目118个，实际建成128个。", title: "1980年政府工作报告")
    #expect(built.role == .actual)
    let halfYear = try statistic("24.2％", in: "1979年轻工业总产值比上年增长9.6％，今年上半年又比去年同期增长24.2％。", title: "1980年政府工作报告")
    #expect(halfYear.role == .actual)
    let real = try statistic("超过7%", in: "城镇居民人均可支配收入和农村居民人均纯收入年均实际增长超过7%。",
                             title: "2011年中华人民共和国国务院政府工作报告", headings: ["二、“十二五”时期的主要目标和任务"])
    #expect(real.role == .target)
}

@Test func aDoublingIsOfTheYearItIsReachedByAndTheCenturysEndIsItsLastYear() throws {
    let congress = try statistic("两番", in: "——在优化结构和提高效益的基础上，国内生产总值到二０二０年力争比二０００年翻两番，综合国力和国际竞争力明显增强。",
                                 title: "全面建设小康社会，开创中国特色社会主义事业新局面_(十六大)")
    #expect(congress.period == "2020")
    let century = try statistic("两番", in: "只要大体保持这样的发展速度，是完全可以实现到本世纪末工农业年总产值翻两番的宏伟目标的。",
                                title: "1985年中华人民共和国国务院政府工作报告")
    #expect(century.period == "2000" && century.role == .target)
}

@Test func aShareOrALevelReachedInAReviewOfYearsIsOfItsLastYear() throws {
    let title = "1993年中华人民共和国国务院政府工作报告"
    let headings = ["一、改革开放和现代化建设取得伟大成就的五年"]
    #expect(try statistic("百分之七十六", in: "全国已有百分之七十六的县普及了小学教育，多数城市普及了初中教育。", title: title, headings: headings).period == "1992")
    // A network's length the years reached.
    #expect(try statistic("9.56万公里", in: "新增公路60.9万公里，其中高速公路4.2万公里，高速公路总里程达9.56万公里；",
                          title: "2013年中华人民共和国国务院政府工作报告", headings: ["一、过去五年工作回顾"]).period == "2012")
    // What was built over the years stays the span's.
    #expect(try statistic("60.9万公里", in: "新增公路60.9万公里，其中高速公路4.2万公里，高速公路总里程达9.56万公里；",
                          title: "2013年中华人民共和国国务院政府工作报告", headings: ["一、过去五年工作回顾"]).period == "2008-2012")
}

@Test func yearsNamedBeforeTheirCountAndJoinedWithoutTheFirstYearMarkAreTheSpan() throws {
    let title = "1985年中华人民共和国国务院政府工作报告"
    let sentence = "从1979年到1983年,农业总产值(包括村办工业)平均每年增长7.9%,1984年增长14.5%,远远超过了1953年到1978年的二十六年间平均每年增长3.2%的速度。"
    #expect(try statistic("3.2%", in: sentence, title: title).period == "1953-1978")
    let joined = try statistic("7.9%", in: "1984年,我国工农业总产值突破一万亿元,在1979到1983年平均每年递增7.9%的基础上,比上年增长14.2%。", title: title)
    #expect(joined.period == "1979-1983")
}

@Test func aChangeRunningForYearsCoversThemAndYearsWithinRunTheWayTheSectionDoes() throws {
    let running = try statistic("10%以上", in: "贫困地区农村学生上重点高校人数连续两年增长10%以上。",
                                title: "2015年中华人民共和国国务院政府工作报告", headings: ["一、2014年工作回顾"])
    #expect(running.period == "2013-2014")
    let plan = try statistic("百分之三十八", in: "“七五”计划草案规定，在不断提高经济效益的前提下，五年内全国工农业总产值增长百分之三十八，国民生产总值增长百分之四十四。",
                             title: "1986年中华人民共和国国务院政府工作报告", headings: ["二、“七五”时期的基本任务和主要建设方针"])
    #expect(plan.period == "1986-1990")
}

@Test func aPlanMetIsAResultAndAPlanToMeetIsAnAim() throws {
    let met = try statistic("7.8%", in: "2012年，我们合理把握政策力度，全面实现年初确定的主要目标，国内生产总值增长7.8%，城镇新增就业1266万人。",
                            title: "2013年中华人民共和国国务院政府工作报告", headings: ["一、过去五年工作回顾"])
    #expect(met.role == .actual && met.period == "2012")
    let exceeded = try statistic("七亿七千多万吨", in: "特别令人高兴的是能源的生产超过计划的要求，原煤产量达到七亿七千多万吨，原油达到一亿一千四百多万吨。",
                                 title: "1985年中华人民共和国国务院政府工作报告", headings: ["（一）关于经济形势"])
    #expect(exceeded.role == .actual)
    #expect(try statistic("7.5%左右", in: "今年要力争完成预定目标，国内生产总值增长7.5%左右。", title: "2014年政府工作报告").role == .target)
}

@Test func aDoublingWrittenWithOneIsAFigureNamedWithoutItsVerbOrDeadline() throws {
    let congress = try statistic("一番", in: "转变经济发展方式取得重大进展，实现国内生产总值和城乡居民人均收入比二0一0年翻一番。",
                                 title: "坚定不移沿着中国特色社会主义道路前进_为全面建成小康社会而奋斗_(十八大)")
    #expect(congress.indicator == "国内生产总值和城乡居民人均收入" && congress.aspect == .change && congress.direction == .up)
    let plan = try statistic("一倍", in: "五年共培养近五百万高级专门人才，比“六五”期间增长一倍。",
                             title: "1986年中华人民共和国国务院政府工作报告", headings: ["二、“七五”时期的基本任务和主要建设方针"])
    // The plan after 比 is the comparison's base, not the figure's period.
    #expect(plan.period == "1986-1990" && plan.role == .target)
    #expect(statistics("我们要搞好团结，统一思想。").isEmpty)
}

@Test func aListOfDashItemsIsDatedByTheSentenceOpeningTheParagraphItHangsOn() throws {
    let text = """
    2022年是党和国家历史上极为重要的一年。国内生产总值增长3%。
    过去五年极不寻常、极不平凡。我国经济社会发展取得举世瞩目的重大成就。
    ——经济发展再上新台阶。国内生产总值增加到121万亿元，五年年均增长5.2%，十年增加近70万亿元、年均增长6.2%，在高基数基础上实现了中高速增长、迈向高质量发展。财政收入增加到20.4万亿元。粮食产量连年稳定在1.3万亿斤以上。工业增加值突破40万亿元。城镇新增就业年均1270多万人。
    ——人民生活水平不断提高。基本养老保险参保人数增加1.4亿、覆盖10.5亿人，基本医保水平稳步提高。
    """
    let found = statistics(text, title: "2023年中华人民共和国国务院政府工作报告", headings: ["一、过去一年和五年工作回顾"])
    let periods = Dictionary(found.map { ($0.text, $0.period) }, uniquingKeysWith: { first, _ in first })
    #expect(periods["3%"] == "2022")
    // Changes over the review are of its span, the levels it ended at of its last year.
    #expect(periods["5.2%"] == "2018-2022" && periods["1.3万亿斤以上"] == "2018-2022" && periods["1270多万人"] == "2018-2022")
    #expect(periods["121万亿元"] == "2022" && periods["20.4万亿元"] == "2022")
    // Years counted inside a sentence date that sentence only.
    #expect(periods["近70万亿元"] == "2013-2022" && periods["6.2%"] == "2013-2022")
    // A threshold passed and a reach are states at the end; a reach after a change is no change restated.
    let passed = try #require(found.first { $0.text == "突破40万亿元" })
    #expect(passed.period == "2022" && passed.approx && passed.aspect == .level)
    let covered = try #require(found.first { $0.text == "10.5亿人" })
    #expect(covered.period == "2022" && covered.aspect == .level)
    #expect(periods["1.4亿"] == "2018-2022")
}

@Test func yearsPointedBackToOrAimedWithinAreTheSpanTheTextMeans() throws {
    let title = "1978年中华人民共和国国务院政府工作报告"
    let plan = """
    实现上述宏伟任务，从一九七六年到一九八五年是关键的十年。
    按照十年规划，在这十年里，要建立稳固的农业基础，农业主要作业机械化水平达到百分之八十五以上。
    接照十年规划，到一九八五年，粮食产量达到八千亿斤，钢产量六千万吨。从一九七八年到一九八五年八年间，我国农业总产值每年要增长百分之四到五，工业总产值每年要增长百分之十以上。
    """
    let found = statistics(plan, title: title)
    // 这十年 points back to the ten years just named; years named before their count are the span.
    #expect(found.first { $0.text == "百分之八十五以上" }?.period == "1985")
    #expect(found.first { $0.text == "百分之四到五" }?.period == "1978-1985")
    // Years within an aim run ahead.
    let aim = try statistic("百分之一以下", in: "必须继续认真抓好，争取在三年内把我国人口自然增长率降到百分之一以下。", title: title)
    #expect(aim.period == "1980" && aim.role == .target)
}

@Test func theHighestOfTheFiguresBeforeIsOneOfThemAndAnAdverbOfTimeNamesNothing() throws {
    let sentence = "从一九六六年到一九七六年的十一年中，仍然有三分之一的省、市、自治区，粮食产量平均每年的增长速度都在百分之四点三以上，高的达到百分之五点五。"
    let highest = try statistic("百分之五点五", in: sentence, title: "1978年中华人民共和国国务院政府工作报告")
    #expect(highest.indicator == "粮食产量" && highest.aspect == .change && highest.period == "1966-1976")
    #expect(try statistic("1.3万亿斤以上", in: "粮食产量连年稳定在1.3万亿斤以上。").indicator == "粮食产量")
}

@Test func yearsOfARunNameTheEventTheyCountAndAListSharesTheHeadOfItsLastName() throws {
    let title = "2009年中华人民共和国国务院政府工作报告"
    #expect(try statistic("五年", in: "粮食连续五年增产，总产量10570亿斤，创历史最高水平。", title: title).indicator == "增产")
    #expect(try statistic("四年", in: "粮食生产摆脱了一度徘徊局面，连续四年获得丰收。", title: "1993年中华人民共和国国务院政府工作报告").indicator == "丰收")
    // A bare change after the years is the change of the name before them.
    #expect(try statistic("两年", in: "贸易顺差连续两年下降，2010年比上年减少6.4%。", title: "2011年中华人民共和国国务院政府工作报告").indicator == "贸易顺差")
    let shared = "高技术制造业、装备制造业增加值年均分别增长10.6%、7.9%，数字经济不断壮大。"
    #expect(try statistic("10.6%", in: shared, title: "2023年中华人民共和国国务院政府工作报告").indicator == "高技术制造业增加值")
    #expect(try statistic("7.9%", in: shared, title: "2023年中华人民共和国国务院政府工作报告").indicator == "装备制造业增加值")
    #expect(try statistic("924亿美元", in: "实际利用外商直接投资924亿美元，增长23.6%。", title: title).indicator == "实际利用外商直接投资")
}

@Test func anAimAfterTheFiguresNounIsOfWhatTheNounNames() throws {
    let aim = try statistic("8%左右", in: "这里要着重说明，提出8%左右的国内生产总值增长目标，综合考虑了发展的需要和可能。",
                            title: "2009年中华人民共和国国务院政府工作报告")
    #expect(aim.indicator == "地区生产总值" && aim.aspect == .change && aim.role == .target)
}

@Test func anAdverbOrAModalBeforeTheLinkAndTheEndOfARelativeYearAreNoPartOfTheName() throws {
    let title = "1959年中华人民共和国国务院政府工作报告"
    let rates = "如一九五七年钢材的自给率已经达到百分之八十六，机械设备的自给率已经达到百分之六十以上。"
    #expect(try statistic("百分之八十六", in: rates, title: title).indicator == "钢材的自给率")
    #expect(try statistic("一千二百四十一亿元", in: "这样，一九五七年的工农业总产值就应当是一千二百四十一亿元。", title: title).indicator == "工农业总产值")
    let employment = try statistic("83%", in: "全国普通高校毕业生就业率去年底达到83%，比上年增加60万人。", title: "2004年中华人民共和国国务院政府工作报告")
    #expect(employment.indicator == "普通高校毕业生就业率")
}

@Test func aCountedNounEndsWhereAnAdverbOpensWhatIsSaidOfIt() throws {
    let sentence = "经过八年持续努力，近1亿农村贫困人口实现脱贫，全国832个贫困县全部摘帽，960多万贫困人口实现易地搬迁。"
    #expect(try statistic("832个", in: sentence, title: "2023年中华人民共和国国务院政府工作报告").indicator == "贫困县")
}

@Test func aCountedNounThatGoesOnIntoALongerNounIsCountedWholeWithNoUnit() throws {
    let parks = try statistic("5个", in: "设立首批5个国家公园，建立各级各类自然保护地9000多处。", title: "2023年中华人民共和国国务院政府工作报告")
    #expect(parks.unit == nil && parks.indicator == "国家公园")
    let provinces = try statistic("28个", in: "28个省份实现了农民工随迁子女在流入地参加高考。", title: "2015年中华人民共和国国务院政府工作报告")
    #expect(provinces.unit == nil && provinces.indicator == "省份")
    // The noun itself is counted where a village's clinic or a department's head follows it.
    #expect(try statistic("12个部门", in: "县卫健局、公安局、市场监管局、妇联等12个部门主要负责人为成员。").unit == "部门")
    #expect(try statistic("14个村", in: "对全镇2家医疗机构、14个村卫生室、9家个体诊所进行全面排查。").unit == "村")
}

@Test func anAimOrARateThatNamesNothingOfItsOwnIsOfWhatIsNamedBeforeTheFigure() throws {
    let met = try statistic("两番", in: "顺利完成了“八五”计划，提前实现了本世纪末国民生产总值比1980年翻两番的目标。",
                            title: "1998年中华人民共和国国务院政府工作报告")
    #expect(met.indicator == "国民生产总值")
    let grand = try statistic("两番", in: "只要大体保持这样的发展速度，是完全可以实现到本世纪末工农业年总产值翻两番的宏伟目标的。",
                              title: "1985年中华人民共和国国务院政府工作报告")
    #expect(grand.indicator == "工农业年总产值")
    // A bare rate opening its clause is the economy's growth.
    let growth = try statistic("6.5%左右", in: "从经济基本面和就业吸纳能力看，6.5%左右的增速可以实现比较充分的就业。",
                               title: "2018年中华人民共和国国务院政府工作报告")
    #expect(growth.indicator == "地区生产总值" && growth.aspect == .change)
}

@Test func whatMoneyIsForNamesItWithTheBudgetItComesFrom() throws {
    let title = "2004年中华人民共和国国务院政府工作报告"
    let spending = "中央财政全年用于教育、卫生、科技、文化、体育事业的支出达855亿元，比上年增长12.4%；"
    #expect(try statistic("855亿元", in: spending, title: title).indicator == "中央财政用于教育、卫生、科技、文化、体育事业的支出")
    #expect(try statistic("92亿元", in: "其中用于城市居民最低生活保障的补助资金由上年46亿元增加到92亿元。", title: title).indicator
        == "用于城市居民最低生活保障的补助资金")
    let income = "去年全国城镇居民家庭平均每人可用于生活费的收入达到六百零八元，扣除物价上涨因素，比上年增长12.5%。"
    #expect(try statistic("六百零八元", in: income, title: "1985年中华人民共和国国务院政府工作报告").indicator == "城镇居民家庭平均每人可用于生活费的收入")
}

@Test func peopleCountedInYiAreThePopulationWhateverTheNounAfterThemSays() throws {
    let title = "2018年中华人民共和国国务院政府工作报告"
    #expect(try statistic("13亿多人", in: "城镇新增就业6600万人以上，13亿多人口的大国实现了比较充分就业。", title: title).indicator == "人口")
    #expect(try statistic("十四亿多人", in: "谷物总产量稳居世界首位，十四亿多人的粮食安全、能源安全得到有效保障。").indicator == "人口")
}

@Test func aPlanNamedByItsOrdinalIsItsFiveYears() throws {
    let sentence = "第一个五年计划期间，国家对经济和文化部门的基本建设投资总额共为四百九十三亿元。"
    #expect(try statistic("四百九十三亿元", in: sentence, title: "1959年中华人民共和国国务院政府工作报告").period == "1953-1957")
    let products = "列入第六个五年计划的六十五种主要产品的产量，到１９８４年已有四十三种提前达到１９８５年的指标。"
    #expect(try statistic("六十五种", in: products, title: "1985年中华人民共和国国务院政府工作报告").period == "1981-1985")
}

/// The statistics of `text` in the 十四大's report (1992), filed as the corpus files it.
private func congress14Statistics(_ text: String) -> [Statistic] {
    let name = "加快改革开放和现代化建设步伐_(十四大)"
    let document = Document(source: "reports/congress-reports/\(name).txt", index: 1, title: name,
                            sections: [Section(path: [], level: 0, text: text)])
    return StatisticExtractor().statistics(in: document)
}

@Test func aCongressSpeaksOfItsOwnYearWhereNothingDatesAFigure() throws {
    let found = congress14Statistics("中国是拥有十一亿人口的大国，中国共产党是拥有五千万党员的大党。")
    #expect(found.first?.period == "1992" && found.first?.role == .actual)
}

@Test func aListOfDashItemsIsDatedByItsLeadInAcrossLinesAWebPageBroke() throws {
    let text = """
    》。《纲要草案》坚持以习近平新时代中国特色社会主义思想为指导，实化量化“十四五”时期经济社会发展主要目标和重大任务，全文提交大会审查，这里概述几个方面。

    ——着力提升发展质量效益，保持经济持续健康发展。经济运行保持在合理区间，全员劳动生
    \u{200B}
    产率增长高于国内生产总值增长，城镇调查失业率控制在5.5%以内。

    ——坚持创新驱动发展，加快发展现代产业体系。全社会研发经费投入年均增长7%以上。
    """
    let found = statistics(text, title: "2021年中华人民共和国国务院政府工作报告", headings: ["二、“十三五”时期发展成就和“十四五”时期主要目标任务"])
    #expect(found.map(\.period) == ["2021-2025", "2021-2025"])
    #expect(found.map(\.role) == [.target, .target])
}

@Test func aYearNamingAGoalDatesNoFigureAfterItsSentence() throws {
    let text = """
    ——推动绿色发展，促进人与自然和谐共生。森林覆盖率达到24.1%。落实2030年应对气候变化国家自主贡献目标。单位国内生产总值能耗和二氧化碳排放分别降低13.5%、18%。
    """
    let found = statistics(text, title: "2021年中华人民共和国国务院政府工作报告", headings: ["“十四五”时期主要目标任务"])
    #expect(found.map(\.period) == ["2025", "2021-2025", "2021-2025"])
}

@Test func theYearOfConstantPricesDatesNothing() throws {
    let sentence = "一九五七年的工业总产值（不包括手工业产值，下同），预计达到六百二十八亿一千万元（按一九五二年不变价格计算），超过年度计划百分之四点一，比上一年增长百分之六点九。"
    let found = statistics(sentence, title: "1958年中华人民共和国国务院政府工作报告")
    #expect(found.map(\.period) == ["1957", "1957", "1957"])
    // An estimate of a year the report reviews is its result, the statistics not yet final.
    #expect(found.map(\.role) == [.actual, .actual, .actual])
}

@Test func aPlanAFigureIsMeasuredAgainstDoesNotDateIt() throws {
    let text = "一九五八年农业和农副业总产值，拟定为六百八十八亿三千万元，比一九五七年增长百分之六点一。这个速度，大大地超过了我国第一个五年计划的平均速度。以粮食和棉花的产量来说，粮食的指标为三千九百二十亿斤，比上一年增加二百二十亿斤。"
    let found = statistics(text, title: "1958年中华人民共和国国务院政府工作报告")
    #expect(found.map(\.period) == ["1958", "1958", "1958", "1958"])
}

@Test func aYearlyAverageRunsOverTheYearsItAverages() throws {
    let title = "1988年中华人民共和国国务院政府工作报告"
    let review = """
    五年来，在改革开放的推动下，我国国民经济持续发展，总的形势是很好的
    国家经济实力继续得到显著增强。
    国民生产总值１９８７年达到１０９２０亿元，按可比价格计算平均每年增长１１．１％。
    """
    #expect(statistics(review, title: title).map(\.period) == ["1987", "1983-1987"])
    // A change achieved that nothing nearer dates is of the span the review opened with.
    let productivity = review + "\n国民经济的重大比例关系进一步趋于协调，宏观经济效益有了提高。\n工业企业的全员劳动生产率平均每年增长６．５％。"
    #expect(statistics(productivity, title: title).last?.period == "1983-1987")
    let aim = "到１９９２年，力争在不断提高经济效益的基础上，使国民生产总值达到１５５００亿元左右，平均每年增长７．５％左右。"
    #expect(statistics(aim, title: title).map(\.period) == ["1992", "1988-1992"])
    let grain = "到本世纪末，我国粮食生产必须争取达到５０００亿公斤，平均每年增产８０亿公斤。"
    #expect(statistics(grain, title: title).map(\.period) == ["2000", "1988-2000"])
}

@Test func yearsWithinAnAimOpeningTheirSentenceRunAhead() throws {
    let text = "要充分发挥中央、地方和企业各方面办电的积极性，争取每年平均装机９００万千瓦以上，并相应进行输电、变电的配套建设，在五年内使电力供应紧张状况得到明显缓和。石油工业要加强陆地和海上的普查勘探，争取每年增产原油３００万吨。"
    let oil = try statistic("３００万吨", in: text, title: "1988年中华人民共和国国务院政府工作报告")
    #expect(oil.period == "1988-1992" && oil.role == .target)
}

@Test func anAimOnceSetIsATarget() throws {
    let sentence = "九十年代我国经济的发展速度，原定为国民生产总值平均每年增长百分之六，现在从国际国内形势的发展情况来看，可以更快一些。"
    #expect(congress14Statistics(sentence).first?.role == .target)
}

@Test func aPledgeOrAModalBeforeTheNameIsNoPartOfIt() throws {
    let title = "1988年中华人民共和国国务院政府工作报告"
    let coal = try statistic("３０００万吨以上", in: "煤炭工业要…努力提高煤炭质量，保证每年增产原煤３０００万吨以上。", title: title)
    #expect(coal.indicator == "原煤" && coal.aspect == .change && coal.direction == .up)
    let steel = try statistic("２５０万吨以上", in: "努力做到每年增产钢２５０万吨以上，有色金属、化工原料和建筑材料也要有较大增加。", title: title)
    #expect(steel.indicator == "钢" && steel.aspect == .change)
    #expect(try statistic("５０００亿公斤", in: "到本世纪末，我国粮食生产必须争取达到５０００亿公斤，平均每年增产８０亿公斤。", title: title).indicator == "粮食生产")
    let sentence = "九十年代我国经济的发展速度，原定为国民生产总值平均每年增长百分之六，现在从国际国内形势的发展情况来看，可以更快一些。"
    #expect(congress14Statistics(sentence).first?.indicator == "国民生产总值")
}

@Test func aPlanPassedNamesNothingAndAnAimForAThingIsAFigureOfIt() throws {
    let title = "1958年中华人民共和国国务院政府工作报告"
    let investment = "一九五七年工业投资额完成六十五亿五千万元，超过原定的年度计划百分之四点一。"
    #expect(try statistic("百分之四点一", in: investment, title: title).indicator == "工业投资额")
    let cotton = "以粮食和棉花的产量来说，棉花的指标为三千五百万担，比上一年增加二百二十万担，增长百分之六点七。"
    #expect(try statistic("三千五百万担", in: cotton, title: title).indicator == "棉花")
}

@Test func wordsNextToAFigureThatNameNothingLeaveItTheNameBeforeThem() throws {
    let title1957 = "1957年中华人民共和国国务院政府工作报告"
    // 前三年 is a span; 就 and 这 name nothing, so the second figure of the pair is the first's.
    let steel = "从主要工业产品看，钢产量前三年共增加了一百五十万吨，而1956年就增加了一百六十一万吨。"
    #expect(statistics(steel, title: title1957).map(\.indicator) == ["钢产量", "钢产量"])
    let output = "我国的工业总产值（不包括手工业产值，下同），在五年计划的前三年共增加了一百七十七亿元，而1956年这一年就增加了一百三十九亿元。"
    #expect(statistics(output, title: title1957).map(\.indicator) == ["工业总产值", "工业总产值"])
    // 缩减为 links; 它虽然 speaks of the investment before it.
    let investment = "基本建设投资缩减为一百一十一亿元，它虽然比1956年减少百分之二十；"
    #expect(statistics(investment, title: title1957).map(\.indicator) == ["基本建设投资", "基本建设投资"])
    let more = try statistic("十五亿元到二十亿元", in: "从经济和文教方面说，基本建设投资多了十五亿元到二十亿元，同时，职工的人数", title: title1957)
    #expect(more.indicator == "基本建设投资" && more.aspect == .change && more.direction == .up)
    let title1981 = "1981年中华人民共和国国务院政府工作报告"
    // 相应地 names nothing: the share is the one the clause before names.
    let accumulation = "使消费在国民收入中的比重，由１９７８年的６３．５％上升到今年的７０％左右；积累所占的比重，相应地由３６．５％降到３０％左右。"
    #expect(try statistic("３６．５％", in: accumulation, title: title1981).indicator == "积累")
    // 可 is a modal before its link; a quarter is a date.
    let housing = "全国各城镇职工住宅的竣工面积可达到八千万平方米，相应的水、电、公用交通等配套设施的建设比去年好。"
    #expect(try statistic("八千万平方米", in: housing, title: title1981).indicator == "各城镇职工住宅的竣工面积")
    let quarters = "与去年同期相比，工业总产值第一季度下降０．２％，第二季度增长１．７％，第三季度增长３％。"
    #expect(statistics(quarters, title: title1981).map(\.indicator) == ["工业总产值", "工业总产值", "工业总产值"])
}

@Test func aReportThatPlansNextYearReviewsItsOwn() throws {
    // The 1981 report, given in November, speaks of 明年 as the year it plans: its undated review is of 1981, its
    // undated aims of 1982.
    let text = """
    明年和今后的经济发展，肯定会比今年更好。
    与去年同期相比，工业总产值第一季度下降０．２％，第二季度增长１．７％，第三季度增长３％。
    明年经济发展的主要任务是：巩固稳定经济的成果，使国民经济的发展速度比今年高一点。
    这就要求明年的农业和轻纺工业继续有较大幅度的增长，重工业要由今年的生产下降转为上升。
    在国民收入的分配上，要求消费部分增长５．７％，社会商品零售总额增长８％。
    """
    let found = statistics(text, title: "1981年中华人民共和国国务院政府工作报告")
    #expect(found.map(\.period) == ["1981", "1981", "1981", "1982", "1982"])
    #expect(found.map(\.role) == [.actual, .actual, .actual, .target, .target])
    // A report given in March plans the year it is given in.
    let march = statistics("在国民收入的分配上，要求消费部分增长５．７％，社会商品零售总额增长８％。", title: "1981年中华人民共和国国务院政府工作报告")
    #expect(march.map(\.period) == ["1981", "1981"])
}

@Test(arguments: [
    // Months counted back from the text's time date it, as years do.
    ExpectedFigures(sentence: "十个月来，全党、全军、全国各族人民，按照党中央的部署，集中揭批了“四人帮”篡党夺权的阴谋和他们的罪恶历史。", texts: []),
    ExpectedFigures(sentence: "根据前十一个月的实绩，现在可以有把握地向大会报告：１９８１年国民经济计划预计可以胜利完成。", texts: []),
    // A numeral after 几 is part of a vague number.
    ExpectedFigures(sentence: "如果不采取有力措施加以解决，１９８１年还会有一百几十亿元的赤字。", texts: []),
    // 这 before a figure points back to the one given before.
    ExpectedFigures(sentence: "后来又追加了八十亿元。这八十亿元中，有三十五亿元是用于增加住宅建设投资。", texts: ["八十亿元", "三十五亿元"]),
    // Years before 计划 name a plan.
    ExpectedFigures(sentence: "五年合计，仍然超过五年计划原定数约五十亿元。", texts: ["约五十亿元"]),
])
func monthsThatDateTheTextVagueNumbersFiguresPointedBackToAndPlansAreNotStatistics(expected: ExpectedFigures) {
    #expect(statistics(expected.sentence).map(\.text) == expected.texts)
}

@Test func theSharePartBeforeSuoZhanIsNamedWithoutSuo() throws {
    let sentence = "在工农业总产值中，农业所占比重由一九七八年的百分之二十七点八提高到一九八二年的百分之三十三点六，轻工业所占比重由百分之三十一点一提高到百分之三十三点四。"
    #expect(statistics(sentence, title: "1983年中华人民共和国国务院政府工作报告").map(\.indicator) == ["农业", "农业", "轻工业", "轻工业"])
}

@Test func aPlansAllotmentLinksWhatItAllotsToTheFigure() throws {
    let sentence = "一九五八年各种粮食的播种面积安排为十八亿三千九百二十六万亩，比上一年增加三千一百七十五万亩；棉花的播种面积安排为九千零三十万亩，比上一年增加四百一十二万亩。"
    #expect(statistics(sentence, title: "1958年中华人民共和国国务院政府工作报告").map(\.indicator) == ["粮食的播种面积", "粮食的播种面积", "棉花的播种面积", "棉花的播种面积"])
}

@Test func aReportGivenLateInItsYearEstimatesThatYearsResults() throws {
    let text = """
    明年和今后的经济发展，肯定会比今年更好。
    这就要求明年的农业和轻纺工业继续有较大幅度的增长，重工业要由今年的生产下降转为上升。
    为了实现明年的计划，各个经济领域都必须狠抓经济效益。
    糖料产量将比去年增长１０％以上。
    """
    let sugar = try statistic("１０％以上", in: text, title: "1981年中华人民共和国国务院政府工作报告")
    #expect(sugar.role == .actual && sugar.period == "1981")
}

@Test func aBareOutputIsOfWhatItsSentenceSpokeOfBefore() throws {
    let grain = "粮食连续五年增产，总产量10570亿斤，创历史最高水平。"
    #expect(try statistic("10570亿斤", in: grain, title: "2009年中华人民共和国国务院政府工作报告").indicator == "粮食总产量")
    let industry = "工业生产增长较快，总产值比上年增长百分之十四点二。"
    #expect(try statistic("百分之十四点二", in: industry, title: "1992年中华人民共和国国务院政府工作报告").indicator == "工业总产值")
    let fisheries = "海洋和淡水的渔业生产，一九五九年的产量达到五百零二万吨，比一九五七年的三百一十二万吨增加了百分之六十一。"
    #expect(try statistic("五百零二万吨", in: fisheries, title: "1960年中华人民共和国国务院政府工作报告").indicator == "海洋和淡水的渔业产量")
    let enterprises = "乡镇企业保持旺盛发展势头，五年间产值增长2倍，现已吸纳农村劳动力1亿多人。"
    #expect(try statistic("2倍", in: enterprises, title: "1993年中华人民共和国国务院政府工作报告").indicator == "乡镇企业产值")
    // An aside between them (如前所说) speaks of nothing; a date alone neither.
    let farming = "1956年，我国的农业在严重的自然灾害中，如前所说，总产值仍然增加了二十七亿四千万元。"
    #expect(try statistic("二十七亿四千万元", in: farming, title: "1957年中华人民共和国国务院政府工作报告").indicator == "农业总产值")
    // The crop, not its area (Corpus/town-government-work-report-2025).
    #expect(try statistic("2.6万吨", in: "粮食播种面积稳定在5.8万亩，总产量2.6万吨。").indicator == "粮食总产量")
}

@Test func wherAThingIsMadeScopesItsNameAndTheVerbGoes() throws {
    let title1985 = "1985年中华人民共和国国务院政府工作报告"
    #expect(statistics("去年农村建成住宅约六亿平方米，城镇建成住宅约一亿平方米，城乡居民的居住条件进一步改善。", title: title1985)
        .map(\.indicator) == ["农村住宅", "城镇住宅"])
    #expect(statistics("城镇新建居民住宅9.2亿平方米，农村新建住房36亿平方米。", title: "1993年中华人民共和国国务院政府工作报告")
        .map(\.indicator) == ["城镇居民住宅", "农村住房"])
    // Where no place scopes it, the verb goes all the same.
    #expect(statistics("五年来，新建各类保障性住房1800多万套。", title: "2013年中华人民共和国国务院政府工作报告").map(\.indicator) == ["保障性住房"])
}

@Test(arguments: [
    // Adverbs and verbs opening the phrase (test4 1993, test10 1957 and 1997, test8 1988).
    ExpectedIndicator(sentence: "五年累计，共利用外资609亿美元。", text: "609亿美元", indicator: "利用外资", aspect: .level),
    ExpectedIndicator(sentence: "前三年共开垦荒地三千六百万亩，而1956年就开垦荒地二千九百万亩。", text: "三千六百万亩", indicator: "开垦荒地", aspect: .level),
    ExpectedIndicator(sentence: "科技体制改革进一步深化，取得国家级重大科技成果2000多项。", text: "2000多项", indicator: "国家级重大科技成果", aspect: .level),
    ExpectedIndicator(sentence: "五年中，吸收外商直接投资87.8亿美元。", text: "87.8亿美元", indicator: "外商直接投资", aspect: .level),
    // A cut opening the phrase is a change of what it cuts (test10 2008, test11 2017).
    ExpectedIndicator(sentence: "经全国人大常委会批准，削减财政赤字450亿元。", text: "450亿元", indicator: "财政赤字", aspect: .change, direction: .down),
    ExpectedIndicator(sentence: "全年再减少企业税负3500亿元左右。", text: "3500亿元左右", indicator: "企业税负", aspect: .change, direction: .down),
    // One-character adverbs and links before the figure (test11 1999, test10 十一大 and 2025, test7 2018).
    ExpectedIndicator(sentence: "但全年货币发行还比年初计划少了近500亿元。", text: "近500亿元", indicator: "货币发行", aspect: .change, direction: .down),
    ExpectedIndicator(sentence: "优良天数比例上升至87.2%，地表水优良水质断面比例提高到90.4%。", text: "87.2%", indicator: "优良天数比例", aspect: .share),
    ExpectedIndicator(sentence: "粮食产量首次跃上1.4万亿斤新台阶。", text: "1.4万亿斤", indicator: "粮食产量", aspect: .level),
    ExpectedIndicator(sentence: "沙化土地面积年均缩减近2000平方公里。", text: "近2000平方公里", indicator: "沙化土地面积", aspect: .change, direction: .down),
])
func adverbsAndVerbsAroundANameAreNoPartOfIt(expected: ExpectedIndicator) throws {
    try expectReading(expected)
}

@Test(arguments: [
    // The classes of counties by yield (test11 1960): the bounds name the class; the counts and areas are the figures.
    ExpectedFigures(sentence: "一九五九年，亩产皮棉达到一百斤以上的有四十五个县、七百六十一万三千亩棉田；八十斤到九十九斤的有五十五个县、一千零四十四万八千亩棉田。",
                    texts: ["四十五个县", "七百六十一万三千亩", "五十五个县", "一千零四十四万八千亩"]),
    ExpectedFigures(sentence: "总计亩产皮棉六十斤、八十斤或者一百斤以上的，共有二百零四个县。", texts: ["二百零四个县"]),
    ExpectedFigures(sentence: "许多地方都没有以四十斤为界分别统计。", texts: []),
    // test10 1981: a bound of income inside the class counted.
    ExpectedFigures(sentence: "集体分配平均每人在三百元以上的大队，１９７９年有一千六百二十二个。", texts: ["一千六百二十二个"]),
    // A penalty's or a standard's bounds are the rule's figures (Corpus/county-mch-work-points-2025, rural-sewage-notice-2025).
    ExpectedFigures(sentence: "没有违法所得或者违法所得不足一万元的，处一万元以上三万元以下的罚款。", texts: ["不足一万元", "一万元以上三万元以下"]),
    ExpectedFigures(sentence: "县财政按照每座设施每年0.8万元至2万元的标准安排运维补助资金。", texts: ["0.8万元至2万元"]),
    // The programme's targets, listed without a bound, stay figures.
    ExpectedFigures(sentence: "棉花的亩产量在十二年内，按照不同的情况，分别达到四十斤、六十斤、八十斤和一百斤皮棉。",
                    texts: ["四十斤", "六十斤", "八十斤", "一百斤"]),
])
func boundsThatMarkOutAClassAreNotStatistics(expected: ExpectedFigures) {
    #expect(statistics(expected.sentence, title: "1960年中华人民共和国国务院政府工作报告").map(\.text) == expected.texts)
}

@Test func aMiddleDotBetweenDigitsBeforeAPercentSignIsADecimalPoint() throws {
    let growth = try statistic("19·5％", in: "全社会固定资产投资全年增长19·5％，其中国有单位投资增长14·1％。", title: "1999年中华人民共和国国务院政府工作报告")
    #expect(growth.value == .number(DecimalNumber(literal: "19.5")!))
    // A month and day stays no figure.
    #expect(statistics("岭煤矿“5·13”事故造成人员伤亡。").isEmpty)
}

@Test func aCapacityInsideAPlantsNameIsNotAStatisticButALengthOfWorksIs() {
    let plants = "今年竣工投产的大中型项目有15个，其中包括年炼铁和炼钢各300万吨的宝钢二期工程、年产各30万吨的扬子和齐鲁乙烯工程。"
    #expect(statistics(plants, title: "1992年中华人民共和国国务院政府工作报告").map(\.text) == ["15个"])
    #expect(statistics("葛洲坝工程今年6月已经通航，第一台十七万千瓦机组已经试运转，并开始发电。", title: "1981年中华人民共和国国务院政府工作报告").isEmpty)
    let dikes = "完成了长达3500多公里的长江干堤和近千公里的黄河堤防加固工程，防洪能力明显提高。"
    #expect(statistics(dikes, title: "2003年中华人民共和国国务院政府工作报告").map(\.text) == ["3500多公里", "近千公里"])
}

@Test func aGlossInBracketsMayHoldAnyCharacterAndABudgetsAllotmentLinksItsName() throws {
    // test6 2023, test10 2025: PM2.5 in the gloss no longer leaves the rate nameless.
    let air = "地级及以上城市细颗粒物（PM2.5）平均浓度下降2.7%，优良天数比例上升至87.2%。"
    #expect(try statistic("2.7%", in: air, title: "2025年中华人民共和国国务院政府工作报告").indicator == "地级及以上城市细颗粒物平均浓度")
    // test4 2007, test10 2008: 拟安排 links the deficit to its amount.
    let deficit = "今年中央财政赤字拟安排2450亿元，比去年预算赤字减少500亿元。"
    #expect(try statistic("2450亿元", in: deficit, title: "2007年中华人民共和国国务院政府工作报告").indicator == "中央财政赤字")
}

@Test func aLinesLabelNamesTheFiguresItsClausesLeaveUnnamed() {
    let title1955 = "1955年中华人民共和国国务院政府工作报告"
    // test12 1955: the plan's products, one a line.
    #expect(statistics("钢：从一百三十五万吨增加到四百十二万吨，增长二点一倍。", title: title1955).map(\.indicator) == ["钢", "钢", "钢"])
    #expect(statistics("载重汽车：达到四千辆（一九五二年还不能制造）。", title: title1955).map(\.indicator) == ["载重汽车"])
    // Bolts of cloth are a unit.
    let cloth = statistics("棉布：从一亿一千一百六十三万匹增加到一亿六千三百七十二万匹，增长零点五倍。", title: title1955)
    #expect(cloth.map(\.unit) == ["万匹", "万匹", "倍"])
    #expect(cloth.map(\.indicator) == ["棉布", "棉布", "棉布"])
    // What a colon introduces is no label: 纲要要求 says what is required; the name is the clause before the figures.
    let plan = "全国农业发展纲要要求：从一九五六年开始，在十二年内，粮食每亩平均年产量，在三种不同的地区，分别达到四百斤、五百斤和八百斤。"
    #expect(statistics(plan, title: "1960年中华人民共和国国务院政府工作报告").map(\.indicator) == ["粮食每亩平均年产量", "粮食每亩平均年产量", "粮食每亩平均年产量"])
}

@Test func anUnnamedFigureIsOfTheTopicOfAClauseBeforeItInItsSentence() throws {
    // test8 2006, test4 1993, test10 1981 and 1997: the topic before what is said of it, or a clause that is a name alone.
    #expect(statistics("粮食总产量在上年大幅度增长的基础上，又增产291亿斤，达到9680亿斤。", title: "2006年中华人民共和国国务院政府工作报告")
        .map(\.indicator) == ["粮食总产量", "粮食总产量"])
    #expect(try statistic("１．４２亿吨", in: "原油产量继续增长，达到１．４２亿吨。", title: "1993年中华人民共和国国务院政府工作报告").indicator == "原油产量")
    let banks = "组建城市合作银行的大中城市，由３５个增加到１００个，农村金融改革全面启动。"
    #expect(statistics(banks, title: "1997年中华人民共和国国务院政府工作报告").map(\.indicator) == ["组建城市合作银行的大中城市", "组建城市合作银行的大中城市"])
    // A clause with words of its own (今年１到１０月增加了) keeps its figure unnamed; the next, which says nothing else, is named.
    let savings = "城乡人民的储蓄存款，今年１到１０月增加了九十五亿元，达到四百九十四亿元，这是广大人民生活改善的一个重要标志。"
    #expect(statistics(savings, title: "1981年中华人民共和国国务院政府工作报告").map(\.indicator) == [nil, "城乡人民的储蓄存款"])
    // A figure named before it in its sentence is what an unnamed one speaks of; a clause after a bracket opens no topic.
    let farming = "从１９７９年到１９８３年，农业总产值（包括村办工业）平均每年增长７．９％，１９８４年增长１４．５％，远远超过了１９５３年到１９７８年的二十六年间平均每年增长３．２％的速度。"
    #expect(try statistic("３．２％", in: farming, title: "1985年中华人民共和国国务院政府工作报告").indicator == nil)
    // A clause of speech is no name (总起来说).
    let prices1993 = "总起来说，目前由市场决定价格的比重，已经由五年前的百分之五十左右扩大到百分之八十左右。"
    #expect(try statistic("百分之五十左右", in: prices1993, title: "1993年中华人民共和国国务院政府工作报告").indicator == nil)
    // After a lead-in's colon (test11 1960).
    let cotton = "全国农业发展纲要要求：棉花的亩产量在十二年内，按照不同的情况，分别达到四十斤、六十斤、八十斤和一百斤皮棉。"
    #expect(statistics(cotton, title: "1960年中华人民共和国国务院政府工作报告").map(\.indicator) == ["棉花的亩产量", "棉花的亩产量", "棉花的亩产量", "棉花的亩产量"])
}

@Test func aGlossOfPlacesAfterACountedLevelOfGovernmentIsPartOfItsName() {
    let title2006 = "2006年中华人民共和国国务院政府工作报告"
    let counted = statistics("28个省（区、市）、2300个县（市）已初步建立社会救助体系的基本框架。", title: title2006)
    #expect(counted.map(\.indicator) == ["省(区、市)", "县(市)"])
    #expect(counted.map(\.unit) == [nil, nil])
}

@Test func anAdjustmentOfAFigureIsNoPartOfItsName() throws {
    let title1995 = "1995年中华人民共和国国务院政府工作报告"
    #expect(statistics("农村居民人均纯收入达到１２２０元，扣除物价因素比上年增长百分之五；", title: title1995).map(\.indicator)
        == ["农村居民人均纯收入", "农村居民人均纯收入"])
    let spending = "全国城乡居民平均消费水平由１７５元增加到４５０元，扣除物价上升因素增长８６．９％。"
    #expect(try statistic("８６．９％", in: spending, title: "1987年中华人民共和国国务院政府工作报告").indicator == "城乡居民平均消费水平")
}

@Test func aRisesSizeAfterWhatRoseIsAChangeOfIt() throws {
    // test12 1995, test9 1992: 上涨幅度, 增长幅度 link a change to what changed.
    let prices = "去年我在政府工作报告中曾提出，要把全年商品零售物价上涨幅度控制在百分之十以内。"
    let target = try statistic("百分之十以内", in: prices, title: "1995年中华人民共和国国务院政府工作报告")
    #expect(target.indicator == "商品零售物价")
}

@Test func moneyIsTheFundNamedAfterItWhateverTheVerbAfterThatDoes() throws {
    // test8 2021 and 2006, test9 2022.
    let direct = "建立常态化财政资金直达机制，将2.8万亿元中央财政资金纳入直达范围。"
    #expect(try statistic("2.8万亿元", in: direct, title: "2022年中华人民共和国国务院政府工作报告").indicator == "中央财政资金")
    let bonds = "中央安排30亿元国债资金支持中西部乡镇卫生院建设，改善农村医疗卫生条件。"
    #expect(try statistic("30亿元", in: bonds, title: "2006年中华人民共和国国务院政府工作报告").indicator == "国债资金")
}

@Test func yearsARunHeldAFigureOrAComparisonForAreNoStatistic() {
    #expect(statistics("粮食总产量实现了历史罕见的“八连增”，连续5年超万亿斤。", title: "2012年中华人民共和国国务院政府工作报告").map(\.text) == ["超万亿斤"])
    #expect(statistics("农村居民人均纯收入实际增速为1985年以来最高，连续两年快于城镇居民；", title: "2012年中华人民共和国国务院政府工作报告").isEmpty)
    // A run of an event counts its years.
    #expect(statistics("粮食连续6年增产。", title: "2010年中华人民共和国国务院政府工作报告").map(\.text) == ["6年"])
}

@Test func aFigureInAComparisonsBaseIsOfWhatTheSentenceCompares() {
    // test7 1959: a count followed by its change names no noun of its own.
    let staff = "工业和基本建设方面的职工达到一千零一十九万人，比一九五二年的六百一十五万人增长百分之六十六。"
    #expect(statistics(staff, title: "1959年中华人民共和国国务院政府工作报告").map(\.indicator)
        == ["工业和基本建设方面的职工", "工业和基本建设方面的职工", "工业和基本建设方面的职工"])
}


@Test func whereAChangeStartsIsNoPartOfWhatChanges() throws {
    // test11 1987 (the corpus text's 由的, with the owners' clause), test13 2002, test8 2021, test4 1993.
    let funds = "国家财政收入由1121亿元增加到2220亿元，增长98%；部门、地方、企业拥有的预算外资金由的347亿元增加到1670亿元，增长381%。"
    #expect(try statistic("347亿元", in: funds, title: "1987年中华人民共和国国务院政府工作报告").indicator == "预算外资金")
    let coverage = "城市居民最低生活保障的覆盖人数，由年初的400多万人扩大到年末的1120多万人。"
    #expect(try statistic("400多万人", in: coverage, title: "2002年中华人民共和国国务院政府工作报告").indicator == "城市居民最低生活保障的覆盖人数")
    #expect(try statistic("1120多万人", in: coverage, title: "2002年中华人民共和国国务院政府工作报告").indicator == "城市居民最低生活保障的覆盖人数")
    let threshold = "将小规模纳税人增值税起征点从月销售额10万元提高到15万元。"
    #expect(try statistic("10万元", in: threshold, title: "2021年中华人民共和国国务院政府工作报告").indicator == "小规模纳税人增值税起征点")
    let plan = "按调整后的“八五”计划，国民经济增长速度由原定平均每年百分之六调高到百分之八至九。"
    #expect(try statistic("百分之六", in: plan, title: "1993年中华人民共和国国务院政府工作报告").indicator == "地区生产总值")
}

@Test func aVerbBetweenAProducerAndItsYieldAndAnOwnersClauseAreNoPartOfTheName() throws {
    // test4 2007, test13 2002 and 1964.
    let profits = "全年规模以上工业企业实现利润4657亿元，增长8.1%。"
    #expect(try statistic("4657亿元", in: profits, title: "2002年中华人民共和国国务院政府工作报告").indicator == "规模以上工业企业利润")
    #expect(try statistic("8.1%", in: profits, title: "2002年中华人民共和国国务院政府工作报告").indicator == "规模以上工业企业利润")
    let tractors = "一九六四年，全国拥有的农业用拖拉机台数比一九五七年增长四倍，排灌设备的马力增长十二倍。"
    #expect(try statistic("四倍", in: tractors, title: "1964年中华人民共和国国务院政府工作报告").indicator == "农业用拖拉机台数")
}

@Test func aMilestoneAFigurePassesNamesNothingAndNeitherDoesAShareOfIt() throws {
    // test13 1994: 大关; test7 1959 and test11 1960: the share after the figure's 的.
    let product = "1993年我国经济继续蓬勃发展。国内生产总值突破3万亿元大关，比上年增长百分之十三点四。"
    #expect(try statistic("突破3万亿元", in: product, title: "1994年中华人民共和国国务院政府工作报告").indicator == "地区生产总值")
    #expect(try statistic("百分之十三点四", in: product, title: "1994年中华人民共和国国务院政府工作报告").indicator == "地区生产总值")
    let plan = "第一个五年计划期间，国家对经济和文化部门的基本建设投资总额共为四百九十三亿元，超过原定计划四百二十七亿四千万元的百分之十五点三。"
    #expect(try statistic("四百二十七亿四千万元", in: plan, title: "1959年中华人民共和国国务院政府工作报告").indicator != "百分")
}

@Test func aRatioNamedWithItsComparisonHeadIsNotCutAtIt() throws {
    // Corpus/sex-ratio-essay-countermeasures.txt: the topic ran to 比 and lost it.
    let ratio = "从孩次看，一孩性别比基本处于正常范围，为104.5左右；"
    #expect(try statistic("104.5左右", in: ratio).indicator == "一孩性别比")
}

@Test func aReportThatNamesTheNextYearsPlanAndBudgetReviewsItsOwn() throws {
    // test13 1964, given in December (a press summary): it names 一九六五年 as the year of its plan and budget, so its
    // figures of 1964 are results, not aims.
    let text = """
    一九六四年，全国拥有的农业用拖拉机台数比一九五七年增长四倍，排灌设备的马力增长十二倍。
    他对一九六五年发展国民经济计划草案和国家预算的初步安排，作了说明。
    一九六五年计划草案拟定，农业总产值比一九六四年增长百分之五左右。
    一九六五年国家预算收支都比上年增长百分之十以上，收支平衡。
    """
    let found = statistics(text, title: "1964年中华人民共和国国务院政府工作报告（摘要）")
    #expect(found.map(\.text) == ["四倍", "十二倍", "百分之五左右", "百分之十以上"])
    #expect(found.map(\.role) == [.actual, .actual, .target, .target])
    #expect(found[2].period == "1965")
}

@Test func theEventARunOfYearsCountsIsNoNameForTheFigureAfterIt() throws {
    // test10 1981: the 17% is of 油料, the topic, not of the run's 增产; test12 1975 and test13 1984: the event after a verb
    // of winning, or closing the circumstance the run opens.
    let oil = "油料在连续三年大增产的基础上，又增长17%左右。"
    let found = statistics(oil, title: "1981年中华人民共和国国务院政府工作报告")
    #expect(found.map(\.text) == ["三年", "17%左右"])
    #expect(found.map(\.indicator) == ["增产", "油料"])
    #expect(try statistic("十三年", in: "我国农业连续十三年夺得丰收，一九七四年农业总产值预计比一九六四年增长百分之五十一。",
                          title: "1975年中华人民共和国国务院政府工作报告").indicator == "丰收")
    #expect(try statistic("四年", in: "一九八三年，农业生产在连续四年增产的基础上又获得大丰收。",
                          title: "1984年中华人民共和国国务院政府工作报告").indicator == "增产")
}

@Test func whereNothingFollowsTheFigureTheVerbsObjectIsTheTopicBeforeIt() throws {
    // test12 2012, test5 2005: the object stands before its verb. (The clause after it, a verb alone — 新开工建设1043万套 —
    // counts the same thing but is still unnamed: left for the next round.)
    let housing = "中央财政安排资金1713亿元，是2010年的2.2倍，全年城镇保障性住房基本建成432万套，新开工建设1043万套。"
    #expect(try statistic("432万套", in: housing, title: "2012年中华人民共和国国务院政府工作报告").indicator == "城镇保障性住房")
    let rail = "全年新增煤炭生产能力1.2亿吨，新增发电装机容量5055万千瓦，铁路新线投产1433公里，新增公路通车里程4.6万公里。"
    #expect(try statistic("1433公里", in: rail, title: "2005年中华人民共和国国务院政府工作报告").indicator == "铁路新线")
    // Corpus/town-sex-ratio-progress-report-2025.docx: an inspection names the work done.
    let checks = "上半年完成免费孕前优生健康检查186对，检查覆盖率达到88.6%；"
    #expect(try statistic("186对", in: checks).indicator == "免费孕前优生健康检查")
    // A verb with its object after the figure keeps it there.
    #expect(try statistic("3700多万人", in: "全国城镇共安排3700多万人就业，基本解决了长期积累的城镇待业青年就业问题。",
                          title: "1988年中华人民共和国国务院政府工作报告").indicator != "全国城镇")
}

@Test func aParagraphThatOpensOnAGoalReachedSetsNoAimForItsFigures() throws {
    // test14 2000, the review of 1999: 达到预期目标 reports the goal met; the figures after it are results.
    let text = "国内生产总值增长率达到预期目标，经济结构有所调整，经济效益明显改善。全年工业企业实现利润2202亿元，比上年增长52％。"
    let found = statistics(text, title: "2000年中华人民共和国国务院政府工作报告")
    #expect(found.map(\.text) == ["2202亿元", "52％"])
    #expect(found.map(\.role) == [.actual, .actual])
}

@Test func jiangThatMarksAnObjectSaysNothingOfAims() throws {
    // test14 2000 and test12 2012, reviews: 将 before what 提高 or 纳入 disposes of is no future.
    let raised = "从去年7月1日起，国家较大幅度增加了城镇中低收入者的收入。包括将国有企业下岗职工基本生活费水平、失业保险金水平、城镇居民最低生活保障金水平提高30％；"
    #expect(try statistic("30％", in: raised, title: "2000年中华人民共和国国务院政府工作报告").role == .actual)
    #expect(try statistic("312万名", in: "将312万名企业“老工伤”人员和工亡职工供养亲属纳入工伤保险统筹管理。",
                          title: "2012年中华人民共和国国务院政府工作报告").role == .actual)
    // test8 1958, the plan: 将 before a verb is the future.
    #expect(try statistic("二十二亿元左右", in: "农业合作社和农村居民的购买力将比上一年增加二十二亿元左右，城市居民的购买力将增加五亿元左右；",
                          title: "1958年中华人民共和国国务院政府工作报告").role == .target)
}

@Test func aQuarterNamedByItsNumberIsADate() {
    // test14 2000.
    let text = "与此同时，中央正确把握经济走势，在去年二季度经济出现下滑的关键时刻，果断作出了增发国债、增加居民收入等进一步扩大内需的重大决策。"
    #expect(statistics(text, title: "2000年中华人民共和国国务院政府工作报告").isEmpty)
}

@Test func theBaseAShareIsTakenOfFollowsAn() throws {
    // test11 State Council 32 and test14 State Council 08: 按 opens what the share is of; a bound after it is no part of it.
    let deduction = "父母可以选择由其中一方按扣除标准的100%扣除，也可以选择由双方分别按扣除标准的50%扣除，具体扣除方式在一个纳税年度内不能变更。"
    let found = statistics(deduction, title: "国务院关于印发个人所得税专项附加扣除暂行办法的通知")
    #expect(found.filter { $0.text == "100%" || $0.text == "50%" }.map(\.indicator) == ["扣除标准", "扣除标准"])
    #expect(try statistic("30%", in: "医保基金在总额预算的基础上，按不低于采购金额的30%提前预付给医疗机构。",
                          title: "国务院办公厅关于印发国家组织药品集中采购和使用试点方案的通知").indicator == "采购金额")
}

@Test func aRepliesFactsAreOfTheYearItIsWrittenButAPlacesConstantsOfNone() throws {
    // test15 State Council 28 and 23 (a 复函 of 2004): what a letter states without a word of aim or date is the case when
    // it is written; a distance or an area is of no year.
    let websites = try statistic("31个", in: "国务院各部门网站中有31个开通了英文版，其中3个部门网站开通了多语种外文版本。",
                                 title: "国务院办公厅对十届全国人大四次会议第2996号建议的答复")
    #expect(websites.role == .actual)
    let village = "根据国务院领导同志批示，2004年4月和9月，国土资源部两次组成专家组赴你省巴东县官渡口镇马鬃山村地质险情现场进行了调查。\n"
        + "据地方政府介绍，马鬃山村面积10.92平方公里，共有13个村民小组，505户1748人。"
    let found = statistics(village, title: "国务院办公厅关于湖北省巴东县地质灾害险情有关问题的复函")
    let households = try #require(found.first { $0.text == "505户" })
    #expect(households.role == .actual)
    #expect(households.period == "2004")
    let area = try #require(found.first { $0.text == "10.92平方公里" })
    #expect(area.role == .actual)
    #expect(area.period == nil)
}

@Test func aCountOfWhatAnAwardGoesToIsNamedByTheAwardOfTheYearTheDecisionConfers() throws {
    // test15 State Council 11: 等 closes the first example; the award follows the count.
    let text = "国务院批准，授予“黄瓜基因组和重要农艺性状基因研究”等37项成果国家自然科学奖二等奖，授予简·迪安·米勒教授等5名外国专家中华人民共和国国际科学技术合作奖。"
    let found = statistics(text, title: "国务院关于2018年度国家科学技术奖励的决定")
    let projects = try #require(found.first { $0.text == "37项" })
    #expect(projects.indicator == "国家自然科学奖二等奖")
    #expect(projects.role == .actual)
    #expect(projects.period == "2018")
    #expect(found.first { $0.text == "5名" }?.indicator == "中华人民共和国国际科学技术合作奖")
}

@Test func theNumbersOfAListInsideALineOrCircledAreNoFigures() {
    // test15, the 1921 Beijing and Guangzhou reports.
    #expect(statistics("知识分子的政治运动大体上可以分为三派：1．民主主义运动；2．基尔特社会主义；3．无政府主义运动。", title: "北京共产主义组织的报告").isEmpty)
    #expect(statistics("①工会学校\n②工人夜校", title: "廣州共產黨報告").isEmpty)
}

@Test func aLaterDayOfAListOfDatesIsADate() {
    // test15 State Council 23, twice.
    let title = "国务院办公厅关于湖北省巴东县地质灾害险情有关问题的复函"
    #expect(!statistics("经讨论，专家组认为，马鬃山村房屋开裂主要是2003年12月18日、19日所发生的地震所造成的。", title: title).contains { $0.text == "19日" })
    #expect(!statistics("时间分别为2003年12月18日20时40分和19日20时35分。", title: title).contains { $0.text == "19日" })
}

@Test func monthsBeforeTheTextsTimeOrTakenByAnEffortAreNoFigures() {
    // test15, the 1921 Beijing report and State Council 23.
    #expect(statistics("同志们，北京共产主义组织仅仅是在十个月以前才产生的。", title: "北京共产主义组织的报告").isEmpty)
    #expect(!statistics("2004年8月8日后停止现场监测，共监测了5个月时间，结果表明：",
                        title: "国务院办公厅关于湖北省巴东县地质灾害险情有关问题的复函").contains { $0.text == "5个月" })
}

@Test func aRegulationsAmountsAndTermsAreRulesOfNoYearNamedWithoutTheirRateOrBound() throws {
    // test11 State Council 32 (a notice issuing 暂行办法) and the 慈善法 of the laws: a rule is neither a result nor an aim.
    let title = "国务院关于印发个人所得税专项附加扣除暂行办法的通知"
    let rent = try statistic("1500元", in: "（一）直辖市、省会（首府）城市、计划单列市以及国务院确定的其他城市，扣除标准为每月1500元；", title: title)
    #expect(rent.indicator == "扣除标准")
    #expect(rent.role == .other)
    #expect(rent.period == nil)
    let term = try statistic("超过48个月", in: "同一学历（学位）继续教育的扣除期限不能超过48个月。", title: title)
    #expect(term.unit == "月")
    #expect(term.role == .other)
    #expect(term.indicator?.hasSuffix("扣除期限") == true)
    let decision = try statistic("三十日内", in: "民政部门应当自受理申请之日起三十日内作出决定。", title: "中华人民共和国慈善法")
    #expect(decision.role == .other)
    #expect(decision.period == nil)
}

@Test func aCountOfAListOfNounsHasNoUnitAndMillimetresAreAUnit() throws {
    // test14 2000 (the 个 convention of the gold README: a single noun standing alone after 个 is the unit, a list is not);
    // test15 State Council 23.
    let provinces = try statistic("27个", in: "大多数行业经济效益明显回升，全国有27个省、自治区、直辖市工业效益好于上年。",
                                  title: "2000年中华人民共和国国务院政府工作报告")
    #expect(provinces.unit == nil)
    let crack = try statistic("1-5毫米", in: "房屋裂缝多出现在墙壁上，一般张开宽度1-5毫米，延伸长度一般为0.5-2米。",
                              title: "国务院办公厅关于湖北省巴东县地质灾害险情有关问题的复函")
    #expect(crack.unit == "毫米")
    #expect(crack.maximum != nil)
}

@Test func anAllotmentIsNamedWithoutTheRateItIsMadeBy() throws {
    // test15 State Council 42 and test12 State Council 39.
    let text = "（二）“九五”期间，固定资产投资规模每年仍按10亿元安排，所需资金由有关专业银行筹措解决。"
    #expect(try statistic("10亿元", in: text, title: "国务院办公厅关于黄金经济政策有关问题的复函").indicator == "固定资产投资规模")
    let refund = "对面临暂时性生产经营困难且恢复有望、坚持不裁员或少裁员的参保企业，返还标准可按6个月的当地月人均失业保险金和参保职工人数确定。"
    #expect(try statistic("6个月", in: refund, title: "国务院关于做好当前和今后一个时期促进就业工作的若干意见").indicator == "返还标准")
}

@Test func aMagnitudeWrittenWithDecimalsIsAFigure() throws {
    // test15 State Council 23.
    let text = "经讨论，专家组认为，马鬃山村房屋开裂主要是2003年12月18日、19日所发生的1.8级和2.5级地震（浅源地震）所造成的。"
    let found = statistics(text, title: "国务院办公厅关于湖北省巴东县地质灾害险情有关问题的复函")
    #expect(found.filter { $0.unit == "级" }.map(\.text) == ["1.8级", "2.5级"])
}

@Test func aFineBetweenTwoBoundsIsOneRangeInTheLowBoundsUnit() throws {
    // A local regulation (淄博市萌山水库保护管理条例): 以上…以下 bound one fine; the high bound is read in the low one's unit.
    let title = "淄博市萌山水库保护管理条例"
    let reservoir = try statistic("一万元以上五万元以下", in: "（二）占用水库库容的，责令恢复原状或者采取其他补救措施，可以处一万元以上五万元以下罚款；",
                                  title: title)
    #expect(reservoir.value == .number(DecimalNumber(1)) && reservoir.maximum == .number(DecimalNumber(5)) && reservoir.unit == "万元")
    #expect(reservoir.approx && reservoir.indicator == "罚款" && reservoir.role == .other && reservoir.period == nil)
    let business = statistics("继续营业的，处五千元以上三万元以下罚款；", title: title)
    #expect(business.map(\.text) == ["五千元以上三万元以下"])
    #expect(business.first?.maximum == .number(DecimalNumber(30000)) && business.first?.unit == "元")
}

@Test func aFloorJoinedToACeilingByBuZuIsOneRange() throws {
    // test20's royalty schedule (广播电台电视台播放录音制品支付报酬暂行办法): each band of the time share is one range.
    let title = "广播电台电视台播放录音制品支付报酬暂行办法"
    let band = statistics("(二)播放时间比例为1%以上不足3%的，付酬标准为0.02%；", title: title)
    #expect(band.map(\.text) == ["1%以上不足3%", "0.02%"])
    #expect(band.first?.value == .number(DecimalNumber(1)) && band.first?.maximum == .number(DecimalNumber(3)) && band.first?.unit == "%")
    let over = statistics("(五)播放时间比例超过10%不足30%的，付酬标准为0.5%；", title: title)
    #expect(over.map(\.text) == ["超过10%不足30%", "0.5%"])
    #expect(over.first?.value == .number(DecimalNumber(10)) && over.first?.maximum == .number(DecimalNumber(30)) && over.first?.approx == true)
}

@Test func aFineWrittenAsAShareOfAValueIsNamedByThePenalty() throws {
    // test20's 海关行政处罚实施条例: the value before the share is its base; the fine is what it sets.
    let title = "海关行政处罚实施条例"
    let goods = try statistic("20%以下", in: "第十九条 有下列行为之一的，予以警告，可以处物品价值20%以下罚款，有违法所得的，没收违法所得：", title: title)
    #expect(goods.indicator == "罚款" && goods.approx)
    // A ceiling written in 倍 over a floor in percent is read in percent.
    let tax = try statistic("30%以上2倍以下", in: "(四)影响国家税款征收的，处漏缴税款30%以上2倍以下罚款；", title: title)
    #expect(tax.value == .number(DecimalNumber(30)) && tax.maximum == .number(DecimalNumber(200)) && tax.indicator == "罚款")
}

@Test func aConditionOfNumberAndAnAttachmentsNumberAreNoStatistics() {
    // test16 State Council 33 and 44.
    #expect(statistics("两个以上的个人共同取得同一项目收入的，应当对每个人取得的收入分别按照个人所得税法的规定计算纳税。",
                       title: "中华人民共和国个人所得税法实施条例").isEmpty)
    #expect(statistics("港方查验区总用地面积为41.565公顷（具体以界址点坐标控制，详见附件1）。",
                       title: "国务院关于授权香港特别行政区实施管辖的深圳湾口岸港方口岸区范围和土地使用期限的批复").map(\.text) == ["41.565公顷"])
}

@Test func aRulesConditionsOfNumberCopiesStepsAndExpiryDaysAreNoStatistics() {
    // test20's 海关行政处罚实施条例: two or more parties is a condition, one copy of a decision a quantity word…
    let customs = "海关行政处罚实施条例"
    #expect(statistics("对2个以上当事人共同实施的违反海关法的行为，应当制发1份行政处罚决定书，区别情况对各当事人分别予以处罚，但需另案处理的除外。",
                       title: customs).isEmpty)
    // …while a minimum of staff and a threshold of repeat offending are the rule's figures.
    #expect(statistics("海关依法检查走私嫌疑人的身体，应当在隐蔽的场所或者非检查人员的视线之外，由2名以上与被检查人同性别的海关工作人员执行。",
                       title: customs).map(\.text) == ["2名以上"])
    #expect(statistics("构成走私犯罪或者1年内有2次以上走私行为的，海关可以撤销其注册登记、取消其报关从业资格。", title: customs).map(\.text)
            == ["1年内", "2次以上"])
    // test20's royalty schedule: the step of the scale (每增加1%) is its base, the rate each step adds the figure; the day five years
    // run out (届满5年之日) is a date, the five years themselves the rule's term (5年内).
    let royalties = "广播电台电视台播放录音制品支付报酬暂行办法"
    #expect(statistics("(三)播放时间比例为3%以上不足6%的，相应的付酬标准为0.09%到0.15%，播放时间比例每增加1%，付酬标准相应增加0.03%；",
                       title: royalties).map(\.text) == ["3%以上不足6%", "0.09%到0.15%", "0.03%"])
    #expect(statistics("(二)电视台的单位时间付酬标准自本办法施行之日起5年内为每分钟1.50元，自本办法施行届满5年之日起为每分钟2元。",
                       title: royalties).map(\.text) == ["5年内", "1.50元", "2元"])
}

@Test func aRulesOneYearTermAndAOneDigitFineRangeAreItsStatistics() {
    // The laws' sample of seed 22: a term of one year given by a copula, and a fine's range whose floor is one digit of 元.
    #expect(statistics("审理第一审船舶碰撞、共同海损案件的期限为一年；", title: "最高人民法院关于严格执行案件审理期限制度的若干规定").map(\.text) == ["一年"])
    #expect(statistics("（二）违反本条例第十条第二项规定，行人通过路口或者横穿道路时浏览手持电子设备或者嬉闹的,处警告或者五元以上五十元以下罚款；",
                       title: "嘉兴市文明行为促进条例").map(\.text) == ["五元以上五十元以下"])
    // A report's 二元 before a noun stays a word.
    #expect(statistics("城乡二元经济结构逐步改变。").isEmpty)
}

@Test func aRulesSpanAfterAnEventIsAWaitingTermWithAFloor() throws {
    // test20's 军人抚恤优待条例: a year after the last assessment is the least time before the next application.
    let wait = try statistic("1年", in: "申请调整残疾等级应当在上一次评定残疾等级1年后提出。", title: "军人抚恤优待条例")
    #expect(wait.value == .number(DecimalNumber(1)) && wait.unit == "年" && wait.approx)
    // A report's 五年后 dates what follows, no figure.
    #expect(statistics("五年后，我国经济总量将再上新台阶。").isEmpty)
}

@Test func aFloorAndACeilingWrittenWithBaiFenZhiAreOneRange() throws {
    // 刑法修正案（六）: a fine between two shares, written in words, is one range, as 5%以上30%以下 is.
    let fine = try statistic("百分之五以上百分之二十以下", in: "情节严重的，处五年以上十年以下有期徒刑，并处洗钱数额百分之五以上百分之二十以下罚金：",
                             title: "中华人民共和国刑法修正案（六）")
    #expect(fine.value == .number(DecimalNumber(5)) && fine.maximum == .number(DecimalNumber(20)) && fine.unit == "%" && fine.approx)
    // The laws' sample of seed 22: the bounds apart by 、 and 不足; sample 21's 证券法: a ceiling in 倍 read in percent.
    let band = try statistic("百分之十五以上、不足百分之三十", in: "聚居境内同一少数民族的总人口数占境内总人口数百分之十五以上、不足百分之三十的，每一代表所代表的人口数，可以适当少于当地人民代表大会每一代表所代表的人口数。",
                             title: "山东省县乡两级人民代表大会选举实施细则")
    #expect(band.value == .number(DecimalNumber(15)) && band.maximum == .number(DecimalNumber(30)))
    let multiple = try statistic("百分之十以上一倍以下", in: "已经发行证券的，处以非法所募资金金额百分之十以上一倍以下的罚款。", title: "中华人民共和国证券法")
    #expect(multiple.value == .number(DecimalNumber(10)) && multiple.maximum == .number(DecimalNumber(100)) && multiple.unit == "%")
}

@Test func aRulesModalVerbIsNoPartOfWhatItsFigureMeasures() throws {
    // test16 State Council 33.
    let expense = try statistic("6万元", in: "取得经营所得的个人，没有综合所得的，计算其每一纳税年度的应纳税所得额时，应当减除费用6万元、专项扣除、专项附加扣除以及依法确定的其他扣除。",
                                title: "中华人民共和国个人所得税法实施条例")
    #expect(expense.indicator == "减除费用")
}

@Test func aMultipleOfAnEarlierYearsAmountIsAShareOfTheYearSpokenOf() throws {
    // test16, the 1954 report: 等於一九四九年的N倍 compares 1954 with 1949; each product names its multiple.
    let title = "1954年中华人民共和国国务院政府工作报告"
    let modern = try statistic("四點二倍", in: "一九五四年預計現代工業的總産值將等於一九四九年的四點二倍，如果再加上農業和手工業，那麽今年的工農業總産值將等於一九四九年的二點二倍。",
                               title: title)
    #expect(modern.indicator == "現代工業的總産值" && modern.aspect == .share && modern.period == "1954")
    let power = try statistic("二點五倍", in: "拿幾項最重要的工業産品的一九五四年預計産量來同一九四九年産量比較一下，我們可以看到以下的動人的數字：電力一百零八億度，等於一九四九年的二點五倍；原煤八千一百九十九萬噸，等於一九四九年的二點六倍。", title: title)
    #expect(power.indicator == "電力" && power.aspect == .share && power.period == "1954")
}

@Test func aCountOfTheNamesListedRightBeforeItIsNoStatistic() {
    // test16 State Council 60: the ten provinces are named; their count says nothing more.
    let pilot = "根据各地区政府网站集约化工作进展情况和试点申报情况，确定北京、吉林、安徽、山东、湖北、湖南、广东、广西、重庆、贵州10个省（区、市）和西藏自治区拉萨市作为试点地区。"
    #expect(statistics(pilot, title: "国务院办公厅关于印发《政府网站集约化试点工作方案》的通知").isEmpty)
}

@Test func aMultiplierBeforeAnApproximationAndAUnitStaysInTheUnit() throws {
    // test16, the 1954 report: 十四萬多公里 is 14 萬公里, as 996亿元 is 996 亿元.
    let roads = try statistic("十四萬多公里", in: "全國公路的通車里程今年將達十四萬多公里。", title: "1954年中华人民共和国国务院政府工作报告")
    #expect(roads.value == .number(DecimalNumber(14)) && roads.unit == "萬公里" && roads.approx)
}

@Test func aFormulasConstantsAreNoStatisticsWhileAFractionIs() {
    // test17 State Council 04, the attachment's indicator table: ×100%, ×10000 and /365 are a formula's, not figures.
    let title = "国务院办公厅关于加强三级公立医院绩效考核工作的意见"
    #expect(statistics("门诊收入中来自医保基金的收入/门诊收入×100%。", title: title).isEmpty)
    #expect(statistics("全年实际占用总床日数/医院平均执业（助理）医师人数/365。", title: title).isEmpty)
    #expect(statistics("年总能耗支出/年总收入×10000。", title: title).isEmpty)
    // State Council 36 (spent): a size written with × keeps both its sides.
    #expect(statistics("汽车号牌规格为480毫米×140毫米，摩托车号牌规格为220毫米×140毫米。",
                       title: "国务院办公厅关于国家综合性消防救援车辆悬挂应急救援专用号牌有关事项的通知").map(\.text) == ["480毫米", "140毫米", "220毫米", "140毫米"])
    // dev, the 2015 report: a fraction of a number stays a figure.
    #expect(statistics("今年再取消和下放一批行政审批事项，全部取消非行政许可审批，减少1/3行政审批事项。",
                       title: "2015年中华人民共和国国务院政府工作报告").map(\.text) == ["1/3"])
}

@Test func aTableRowsSerialNumberInItsOwnCellIsNoStatistic() {
    // test17 State Council 10's table of reforms and 04's table of indicators (cells joined by ` | `, as ingestion writes a row).
    #expect(statistics("1 | 知识产权民事、刑事、行政案件“三合一”审判 | 整合分散的审判资源，实行知识产权民事、刑事、行政案件审判“三合一”，实现审判力量集中、审判标准统一，提高审判效率，缩短审判周期。 | 最高人民法院、最高人民检察院、国家知识产权局 | 全国",
                       title: "国务院办公厅关于推广第二批支持创新相关改革举措的通知").isEmpty)
    #expect(statistics("（三） 合理用药 | 16.点评处方占处方总数的比例 | 定量 | 计算方法", title: "国务院办公厅关于加强三级公立医院绩效考核工作的意见").isEmpty)
}

@Test func aPlansOutlineNumberOpeningALineIsNoStatistic() {
    // test18 State Council 41, the grain emergency plan: its headings are numbered 1.2.1, 4.2.2, 5.1.2; a decimal stays a figure.
    let title = "国务院办公厅关于印发国家粮食应急预案的函"
    #expect(statistics("1.2.1　国家级（Ⅰ级）", title: title).isEmpty)
    let reserves = statistics("5.1.2 省级人民政府必须按照“产区保持三个月销量，销区保持六个月销量”的要求，加强和充实地方粮食储备。", title: title)
    #expect(reserves.map(\.text) == ["三个月", "六个月"])
    #expect(statistics("1.2万吨粮食调入灾区。", title: title).map(\.text) == ["1.2万吨"])
}

@Test func aHeadingsCountOfTheItemsItsTextListsIsNoStatistic() {
    // test17 State Council 10: the heading counts the five measures its text lists; a heading whose items were cut keeps its count.
    let title = "国务院办公厅关于推广第二批支持创新相关改革举措的通知"
    let listed = "知识产权民事、刑事、行政案件“三合一”审判；省级行政区内专利等专业技术性较强的知识产权案件跨市（区）审理；以降低侵权损失为核心的专利保险机制；知识产权案件审判中引入技术调查官制度；基于“两表指导、审助分流”的知识产权案件快速审判机制。"
    #expect(statistics(listed, title: title, headings: ["一、推广的改革举措（共23项）", "（一）知识产权保护方面5项"]).isEmpty)
    let rows = "1 | 知识产权民事、刑事、行政案件“三合一”审判 | 全国\n2 | 省级行政区内专利等专业技术性较强的知识产权案件跨市（区）审理 | 全国\n3 | 以降低侵权损失为核心的专利保险机制 | 全国\n4 | 知识产权案件审判中引入技术调查官制度 | 全国"
    #expect(statistics(rows, title: title, headings: ["二、科技成果转化激励方面（共4项）"]).isEmpty)
    let document = Document(source: title + ".html", index: 1, title: title, sections: [
        Section(path: ["附件", "四、军民深度融合方面（共6项）"], level: 2, text: ""),
    ])
    #expect(StatisticExtractor().statistics(in: document).map(\.text) == ["6项"])
}

@Test func aRulesFloorWrittenWithManIsABound() throws {
    // test17 State Council 58, the 专利代理条例.
    let practice = try statistic("满１年", in: "专利代理师执业应当取得专利代理师资格证，在专利代理机构实习满１年，并在一家专利代理机构从业。",
                                 title: "专利代理条例")
    #expect(practice.value == .number(DecimalNumber(1)) && practice.unit == "年" && practice.approx)
}

@Test func aCountOfNamesWithBracketedAsidesIsNoStatistic() {
    // test17 State Council 10: eight regions listed, three with a bracketed aside, then counted.
    let regions = "按照党中央、国务院决策部署，京津冀、上海、广东（珠三角）、安徽（合芜蚌）、四川（成德绵）、湖北武汉、陕西西安、辽宁沈阳等8个区域和有关省市、部门，在知识产权保护、科技成果转化激励、科技金融创新、军民深度融合、管理体制创新等方面先行先试、大胆创新，取得了一批改革突破和可复制推广经验。"
    #expect(statistics(regions, title: "国务院办公厅关于推广第二批支持创新相关改革举措的通知").isEmpty)
}

@Test func aCapacityBeforeAProductsProjectIsPartOfItsName() {
    // test17 State Council 22, a 函 on a province's requests: 60万吨 names the ethylene project.
    #expect(statistics("一、关于60万吨乙烯项目问题。", title: "国务院办公厅关于四川省在温家宝总理考察工作时所提问题和建议办理情况的函").isEmpty)
}

@Test func aRunOfYearsOfAnEventAfterDeIsAStatistic() throws {
    // test17, the NPC's 1962 resolution on the work report: 连续三年 counts the years of the disasters 的 opens.
    let disasters = try statistic("三年", in: "在这期间，我国发生了连续三年的严重自然灾害，我国的国民经济遇到了很大的困难。",
                                  title: "第二届全国人民代表大会第三次会议关于政府工作报告的决议")
    #expect(disasters.value == .number(DecimalNumber(3)) && disasters.unit == "年" && disasters.indicator == "严重自然灾害")
}

@Test func whatJiangOrAModalsDuiTakesAsItsObjectIsWhatTheFigureMeasures() throws {
    // test17 State Council 02: 将 and 可对 open the object a verb after the figure disposes of.
    let title = "国务院办公厅关于有效发挥政府性融资担保基金作用切实支持小微企业和“三农”发展的指导意见"
    let rate = try statistic("1%以下", in: "各级政府性融资担保、再担保机构要在可持续经营的前提下，适时调降再担保费率，引导合作机构逐步将平均担保费率降至1%以下。",
                             title: title)
    #expect(rate.indicator == "平均担保费率")
    let size = try statistic("500万元", in: "有条件的地方可对单户担保金额500万元及以下、平均担保费率不超过1%的担保业务给予适当担保费补贴，提升融资担保机构可持续经营能力。",
                             title: title)
    #expect(size.indicator == "单户担保金额")
    // test10/test11's 2025 and 2017 reports: a 对 opening a name stays in it.
    let contribution = try statistic("30%左右", in: "主要表现在，经济规模稳步扩大，国内生产总值达到134.9万亿元、增长5%，增速居世界主要经济体前列，对全球经济增长的贡献率保持在30%左右。",
                                     title: "2025年中华人民共和国国务院政府工作报告")
    #expect(contribution.indicator == "对全球经济增长的贡献率")
}

@Test func aCountsVerbWithItsAdverbLeavesWhatItHasCounted() throws {
    // test16, the 1954 report: the co-operatives have the base co-operatives that are counted.
    let societies = try statistic("三萬一千餘個", in: "供銷合作社和消費合作社在今年上半年已有基層社三萬一千餘個，社員一億六千五百五十二萬餘人，成爲國營商業的强大助手。",
                                  title: "1954年中华人民共和国国务院政府工作报告")
    #expect(societies.indicator == "基層社")
}

@Test func aCountedNounEndsBeforeTheVerbItsRunWasCutInside() throws {
    // test17 State Council 22, test16's 1954 report, test14 State Council 08: 落实, 完成, 组成 after the counted noun.
    let text = "目前该项目的主要问题是资金筹措上有缺口，项目原估算总投资5亿元，进一步研究论证后，总投资相应调整约为8.5亿元，国家有关部门已承诺负担原估算投资5亿元的2/3，后增加的3.5亿元资金尚未落实。"
    #expect(try statistic("3.5亿元", in: text, title: "国务院办公厅关于四川省在温家宝总理考察工作时所提问题和建议办理情况的函").indicator == "资金")
    let projects = try statistic("五十一個", in: "一九五四年新建、改建和續建的重大工業建設項目共有三百個，預計在本年內可以有五十一個重大項目完成建設。",
                                 title: "1954年中华人民共和国国务院政府工作报告")
    #expect(projects.indicator == "重大項目")
    let delegates = try statistic("1名", in: "联合采购办公室由试点城市各派1名代表组成。", title: "国务院办公厅关于印发国家组织药品集中采购和使用试点方案的通知")
    #expect(delegates.indicator == "代表")
}

@Test func aBoundOrAnApproximationBeforeTheFigureIsNoPartOfItsName() throws {
    // test15 State Council 23 (均小于) and test16's 1954 report (約有).
    let magnitude = try statistic("2.0级", in: "自2004年3月8日至7月7日，马鬃山地震监测在25公里范围内共记录到振动事件567次，震级均小于2.0级。",
                                  title: "国务院办公厅关于湖北省巴东县地质灾害险情有关问题的复函")
    #expect(magnitude.indicator == "震级")
    let projects = try statistic("六百個", in: "我國在第一個五年計劃期間新建和改建的重大工業建設項目約有六百個，大家所知道的蘇聯協助我國建設的一百四十一個項目就是其中的骨幹。",
                                 title: "1954年中华人民共和国国务院政府工作报告")
    #expect(projects.indicator == "重大工業建設項目")
}

@Test func aLettersFactsOfTheYearItIsWrittenAreResults() throws {
    // test15 State Council 23: the experts' findings attached to a reply of 2004, dated 2004 by their lead-in, are the case, not aims.
    let text = "在有了进一步地震监测资料的基础上，2004年9月21日—23日，国土资源部再次组织了以华中科技大学刘广润院士为组长的更大范围的专家组，"
        + "对马鬃山村房屋开裂等有关情况进行了现场调查，听取了地方政府和湖北省地震局等有关单位的汇报，进行了讨论，形成调查意见如下：\n"
        + "据地方政府介绍，马鬃山村面积10.92平方公里，共13个村民小组，505户1748人。"
    let found = statistics(text, title: "国务院办公厅关于湖北省巴东县地质灾害险情有关问题的复函")
    let people = try #require(found.first { $0.text == "1748人" })
    #expect(people.role == .actual)
    #expect(people.period == "2004")
}

@Test func aDeadlineOrASpanBeforeShiXianOpensWhatIsToBeReached() throws {
    // test6's 十五大: the first decade is when; what doubles follows 实现.
    let doubling = try statistic("一番", in: "展望下世纪，我们的目标是，第一个十年实现国民生产总值比二零零零年翻一番，使人民的小康生活更加宽裕，形成比较完善的社会主义市场经济体制；再经过十年的努力，到建党一百年时，使国民经济更加发展，各项制度更加完善；到世纪中叶建国一百年时，基本实现现代化，建成富强民主文明的社会主义国家。",
                                 title: "高举邓小平理论伟大旗帜，把建设有中国特色社会主义事业全面推向二十一世纪_(十五大)")
    #expect(doubling.indicator == "国民生产总值")
}

@Test func aModifierThatSaysWhereScopesTheNameOfWhatIsCounted() throws {
    // test7's 1959 report: 工业中的 says where the engineers work.
    let engineers = try statistic("十七万五千人", in: "一九五七年全国工业中的工程技术人员达到十七万五千人，比一九五二年的五万八千人增长两倍；工业和基本建设方面的职工达到一千零一十九万人，比一九五二年的六百一十五万人增长百分之六十六。",
                                  title: "1959年中华人民共和国国务院政府工作报告")
    #expect(engineers.indicator == "工程技术人员")
}

@Test func aClassOrASumOpeningAPhraseIsNoPartOfTheName() throws {
    // test12's 1955 report (属于) and test10's 2025 report (合计).
    let investment = try statistic("四百二十七亿四千万元", in: "在五年经济建设和文化教育建设的支出总数中，属于基本建设投资的是四百二十七亿四千万元，占支出总数的百分之五十五点八。",
                                   title: "1955年中华人民共和国国务院政府工作报告")
    #expect(investment.indicator == "基本建设投资")
    let debt = try statistic("11.86万亿元", in: "今年合计新增政府债务总规模11.86万亿元、比上年增加2.9万亿元，财政支出强度明显加大。",
                             title: "2025年中华人民共和国国务院政府工作报告")
    #expect(debt.indicator == "新增政府债务总规模")
}

@Test func aPlanThatNamesAnIssuedTextAndTheYearsARecordIsMeasuredAgainstDateNothing() throws {
    // test12's 2012 report, in its review of 2011: “十二五” names a work plan, 1985年以来 the record the growth set.
    let title = "2012年中华人民共和国国务院政府工作报告"
    let headings = ["一、2011年工作回顾"]
    let capacity = try statistic("3356万千瓦", in: "推进节能减排和生态环境保护。发布实施“十二五”节能减排综合性工作方案、控制温室气体排放工作方案和加强环境保护重点工作的意见。清洁能源发电装机达到2.9亿千瓦，比上年增加3356万千瓦。",
                                 title: title, headings: headings)
    #expect(capacity.period == "2011" && capacity.role == .actual)
    let pensions = try statistic("1680元", in: "积极调整收入分配关系。着力提高低收入群众收入。农村居民人均纯收入实际增速为1985年以来最高，连续两年快于城镇居民；各地普遍较大幅度调高最低工资标准；连续第7年提高企业退休人员基本养老金，全年人均增加1680元，5700多万人受益。",
                                 title: title, headings: headings)
    #expect(pensions.period == "2011" && pensions.role == .actual)
}

/// A section's text kept as a test resource (a table as ingestion writes its rows).
private func fixture(_ name: String) throws -> String {
    let url = try #require(Bundle.module.url(forResource: name, withExtension: "txt", subdirectory: "Fixtures"))
    return try String(contentsOf: url, encoding: .utf8)
}

@Test func aTableThatStatesItsUnitIsAGridOfFiguresNamedByColumnAndGivenForTheRow() throws {
    // test18 State Council 52's attachment: 单位：人 over two header rows, a total and nineteen provinces, five columns each.
    let title = "国务院办公厅转发国家教委关于内地西藏班（校）扩大规模有关问题请示的通知"
    let document = Document(source: "52-" + title + ".html", index: 1, title: title, metadata: [MetadataField(key: "文号", value: "国办发〔1996〕32号")],
                            sections: [Section(path: ["附"], level: 1, text: try fixture("sc52-enrolment-plan-table"))])
    let found = StatisticExtractor().statistics(in: document)
    let grid = found.filter { $0.dimension != nil }
    #expect(grid.count == 100)
    #expect(grid.allSatisfy { $0.unit == "人" && $0.kind == .count })
    func cell(_ row: String, _ text: String, _ indicator: String) throws -> Statistic {
        try #require(grid.first { $0.dimension == row && $0.text == text && $0.indicator == indicator }, "\(row) \(text) \(indicator)")
    }
    let enrolled = try cell("总计", "1445", "招生人数")
    #expect(enrolled.value == .number(DecimalNumber(1445)) && enrolled.role == .actual && enrolled.period == "1995" && enrolled.aspect == .level)
    let added = try cell("总计", "555", "扩招")
    #expect(added.aspect == .change && added.direction == .up && added.role == .target && added.period == "1996-1998")
    let planned = try cell("江苏", "120", "招生任务")
    #expect(planned.role == .target && planned.period == "1996" && planned.sentence == "江苏 | 100 | 100 | 120 | 140 | 200")
    // 120（扩招）: the aside in brackets is no part of the figure.
    #expect(try cell("广东", "120", "招生人数").period == "1995")
    // The same rows with no unit stated are what stats19 left: bare numbers alone in their cells, no statistics.
    let rows = try fixture("sc52-enrolment-plan-table").split(separator: "\n").filter { $0.contains(" | ") }.joined(separator: "\n")
    #expect(statistics(rows, title: title).allSatisfy { $0.dimension == nil && $0.unit == nil })
    // A unit stated in a column's header (a variant of the table: 1995年招生人数（人）) is that column's alone.
    let columnUnit = rows.replacingOccurrences(of: "1995年招生人数", with: "1995年招生人数（人）")
    let first = statistics(columnUnit, title: title).filter { $0.dimension != nil }
    #expect(first.count == 20 && first.allSatisfy { $0.indicator == "招生人数" && $0.unit == "人" })
}

@Test func aTableWithoutAStatedUnitKeepsItsNumbersOutOfTheStatistics() {
    // test16 State Council 44: boundary points' coordinates under a numbered column, no unit stated.
    let rows = "坐标 编号 | X坐标 | Y坐标 | 说　明\n1 | 15172.500 | 103655.000 |\n2 | 14829.000 | 103655.000 |\n10 | 14239.958 | 103436.862 | 圆曲线中点，半径48.25米"
    let found = statistics(rows, title: "国务院关于授权香港特别行政区实施管辖的深圳湾口岸港方口岸区范围和土地使用期限的批复")
    #expect(found.map(\.text) == ["48.25米"])
}

@Test func aSpanOfMonthsAndAMagnitudeMarkingOutAClassOfQuakesAreNoStatistics() {
    // test18 State Council 50: the stages of the clean-up are dated by spans of months.
    let stages = "1997年4―6月，由社会团体根据清理整顿的规定和要求，结合近年来工作、活动情况进行自查并填写《清理整顿报告书》。"
    #expect(statistics(stages, title: "国务院办公厅转发民政部关于清理整顿社会团体意见的通知").allSatisfy { $0.kind == .period })
    // test18 State Council 51: the forecast's classes of quakes; the past quakes' magnitudes stay.
    let title = "国务院办公厅转发国家地震局关于1997年地震趋势和加强防震减灾工作意见报告的通知"
    let forecast = "今后几年，我国大陆地震活动仍将处于本世纪以来第五个地震活跃期的高潮阶段，将发生几次7级左右强震，并且很可能发生7.5级以上特大地震。"
    #expect(statistics(forecast, title: title).isEmpty)
    #expect(statistics("今后几年发生多次5―6级或6级以上地震的可能性较大。", title: title).isEmpty)
    #expect(statistics("自1995年7月12日云南孟连中缅边界发生7.3级强震后，我国大陆地区相继发生了2月3日云南丽江7.0级中强地震。", title: title)
        .map(\.text) == ["7.3级", "7.0级"])
}

@Test func twentyFourHoursAsAWayOfWorkingIsNoStatisticWhileALimitIs() {
    // test18 State Council 41, the grain emergency plan: a duty kept round the clock; its reporting limit stays a figure.
    let title = "国务院办公厅关于印发国家粮食应急预案的函"
    #expect(statistics("国家粮食应急工作指挥部办公室必须24小时值班，及时记录并反映有关情况。", title: title).isEmpty)
    #expect(statistics("各地要24小时监测本地区粮食市场动态，重大情况要在第一时间上报。", title: title).isEmpty)
    // 网络数据安全管理条例: a limit within 24 hours.
    #expect(statistics("网络数据处理者还应当在24小时内向有关主管部门报告。", title: "网络数据安全管理条例").map(\.text) == ["24小时内"])
}

@Test func aRulesThresholdsTermsAndQuotasAreStatistics() {
    // test18 State Council 50: the conditions a social organisation must meet.
    let cleanup = "国务院办公厅转发民政部关于清理整顿社会团体意见的通知"
    #expect(statistics("专职工作人员应身体健康，能够坚持正常工作，任期一般不超过两届，年龄一般不超过70周岁。", title: cleanup).map(\.text) == ["不超过两届", "不超过70周岁"])
    #expect(statistics("非法人社会团体还应有固定的联络地点、5000元以上的资金和兼职工作人员。", title: cleanup).map(\.text) == ["5000元以上"])
    // test18 State Council 52: people before a task are its quota.
    #expect(statistics("（其中1995年广东省、福建省共落实了165名扩招任务）。", title: "国务院办公厅转发国家教委关于内地西藏班（校）扩大规模有关问题请示的通知")
        .map(\.text) == ["165名"])
}

@Test func aLimitAnOpinionOrAPlanSetsIsAStandingRuleOfNoYear() throws {
    // test18 State Council 50 (a forwarded opinion's conditions) and 41 (a plan's reporting limit), test17 State Council 02.
    let age = try statistic("不超过70周岁", in: "6.秘书长以上负责人（不含名誉职务）应身体健康，能够坚持正常工作，任期一般不超过两届，年龄一般不超过70周岁。",
                            title: "国务院办公厅转发民政部关于清理整顿社会团体意见的通知")
    #expect(age.role == .other)
    #expect(age.period == nil)
    let report = try statistic("不超过4个小时", in: "4.2.1　出现国家级（Ⅰ级）粮食应急状态时，国家粮食应急工作指挥部必须按照本预案的规定，在接到有关信息报告后，立即向国务院上报有关情况（最迟不超过4个小时），请示启动本预案。",
                               title: "国务院办公厅关于印发国家粮食应急预案的函")
    #expect(report.role == .other)
    let fee = try statistic("不超过1.5%", in: "其中，对单户担保金额500万元及以下的小微企业和“三农”主体收取的担保费率原则上不超过1%，对单户担保金额500万元以上的小微企业和“三农”主体收取的担保费率原则上不超过1.5%。",
                            title: "国务院办公厅关于有效发挥政府性融资担保基金作用切实支持小微企业和“三农”发展的指导意见")
    #expect(fee.role == .other)
    // test4's 2007 report: a work report's bound is read as its other figures are (the year's aim, in its targets), no rule.
    let jobs = try statistic("不低于900万人", in: "城镇新增就业人数不低于900万人，城镇登记失业率控制在4.6%以内；", title: "2007年中华人民共和国国务院政府工作报告")
    #expect(jobs.role != .other)
}

@Test func aMagnitudeAndAPlacesHouseholdsAndPeopleAreNamedByTheirUnits() throws {
    // test18 State Council 51 (a forwarded report) and test15 State Council 23 (a reply).
    let quake = try statistic("7.3级", in: "自1995年7月12日云南孟连中缅边界发生7.3级强震后，相隔仅半年多的时间，我国大陆地区相继发生了2月3日云南丽江7.0级、3月19日新疆阿图什6.9级中强地震或强震。",
                              title: "国务院办公厅转发国家地震局关于1997年地震趋势和加强防震减灾工作意见报告的通知")
    #expect(quake.indicator == "震级")
    let found = statistics("据地方政府介绍，马鬃山村面积10.92平方公里，共13个村民小组，505户1748人。",
                           title: "国务院办公厅关于湖北省巴东县地质灾害险情有关问题的复函")
    #expect(found.first { $0.text == "505户" }?.indicator == "户数")
    #expect(found.first { $0.text == "1748人" }?.indicator == "人口")
    // The people of households a clause names are of what it names (Corpus/'s town report).
    let monitored = try statistic("71人", in: "严格落实“四个不摘”要求，对脱贫户和监测户开展常态化排查，全年新识别监测对象23户71人，全部落实帮扶措施，未发生规模性返贫。",
                                  title: "柳河镇人民政府工作报告（摘要）")
    #expect(monitored.indicator == "新识别监测对象")
    // A grade is no magnitude: 三级 has no decimal.
    #expect(SubjectFinder(scan: ScanText("三级")).unitName(of: 0..<2, unit: "级") == nil)
}

@Test func theEventAClauseCountsFromDatesThatEventOnly() throws {
    // test18 State Council 51: the quakes after 自1995年…后 are of the year the paragraph opened with.
    let text = "1996年，在全球地震活跃的大背景下，我国共发生5级以上地震38次，其中大陆地区26次。自1995年7月12日云南孟连中缅边界发生7.3级强震后，"
        + "相隔仅半年多的时间，我国大陆地区相继发生了2月3日云南丽江7.0级、3月19日新疆阿图什6.9级中强地震或强震。"
    let found = statistics(text, title: "国务院办公厅转发国家地震局关于1997年地震趋势和加强防震减灾工作意见报告的通知")
    #expect(found.first { $0.text == "7.3级" }?.period == "1995")
    #expect(found.first { $0.text == "7.0级" }?.period == "1996")
    #expect(found.first { $0.text == "6.9级" }?.period == "1996")
}

@Test func aRulesAmountForAListOfPlacesIsOfTheQuantityTheTitleSets() throws {
    // test18's Beijing decision: the districts say where, 每平方米 the base; the title names the amount.
    let title = "北京市人民代表大会常务委员会关于北京市耕地占用税适用税额的决定"
    let text = "朝阳区、海淀区、丰台区、石景山区、通州区为每平方米四十五元；门头沟区、房山区、顺义区、昌平区、大兴区、平谷区、怀柔区、密云区为每平方米四十二元；"
        + "延庆区为每平方米三十五元。"
    let found = statistics(text, title: title, headings: ["一、北京市各区耕地占用税的适用税额"])
    for amount in ["四十五元", "四十二元", "三十五元"] {
        #expect(found.first { $0.text == amount }?.indicator == "耕地占用税适用税额", "\(amount)")
    }
    // The list's number and the city the decision is for are no part of a name (北京市 scopes as 全市 does).
    let threshold = try statistic("零点五亩", in: "二、北京市人均耕地低于零点五亩的区，不提高耕地占用税的适用税额。", title: title)
    #expect(threshold.indicator == "人均耕地")
    #expect(IndicatorName.topic(ofTitle: title) == "耕地占用税适用税额")
    #expect(IndicatorName.place(ofTitle: title) == "北京市")
    #expect(IndicatorName.place(ofTitle: "城市道路管理条例") == nil)
    #expect(IndicatorName.topic(ofTitle: "国务院关于调整城镇土地使用税税额标准的通知") == "城镇土地使用税税额标准")
    #expect(IndicatorName.topic(ofTitle: "国务院关于加快推进农业机械化和农机装备产业转型升级的指导意见") == nil)
}

@Test func aPlacesConstantsAreOfNoYearUnderALeadInThatDatesTheFindings() throws {
    // test15 State Council 23: the findings of 2004 give the village's area and distances, which no year dates; its people are of 2004.
    let text = "在有了进一步地震监测资料的基础上，2004年9月21日—23日，国土资源部再次组织了以华中科技大学刘广润院士为组长的更大范围的专家组，"
        + "对马鬃山村房屋开裂等有关情况进行了现场调查，听取了地方政府和湖北省地震局等有关单位的汇报，进行了讨论，形成调查意见如下：\n"
        + "马鬃山村属湖北省巴东县官渡口镇，位于长江南岸海拔高程480—560米左右的山间洼地区，距江边700—800米，西距重庆市巫山县培石集镇5公里。\n"
        + "据地方政府介绍，马鬃山村面积10.92平方公里，共13个村民小组，505户1748人。"
    let found = statistics(text, title: "国务院办公厅关于湖北省巴东县地质灾害险情有关问题的复函")
    #expect(found.first { $0.text == "10.92平方公里" }?.period == nil)
    #expect(found.first { $0.text == "5公里" }?.period == nil)
    #expect(found.first { $0.text == "1748人" }?.period == "2004")
}

@Test func aSchedulesTierWhoseRateFollowsIsARangeOfTheRule() throws {
    // test19's fee schedule (诉讼费用交纳办法 第十三条) and the Supreme People's Court's pay rule: 超过A至B的部分 followed by the
    // part's rate is a tier, one range in A's unit; 超过A的部分 its bound. A report's bracket without a rate stays no figure
    // (对小微企业年应纳税所得额100万元至300万元部分，再减半征收企业所得税, above).
    let tier = try statistic("超过1万元至10万元", in: "2．超过1万元至10万元的部分，按照2.5%交纳；", title: "诉讼费用交纳办法")
    #expect(tier.value == .number(DecimalNumber(1)) && tier.maximum?.description == "10")
    #expect(tier.unit == "万元")
    #expect(tier.approx)
    #expect(try statistic("2.5%", in: "2．超过1万元至10万元的部分，按照2.5%交纳；", title: "诉讼费用交纳办法").unit == "%")
    let bound = try statistic("超过2000万元", in: "10．超过2000万元的部分，按照0.5%交纳。", title: "诉讼费用交纳办法")
    #expect(bound.value == .number(DecimalNumber(2000)) && bound.maximum == nil)
    #expect(bound.approx)
    let payTier = try statistic("超过一百万元至五百万元", in: "（二）超过一百万元至五百万元的部分，在10%以下确定；",
                                title: "最高人民法院关于审理企业破产案件确定管理人报酬的规定")
    #expect(payTier.value == .number(DecimalNumber(100)) && payTier.maximum?.description == "500")
    #expect(payTier.unit == "万元")
}

@Test func aRangeAcrossScalesIsReadInItsLowBoundsUnit() throws {
    // test19's pay rule and fee schedule: the high bound written in a larger unit (一亿元, 1万元) is read in the low one's.
    let tier = try statistic("超过五千万元至一亿元", in: "（五）超过五千万元至一亿元的部分，在3%以下确定；",
                             title: "最高人民法院关于审理企业破产案件确定管理人报酬的规定")
    #expect(tier.value == .number(DecimalNumber(5000)) && tier.maximum?.description == "10000")
    #expect(tier.unit == "万元")
    let fee = try statistic("1000元至1万元", in: "1．申请设立海事赔偿责任限制基金的，每件交纳1000元至1万元；", title: "诉讼费用交纳办法")
    #expect(fee.value == .number(DecimalNumber(1000)) && fee.maximum?.description == "10000")
    #expect(fee.unit == "元")
}

@Test func aRulesClassBoundsTermsInYearsAndMonthsAreItsStatistics() {
    // The laws sample of the twenty-first session (Scripts/gold/statistics-laws-sample/sample21.tsv): a rule's threshold that
    // marks out a class, its terms in years and its months from an event (气枪铅弹5000发以上 stays missed: 发 is no unit).
    let payments = "最高人民法院、最高人民检察院关于办理非法从事资金支付结算业务、非法买卖外汇刑事案件适用法律若干问题的解释"
    #expect(statistics("（二）违法所得数额在十万元以上的。", title: payments).map(\.text) == ["十万元以上"])
    #expect(statistics("（二）其他绿地上十株以上或者胸径在二十五厘米以上的树木。", title: "上海市绿化条例").map(\.text).contains("二十五厘米以上"))
    #expect(statistics("澳门特别行政区行政长官任期五年，可连任一次。", title: "澳门特别行政区基本法").map(\.text) == ["五年"])
    #expect(statistics("超过10年的，每6个月检验1次；", title: "道路交通安全法实施条例").map(\.text).contains("超过10年"))
    #expect(statistics("以不正当手段取得医师资格证书或者医师执业证书的，由发给证书的卫生健康主管部门予以撤销，三年内不受理其相应申请。",
                       title: "医师法").map(\.text) == ["三年内"])
    #expect(statistics("工程建设破坏地质地貌景观的，建设单位应当在工程竣工后六个月内予以治理。", title: "山东省地质环境保护条例")
        .map(\.text) == ["六个月内"])
    // test19's State Council 18 (two regulations issued by a notice) and 淄博市国土绿化条例.
    let conversion = "国务院办公厅关于印发文化体制改革中经营性文化事业单位转制为企业和进一步支持文化企业发展两个规定的通知"
    #expect(statistics("（二十三）经营性文化事业单位转制为企业后，五年内免征企业所得税。", title: conversion).map(\.text) == ["五年内"])
    #expect(statistics("2018年12月31日之前已完成转制的企业，自2019年1月1日起可继续免征五年企业所得税。", title: conversion)
        .map(\.text).contains("五年"))
    let greening = "淄博市国土绿化条例"
    #expect(statistics("（二）坡度25度以上的坡地、坡耕地;", title: greening).map(\.text) == ["25度以上"])
    #expect(statistics("（七）迹地绿化:火烧迹地、采伐迹地一年内绿化率95％以上。", title: greening).map(\.text) == ["一年内", "95％以上"])
    #expect(statistics("（一）连续2年未完成绿化任务的;", title: greening).map(\.text) == ["2年"])
    // A report's class and span stay names: the 1960 report's 一百斤以上的 (above), 过去五年.
    #expect(statistics("总计亩产皮棉六十斤、八十斤或者一百斤以上的，共有二百零四个县。", title: "1960年国务院政府工作报告").map(\.text) == ["二百零四个县"])
    #expect(statistics("过去五年，我们攻坚克难。").isEmpty)
}

@Test func aFractionAndAMultipleUnderABoundAreShares() throws {
    // The laws sample: 三分之二以上 in 芜湖市既有多层住宅增设电梯规定, 一倍以下 in 矿产资源法实施细则.
    let lift = try statistic("三分之二以上", in: "公示期满后，该单元（梯）房屋专有部分占该单元（梯）总建筑面积三分之二以上的业主且占总人数三分之二以上的业主应当书面签署同意改造意见。",
                             title: "芜湖市既有多层住宅增设电梯规定")
    #expect(lift.value == .number(DecimalNumber(2)) && lift.unit == "/3")
    #expect(lift.approx)
    #expect(lift.aspect == .share)
    let fine = try statistic("一倍以下", in: "(五)违反规定收购和销售国家规定统一收购的矿产品的，处以违法所得一倍以下的罚款；", title: "矿产资源法实施细则")
    #expect(fine.value == .number(DecimalNumber(1)) && fine.unit == "倍")
    #expect(fine.aspect == .share)
    // A bound opening the clause bounds a figure of part of what it names: the laws sample's 滨州市供热条例, test7's 1959 report.
    #expect(try statistic("百分之三十", in: "收费按照基本热价和计量热价相结合的两部制热价核算，基本热价不得超过单位面积热价的百分之三十。",
                          title: "滨州市供热条例").approx)
    #expect(try statistic("三分之二", in: "这些限额以上的建设项目的投资额，约占全年投资总额的三分之二。", title: "1959年国务院政府工作报告").approx)
    // test3's 1983 report: a multiple after 高出 is a change, not a share.
    let retail = try statistic("四倍多", in: "一九八二年同一九七八年相比，社会商品零售总额由一千五百五十九亿元增加到二千五百七十亿元，增长百分之六十四点八，平均每年增加二百五十三亿元，比一九七八年前的二十六年平均每年增加四十九亿元，高出四倍多。",
                               title: "1983年国务院政府工作报告")
    #expect(retail.aspect == .change && retail.direction == .up)
    // test19: 1/3 of a fee and the Zibo fine's 2倍 are shares too.
    #expect(try statistic("1/3", in: "(三)依法申请支付令的，比照财产案件受理费标准的1/3交纳。", title: "诉讼费用交纳办法").aspect == .share)
    #expect(try statistic("2倍", in: "第三十四条 违反本条例规定,有下列情形之一的,由林业行政主管部门责令限期完成绿化任务;逾期未完成的,处以完成绿化任务所需费用2倍的罚款；",
                          title: "淄博市国土绿化条例").aspect == .share)
}

@Test func aCoordinatesDegreesAndMinutesAreNoStatistics() {
    // The laws sample: 长江水域 bounded by points in degrees and minutes (外国籍船舶航行长江水域管理规定).
    let waters = "本规定所称长江水域，是指浏河口下游的浏黑屋(北纬31°30′、东经121°18′)与崇明岛施翘河口下游的施信杆(北纬31°37′、东经121°22′)联线沿长江向上至长江中游的北岸窑咀(北纬29°29′、东经113°6′)。"
    #expect(statistics(waters, title: "外国籍船舶航行长江水域管理规定").isEmpty)
    // A temperature in ℃ stays a figure (矿山安全法实施条例: ℃ is no unit yet, the number stays).
    #expect(statistics("井下作业地点的空气温度不得超过28℃；", title: "中华人民共和国矿山安全法实施条例").map(\.text) == ["不得超过28"])
}

@Test func aSchedulesLeadNamesTheFeesAndTheBoundsOfItsTiers() throws {
    // test19's fee schedule (诉讼费用交纳办法 第十三条): the words before a tier's figures (按照, 每件交纳, 部分) name nothing;
    // the lead of the list says what its figures set (案件受理费, for 财产案件) and what the tiers are reckoned from.
    let article = """
        案件受理费分别按照下列标准交纳：
        （一）财产案件根据诉讼请求的金额或者价额，按照下列比例分段累计交纳：
        1．不超过1万元的，每件交纳50元；
        2．超过1万元至10万元的部分，按照2.5%交纳；
        （二）非财产案件按照下列标准交纳：
        1．离婚案件每件交纳50元至300元。涉及财产分割，财产总额不超过20万元的，不另行交纳；超过20万元的部分，按照0.5%交纳。
        （四）劳动争议案件每件交纳10元。
        """
    let found = statistics(article, title: "诉讼费用交纳办法", headings: ["第十三条"])
    func indicator(_ text: String) -> String? { found.first { $0.text == text }?.indicator }
    #expect(indicator("不超过1万元") == "诉讼请求的金额或者价额")
    #expect(indicator("50元") == "财产案件受理费")
    #expect(indicator("超过1万元至10万元") == "诉讼请求的金额或者价额")
    #expect(indicator("2.5%") == "财产案件受理费")
    #expect(indicator("50元至300元") == "离婚案件受理费")
    #expect(indicator("超过20万元") == "财产总额")
    #expect(indicator("0.5%") == "离婚案件受理费")
    #expect(indicator("10元") == "劳动争议案件受理费")
    // The pay rule: its lead sets 管理人报酬 within limits of a ratio, reckoned from what the debtor finally pays off.
    let pay = statistics("""
        人民法院应根据债务人最终清偿的财产价值总额，在以下比例限制范围内分段确定管理人报酬：
        （一）不超过一百万元（含本数，下同）的，在12%以下确定；
        （二）超过一百万元至五百万元的部分，在10%以下确定；
        担保权人优先受偿的担保物价值，不计入前款规定的财产价值总额。
        """, title: "最高人民法院关于审理企业破产案件确定管理人报酬的规定", headings: ["第二条"])
    #expect(pay.first { $0.text == "12%以下" }?.indicator == "管理人报酬比例")
    #expect(pay.first { $0.text == "10%以下" }?.indicator == "管理人报酬比例")
    // 第十四条: an application too long to be a name (申请执行…的) is named by its verb; a short one by what is applied for.
    let applications = statistics("""
        申请费分别按照下列标准交纳：
        (一)依法向人民法院申请执行人民法院发生法律效力的判决、裁定、调解书，仲裁机构依法作出的裁决和调解书，公证机关依法赋予强制执行效力的债权文书，申请承认和执行外国法院判决、裁定以及国外仲裁机构裁决的，按照下列标准交纳：
        1．没有执行金额或者价额的，每件交纳50元至500元。
        (五)申请撤销仲裁裁决或者认定仲裁协议效力的，每件交纳400元。
        """, title: "诉讼费用交纳办法", headings: ["第十四条"])
    #expect(applications.first { $0.text == "50元至500元" }?.indicator == "执行申请费")
    #expect(applications.first { $0.text == "400元" }?.indicator == "撤销仲裁裁决或者认定仲裁协议效力申请费")
    #expect(pay.first { $0.text == "超过一百万元至五百万元" }?.indicator == "债务人最终清偿的财产价值总额")
}

@Test func aRulesTimeLimitIsNamedByWhatMustBeDoneInIt() throws {
    // test19's pay rule and fee rule: the gold names a limit "<act>期限"; the words before it (人民法院应当自…之日起) name nothing.
    let title = "最高人民法院关于审理企业破产案件确定管理人报酬的规定"
    #expect(try statistic("三日内", in: "人民法院应当自确定管理人报酬方案之日起三日内，书面通知管理人。", title: title).indicator == "书面通知管理人期限")
    #expect(try statistic("十日内", in: "人民法院应当自收到上述申请书之日起十日内，确定支付管理人的报酬数额。", title: title).indicator
        == "确定支付管理人的报酬数额期限")
    #expect(try statistic("十日内", in: "人民法院应当自收到债权人会议异议书之日起十日内，就是否调整管理人报酬问题书面通知管理人、债权人委员会或者债权人会议主席。",
                          title: title).indicator == "书面通知管理人期限")
    #expect(try statistic("15日内", in: "复核决定应当自收到当事人申请之日起15日内作出。", title: "诉讼费用交纳办法").indicator == "复核决定期限")
    // test17's 专利代理条例: the decision to be made names its limit.
    #expect(try statistic("20日内", in: "国务院专利行政部门应当自受理申请之日起20日内作出是否颁发专利代理机构执业许可证的决定。", title: "专利代理条例").indicator
        == "颁发专利代理机构执业许可证决定期限")
}

@Test func aHolidaysLengthARatesBaseNounAndARulesModalAreReadForTheName() throws {
    // test19 SC 38: the holiday's label is the section's heading (一、元旦), its length named by it.
    let holiday = statistics("2018年12月30日至2019年1月1日放假调休，共3天。", title: "国务院办公厅关于2019年部分节假日安排的通知", headings: ["一、元旦"])
    #expect(holiday.first { $0.text == "3天" }?.indicator == "元旦放假天数")
    // test19's Beijing decision: 为每污染当量 is the base of the rate, no part of its name.
    let title = "北京市人民代表大会常务委员会关于北京市应税大气污染物和水污染物环境保护税适用税额的决定"
    #expect(try statistic("12元", in: "本市应税大气污染物适用税额为每污染当量12元。", title: title).indicator == "应税大气污染物适用税额")
    // test19's Zibo regulation: 应当 before the link says what must be; the name is 森林覆盖率, not 率.
    #expect(try statistic("38％以上", in: "全市森林覆盖率应当达到38％以上。", title: "淄博市国土绿化条例").indicator == "森林覆盖率")
}

@Test func aTermTheRuleDefinesNamesItsFiguresWhole() throws {
    // test20's royalty schedule: (以下称播放时间比例) defines the name its bands use; 播放 is no verb taken off it, and 相应 says
    // which rate, not what it is.
    let bands = statistics("""
        第五条 以本办法第四条第(一)项规定方式确定向著作权人支付报酬的数额的，自本办法施行之日起5年内，按照下列付酬标准协商支付报酬的数额：
        (一)播放录音制品的时间占本台或者本频道(频率)播放节目总时间的比例(以下称播放时间比例)不足1%的，付酬标准为0.01%；
        (二)播放时间比例为1%以上不足3%的，付酬标准为0.02%；
        (三)播放时间比例为3%以上不足6%的，相应的付酬标准为0.09%到0.15%，播放时间比例每增加1%，付酬标准相应增加0.03%；
        """, title: "广播电台电视台播放录音制品支付报酬暂行办法")
    #expect(bands.first { $0.text.hasSuffix("不足1%") }?.indicator == "播放时间比例")
    #expect(bands.first { $0.text == "1%以上不足3%" }?.indicator == "播放时间比例")
    #expect(bands.first { $0.text == "3%以上不足6%" }?.indicator == "播放时间比例")
    #expect(bands.first { $0.text == "0.09%到0.15%" }?.indicator == "付酬标准")
    #expect(bands.first { $0.text == "0.03%" }?.indicator == "付酬标准")
}

@Test func aRulesAgeIsNamedByWhoseAgeItIs() throws {
    // test20's 军人抚恤优待条例: the gold names an age "<persons>年龄"; the second of a pair is the first's.
    let title = "军人抚恤优待条例"
    let children = statistics("（二）子女未满18周岁或者已满18周岁但因上学或者残疾无生活费来源的；", title: title)
    #expect(children.map(\.indicator) == ["子女年龄", "子女年龄"])
    let siblings = statistics("没有父母（抚养人）、配偶、子女的，发给未满18周岁的兄弟姐妹和已满18周岁但无生活费来源且由该军人生前供养的兄弟姐妹。", title: title)
    #expect(siblings.first?.indicator == "兄弟姐妹年龄")
    #expect(try statistic("满60周岁", in: "国家按照规定为符合条件的参战退役军人、带病回乡退役军人、年满60周岁农村籍退役士兵发放定期生活补助。", title: title).indicator
        == "农村籍退役士兵年龄")
    // test12 State Council 39: the persons after the range.
    #expect(try statistic("16—24岁", in: "将就业见习补贴范围由离校未就业高校毕业生扩展至16—24岁失业青年；",
                          title: "国务院关于做好当前和今后一个时期促进就业工作的若干意见").indicator == "失业青年年龄")
    // test18 State Council 50: an age the text names by 年龄 keeps it.
    #expect(try statistic("不超过70周岁", in: "秘书长以上负责人（不含名誉职务）应身体健康，能够坚持正常工作，任期一般不超过两届，年龄一般不超过70周岁。",
                          title: "国务院办公厅转发民政部关于清理整顿社会团体意见的通知").indicator == "年龄")
}

@Test func aSuspensionsTermIsNamedByTheSuspension() throws {
    // test20's 海关行政处罚实施条例: the term stands between 暂停其 and the act suspended.
    let term = try statistic("6个月以内", in: "可以对报关企业处货物价值10%以下罚款，暂停其6个月以内从事报关业务或者执业；情节严重的，撤销其报关注册登记。",
                             title: "海关行政处罚实施条例")
    #expect(term.indicator == "暂停从事报关业务或者执业期限")
}

@Test func aListThatGivesAStandardOrAnIncrementNamesItsItemsByWhatItSets() throws {
    // test20's 军人抚恤优待条例: 护理费的标准为： opens a list of shares of a wage (the wage is their base, not their name); 按照下列比例
    // 增发一次性抚恤金： a list of the increment's ratios.
    let title = "军人抚恤优待条例"
    let care = statistics("""
        第三十四条 对退出现役时分散供养的一级至四级残疾军人发给护理费，护理费的标准为：
        （一）因战、因公一级和二级残疾的，为当地上一年度城镇单位就业人员月平均工资的50%；
        （二）因战、因公三级和四级残疾的，为当地上一年度城镇单位就业人员月平均工资的40%。
        """, title: title)
    #expect(care.filter { $0.unit == "%" }.map(\.indicator) == ["护理费", "护理费"])
    let increments = statistics("""
        第十六条 服现役期间获得功勋荣誉表彰的军人被评定为烈士的，其遗属在应当享受的一次性抚恤金的基础上，由县级人民政府退役军人工作主管部门按照下列比例增发一次性抚恤金：
        （一）获得勋章或者国家荣誉称号的，增发40%；
        （二）获得党中央、国务院、中央军事委员会单独或者联合授予荣誉称号的，增发35%；
        """, title: title)
    #expect(increments.filter { $0.unit == "%" }.map(\.indicator) == ["一次性抚恤金增发比例", "一次性抚恤金增发比例"])
}

@Test func aPaymentIsNamedByWhatItIsMadeAsAndADailySurchargeByItsPenalty() throws {
    // test20's 军人抚恤优待条例: the months of a pension paid on are the funeral grant they are paid as.
    #expect(try statistic("6个月", in: "享受定期抚恤金的烈士遗属、因公牺牲军人遗属、病故军人遗属死亡的，继续发放6个月其原享受的定期抚恤金，作为丧葬补助。",
                          title: "军人抚恤优待条例").indicator == "丧葬补助")
    // test20's 海关行政处罚实施条例: the share of the fine is the surcharge's; the fine is its base.
    #expect(try statistic("3%", in: "（一）到期不缴纳罚款的，每日按罚款数额的3%加处罚款；", title: "海关行政处罚实施条例").indicator == "加处罚款")
}

@Test func aThresholdIsNamedByWhatItBoundsWithoutItsComparisonOrCurrency() throws {
    // test21's 股票发行与交易管理暂行条例: the bound (不少于, 超过) and the currency (人民币) stand between the name and the sum.
    let title = "股票发行与交易管理暂行条例"
    #expect(try statistic("不少于人民币三千万元", in: "（四）在公司拟发行的股本总额中，发起人认购的部分不少于人民币三千万元，但是国家另有规定的除外；",
                          title: title).indicator == "发起人认购的部分")
    let syndicate = statistics("第二十二条 拟公开发行股票的面值总额超过人民币三千万元或者预期销售总金额超过人民币五千万元的，应当由承销团承销。", title: title)
    #expect(syndicate.first { $0.text.hasSuffix("五千万元") }?.indicator == "预期销售总金额")
}

@Test func aShareBoundedAgainstABaseIsNamedByThePartTheRuleBounds() throws {
    // test21's 股票发行与交易管理暂行条例 and 企业所得税法实施条例: X不少于/不得超过/达到 Y的N% names X, written with its clause.
    let title = "股票发行与交易管理暂行条例"
    let shares = statistics("（五）向社会公众发行的部分不少于公司拟发行的股本总额的25%，其中公司职工认购的股本数额不得超过拟向社会公众发行的股本总额的10%；",
                            title: title)
    #expect(shares.filter { $0.unit == "%" }.map(\.indicator) == ["向社会公众发行的部分", "公司职工认购的股本数额"])
    #expect(try statistic("90%以上", in: "收购要约的有效期满，收购要约人持有的股票达到该公司股票总数的90%以上的，其余仍持有该公司股票的股东有权以同等条件向收购要约人强制出售其股票。",
                          title: title).indicator == "收购要约人持有的股票")
    #expect(try statistic("50%以上", in: "（一）修理支出达到取得固定资产时的计税基础50%以上；", title: "企业所得税法实施条例").indicator == "修理支出")
}

@Test func aHoldingsThresholdIsNamedByWhoHoldsWhat() throws {
    // test21's 股票发行与交易管理暂行条例: the holder, 持有 and what is held on both sides of the figure; how it is held is left out.
    let title = "股票发行与交易管理暂行条例"
    #expect(try statistic("5‰以上", in: "第四十六条 任何个人不得持有一个上市公司5‰以上的发行在外的普通股；超过的部分，由公司在征得证监会同意后收购。",
                          title: title).indicator == "个人持有上市公司发行在外的普通股")
    #expect(try statistic("30%", in: "第四十八条 发起人以外的任何法人直接或者间接持有一个上市公司发行在外的普通股达到30%时，应当自该事实发生之日起四十五个工作日内，向该公司所有股票持有人发出收购要约。",
                          title: title).indicator == "法人持有上市公司发行在外的普通股")
    #expect(try statistic("5%以上", in: "（十一）持有公司5%以上的发行在外的普通股的股东，其持有该种股票的增减变化每达到该种股票发行在外总额的2%以上的事实；",
                          title: title).indicator == "股东持有公司发行在外的普通股")
}

@Test func aListWhoseLeadNamesAQuantityNamesItsItemsFloors() throws {
    // test21's 企业所得税法实施条例: …的最低年限如下： names the years of every item after it (the class of assets is no part of it).
    let floors = statistics("""
        第六十条 除国务院财政、税务主管部门另有规定外，固定资产计算折旧的最低年限如下：
        (一)房屋、建筑物，为20年；
        (二)飞机、火车、轮船、机器、机械和其他生产设备，为10年；
        """, title: "企业所得税法实施条例")
    #expect(floors.map(\.indicator) == ["固定资产计算折旧的最低年限", "固定资产计算折旧的最低年限"])
}

@Test func aTimeLimitDoneTowardsAListOfPartiesIsNamedByTheAct() throws {
    // test21's 股票发行与交易管理暂行条例: whom a report is made to, a list, is no part of the act that names the limit.
    #expect(try statistic("三个工作日内", in: "任何法人持有一个上市公司5%以上的发行在外的普通股后，应当自该事实发生之日起三个工作日内，向该公司、证券交易场所和证监会作出书面报告并公告。",
                          title: "股票发行与交易管理暂行条例").indicator == "作出书面报告并公告期限")
}

@Test func aRulesCeilingOfABasesPartAndItsTiersAreItsStatistics() throws {
    // test21's 企业所得税法实施条例: the part of a deduction up to a share of its base is the rule's ceiling, bounded by 不超过…
    let title = "企业所得税法实施条例"
    let welfare = try statistic("14%", in: "第四十条 企业发生的职工福利费支出，不超过工资薪金总额14%的部分，准予扣除。", title: title)
    #expect(welfare.value == .number(DecimalNumber(14)) && welfare.unit == "%" && welfare.approx)
    // …and the two tiers of an exemption are its figures, though the next clause sets no rate (免征, 减半).
    let tiers = statistics("是指一个纳税年度内，居民企业技术转让所得不超过500万元的部分，免征企业所得税；超过500万元的部分，减半征收企业所得税。",
                           title: title)
    #expect(tiers.map(\.text) == ["不超过500万元", "超过500万元"] && tiers.allSatisfy(\.approx))
    // A ceiling of revenue written after 最高不得超过…的 is bounded too.
    #expect(try statistic("5‰", in: "第四十三条 企业发生的与生产经营活动有关的业务招待费支出，按照发生额的60%扣除，但最高不得超过当年销售(营业)收入的5‰。",
                          title: title).approx)
    // A report's bracket (不到100万元的部分) stays no figure.
    #expect(statistics("对小微企业和个体工商户年应纳税所得额不到100万元的部分，在现行优惠政策基础上，再减半征收所得税。").isEmpty)
}

@Test func aRulesFloorAndTheNextClausesCeilingAreOneRangeAndABoundBeforeTheCurrencyBoundsTheAmount() throws {
    // test21's 股票发行与交易管理暂行条例.
    let title = "股票发行与交易管理暂行条例"
    let period = try statistic("不得少于十日，不得超过九十日", in: "第二十四条 承销期不得少于十日，不得超过九十日。", title: title)
    #expect(period.value == .number(DecimalNumber(10)) && period.maximum == .number(DecimalNumber(90)) && period.unit == "日" && period.approx)
    let capital = try statistic("不少于人民币三千万元", in: "(四)在公司拟发行的股本总额中，发起人认购的部分不少于人民币三千万元，但是国家另有规定的除外；",
                                title: title)
    #expect(capital.value == .number(DecimalNumber(3000)) && capital.unit == "万元" && capital.approx)
}

@Test func aRulesLastYearsOfADocumentAreNoFigureWhileThoseOfAConditionAre() throws {
    // test21's 股票发行与交易管理暂行条例: the years of the accounts a filing holds say which documents…
    let title = "股票发行与交易管理暂行条例"
    #expect(statistics("(八)经会计师事务所审计的公司近三年或者成立以来的财务报告和由二名以上注册会计师及其所在事务所签字、盖章的审计报告；",
                       title: title).map(\.text) == ["二名以上"])
    #expect(statistics("(十三)经注册会计师审计的公司最近二个年度的比较财务报告及其附表、注释；", title: title).isEmpty)
    // …while a run of profitable years is a condition, exactly three (近 is no estimate here).
    let profits = try statistic("近三年", in: "(二)近三年连续盈利；", title: title)
    #expect(profits.value == .number(DecimalNumber(3)) && profits.unit == "年" && !profits.approx)
}

@Test func aRulesCompositionTenLargestHoldersAndTermsAreFiguresWhileARestatedLimitAndAPartOfTheYearAreNot() {
    let title = "股票发行与交易管理暂行条例"
    // test21: the least a syndicate is made of (由…组成) and the ten largest holders a report must name are the rule's figures.
    #expect(statistics("第二十一条 承销团由二个以上承销机构组成。", title: title).map(\.text) == ["二个以上"])
    #expect(statistics("(二)股票发行情况、股权结构和最大的十名股东的名单及持股数额；", title: title).map(\.text) == ["十名"])
    // A limit set a paragraph before, referred back to, is none; nor is the first half of a year.
    #expect(statistics("外国和香港、澳门、台湾地区的个人持有的公司发行的人民币特种股票和在境外发行的股票，不受前款规定的5‰的限制。", title: title).isEmpty)
    #expect(statistics("(一)在每个会计年度的前六个月结束后六十日内提交中期报告；", title: title).map(\.text) == ["六十日内"])
    // A term followed by what must be done in it, citing 本条规定, is no name.
    #expect(statistics("前款所列人员在辞职或者离职后六个月内负有依照本条规定作出报告的义务。", title: title).map(\.text) == ["六个月内"])
}

@Test func aRulesOneDayOrYearTermAndAThresholdInBareNumeralsAreItsStatistics() {
    // The laws' sample of seed 23: a term of one day or year bounded, or closing its clause, and a count bounded by 以上.
    #expect(statistics("车辆管理所应当自受理之日起一日内，审查提交的证明、凭证。", title: "机动车登记规定").map(\.text) == ["一日内"])
    #expect(statistics("总监理工程师、监理工程师违反本条例规定，工作严重失职或过错，造成质量事故的，由有关行政管理部门责令其停止执业一年；",
                       title: "建设工程质量管理条例").map(\.text) == ["一年"])
    #expect(statistics("（二）造成一万以上用户通信中断一小时以上的；", title: "电信条例").map(\.text) == ["一万以上", "一小时以上"])
}

@Test func aRulesTimeLimitIsNamedByItsActWithoutTheMeansTheAddresseeOrWhatIsHandedTo() throws {
    // test22's 医疗器械监督管理条例: the means (通过…平台) and whom a publishing addresses (向社会) are no part of the act; 有关
    // between the matter and its head says the information is the matter's.
    let title = "医疗器械监督管理条例"
    #expect(try statistic("5个工作日内", in: "负责药品监督管理的部门应当自收到备案资料之日起5个工作日内，通过国务院药品监督管理部门在线政务服务平台向社会公布备案有关信息。",
                          title: title).indicator == "公布备案信息期限")
    // 将 X 转交 Y: what is handed on names the act.
    #expect(try statistic("3个工作日内", in: "受理注册申请的药品监督管理部门应当自受理注册申请之日起3个工作日内将注册申请资料转交技术审评机构。",
                          title: title).indicator == "转交注册申请资料期限")
    // 对 X 进行 V: the V of X, the notice after it no part of it.
    #expect(try statistic("20个工作日内", in: "申请类别确认的，国务院药品监督管理部门应当自受理申请之日起20个工作日内对该医疗器械的类别进行判定并告知申请人。",
                          title: title).indicator == "类别判定期限")
}

@Test func aRulesBareDecisionIsNamedByWhatItsSentenceSaysIsAppliedForOrApproved() throws {
    // test22's 医疗器械监督管理条例: 作出决定 alone decides the application the body accepts, or what it approves.
    let title = "医疗器械监督管理条例"
    #expect(try statistic("20个工作日内", in: "第十八条 受理注册申请的药品监督管理部门应当自收到审评意见之日起20个工作日内作出决定。", title: title).indicator
        == "作出注册决定期限")
    #expect(try statistic("20个工作日内", in: "受理经营许可申请的负责药品监督管理的部门应当对申请资料进行审查，必要时组织核查，并自受理申请之日起20个工作日内作出决定。",
                          title: title).indicator == "作出经营许可决定期限")
    #expect(try statistic("60个工作日内", in: "国务院药品监督管理部门审批临床试验，应当对拟承担医疗器械临床试验的机构的设备、专业人员等条件进行综合分析，并自受理申请之日起60个工作日内作出决定并通知临床试验申办者。",
                          title: title).indicator == "作出临床试验审批决定期限")
}

@Test func aBansTermIsNamedByWhatItBarsNotByWhomItBars() throws {
    // test22's 医疗器械监督管理条例: 禁止其…, 禁止 a list of persons…, 不受理 someone's application — the ban is what is barred.
    let title = "医疗器械监督管理条例"
    #expect(try statistic("5年内", in: "情节严重的，对违法单位的法定代表人、主要负责人、直接负责的主管人员和其他责任人员，没收违法行为发生期间自本单位所获收入，并处所获收入30%以上2倍以下罚款，5年内禁止其从事医疗器械生产经营活动：",
                          title: title).indicator == "禁止从事医疗器械生产经营活动期限")
    #expect(try statistic("10年内", in: "境外医疗器械注册人、备案人拒不履行依据本条例作出的行政处罚决定的，10年内禁止其医疗器械进口。", title: title).indicator
        == "禁止医疗器械进口期限")
    #expect(try statistic("5年内", in: "情节严重的，处10万元以上50万元以下罚款，5年内禁止其法定代表人、主要负责人、直接负责的主管人员和其他责任人员从事医疗器械生产经营活动。",
                          title: title).indicator == "禁止从事医疗器械生产经营活动期限")
    #expect(try statistic("10年内", in: "该临床试验数据不得用于产品注册，10年内不受理相关责任人以及单位提出的医疗器械临床试验和注册申请，对违法单位的法定代表人处罚款。",
                          title: title).indicator == "不受理医疗器械临床试验和注册申请期限")
}

@Test func aRulesTwoTiersOfOneThresholdTakeTheNameTheTextGivesItAgain() {
    // test22's 医疗器械监督管理条例 第八十四条: 不足1万元 and 1万元以上 bound one value, which the second tier names 货值金额.
    let found = statistics("违法生产经营的医疗器械货值金额不足1万元的，并处1万元以上5万元以下罚款；货值金额1万元以上的，并处货值金额5倍以上20倍以下罚款；",
                           title: "医疗器械监督管理条例")
    #expect(found.filter { $0.text.contains("1万元") && $0.maximum == nil }.map(\.indicator) == ["货值金额", "货值金额"])
}

@Test func aNoiseLimitIsMeasuredInDecibels() throws {
    // test23's 西沱 regulation: 分贝 is the unit of a noise limit, 以内 its bound.
    let sentence = "第二十四条 西沱历史名镇保护范围内执行国家环境噪声标准，白天控制在六十分贝以内，夜间控制在五十分贝以内。"
    let day = try statistic("六十分贝以内", in: sentence, title: "石柱土家族自治县西沱国家历史文化名镇保护条例")
    #expect(day.unit == "分贝")
    #expect(day.value == .number(DecimalNumber(60)))
    #expect(day.approx)
}

@Test func aFormulasResultIsNamedByItsLabelAndItsOperandsByTheirGlossesWhileTheCalendarsConstantsAreNoFigures() throws {
    // test23's notice on the working month: 365天 is the days of a year, 250天 after ÷ the result of the line before.
    let title = "关于职工全年月平均工作时间和工资折算问题的通知"
    let text = "年工作日：365天-104天（休息日）-11天（法定节假日）＝250天\n季工作日：250天÷4季＝62.5天/季\n月工作日：250天÷12月＝20.83天/月\n月计薪天数＝（365天-104天）÷12月＝21.75天"
    let found = statistics(text, title: title)
    #expect(!found.contains { $0.text.hasPrefix("365") })
    #expect(found.filter { $0.text == "250天" }.map(\.indicator) == ["年工作日"])
    #expect(found.first { $0.text == "104天" }?.indicator == "休息日")
    #expect(found.first { $0.text == "11天" }?.indicator == "法定节假日")
    let quarter = try #require(found.first { $0.text == "62.5天/季" }, "found \(found.map(\.text))")
    #expect(quarter.unit == "天/季")
    #expect(quarter.indicator == "季工作日")
    #expect(found.first { $0.text == "20.83天/月" }?.indicator == "月工作日")
    #expect(found.first { $0.text == "21.75天" }?.indicator == "月计薪天数")
}

@Test func aFormulaThatOpensTheTextIsReadLikeAnyOther() {
    // The operand before a minus sign at the text's very start has no result before it to restate.
    let found = statistics("104天-11天＝93天", title: "关于职工全年月平均工作时间和工资折算问题的通知")
    #expect(found.map(\.text).contains("93天"))
    #expect(found.map(\.text).contains("104天"))
}

@Test func aTimeLimitsActIsNamedWithoutItsModalOrWithTheTopicItsClauseOpensWith() throws {
    // test23's 重庆市市容环境卫生管理条例: 应当 after the limit is no part of the act, nor the 的 of what the act does to.
    #expect(try statistic("二十四小时内", in: "电信业务经营单位在收到通知的二十四小时内应当暂停违法行为人电话号码的使用。",
                          title: "重庆市市容环境卫生管理条例").indicator == "暂停违法行为人电话号码使用期限")
    // test23's SC 13: a publishing with no object publishes what its clause opens with.
    #expect(try statistic("7个工作日内", in: "行政执法机关要在执法决定作出之日起20个工作日内，向社会公布执法机关、执法对象、执法类别、执法结论等信息，接受社会监督，行政许可、行政处罚的执法决定信息要在执法决定作出之日起7个工作日内公开，但法律、行政法规另有规定的除外。",
                          title: "国务院办公厅关于全面推行行政执法公示制度执法全过程记录制度重大执法决定法制审核制度的指导意见").indicator
        == "公开行政许可、行政处罚执法决定信息期限")
}

@Test func aTermOfKeepingIsNamedByWhatIsKept() throws {
    // test23's 重庆市市容环境卫生管理条例 第五十二条.
    #expect(try statistic("一年", in: "船舶经营管理者应当如实记录垃圾、粪便、污水处理设施运行或接收转运情况，《船舶垃圾粪便污水接收证明》应当保存一年，以备检查。",
                          title: "重庆市市容环境卫生管理条例").indicator == "船舶垃圾粪便污水接收证明保存期限")
}

@Test func aSizeGivenByItsDimensionWordIsThatDimensionOfWhatTheSentenceDefines() {
    // test23's 西沱 regulation 第五条.
    let found = statistics("核心保护区是指以云梯街为中心，长约八百五十米，宽约五十至一百五十米范围；建设控制区为核心保护区向外扩三十米范围。",
                           title: "石柱土家族自治县西沱国家历史文化名镇保护条例")
    #expect(found.first { $0.value == .number(DecimalNumber(850)) }?.indicator == "核心保护区长度")
    #expect(found.first { $0.value == .number(DecimalNumber(50)) }?.indicator == "核心保护区宽度")
}

@Test func aRulesAmountSetAnewNamesBothItsOldAndNewFigure() {
    // test23's notice on the working month: 由原来的10天增设为11天.
    let found = statistics("根据《全国年节及纪念日放假办法》（国务院令第513号）的规定，全体公民的节日假期由原来的10天增设为11天。",
                           title: "关于职工全年月平均工作时间和工资折算问题的通知")
    // The holder 全体公民的 stays, as a name's qualifier does; what changes (增设) and where the change starts (由原来) do not.
    #expect(found.filter { $0.text == "10天" || $0.text == "11天" }.map(\.indicator) == ["全体公民的节日假期", "全体公民的节日假期"])
}

@Test func aRulesStoreysAreACountOfStoreysButAReportsLayersAreNot() throws {
    // test23's 西沱 regulation 第十四条: 两层以内 bounds a building's storeys.
    let storeys = try statistic("两层以内", in: "（四）建筑层数控制在两层以内，檐口高度不得高于六米，建筑应当为青瓦坡顶；",
                                title: "石柱土家族自治县西沱国家历史文化名镇保护条例")
    #expect(storeys.unit == "层")
    #expect(storeys.indicator == "建筑层数")
    #expect(storeys.approx)
    // A report's 两层含义 counts meanings, and a plan's 一层次 is a word.
    #expect(statistics("这句话有两层含义。").isEmpty)
}

@Test func aSanctionsTermIsNamedByWhatItStopsNotByWhoOrdersIt() throws {
    // test24's 重庆市道路运输管理条例: the stopping before the term, ordered (责令) or added to a fine (并处).
    let title = "重庆市道路运输管理条例"
    #expect(try statistic("三十日以上九十日以下", in: "情节严重的，责令停业整顿三十日以上九十日以下。", title: title).indicator == "停业整顿期限")
    #expect(try statistic("三十日", in: "（一）未使用符合要求的计算机计时培训管理系统或者未做好培训记录的，处五百元以上一千元以下罚款，可并处责令停止招生三十日；",
                          title: title).indicator == "停止招生期限")
    #expect(try statistic("五日以上三十日以下", in: "对客运班车经营者，处一千元以上三千元以下罚款，并处违规车辆停运五日以上三十日以下。", title: title).indicator
        == "违规车辆停运期限")
    // The verb before the term, what it stops after it.
    #expect(try statistic("三个月", in: "未经许可从事巡游出租汽车和网络预约出租汽车客运经营被依法处罚两次的驾驶人员，由公安机关交通管理部门暂扣三个月机动车驾驶证。",
                          title: title).indicator == "暂扣机动车驾驶证期限")
    // test24's 北京市建设工程质量条例 第七十六条.
    #expect(try statistic("3个月至9个月", in: "由住房城乡建设行政主管部门责令改正，处1万元以上3万元以下的罚款，暂停承接相关业务3个月至9个月。",
                          title: "北京市建设工程质量条例").indicator == "暂停承接相关业务期限")
    // A fine's amount beside it is no term.
    #expect(try statistic("一千元以上三千元以下", in: "对客运班车经营者，处一千元以上三千元以下罚款，并处违规车辆停运五日以上三十日以下。", title: title).indicator == "罚款")
}

@Test func aCriminalPunishmentsTermIsNamedByThePunishmentNotByTheVerbThatImposesIt() throws {
    // test25's 贪污贿赂解释: the term before the punishment, whoever imposes it and however it is bounded.
    let title = "最高人民法院、最高人民检察院关于办理贪污贿赂刑事案件适用法律若干问题的解释"
    let first = "贪污或者受贿数额在三万元以上不满二十万元的，应当认定为刑法第三百八十三条第一款规定的“数额较大”，依法判处三年以下有期徒刑或者拘役，并处罚金。"
    #expect(try statistic("三年以下", in: first, title: title).indicator == "有期徒刑期限")
    #expect(try statistic("三年以上十年以下", in: "第十九条 对贪污罪、受贿罪判处三年以下有期徒刑或者拘役的，应当并处十万元以上五十万元以下的罚金；判处三年以上十年以下有期徒刑的，应当并处二十万元以上犯罪数额二倍以下的罚金或者没收财产。",
                          title: title).indicator == "有期徒刑期限")
    #expect(try statistic("三年", in: "根据行贿犯罪的事实、情节，可能被判处三年有期徒刑以下刑罚的，可以认定为刑法第三百九十条第二款规定的“犯罪较轻”。",
                          title: title).indicator == "有期徒刑期限")
    // A suspended death sentence's two years, written inside it.
    #expect(try statistic("二年", in: "具有贪污、受贿数额特别巨大，犯罪情节特别严重、社会影响特别恶劣、给国家和人民利益造成特别重大损失等情节，不是必须立即执行的，可以判处死刑缓期二年执行。",
                          title: title).indicator == "死刑缓期执行期限")
    #expect(try statistic("二年", in: "符合前款规定情形的，根据犯罪情节等情况可以判处死刑缓期二年执行，同时裁判决定在其死刑缓期执行二年期满依法减为无期徒刑后，终身监禁，不得减刑、假释。",
                          title: title).indicator == "死刑缓期执行期限")
    // 刑法 第二百七十条 and 第四十八条: each range before the punishment, and a suspension declared with the sentence.
    let custody = "第二百七十条 将代为保管的他人财物非法占为己有，数额较大，拒不退还的，处二年以下有期徒刑、拘役或者罚金；数额巨大或者有其他严重情节的，处二年以上五年以下有期徒刑，并处罚金。"
    #expect(try statistic("二年以下", in: custody, title: "中华人民共和国刑法").indicator == "有期徒刑期限")
    #expect(try statistic("二年以上五年以下", in: custody, title: "中华人民共和国刑法").indicator == "有期徒刑期限")
    #expect(try statistic("二年", in: "对于应当判处死刑的犯罪分子，如果不是必须立即执行的，可以判处死刑同时宣告缓期二年执行。",
                          title: "中华人民共和国刑法").indicator == "死刑缓期执行期限")
    #expect(try statistic("三万元以上不满二十万元", in: first, title: title).indicator == "贪污或者受贿数额")
}

@Test func aTimeLimitsActIsNamedWithoutWhoOwesItWhereItIsDoneOrWhoIsBarred() throws {
    // test24's 北京市建设工程质量条例 第五十二条: the doer and its modal, and whom the handing goes to, are no part of the act.
    #expect(try statistic("6个月内", in: "工程竣工验收后6个月内，建设单位应当向城市建设档案管理部门移交建设工程档案原件。",
                          title: "北京市建设工程质量条例").indicator == "移交建设工程档案原件期限")
    let title = "重庆市道路运输管理条例"
    // 到 the place the act is done at.
    #expect(try statistic("二十日内", in: "巡游出租汽车驾驶员终止劳动合同或者经营合同的，巡游出租汽车客运经营者应当在二十日内到原注册机构申请注销注册。",
                          title: title).indicator == "申请注销注册期限")
    // A list of whom a bar bars, before its 不得.
    #expect(try statistic("一年内", in: "道路运输或者道路运输相关业务的经营者被撤销、注销、吊销经营许可的，自被撤销、注销、吊销之日起一年内，经营者及其法定代表人、实际控制人不得申请办理该项行政许可。",
                          title: title).indicator == "不得申请办理该项行政许可期限")
    // The list a suspension stops, whole.
    #expect(try statistic("一年内", in: "工程质量检测单位、房屋安全鉴定单位出具虚假、错误检测、鉴定报告的，由住房城乡建设行政主管部门责令改正，处5万元以上10万元以下的罚款，一年内暂停承接工程质量检测、房屋安全鉴定业务。",
                          title: "北京市建设工程质量条例").indicator == "暂停承接工程质量检测、房屋安全鉴定业务期限")
}

@Test func peopleCountedRightAfterWhatAnAccidentDidToThemAreNamedByIt() {
    // test24's 重庆市道路运输管理条例 第八十二条: 死亡一人 is a count (its 一 no article), and the deaths are not the accident's.
    let found = statistics("（一）发生死亡一人以上交通事故的，吊销驾驶员从业资格证；（二）发生一次死亡三人以上交通事故的，吊销事故车辆道路运输证。",
                           title: "重庆市道路运输管理条例")
    #expect(found.map(\.text) == ["一人以上", "三人以上"])
    #expect(found.map(\.indicator) == ["死亡", "死亡"])
}

@Test func aFloorWrittenAtLeastAsIsAnApproximateFigureNotPartOfItsName() throws {
    // test24's 北京市建设工程质量条例 第六十条.
    let found = try statistic("至少为10年", in: "保险范围包括地基基础、主体结构以及防水工程，地基基础和主体结构的保险期间至少为10年，防水工程的保险期间至少为5年。",
                              title: "北京市建设工程质量条例")
    #expect(found.approx)
    #expect(found.indicator == "地基基础和主体结构的保险期间")
}

@Test func aSpanARulesConditionRunsForIsNamedByWhatRuns() throws {
    // test24's 重庆市道路运输管理条例 第六十一条: a span passed and a run, each named by what runs after it.
    let sentence = "道路运输和道路运输相关业务的经营者取得经营许可后无正当理由超过一百八十日不投入运营或者运营后连续一百八十日以上停运，视为自动终止经营。"
    let found = statistics(sentence, title: "重庆市道路运输管理条例")
    #expect(found.map(\.indicator) == ["不投入运营时间", "连续停运时间"])
    // test19's 淄博市城市绿化条例: a run of years, 年限.
    #expect(try statistic("2年", in: "（一）连续2年未完成绿化任务的;", title: "淄博市城市绿化条例").indicator == "连续未完成绿化任务年限")
    // A ceiling is no condition that has run.
    #expect(try statistic("不超过10日", in: "临时出租时间一般不超过10日，不得转租。", title: "重庆市道路运输管理条例").indicator != "不得转租时间")
}

@Test func aClassesThresholdWrittenWithZaiIsOfTheQuantityBeforeIt() throws {
    // test24's 重庆市道路运输管理条例 第二十九条.
    #expect(try statistic("二十吨以上", in: "从事大型物件运输的，应当具有装载整体大型物件实际能力在二十吨以上的超重型车组，包括牵引车和挂车。",
                          title: "重庆市道路运输管理条例").indicator == "装载整体大型物件实际能力")
}

@Test func howOftenABodyMeetsIsNoFigure() {
    // test24's 国务院工作规则 (SC 47): the count of meetings a month and the interval between them are rules of working.
    let found = statistics("国务院常务会议一般每月召开三次，如有需要可临时召开。国务院领导同志及各部门负责人参加，一般两个月安排一次。",
                           title: "国务院关于印发《国务院工作规则》的通知")
    #expect(found.isEmpty, "found \(found.map(\.text))")
    // Laws sample 22's 北京市物业管理条例: the least often a rule requires a meeting, under 至少, is its figure.
    let required = statistics("业主委员会定期会议应当按照业主大会议事规则的规定召开，至少每两个月召开一次；", title: "北京市物业管理条例")
    #expect(required.map(\.text) == ["两个月"])
}

@Test func hoursThatRunOnIntoTheNameOfASystemOfWorkAreThatNamesWords() {
    // test24's 国务院关于职工工作时间的规定 第五条 restates 第三条's hours as the name of the standard system.
    let title = "国务院关于职工工作时间的规定"
    let restated = statistics("因工作性质或者生产特点的限制，不能实行每日工作8小时、每周工作40小时标准工时制度的，按照国家有关规定，可以实行其他工作和休息办法。",
                              title: title)
    #expect(restated.isEmpty, "found \(restated.map(\.text))")
    #expect(statistics("第三条 职工每日工作8小时，每周工作40小时。", title: title).map(\.text) == ["8小时", "40小时"])
}

@Test func aRangesBoundsWithoutAUnitWordAndAFloorWithACeilingOfTheMostAreOneFigure() {
    // test24's 北京市建设工程质量条例 第八十六条: 10万以上20万以下 with no 元.
    let fine = statistics("违反本条例第三十九条规定，建设单位采购混凝土预制构件、钢筋和钢结构构件，未组织进场检验的，由住房城乡建设或者专业工程行政主管部门责令改正，处10万以上20万以下的罚款。",
                          title: "北京市建设工程质量条例").filter { $0.indicator == "罚款" }
    #expect(fine.map(\.value) == [.number(DecimalNumber(100_000))])
    #expect(fine.map(\.maximum) == [.number(DecimalNumber(200_000))])
    // test24's SC 35: a floor, then 最长 and a ceiling of the same quantity.
    let review = statistics("合法性审核时间一般不少于5个工作日，最长不超过15个工作日，确保审核质量。",
                            title: "国务院办公厅关于全面推行行政规范性文件合法性审核机制的指导意见")
    #expect(review.map(\.value) == [.number(DecimalNumber(5))])
    #expect(review.map(\.maximum) == [.number(DecimalNumber(15))])
}

@Test func theTimesOneWasPenalisedAreAThresholdNamedByThePenalising() {
    // test24's 重庆市道路运输管理条例 第七十四条: 两次 (no bound) is counted, and named by 被依法处罚, not by the drivers after it.
    let found = statistics("未经许可从事巡游出租汽车和网络预约出租汽车客运经营被依法处罚两次的驾驶人员，由公安机关交通管理部门暂扣三个月机动车驾驶证；被依法处罚三次以上的，由公安机关交通管理部门暂扣六个月机动车驾驶证。",
                           title: "重庆市道路运输管理条例").filter { $0.unit == "次" }
    #expect(found.map(\.text) == ["两次", "三次以上"])
    #expect(found.map(\.indicator) == ["被依法处罚", "被依法处罚"])
}

@Test func aRulesHoursOfWorkAreTheWorkersWorkingTimeWithoutTheirBase() {
    // test24's 国务院关于职工工作时间的规定 第三条: the second clause leaves out whose work it is.
    let found = statistics("职工每日工作8小时，每周工作40小时。", title: "国务院关于职工工作时间的规定", headings: ["第三条"])
    #expect(found.map(\.indicator) == ["职工工作时间", "职工工作时间"])
}

@Test func aCountOfSeatsBeforeAVehicleIsTheVehiclesSeatsAndABoundJoinedByJiBoundsIt() throws {
    // test24's 重庆市道路运输管理条例 第二十二条 and 第九十四条.
    let title = "重庆市道路运输管理条例"
    let listed = try statistic("七座", in: "（一）七座及以下乘用车；", title: title)
    #expect(listed.approx)
    #expect(listed.indicator == "乘用车座位数")
    #expect(try statistic("七座以下", in: "（四）出租汽车客运经营，是指按照乘客意愿，用七座以下乘用车提供客运服务，并按照行驶里程和时间计费的经营活动；",
                          title: title).indicator == "乘用车座位数")
    // test17's SC 02: 及以下 after an amount makes it approximate too.
    #expect(try statistic("500万元", in: "对单户担保金额500万元及以下的小微企业和“三农”主体收取的担保费率原则上不超过1%。",
                          title: "国务院办公厅关于有效发挥政府性融资担保基金作用切实支持小微企业和“三农”发展的指导意见").approx)
}

@Test func aCountOfWhatARuleRequiresOneToHoldIsNamedByWhatIsHeld() throws {
    // test24's 重庆市道路运输管理条例 第十七条: the held licences run longer than a report's counted noun.
    #expect(try statistic("一百个以上", in: "（一）在中心城区经营的，依法取得一百个以上中心城区巡游出租汽车车辆经营权；",
                          title: "重庆市道路运输管理条例").indicator == "中心城区巡游出租汽车车辆经营权")
}
