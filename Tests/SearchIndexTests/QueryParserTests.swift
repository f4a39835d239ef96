import Testing
@testable import SearchIndex

@Test func notBindsTighterThanAndWhichBindsTighterThanOr() throws {
    #expect(try QueryParser.parse("性别 比 OR 就业") == .or([.and([.phrase("性别"), .phrase("比")]), .phrase("就业")]))
    #expect(try QueryParser.parse("性别 AND 比 OR 就业") == .or([.and([.phrase("性别"), .phrase("比")]), .phrase("就业")]))
    #expect(try QueryParser.parse("NOT 鉴定 性别") == .and([.not(.phrase("鉴定")), .phrase("性别")]))
    #expect(try QueryParser.parse("性别 -鉴定 OR 就业") == .or([.and([.phrase("性别"), .not(.phrase("鉴定"))]), .phrase("就业")]))
}

@Test func parenthesesGroupAndFullWidthOnesToo() throws {
    #expect(try QueryParser.parse("(性别 OR 就业) 宣传") == .and([.or([.phrase("性别"), .phrase("就业")]), .phrase("宣传")]))
    #expect(try QueryParser.parse("（性别 OR 就业）宣传") == .and([.or([.phrase("性别"), .phrase("就业")]), .phrase("宣传")]))
    #expect(try QueryParser.parse("NOT (a OR b) c") == .and([.not(.or([.phrase("a"), .phrase("b")])), .phrase("c")]))
    #expect(try QueryParser.parse("((婚育))") == .phrase("婚育"))
    #expect(try QueryParser.parse("\"(一)\" 罚款") == .and([.phrase("(一)"), .phrase("罚款")]))
    #expect(try QueryParser.parse("审查同意（基金会审查同意）。") == .and([.phrase("审查同意"), .phrase("基金会审查同意")]))
    #expect(try QueryParser.parse("三是按“三个有利于”的标准") == .and([.phrase("三是按"), .phrase("三个有利于"), .phrase("的标准")]))
}

/// Why `text` does not parse, or nil where it does.
private func failure(_ text: String) -> QueryParser.SyntaxError? {
    do {
        _ = try QueryParser.parse(text)
        return nil
    } catch {
        return error
    }
}

@Test func aMalformedQueryNamesWhereItGoesWrong() {
    #expect(failure("(性别 OR 就业")?.position == 10)
    #expect(failure("性别 ) 就业")?.position == 4)
    #expect(failure("性别 OR")?.position == 6)
    #expect(failure("OR 性别")?.position == 1)
    #expect(failure("()")?.position == 2)
    #expect(failure("\"未闭合")?.position == 5)
    #expect(failure("年份 year:20x")?.position == 4)
    #expect(failure("")?.reason == "empty query")
    // A quoted phrase with nothing to find in it is as malformed as an empty query, not a query that finds nothing.
    #expect(failure("\"\"")?.description == "query: the phrase quoted at character 1 holds no word to find (at character 2)")
    #expect(failure("两非 “。”")?.reason == "the phrase quoted at character 4 holds no word to find")
    // An unknown kind is malformed, not a filter that finds nothing.
    #expect(failure("两非 kind:nonsense")?.description
        == "query: kind: wants one of section, document, statistic, citation, measure, not nonsense (at character 4)")
    #expect(failure("两非 kind:measure") == nil)
    #expect(failure("性别 ) 就业")?.description == "query: a closing parenthesis without an opening one (at character 4)")
}

@Test func aQueryThatOnlyExcludesIsBadUsageNamingTheExclusionNotAListOfEverything() throws {
    let onlyExcludes = "the query only excludes, which would list everything unscored: add a word or filter to find (人口 -计划生育)"
    #expect(failure("-计划生育") == QueryParser.SyntaxError(reason: onlyExcludes, position: 1))
    #expect(failure("NOT 计划生育") == QueryParser.SyntaxError(reason: onlyExcludes, position: 1))
    #expect(failure("-计划生育 NOT 独生子女") == QueryParser.SyntaxError(reason: onlyExcludes, position: 1))
    #expect(failure("(NOT 计划生育)")?.position == 2)
    #expect(failure("人口 OR -计划生育")?.reason == "a side of OR only excludes, which would list nearly everything: give it a word or filter to find")
    #expect(failure("人口 OR -计划生育")?.position == 7)
    // A word or a filter beside the exclusion, or on every side of OR, says what to list.
    #expect(try QueryParser.parse("人口 -计划生育") == .and([.phrase("人口"), .not(.phrase("计划生育"))]))
    #expect(try QueryParser.parse("kind:measure -计划生育") == .and([.field(.kind, "measure"), .not(.phrase("计划生育"))]))
    #expect(try QueryParser.parse("人口 (-计划生育 OR -独生子女)").selects)
    #expect(try QueryParser.parse("(人口 -计划生育) OR 生育").selects)
}

@Test func parenthesesChangeWhatMatches() throws {
    let index = try SmallIndex()
    #expect(try index.documents("性别 OR 就业 人民") == [0, 2, 3])
    #expect(try index.documents("(性别 OR 就业) 人民") == [3])
    #expect(try index.documents("(性别 OR 就业) NOT (鉴定 OR 人民)") == [0])
}
