import Foundation
import Ingestion
import Testing
import TestSupport

/// The year of each of the 72 national government work reports and resolutions on them, 1954–2025.
@Suite(.enabled(if: Repository.shared("corpus/reports/work-reports") != nil, "../shared/corpus is absent"))
struct WorkReportYearTests {
    /// The resolutions name their session, not their year: the years the sessions met, from the
    /// public record of the National People's Congress.
    static let resolutionYears: [String: Int] = [
        "第二届全国人民代表大会第三次会议": 1962, "第十届全国人民代表大会第五次会议": 2007,
        "第十一届全国人民代表大会第一次会议": 2008, "第十一届全国人民代表大会第二次会议": 2009,
        "第十一届全国人民代表大会第三次会议": 2010, "第十一届全国人民代表大会第四次会议": 2011,
        "第十一届全国人民代表大会第五次会议": 2012, "第十二届全国人民代表大会第一次会议": 2013,
        "第十二届全国人民代表大会第二次会议": 2014, "第十二届全国人民代表大会第三次会议": 2015,
        "第十二届全国人民代表大会第四次会议": 2016, "第十二届全国人民代表大会第五次会议": 2017,
        "第十三届全国人民代表大会第一次会议": 2018, "第十三届全国人民代表大会第二次会议": 2019,
        "第十三届全国人民代表大会第三次会议": 2020, "第十三届全国人民代表大会第四次会议": 2021,
        "第十三届全国人民代表大会第五次会议": 2022, "第十四届全国人民代表大会第一次会议": 2023,
        "第十四届全国人民代表大会第二次会议": 2024, "第十四届全国人民代表大会第三次会议": 2025,
    ]

    @Test func everyWorkReportAndResolutionGetsTheYearItWasDelivered() throws {
        let folder = try #require(Repository.shared("corpus/reports/work-reports"))
        let result = CollectionReader().readAll([folder.path])
        #expect(result.errors.isEmpty)
        #expect(result.files.count == 72)
        var checked = 0
        for file in result.files {
            let name = (file.path as NSString).lastPathComponent
            let expected = Int(name.prefix(4)) ?? Self.resolutionYears.first { name.hasPrefix($0.key) }?.value
            let year = try #require(expected, "no expected year for \(name)")
            for document in file.documents {
                #expect(document.year == year, "\(name)")
                checked += 1
            }
        }
        #expect(checked >= 72)
    }

    @Test func partyCongressReportsAreDatedByTheirCongress() throws {
        let folder = try #require(Repository.shared("corpus/reports/congress-reports"))
        let result = CollectionReader().readAll([folder.path])
        let years = Dictionary(result.files.flatMap { file in file.documents.map { ((file.path as NSString).lastPathComponent, $0.year) } },
                               uniquingKeysWith: { a, _ in a })
        #expect(years["全面建设小康社会，开创中国特色社会主义事业新局面_(十六大).txt"] == 2002)
        #expect(years["高举中国特色社会主义伟大旗帜_为全面建设社会主义现代化国家而团结奋斗_(二十大).txt"] == 2022)
        #expect(years["在中国共产党第九次全国代表大会上的报告.txt"] == 1969)
    }
}
