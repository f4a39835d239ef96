import Foundation
import TestSupport
import Testing
@testable import SearchIndex
import Segmentation

/// A small collection of real-looking governance text, indexed into a temporary folder.
struct SmallIndex {
    let folder: URL
    let reader: IndexReader

    static let units: [IndexUnit] = [
        IndexUnit(kind: .section, source: "a.txt", documentIndex: 1, document: "关于综合治理出生人口性别比问题的实施方案",
                  section: "一、工作目标", text: "一、工作目标\n到2025年，全县出生人口性别比下降到107以下。", year: 2019),
        IndexUnit(kind: .section, source: "a.txt", documentIndex: 1, document: "关于综合治理出生人口性别比问题的实施方案",
                  section: "二、主要措施 › 2、加强宣传教育", text: "2、加强宣传教育\n深入开展婚育新风进万家活动，發放宣传品3000余份。", year: 2019),
        IndexUnit(kind: .section, source: "b.txt", documentIndex: 1, document: "中华人民共和国人口与计划生育法",
                  section: "第五章 法律责任", text: "第四十条 违反本法规定，有下列行为之一的，由卫生健康主管部门责令改正：\n（一）非医学需要进行胎儿性别鉴定的；", year: 2021),
        IndexUnit(kind: .section, source: "c.txt", documentIndex: 2, document: "2024年政府工作报告",
                  section: "", text: "GDP增长5.2%，城镇新增就业1244万人。坚持以人民为中心的发展思想。", year: 2024),
    ]

    init(units: [IndexUnit] = SmallIndex.units, lexicon: Lexicon? = .builtIn) throws {
        folder = Scratch.url("zhili-index-\(UUID().uuidString)")
        let writer = IndexWriter(lexicon: lexicon)
        for unit in units { writer.add(unit: unit) }
        try writer.commit(to: IndexDirectory(path: folder.path))
        reader = try IndexReader(directory: IndexDirectory(path: folder.path))
    }

    func search(_ text: String, options: SearchOptions = SearchOptions()) throws -> SearchResults {
        try reader.search(try QueryParser.parse(text), options: options)
    }

    func documents(_ text: String) throws -> [Int] {
        try search(text, options: SearchOptions(limit: 100)).hits.map(\.unitNumber).sorted()
    }
}

@Test func everySubstringOfTheTextsIsFound() throws {
    let index = try SmallIndex()
    for (number, unit) in SmallIndex.units.enumerated() {
        let characters = Array(unit.text)
        for length in [1, 2, 3, 5, 8] where characters.count >= length {
            for start in 0...(characters.count - length) {
                let query = String(characters[start..<(start + length)])
                // A query needs something to search for, and no query syntax of its own.
                guard query.contains(where: { $0.isLetter || $0.isNumber }), !query.contains("\n"),
                      !query.contains(":"), !query.hasPrefix("-"), !query.contains(where: { "()（）".contains($0) }) else { continue }
                #expect(try index.documents(query).contains(number), "\(query) not found in unit \(number)")
            }
        }
    }
}

@Test func aPhraseMustStandTogether() throws {
    let index = try SmallIndex()
    #expect(try index.documents("性别比") == [0])
    #expect(try index.documents("性别") == [0, 2])
    #expect(try index.documents("胎儿性别鉴定") == [2])
    #expect(try index.documents("性别鉴别").isEmpty)
}

@Test func traditionalAndFullWidthQueriesAreFolded() throws {
    let index = try SmallIndex()
    #expect(try index.documents("發放宣傳品") == [1])
    #expect(try index.documents("ＧＤＰ") == [3])
    #expect(try index.documents("gdp增长") == [3])
}

@Test func booleanOperatorsCombineUnits() throws {
    let index = try SmallIndex()
    #expect(try index.documents("性别 OR 就业") == [0, 2, 3])
    #expect(try index.documents("性别 -鉴定") == [0])
    #expect(try index.documents("性别 NOT 鉴定") == [0])
    #expect(try index.documents("宣传 活动") == [1])
    #expect(try index.documents("\"婚育新风\" 3000") == [1])
}

@Test func nearWantsBothWithinTheDistance() throws {
    let index = try SmallIndex()
    // 婚育新风进万家活动: five characters stand between 婚育 and 活动.
    #expect(try index.documents("婚育 NEAR/5 活动") == [1])
    #expect(try index.documents("活动 NEAR/5 婚育") == [1])
    #expect(try index.documents("婚育 NEAR/4 活动") == [])
    #expect(try index.documents("婚育 NEAR/0 新风") == [1])
}

@Test func fieldFiltersRestrictTheUnits() throws {
    let index = try SmallIndex()
    #expect(try index.documents("title:人口与计划生育法") == [2])
    #expect(try index.documents("性别 year:2020..2025") == [2])
    #expect(try index.documents("section:宣传教育") == [1])
    #expect(try index.documents("source:c.txt") == [3])
    #expect(try index.documents("doc:2") == [3])
}

@Test func snippetsMarkTheMatches() throws {
    let index = try SmallIndex()
    let hit = try #require(try index.search("宣傳品").hits.first)
    #expect(hit.snippet?.marked(open: "[", close: "]").contains("發放[宣传品]") == true)
    #expect(hit.unit.document == "关于综合治理出生人口性别比问题的实施方案")
}

@Test func scoresRankTheDenserUnitFirst() throws {
    let index = try SmallIndex()
    let hits = try index.search("性别").hits
    #expect(hits.count == 2)
    #expect(hits[0].score >= hits[1].score)
    #expect(hits.map(\.rank) == [1, 2])
}

@Test func skippingBlocksThatCannotReachTheTopChangesNoResult() throws {
    var generator = SystemRandomNumberGenerator()
    let fillers = ["加强组织领导", "落实工作责任", "开展宣传教育", "严格执法检查", "完善监测体系"]
    let units = (0..<1500).map { number in
        let text = (0..<Int.random(in: 1...12, using: &generator)).map { _ in
            Bool.random(using: &generator) ? "综合治理出生人口性别比" : fillers.randomElement(using: &generator)!
        }.joined(separator: "，")
        return IndexUnit(kind: .section, source: "plan\(number % 7).txt", documentIndex: 1, document: "实施方案", section: "第\(number)条", text: text)
    }
    let index = try SmallIndex(units: units, lexicon: nil)
    for query in ["治理", "出生人口", "性别比 OR 宣传"] {
        for perDocument in [0, 3] {
            for kinds: Set<UnitKind>? in [nil, [.section]] {
                let pruned = try index.search(query, options: SearchOptions(limit: 10, kinds: kinds, exactTotalLimit: 0, perDocument: perDocument))
                let all = try index.search(query, options: SearchOptions(limit: 1500, kinds: kinds, countAll: true, perDocument: perDocument))
                #expect(pruned.hits.map(\.unitNumber) == all.hits.prefix(10).map(\.unitNumber), "\(query)")
                #expect(pruned.hits.map(\.score) == all.hits.prefix(10).map(\.score), "\(query)")
            }
        }
    }
}

@Test func aPartLeftToItsNeighboursIsNotTakenToStandAcrossPunctuation() throws {
    // 民政 is commoner here than 民 ending a run, so the 民政 of a query between 人民 and 政府 is left to
    // its neighbours to imply: around "人民，政府" they stand at the same offsets, and only the run's end
    // after 民 (the term 民 alone where 民政 would stand) tells the text apart.
    let texts = [
        "县级以上地方人民政府民政部门负责本行政区域内的殡葬管理工作。",
        "各级民政部门应当做好社会救助工作。",
        "省民政厅负责全省养老服务体系建设。",
        "一切为了人民，政府工作人员应当全心全意为人民服务。",
        "为了人民，政府应当依法行政；县级以上人民政府应当加强领导。",
        "民政部门会同有关部门制定具体办法。",
    ]
    let units = texts.enumerated().map { number, text in
        IndexUnit(kind: .section, source: "law.txt", documentIndex: 1, document: "殡葬管理条例", section: "第\(number + 1)条", text: text)
    }
    let index = try SmallIndex(units: units, lexicon: nil)
    for (query, implied) in [("人民政府", [false, true, false]), ("人民政府应当", [false, true, false, false, false])] {
        let matcher = try #require(try PhraseMatcher(query, reader: index.reader, analyzer: Analyzer(segmenter: nil)))
        #expect(matcher.parts.map(\.isImplied) == implied, "\(query)")
        #expect(matcher.breaks.map(\.label) == ["民"], "\(query)")
        let matches = try #require(try matcher.matches(in: index.reader, options: .init(occurrences: true)))
        let holding = units.indices.filter { units[$0].text.contains(query) }
        #expect(matches.units.map(Int.init) == holding, "\(query)")
        #expect(matches.occurrences.map(\.count) == holding.map { units[$0].text.components(separatedBy: query).count - 1 }, "\(query)")
        let counted = try index.search(query, options: SearchOptions(limit: 1, collapseDuplicates: false, perDocument: 0))
        #expect(counted.total == holding.count, "\(query)")
    }
}

@Test func unitsCountedBelowTheTopHoldThePhraseItself() throws {
    // Units below the top are only checked for the phrase and counted: every part of 人民政府应当
    // stands in each of them, but only some hold the parts in order, at consecutive positions.
    let texts = [
        "县级以上人民政府应当加强领导。",
        "人民政府负责；应当依法办理。",
        "应当报人民政府批准，政府应当公布。",
        "人民政府应当公开，人民政府应当听取意见，人民政府应当答复。",
        "各级人民政府，政府应，府应当，民政部门。",
        "政府应当依法保障人民权益。",
        "乡镇人民政府应当协助。",
    ]
    let units = (0..<300).map { number in
        IndexUnit(kind: .section, source: "law\(number % 9).txt", documentIndex: 1, document: "条例",
                  section: "第\(number)条", text: texts[number % texts.count] + "（第\(number)条）")
    }
    let index = try SmallIndex(units: units, lexicon: nil)
    for query in ["人民政府应当", "政府应当", "人民政府", "府应当依法"] {
        let holding = units.filter { $0.text.contains(query) }.count
        let counted = try index.search(query, options: SearchOptions(limit: 1, collapseDuplicates: false, perDocument: 0))
        #expect(counted.totalIsExact)
        #expect(counted.total == holding, "\(query)")
    }
}
