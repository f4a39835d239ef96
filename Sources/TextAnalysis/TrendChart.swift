import Foundation
import Reporting

/// A trend table drawn as an SVG line chart: one line per term, per 10,000 characters against the
/// groups, with axes, tick labels, axis titles, a legend and a title, in CJK-capable fonts.
///
/// With years, the x axis is a time scale (a gap between years is as wide as the years missing, and
/// undated documents are left out of the chart); with documents or folders the groups stand at equal
/// steps in order.
public struct TrendChart: Sendable {
    public let table: TrendTable
    public var width = 960.0
    public var height = 540.0

    public init(_ table: TrendTable) {
        self.table = table
    }

    private static let colours = ["#1f77b4", "#d62728", "#2ca02c", "#ff7f0e", "#9467bd", "#8c564b", "#e377c2", "#17becf", "#7f7f7f", "#bcbd22"]
    private static let font = "'Noto Sans CJK SC','Source Han Sans SC','WenQuanYi Micro Hei','PingFang SC','Microsoft YaHei',sans-serif"

    /// The SVG document.
    public func svg() -> String {
        let rows = table.grouping == .year ? table.rows.filter { Int($0.group) != nil } : table.rows
        var groups: [String] = []
        for row in rows where groups.last != row.group { groups.append(row.group) }
        let (left, right, top, bottom) = (80.0, width - 190, 60.0, height - 90)
        let timeScale = table.grouping == .year
        let years = groups.compactMap { Int($0) }
        let (firstYear, lastYear) = (years.min() ?? 0, years.max() ?? 1)
        func x(_ index: Int) -> Double {
            if timeScale {
                let span = Double(max(1, lastYear - firstYear))
                return left + (right - left) * Double(Int(groups[index])! - firstYear) / span
            }
            return groups.count <= 1 ? (left + right) / 2 : left + (right - left) * Double(index) / Double(groups.count - 1)
        }
        let (yMax, yStep) = TrendChart.niceScale(rows.map(\.per10k).max() ?? 0)
        func y(_ value: Double) -> Double { bottom - (bottom - top) * value / yMax }

        var svg = """
            <?xml version="1.0" encoding="UTF-8"?>
            <svg xmlns="http://www.w3.org/2000/svg" width="\(Int(width))" height="\(Int(height))" viewBox="0 0 \(Int(width)) \(Int(height))" font-family="\(TrendChart.font)" font-size="13">
            <rect width="100%" height="100%" fill="white"/>
            <text x="\(f(width / 2))" y="32" text-anchor="middle" font-size="18" font-weight="bold">\(("词频趋势：" + table.terms.joined(separator: "、")).markupEscaped)</text>

            """
        // Grid lines and y ticks.
        var tick = 0.0
        while tick <= yMax + yStep / 2 {
            svg += "<line x1=\"\(f(left))\" y1=\"\(f(y(tick)))\" x2=\"\(f(right))\" y2=\"\(f(y(tick)))\" stroke=\"#e0e0e0\"/>\n"
            svg += "<text x=\"\(f(left - 8))\" y=\"\(f(y(tick) + 4))\" text-anchor=\"end\">\(TrendChart.label(tick))</text>\n"
            tick += yStep
        }
        // X ticks: every year on a nice step, or every group (thinned to about 25 labels).
        var xTicks: [(Double, String)] = []
        if timeScale {
            let step = [1, 2, 5, 10, 20, 25, 50].first { (lastYear - firstYear) / $0 <= 12 } ?? 100
            var year = (firstYear + step - 1) / step * step
            while year <= lastYear { xTicks.append((left + (right - left) * Double(year - firstYear) / Double(max(1, lastYear - firstYear)), String(year))); year += step }
        } else {
            let stride = max(1, (groups.count + 24) / 25)
            for index in Swift.stride(from: 0, to: groups.count, by: stride) { xTicks.append((x(index), TrendChart.shortLabel(groups[index]))) }
        }
        for (position, text) in xTicks {
            svg += "<line x1=\"\(f(position))\" y1=\"\(f(bottom))\" x2=\"\(f(position))\" y2=\"\(f(bottom + 5))\" stroke=\"#333\"/>\n"
            if timeScale {
                svg += "<text x=\"\(f(position))\" y=\"\(f(bottom + 20))\" text-anchor=\"middle\">\(text.markupEscaped)</text>\n"
            } else {
                svg += "<text x=\"\(f(position))\" y=\"\(f(bottom + 14))\" text-anchor=\"end\" transform=\"rotate(-35 \(f(position)) \(f(bottom + 14)))\" font-size=\"11\">\(text.markupEscaped)</text>\n"
            }
        }
        // Axes and their titles.
        svg += "<line x1=\"\(f(left))\" y1=\"\(f(top))\" x2=\"\(f(left))\" y2=\"\(f(bottom))\" stroke=\"#333\"/>\n"
        svg += "<line x1=\"\(f(left))\" y1=\"\(f(bottom))\" x2=\"\(f(right))\" y2=\"\(f(bottom))\" stroke=\"#333\"/>\n"
        let xTitle = ["year": "年份 (year)", "document": "文档 (document)", "folder": "文件夹 (folder)"][table.grouping.rawValue] ?? "全部 (all)"
        svg += "<text x=\"\(f((left + right) / 2))\" y=\"\(f(height - 18))\" text-anchor=\"middle\" font-size=\"14\">\(xTitle.markupEscaped)</text>\n"
        svg += "<text x=\"22\" y=\"\(f((top + bottom) / 2))\" text-anchor=\"middle\" font-size=\"14\" transform=\"rotate(-90 22 \(f((top + bottom) / 2)))\">每万字出现次数 (per 10,000 characters)</text>\n"
        // One line per term, and the legend.
        for (number, term) in table.terms.enumerated() {
            let colour = TrendChart.colours[number % TrendChart.colours.count]
            let points = groups.indices.compactMap { index -> String? in
                guard let row = rows.first(where: { $0.group == groups[index] && $0.term == term }) else { return nil }
                return "\(f(x(index))),\(f(y(row.per10k)))"
            }
            svg += "<polyline fill=\"none\" stroke=\"\(colour)\" stroke-width=\"2\" points=\"\(points.joined(separator: " "))\"/>\n"
            for point in points {
                let xy = point.split(separator: ",")
                svg += "<circle cx=\"\(xy[0])\" cy=\"\(xy[1])\" r=\"2.5\" fill=\"\(colour)\"/>\n"
            }
            let legendY = top + 10 + Double(number) * 24
            svg += "<rect x=\"\(f(right + 20))\" y=\"\(f(legendY - 9))\" width=\"22\" height=\"4\" fill=\"\(colour)\"/>\n"
            svg += "<text x=\"\(f(right + 50))\" y=\"\(f(legendY - 2))\" font-size=\"14\">\(term.markupEscaped)</text>\n"
        }
        return svg + "</svg>\n"
    }

    /// A maximum at or above `largest` and a step that divides it in about five: 1, 2 or 5 × 10ⁿ.
    static func niceScale(_ largest: Double) -> (maximum: Double, step: Double) {
        guard largest > 0 else { return (1, 0.2) }
        let rough = largest / 5
        let magnitude = pow(10, floor(log10(rough)))
        let step = [1.0, 2, 5, 10].map { $0 * magnitude }.first { $0 >= rough }!
        return (ceil(largest / step) * step, step)
    }

    private static func label(_ value: Double) -> String {
        var text = String(format: "%.3f", value)
        while text.hasSuffix("0") { text.removeLast() }
        if text.hasSuffix(".") { text.removeLast() }
        return text
    }

    /// A document or folder label short enough for a tick: its last path component, at most 14 characters.
    private static func shortLabel(_ group: String) -> String {
        let name = (group as NSString).lastPathComponent
        return name.count > 14 ? String(name.prefix(13)) + "…" : name
    }

    private func f(_ value: Double) -> String { String(format: "%.1f", value) }
}
