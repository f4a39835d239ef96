import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import Reporting
import Segmentation
import Testing
@testable import TextAnalysis

@Suite struct CooccurrenceNetworkTests {
    let extractor: TermExtractor

    init() throws {
        extractor = TermExtractor(segmenter: try WordSegmenter(), stopWords: .builtIn)
    }

    func weight(_ a: String, _ b: String, window: CooccurrenceNetwork.Window) -> Int? {
        let network = CooccurrenceNetwork([Resolution2008.document], window: window, top: 0, minimumWeight: 1, extractor: extractor)
        return network.edges.first { Set([$0.source, $0.target]) == Set([a, b]) }?.weight
    }

    @Test func anEdgeCountsTheWindowsHoldingBothTerms() {
        // 会议 and 国务院 stand together in the first and third sentences, both in the first paragraph.
        #expect(weight("会议", "国务院", window: .sentence) == 2)
        #expect(weight("会议", "国务院", window: .paragraph) == 1)
        #expect(weight("会议", "国务院", window: .section) == 1)
        // 国务院 is in the first paragraph only, 中国特色社会主义 in the second only.
        #expect(weight("国务院", "中国特色社会主义", window: .paragraph) == nil)
        #expect(weight("国务院", "中国特色社会主义", window: .section) == 1)
    }

    @Test func nodesAreTheMostFrequentTermsWithTheirCounts() {
        let network = CooccurrenceNetwork([Resolution2008.document], window: .sentence, top: 3, minimumWeight: 1, extractor: extractor)
        #expect(network.nodes.count == 3)
        #expect(network.nodes.first { $0.term == "会议" }?.count == 4)
        let terms = Set(network.nodes.map(\.term))
        #expect(network.edges.allSatisfy { terms.contains($0.source) && terms.contains($0.target) && $0.source < $0.target })
    }

    @Test func theCSVHeaderIsGephisAndTheGraphFormatsParseWithNodeCounts() throws {
        let network = CooccurrenceNetwork([Resolution2008.document], window: .sentence, top: 10, minimumWeight: 1, extractor: extractor)
        let csv = RecordWriter(format: .csv).render(network.edges.map(\.record))
        #expect(csv.hasPrefix("source,target,weight\r\n"))
        for xml in [network.graphML, network.gexf] {
            let collector = ElementCollector()
            let parser = XMLParser(data: Data(xml.utf8))
            parser.delegate = collector
            #expect(parser.parse(), "\(parser.parserError.map { "\($0)" } ?? "")")
            #expect(collector.count("node") == 10)
            #expect(collector.count("edge") == network.edges.count)
        }
        #expect(network.graphML.contains("<data key=\"label\">会议</data><data key=\"count\">4</data>"))
        #expect(network.gexf.contains("label=\"会议\"><attvalues><attvalue for=\"count\" value=\"4\"/>"))
    }
}

/// Counts the elements of an XML document by name.
private final class ElementCollector: NSObject, XMLParserDelegate {
    private var counts: [String: Int] = [:]

    func count(_ name: String) -> Int { counts[name] ?? 0 }

    func parser(_ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?,
                attributes: [String: String] = [:]) {
        counts[name, default: 0] += 1
    }
}
