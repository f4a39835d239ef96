import Testing
@testable import Ingestion

@Suite("Documents and sections")
struct StructureTests {
    @Test("a compilation splits at 第N篇 into its articles; the preview line before them is no article")
    func compilation() throws {
        let file = try Fixture.read("compilation.txt")
        #expect(file.documents.map(\.title) == ["某镇计划生育工作总结", "某村人口计生工作计划"])
        #expect(file.documents.map(\.index) == [1, 2])
        let first = file.documents[0]
        #expect(first.metadata == [
            MetadataField(key: "合集", value: "《乡镇计划生育工作总结》（合集）"),
            MetadataField(key: "来源", value: "网络"), MetadataField(key: "作者", value: "佚名"),
            MetadataField(key: "更新时间", value: "2025-03-01"),
        ])
        // The article's own title line is not repeated in its text; its wrapped first paragraph is joined.
        #expect(first.sections.first?.path == [])
        #expect(first.sections.first?.text == "今年以来，我镇在县委、县政府的正确领导下，认真贯彻落实计划生育基本国策，圆满完成了全年各项目标任务。现将主要工作总结如下：")
    }

    @Test("compilations numbered 篇一 or in 【】 split too; 第一篇 inside running text does not", arguments: [
        "篇一：某镇工作总结\n全年工作圆满完成。\n篇二：某村工作计划\n明年继续努力。",
        "【第一篇】某镇工作总结\n全年工作圆满完成。\n【第二篇】某村工作计划\n明年继续努力。",
        "【篇一】某镇工作总结\n全年工作圆满完成。\n【篇二】某村工作计划\n明年继续努力。",
    ])
    func compilationMarkers(text: String) {
        #expect(Fixture.documents(text).map(\.title) == ["某镇工作总结", "某村工作计划"])
        #expect(Fixture.documents(text).map(\.text) == ["全年工作圆满完成。", "明年继续努力。"])
    }

    @Test("a report that speaks of 明年 three times, in any of its sections, plans the year after it")
    func plansTheYearAfterIt() throws {
        let three = try #require(Fixture.documents("政府工作报告\n一、今年的工作\n明年和今后的经济发展会更好。\n二、明年的任务\n明年的农业继续增长，明年年底完成。").first)
        #expect(three.plansTheYearAfterIt)
        let two = try #require(Fixture.documents("政府工作报告\n一、今年的工作\n今年完成了任务，明年继续。\n二、任务\n明年的农业继续增长，今年年底完成。").first)
        #expect(!two.plansTheYearAfterIt)
    }

    @Test("a report that names the year after its own three times as the year of a plan or budget plans it")
    func plansTheYearAfterItByItsPlans() throws {
        let plans = "一九六五年发展国民经济计划草案已经拟定。一九六五年的国家预算收支平衡。一九六五年国民经济计划的主要指标如下。"
        let report = try #require(Fixture.documents("1964年政府工作报告\n一、一年来的工作\n\(plans)").first)
        #expect(report.year == 1964)
        #expect(report.plansTheYearAfterIt)
        let own = try #require(Fixture.documents("1965年政府工作报告\n一、一年来的工作\n\(plans)").first)
        #expect(!own.plansTheYearAfterIt)
    }

    @Test("a line's heading is parsed once and let go when its text changes; lines are equal whether or not it was parsed")
    func headingParsedOnce() {
        var line = TextLine("一、总则")
        let fresh = line
        #expect(line.plainHeading()?.kind == .numeral)
        #expect(line.heading?.text == "一、总则")
        #expect(line == fresh && line.hashValue == fresh.hashValue)
        line.text = "这是正文。"
        #expect(line.heading == nil)
        #expect(line.plainHeading() == nil)
        // With an outline level the format's heading counts, not the parse of the text alone.
        var outlined = TextLine("总则", outlineLevel: 2)
        #expect(outlined.plainHeading() == nil)
        #expect(outlined.heading?.kind == .outline)
    }

    @Test("a single 第一篇 marker or one in running text is no compilation")
    func noCompilation() {
        #expect(Fixture.documents("工作总结\n第一篇文章写于去年。\n第二篇文章写于今年。").count == 1)
        #expect(Fixture.documents("第一篇：某镇工作总结\n全年工作圆满完成。").count == 1)
    }

    @Test("headings nest 一、 › （一） › 1、 › （1） and every section keeps its path")
    func headingLevels() throws {
        let second = try Fixture.read("compilation.txt").documents[1]
        #expect(second.sections.map(\.pathString) == [
            "一、工作目标",
            "二、主要措施",
            "二、主要措施 › （一）加强孕情管理",
            "二、主要措施 › （一）加强孕情管理 › 1、建立育龄妇女信息台账。",
            "二、主要措施 › （一）加强孕情管理 › 1、建立育龄妇女信息台账。 › （1）每月更新一次。",
            "二、主要措施 › （一）加强孕情管理 › 1、建立育龄妇女信息台账。 › （2）每季度上报一次。",
            "二、主要措施 › （一）加强孕情管理 › 2、做好随访服务。",
            "二、主要措施 › （二）落实奖扶政策",
        ])
        #expect(second.sections.map(\.level) == [1, 1, 2, 3, 4, 4, 3, 2])
    }

    @Test("a level skipped by the document nests under the nearest outer heading")
    func skippedLevel() {
        let document = Fixture.documents("一、现状\n1、不利于女孩健康成长。\n二、原因\n(一)男性偏好的生育观\n1、传宗接代意识。\n三、对策")[0]
        #expect(document.sections.map(\.pathString) == [
            "一、现状", "一、现状 › 1、不利于女孩健康成长。", "二、原因", "二、原因 › (一)男性偏好的生育观",
            "二、原因 › (一)男性偏好的生育观 › 1、传宗接代意识。", "三、对策",
        ])
    }

    @Test("a heading run together with its body is cut at its first clause, or after its title sentence")
    func runInHeading() throws {
        let document = try Fixture.read("compilation.txt").documents[0]
        let section = try #require(document.sections.first { $0.heading == "一、加强领导" })
        #expect(section.text.hasPrefix("，落实责任镇党委、政府高度重视计划生育工作"))
        let strategy = Fixture.documents("三、对策\n2、加强宣传教育，形成强大的舆论氛围。要在全社会宣传出生人口性别比失衡的危害性，动员全社会积极参与专项治理活动。")[0]
        #expect(strategy.sections.map(\.pathString) == ["三、对策", "三、对策 › 2、加强宣传教育，形成强大的舆论氛围"])
        #expect(strategy.sections[1].text.hasPrefix("。要在全社会"))
    }

    @Test("a title sentence of two clauses run into its body is the heading whole, its comma kept")
    func titleSentenceRunIn() throws {
        // 2023 work report, the review's first task.
        let review = try #require(HeadingParser.parse("（一）创新宏观调控，保持经济运行在合理区间。面对贸易保护主义抬头、疫情冲击等接踵而来的严峻挑战，创新宏观调控方式，不过度依赖投资。"))
        #expect(review.text == "（一）创新宏观调控，保持经济运行在合理区间")
        #expect(review.body == "。面对贸易保护主义抬头、疫情冲击等接踵而来的严峻挑战，创新宏观调控方式，不过度依赖投资。")
        // A third clause makes it a body sentence run in after the heading (the seed's Word export).
        let runIn = try #require(HeadingParser.parse("一、加强领导，落实责任镇党委、政府高度重视计划生育工作，多次召开专题会议研究部署。我们一是成立了领导小组。"))
        #expect(runIn.text == "一、加强领导")
        // A colon ends a heading before its sentence does (宁波市农村绿化条例, 第八条).
        let labelled = try #require(HeadingParser.parse("（一）山地绿化：宜林山地绿化率在百分之九十五以上；火烧迹地、采伐迹地、病虫害防治迹地等在一年内绿化；坡度二十五度以上的坡耕地全部退耕还林；"))
        #expect(labelled.text == "（一）山地绿化")
        #expect(labelled.body.hasPrefix("宜林山地"))
    }

    @Test("a heading cut at a comma leaves the comma to its text, so heading and text read as written")
    func commaKeptAfterCutHeading() throws {
        // 2018 work report, the five-year review's first task: three clauses, so cut at the first.
        let line = "（一）坚持稳中求进工作总基调，着力创新和完善宏观调控，经济运行保持在合理区间、实现稳中向好。这些年，世界经济复苏乏力，国际金融市场跌宕起伏，保护主义明显抬头。"
        let review = try #require(HeadingParser.parse(line))
        #expect(review.text == "（一）坚持稳中求进工作总基调")
        #expect(review.body.hasPrefix("，着力创新和完善宏观调控，经济运行保持在合理区间"))
        #expect(review.text + review.body == line)
        // The section's heading and text run on as written, in the document's text too.
        let document = Fixture.documents("一、过去五年工作回顾\n" + line)[0]
        #expect(document.sections.last?.headedText == line)
        #expect(document.text.hasSuffix("\n" + line))
    }

    @Test("a heading cut at its sentence's full stop leaves the full stop to its text, so heading and text read as written")
    func fullStopKeptAfterCutHeading() throws {
        // 十八大, 四、（二）: a title sentence run into its paragraph on one line.
        let line = "（二）实施创新驱动发展战略。科技创新是提高社会生产力和综合国力的战略支撑，必须摆在国家发展全局的核心位置。"
        let heading = try #require(HeadingParser.parse(line))
        #expect(heading.text == "（二）实施创新驱动发展战略")
        #expect(heading.body == "。科技创新是提高社会生产力和综合国力的战略支撑，必须摆在国家发展全局的核心位置。")
        let section = try #require(Fixture.documents("四、加快完善社会主义市场经济体制和加快转变经济发展方式\n" + line)[0].sections.last)
        #expect(section.headedText == line)
        // A heading on a line of its own keeps its text on the next.
        let own = try #require(Fixture.documents("（二）实施创新驱动发展战略\n科技创新是提高社会生产力的战略支撑。")[0].sections.last)
        #expect(own.headedText == "（二）实施创新驱动发展战略\n科技创新是提高社会生产力的战略支撑。")
    }

    @Test("a section's text is read back from its headed text, whether it runs on from its heading or not")
    func textReadBackFromHeadedText() {
        let document = Fixture.documents("""
            各位代表：
            四、加快完善社会主义市场经济体制和加快转变经济发展方式
            （二）实施创新驱动发展战略。科技创新是提高社会生产力和综合国力的战略支撑，必须摆在国家发展全局的核心位置。
            （三）推进经济结构战略性调整
            这是加快转变经济发展方式的主攻方向。
            """)[0]
        #expect(document.sections.contains { $0.continuesHeading } && document.sections.contains { $0.text.isEmpty })
        for section in document.sections {
            #expect(Section.text(ofHeadedText: section.headedText, heading: section.heading) == section.text)
        }
        // Indexes written before a run-on text was stored run on held a line break after the heading.
        #expect(Section.text(ofHeadedText: "（二）实施创新驱动发展战略\n。科技创新是提高社会生产力的战略支撑。", heading: "（二）实施创新驱动发展战略")
            == "。科技创新是提高社会生产力的战略支撑。")
    }

    @Test("a 一、 list that starts afresh under a topic of a part so numbered is the topic's list")
    func restartedListUnderTopic() {
        // 1955 work report, part 三: its topics （一）… hold lists numbered 一、 again, the marker alone on its line.
        let document = Fixture.documents("""
            三、第一個五年計劃的若幹問題
            （一）关于工业和运输业的基本建设问题
            第一，基本建设规模的大小问题。
            一、
            我国人民已经推翻了帝国主义者在中国的统治，帝国主义者已经不可能象过去那样掠夺我国。
            二、
            我国人民推翻了封建主义，把地主的土地所有制变成了农民的土地所有制。
            （二）关于工业的生产问题
            我国第一个五年计划规定工业总产值增长百分之九十八点三。
            四、为完成和超额完成第一个五年计划而奋斗
            我国第一个五年计划已经执行了两年。
            """)[0]
        #expect(document.sections.map(\.level) == [1, 2, 3, 3, 2, 1])
        #expect(document.sections[2].path == ["三、第一個五年計劃的若幹問題", "（一）关于工业和运输业的基本建设问题", "一、我国人民已经推翻了帝国主义者在中国的统治"])
        #expect(document.sections[4].heading == "（二）关于工业的生产问题")
        #expect(document.sections[5].path == ["四、为完成和超额完成第一个五年计划而奋斗"])
    }

    @Test("a 一、 whose own sections are numbered like the open topic starts a new run of parts")
    func restartedPartsAfterTopic() {
        // State Council 18: the second 规定 follows the first's 九、关于党的建设 （三十一）.
        let document = Fixture.documents("""
            九、关于党的建设
            （三十一）转制企业要认真学习贯彻习近平新时代中国特色社会主义思想，坚持正确政治方向，站稳政治立场。
            进一步支持文化企业发展的规定
            为进一步深化文化体制改革，促进文化企业发展，特制定以下规定：
            一、关于财政税收
            （一）中央财政和地方财政应通过文化产业发展专项资金等现有资金渠道，创新资金投入方式，完善政策扶持体系，支持文化企业发展。
            二、关于投资和融资
            """)[0]
        #expect(document.sections.map(\.level) == [1, 2, 1, 2, 1])
        #expect(document.sections[3].path == ["一、关于财政税收", "（一）中央财政和地方财政应通过文化产业发展专项资金等现有资金渠道"])
    }

    @Test("a longer numbered line in which no sentence ends is a title whole")
    func titleOfClauses() throws {
        // 1988 work report, a lesson of the past five years.
        let line = "六、进一步加强社会主义民主和法制建设，维护民族平等和民族团结，巩固和发展全国安定团结的政治局面"
        let heading = try #require(HeadingParser.parse(line))
        #expect(heading.text == line)
        #expect(heading.body.isEmpty)
    }

    @Test("a short line with a sentence after its heading is split; a short heading ending in 。 is not")
    func shortRunIn() throws {
        let split = try #require(HeadingParser.parse("（一）推进两癌筛查。完成农村适龄妇女宫颈癌筛查1.2万人。"))
        #expect(split.text == "（一）推进两癌筛查")
        #expect(split.body == "。完成农村适龄妇女宫颈癌筛查1.2万人。", "the full stop that cut the heading opens its text")
        let whole = try #require(HeadingParser.parse("1、传宗接代意识，决定了“女子不如男”。"))
        #expect(whole.text == "1、传宗接代意识，决定了“女子不如男”。")
        #expect(whole.body.isEmpty)
    }

    @Test("a numbered line with a long first clause is still a heading, cut where no clause ends")
    func longFirstClause() throws {
        let clause = "五、对财政预算执行、提高收入质量、盘活财政存量资金、国库库款管理、推进财政资金统筹使用、预算公开等财政管理工作完成情况好的省（区、市）"
        let heading = try #require(HeadingParser.parse(clause + "，给予奖励。"))
        #expect(heading.text == clause)
        #expect(heading.body == "，给予奖励。", "the comma that cut the heading opens its text")
        let unpunctuated = "（五）" + String(repeating: "加强出生人口性别比综合治理", count: 12)
        let cut = try #require(HeadingParser.parse(unpunctuated))
        #expect(cut.text.unicodeScalars.count == 3 + HeadingParser.longestRunInHeading)
        #expect(cut.text + cut.body == unpunctuated)
    }

    @Test("a run-in heading broken early on its line is joined when its siblings run in")
    func brokenRunInHeading() {
        let document = Fixture.documents("""
            一、加强领导，制定措施，明确责任镇党委、政府对出
            生人口性别比升高问题高度重视，责成镇计生办深入调查。
            二、强化宣传，营造氛围，转变观念我们充分利用各种载体，加大宣传教育力度，转变群众生育观念。
            """)[0]
        #expect(document.sections.map(\.heading) == ["一、加强领导", "二、强化宣传"])
        #expect(document.sections[0].text == "，制定措施，明确责任镇党委、政府对出生人口性别比升高问题高度重视，责成镇计生办深入调查。")
    }

    @Test("inline 一是…二是… enumerations become sub-sections headed by their first clause")
    func inlineOrdinals() throws {
        let document = try Fixture.read("compilation.txt").documents[0]
        let items = document.sections.filter { $0.path.first == "一、加强领导" && $0.level == 2 }
        #expect(items.map(\.heading) == ["一是成立了以镇长为组长的领导小组", "二是层层签订目标责任书", "三是建立月调度制度"])
        #expect(document.section(headed: "一、加强领导")?.text.hasSuffix("多次召开专题会议研究部署。我们") == true)
    }

    @Test("two enumerations in one section give their items in order; text between goes with the last item")
    func twoEnumerations() {
        let document = Fixture.documents("""
            三、健全制度
            一是完善服务管理制度；二是抓好医疗网点排查登记。
            此外，还要加强督查。
            首先，一是摸清孕情；二是建立跟踪服务档案。
            """)[0]
        #expect(document.sections.map(\.pathString) == [
            "三、健全制度", "三、健全制度 › 一是完善服务管理制度", "三、健全制度 › 二是抓好医疗网点排查登记",
            "三、健全制度 › 一是摸清孕情", "三、健全制度 › 二是建立跟踪服务档案",
        ])
        #expect(document.sections[2].text == "此外，还要加强督查。\n首先，")
    }

    @Test("统一是 and a lone 一是 are no enumeration")
    func falseOrdinals() {
        #expect(InlineOrdinals.ordinalPositions(Array("思想统一是前提，二是行动。".unicodeScalars)).isEmpty)
        #expect(InlineOrdinals.ordinalPositions(Array("一是加强领导。".unicodeScalars)).isEmpty)
        #expect(InlineOrdinals.ordinalPositions(Array("一是加强领导；二是落实责任。".unicodeScalars)).map(\.start) == [0, 7])
    }

    @Test("numbers at the start of a line are headings only when followed by words", arguments: [
        ("1、开展婚育新风进万家活动。", true), ("3、4月份集中兑现。", false), ("1.5万人参加培训。", false),
        ("一、2018年工作回顾", true), ("二、“十三五”时期主要目标任务", true), ("一、二级医院要配备专人。", false), ("一、三年来的斗争和新时期的总任务", true),
        ("(1)每月更新一次。", true), ("第三百三十六条 未取得医生执业资格的人非法行医", true), ("第36条规定的犯罪主体", false),
        ("第二章 犯罪", true), ("①表格填写说明", true), ("2025年全县出生人口", false),
        ("5.1.2 省级人民政府必须按照“产区保持三个月销量，销区保持六个月销量”的要求，加强和充实地方粮食储备。", true),
        ("7　附则", true), ("3 个省份完成了储备任务。", false), ("2　月份集中兑现", false), ("1　总则，本预案适用于粮食应急状态。", false),
        ("三", true), ("十三五", false),
    ])
    func headingRecognition(line: String, isHeading: Bool) {
        #expect((HeadingParser.parse(line) != nil) == isHeading)
    }

    @Test("decimal clauses nest by their depth, and a table of contents before them is text")
    func decimalClauses() {
        // 国家粮食应急预案 (State Council 41): 目录, then the body repeats its headings.
        let document = Fixture.documents("""
            国家粮食应急预案

            目　　录
            1　总则
            1.1　编制目的及依据
            2　组织机构和职责
            2.1　国家粮食应急工作指挥部
            1　总则
            1.1　编制目的及依据
            为了有效监测和控制各类突发公共事件或者其他原因引起的国内粮食市场异常波动，确保粮食市场供应。
            2　组织机构和职责
            2.1　国家粮食应急工作指挥部
            总指挥：国家发展改革委主要负责人。
            2.1.1　国家粮食应急工作指挥部职责
            （1）掌握粮食市场形势，向国务院提出启动或终止实施应急措施的建议，经国务院同意后组织实施。
            """)[0]
        #expect(document.sections.map(\.pathString) == [
            "", "1　总则", "1　总则 › 1.1　编制目的及依据", "2　组织机构和职责", "2　组织机构和职责 › 2.1　国家粮食应急工作指挥部",
            "2　组织机构和职责 › 2.1　国家粮食应急工作指挥部 › 2.1.1　国家粮食应急工作指挥部职责",
            "2　组织机构和职责 › 2.1　国家粮食应急工作指挥部 › 2.1.1　国家粮食应急工作指挥部职责 › （1）掌握粮食市场形势",
        ])
        #expect(document.sections[0].text == "目　　录\n1　总则\n1.1　编制目的及依据\n2　组织机构和职责\n2.1　国家粮食应急工作指挥部")
    }

    @Test("a speech printed in parts numbered alone on their lines has those parts as sections")
    func partsNumberedAlone() {
        // 1960's report: 一 … 四 stand alone between its paragraphs.
        let document = Fixture.documents("各位代表：\n一\n一九五六年到一九六七年全国农业发展纲要，是我国发展农业的纲领。\n二\n下面我首先说一下农业发展纲要在过去四年中执行的情况。")[0]
        #expect(document.sections.map(\.pathString) == ["", "一", "二"])
    }

    @Test("traditional characters: 第一章 › 第一條 and 來源 are read like their simplified forms")
    func traditionalText() {
        let document = Fixture.documents("""
            某縣計劃生育條例
            來源：縣政府  更新時間：2019-01-01
            第一章 總則
            第一條 為了實行計劃生育，制定本條例。
            """)[0]
        #expect(document.title == "某縣計劃生育條例")
        #expect(document.metadata == [MetadataField(key: "来源", value: "縣政府"), MetadataField(key: "更新时间", value: "2019-01-01")])
        #expect(document.sections.map(\.pathString) == ["第一章 總則", "第一章 總則 › 第一條"])
    }

    @Test("numbers inside running text are never headings")
    func numbersInText() {
        let document = Fixture.documents("一、措施\n落实奖励扶助政策，3、4月份集中兑现，2、3季度检查。")[0]
        #expect(document.sections.map(\.pathString) == ["一、措施"])
    }

    @Test("a law in the corpus's Markdown gives one section per article, with its items in the article's text")
    func lawArticles() throws {
        let document = try #require(Fixture.read("law.md").documents.first)
        #expect(document.title == "某省人口与计划生育条例")
        #expect(document.metadata.first?.key == "沿革")
        let articles = document.sections.filter { $0.heading.hasPrefix("第") && $0.heading.contains("条") }
        #expect(articles.map(\.heading) == ["第一条", "第二条", "第三条", "第三条之一", "第四条"])
        #expect(document.section(headed: "第三条")?.pathString == "第二章 生育调节 › 第三条")
        #expect(document.section(headed: "第三条")?.text == "禁止下列行为：\n（一）非医学需要的胎儿性别鉴定；\n（二）非医学需要的选择性别的人工终止妊娠。")
    }

    @Test("an article's inline enumeration stays in the article")
    func articleEnumeration() {
        let document = Fixture.documents("第一章 总则\n第五条 县级人民政府应当做好下列工作：一是建立孕情登记制度；二是开展随访服务。")[0]
        #expect(document.sections.map(\.pathString) == ["第一章 总则", "第一章 总则 › 第五条"])
        #expect(document.sections[1].text == "县级人民政府应当做好下列工作：一是建立孕情登记制度；二是开展随访服务。")
    }

    @Test("Chinese numerals are read with their units")
    func numerals() {
        #expect(ChineseNumber.value("三百三十六".unicodeScalars) == 336)
        #expect(ChineseNumber.value("十二".unicodeScalars) == 12)
        #expect(ChineseNumber.value("一百零五".unicodeScalars) == 105)
        #expect(ChineseNumber.value("二〇二五".unicodeScalars) == 2025)
        #expect(ChineseNumber.value("36".unicodeScalars) == 36)
        #expect(ChineseNumber.value("三是".unicodeScalars) == nil)
    }

    @Test("document numbers are found in their usual brackets")
    func documentNumbers() {
        #expect(DocumentHeader.documentNumber("国发〔2019〕5号") == "国发〔2019〕5号")
        #expect(DocumentHeader.documentNumber("京政办发[2018]12号") == "京政办发[2018]12号")
        #expect(DocumentHeader.documentNumber("根据国发〔2019〕5号文件精神") == nil)
    }
}
