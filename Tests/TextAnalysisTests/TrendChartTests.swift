import Foundation
import Testing
import TestSupport
@testable import TextAnalysis

@Suite struct TrendChartTests {
    static func table() -> TrendTable {
        var older = Resolution2008.document
        older.year = 1998
        older.sections[0].text = String(older.sections[0].text.prefix(100))
        return TrendTable(terms: ["会议", "建设"], documents: [older, Resolution2008.document], by: .year)
    }

    @Test func theScaleEndsOnARoundStepAboveTheLargestValue() {
        #expect(TrendChart.niceScale(209.06) == (250, 50))
        #expect(TrendChart.niceScale(0.37) == (0.4, 0.1))
        #expect(TrendChart.niceScale(0) == (1, 0.2))
    }

    @Test func theChartHasATitleAxesTicksALinePerTermAndALegend() {
        let svg = TrendChart(Self.table()).svg()
        #expect(svg.contains("词频趋势：会议、建设"))
        #expect(svg.components(separatedBy: "<polyline").count - 1 == 2)
        #expect(svg.contains(">2000</text>") && svg.contains(">2005</text>"))
        #expect(svg.contains("年份 (year)") && svg.contains("每万字出现次数"))
    }

    /// Rendered by Chromium: every label takes room, lies inside the picture and clears the others,
    /// and each term's line is drawn across the plot.
    @Test(.enabled(if: HeadlessBrowser.installed != nil, "no Chromium installed"))
    func theChartRendersInABrowserWithEveryLabelVisible() async throws {
        let folder = Scratch.url("zhili-chart-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let svg = TrendChart(Self.table()).svg().replacingOccurrences(of: "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n", with: "")
        let page = folder.appendingPathComponent("chart.html")
        try """
            <!DOCTYPE html><html><head><meta charset="utf-8"></head><body style="margin:0">\(svg)
            <pre id="result"></pre>
            <script>
            const svg = document.querySelector("svg"), box = svg.getBoundingClientRect();
            const texts = [...svg.querySelectorAll("text")].map(t => t.getBoundingClientRect());
            const inside = texts.every(r => r.width > 0 && r.left >= box.left && r.right <= box.right && r.top >= box.top && r.bottom <= box.bottom);
            const lines = [...svg.querySelectorAll("polyline")].map(p => Math.round(p.getBBox().width));
            const legend = texts.slice(-2);
            const apart = legend[0].bottom <= legend[1].top || legend[1].bottom <= legend[0].top;
            document.getElementById("result").textContent = JSON.stringify({texts: texts.length, inside, lines, apart});
            </script></body></html>
            """.write(to: page, atomically: true, encoding: .utf8)
        let dom = try await HeadlessBrowser.installed!.dom(of: page.absoluteString)
        let json = try #require(dom.range(of: "<pre id=\"result\">").map { dom[$0.upperBound...].prefix { $0 != "<" } })
        let result = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
        #expect(result["inside"] as? Bool == true, "\(result)")
        #expect(result["apart"] as? Bool == true, "\(result)")
        #expect((result["texts"] as? Int ?? 0) >= 10)
        // 1998 to 2008 spans the plot's width (960 − 80 − 190 px).
        #expect(result["lines"] as? [Int] == [690, 690])
    }
}
