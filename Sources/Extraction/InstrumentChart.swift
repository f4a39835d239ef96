import Foundation
import Reporting

/// A stacked bar chart, as SVG, of the instrument mix of each group in a measure summary: one bar per
/// year (or document), each instrument's share of its level-1 measures stacked to 100%, with axes, a
/// legend in Chinese and English, and each bar's count of measures above it.
public struct InstrumentChart: Sendable {
    public var title: String

    public init(title: String = "政策工具结构 Instrument mix of measures") {
        self.title = title
    }

    /// Fill colours of the seven codes and of uncategorised measures (grey), distinct in print.
    static let colours = ["#4e79a7", "#e15759", "#f28e2b", "#59a14f", "#76b7b2", "#b07aa1", "#edc948"]
    static let uncategorisedColour = "#bab0ac"

    /// The chart of `rows`; groups without any measure (a resolution approving a report) get no bar.
    public func svg(_ rows: [MeasureSummary]) -> String {
        let rows = rows.filter { $0.total > 0 }
        let left = 60.0, right = 310.0, top = 50.0, bottom = 80.0, plotHeight = 360.0
        let barWidth = max(6.0, min(28.0, 900.0 / Double(max(rows.count, 1))))
        let gap = barWidth * 0.25
        let plotWidth = Double(rows.count) * (barWidth + gap) + gap
        let width = left + plotWidth + right, height = top + plotHeight + bottom
        var svg = """
            <svg xmlns="http://www.w3.org/2000/svg" width="\(format(width))" height="\(format(height))" viewBox="0 0 \(format(width)) \(format(height))" \
            font-family="Noto Sans CJK SC, Source Han Sans SC, WenQuanYi Micro Hei, PingFang SC, Microsoft YaHei, sans-serif" font-size="12">
            <rect width="100%" height="100%" fill="white"/>
            <text x="\(format(left))" y="24" font-size="16" font-weight="bold">\(title.markupEscaped)</text>

            """
        // Axes and grid: shares from 0 to 100%.
        for step in 0...4 {
            let y = top + plotHeight - Double(step) / 4 * plotHeight
            svg += "<line x1=\"\(format(left))\" y1=\"\(format(y))\" x2=\"\(format(left + plotWidth))\" y2=\"\(format(y))\" stroke=\"#dddddd\"/>\n"
            svg += "<text x=\"\(format(left - 6))\" y=\"\(format(y + 4))\" text-anchor=\"end\">\(step * 25)%</text>\n"
        }
        svg += "<line x1=\"\(format(left))\" y1=\"\(format(top))\" x2=\"\(format(left))\" y2=\"\(format(top + plotHeight))\" stroke=\"black\"/>\n"
        svg += "<line x1=\"\(format(left))\" y1=\"\(format(top + plotHeight))\" x2=\"\(format(left + plotWidth))\" y2=\"\(format(top + plotHeight))\" stroke=\"black\"/>\n"
        svg += "<text x=\"16\" y=\"\(format(top + plotHeight / 2))\" transform=\"rotate(-90 16 \(format(top + plotHeight / 2)))\" text-anchor=\"middle\">占一级措施比例 share of level-1 measures</text>\n"
        for (position, row) in rows.enumerated() {
            let x = left + gap + Double(position) * (barWidth + gap)
            var y = top + plotHeight
            let shares = PolicyInstrument.allCases.map { Double(row.counts[$0] ?? 0) } + [Double(row.uncategorised)]
            let total = Double(row.total)
            for (code, count) in shares.enumerated() where count > 0 && total > 0 {
                let barHeight = count / total * plotHeight
                y -= barHeight
                let name = code < PolicyInstrument.allCases.count ? PolicyInstrument.allCases[code].rawValue : "uncategorised"
                let colour = code < InstrumentChart.colours.count ? InstrumentChart.colours[code] : InstrumentChart.uncategorisedColour
                svg += "<rect x=\"\(format(x))\" y=\"\(format(y))\" width=\"\(format(barWidth))\" height=\"\(format(barHeight))\" fill=\"\(colour)\"><title>\(row.group.markupEscaped) \(name): \(Int(count))</title></rect>\n"
            }
            svg += "<text x=\"\(format(x + barWidth / 2))\" y=\"\(format(top - 4))\" text-anchor=\"middle\" font-size=\"9\" fill=\"#555555\">\(row.total)</text>\n"
            let labelX = x + barWidth / 2, labelY = top + plotHeight + 8
            svg += "<text x=\"\(format(labelX))\" y=\"\(format(labelY))\" transform=\"rotate(60 \(format(labelX)) \(format(labelY)))\" font-size=\"10\">\(String(row.group.prefix(12)).markupEscaped)</text>\n"
        }
        svg += "<text x=\"\(format(left + plotWidth / 2))\" y=\"\(format(height - 8))\" text-anchor=\"middle\">年份 year (bar top: number of level-1 measures)</text>\n"
        // Legend, top code first as in the stack's reading order from the bottom.
        let legendX = left + plotWidth + 20
        let names = PolicyInstrument.allCases.map { "\($0.chineseName) \($0.rawValue)" } + ["未分类 uncategorised"]
        for (code, name) in names.enumerated() {
            let y = top + Double(code) * 22
            let colour = code < InstrumentChart.colours.count ? InstrumentChart.colours[code] : InstrumentChart.uncategorisedColour
            svg += "<rect x=\"\(format(legendX))\" y=\"\(format(y))\" width=\"14\" height=\"14\" fill=\"\(colour)\"/>\n"
            svg += "<text x=\"\(format(legendX + 20))\" y=\"\(format(y + 12))\">\(name.markupEscaped)</text>\n"
        }
        return svg + "</svg>\n"
    }

    private func format(_ value: Double) -> String {
        String(format: "%.1f", value)
    }
}
