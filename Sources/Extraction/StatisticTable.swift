import Foundation
import Ingestion

/// A table of figures read as a grid: the rows ingestion writes as lines of cells (`TableRow`: an HTML table's row, a
/// Markdown row), under their header rows, where the table states a unit — a line 单位：人 or （单位：万元） above its
/// rows, or a column's header 金额（万元）.
///
/// A researcher's statistics table is such a grid: each figure cell is a statistic in the stated unit, named by its
/// column's label (1995年招生人数 → 招生人数, dated 1995; 分年度招生任务 over 1996年 → 招生任务, dated 1996), given for its
/// row's label (江苏, 总计: the `dimension`). The bare number alone in its cell that the figure scanner passes over (a
/// serial number, a coordinate) is read here only where a unit is stated, and never in a column of serial numbers
/// (headed 序号, or counting its rows 1, 2, 3 …).
struct StatisticTable {
    /// One figure cell, placed in the document as the figure scanner places its figures.
    struct Entry {
        var figure: StatisticExtractor.Figure
        var meaning: FigureMeaning
        /// The row's label the figure is given for (江苏, 总计); nil where the row's label names the figure itself.
        var dimension: String?
    }

    let scan: ScanText
    let dates: DocumentDates

    /// The figure cells of every table of the text that states a unit, in reading order; empty where none does.
    func entries() -> [Entry] {
        // Most sections hold no table: a row's separator is looked for before anything is split.
        guard scan.units.contains(StatisticTable.bar) else { return [] }
        let lines = self.lines()
        var entries: [Entry] = []
        var index = 0
        while index < lines.count {
            guard cells(of: lines[index]) != nil else { index += 1; continue }
            var end = index
            while end < lines.count, cells(of: lines[end]) != nil { end += 1 }
            entries += grid(rows: index..<end, of: lines)
            index = end
        }
        return entries
    }

    /// The figure cells of the rows `rows` of `lines`, read under their header rows with the unit stated above them.
    private func grid(rows: Range<Int>, of lines: [Range<Int>]) -> [Entry] {
        let table = rows.compactMap { row -> (line: Range<Int>, cells: [Range<Int>])? in
            cells(of: lines[row]).map { (line: lines[row], cells: $0) }
        }.filter { !isRule($0.cells) }
        guard let firstData = table.firstIndex(where: isDataRow), firstData > 0 else { return [] }
        let width = table[firstData].cells.count
        guard let headers = columnHeaders(table[..<firstData].map { $0.cells }, width: width) else { return [] }
        let captions = lines[max(0, rows.lowerBound - 3)..<rows.lowerBound]
        let tableUnit = captions.lazy.compactMap(statedUnit).first
        let data = table[firstData...].filter { $0.cells.count == width }
        // A table is a plan where its caption or a header says so: its later years are aims.
        let plans = (captions + headers.flatMap { $0 }).map(scan.foldedString).contains { text in
            StatisticTable.planWords.contains(where: text.contains)
        }
        var columns: [Column] = []
        for column in 1..<width {
            var parts = headers[column]
            var unit = tableUnit
            if let last = parts.last, let stated = bracketUnit(last) {
                parts[parts.count - 1] = stated.name
                unit = stated.unit
            }
            let names = parts.map(label)
            guard let unit, !isSerial(names, values: data.map { number(in: $0.cells[column])?.value }) else { continue }
            let written = names.joined()
            let period = TimeCues.firstPeriod(in: ScanText(written), dates: dates)
            var role = StatisticRole.other
            if let period, let year = dates.year { role = period.last < year ? .actual : plans ? .target : .other }
            columns.append(Column(index: column, name: StatisticTable.name(written), unit: unit, period: period, role: role))
        }
        // An undated column of a plan (扩招 beside 分年度招生任务 1996年 … 1998年) is of the years its dated aims span.
        let aims = columns.filter { $0.role == .target }.compactMap(\.period)
        if plans, let first = aims.map(\.first).min(), let last = aims.map(\.last).max() {
            for index in columns.indices where columns[index].period == nil {
                columns[index].period = TimeCues.Period(first: first, last: last)
                columns[index].role = .target
            }
        }
        let reader = FigureReader(scan: scan, document: dates, headings: [])
        var entries: [Entry] = []
        for row in data {
            let rowLabel = label(row.cells[0])
            for column in columns {
                guard let (range, value, percent) = number(in: row.cells[column.index]) else { continue }
                let unit = percent ? "%" : scan.original(column.unit)
                let kind = percent ? .percent : StatisticTable.kind(of: scan.foldedString(column.unit))
                // A column named by its dates alone (2019年 | 2020年) leaves the row's label to name the figure.
                let subject = column.name ?? (rowLabel.isEmpty ? nil : rowLabel)
                var figure = StatisticExtractor.Figure(range: range, text: scan.original(range), value: .number(value), maximum: nil,
                                                       unit: unit, approx: false, kind: kind, subject: subject)
                figure.sentence = scan.original(row.line)
                figure.sentenceRange = row.line
                // The column's label says what the figure is, as the words before a figure in a sentence do (扩招, 增长率).
                figure.link = column.name ?? ""
                var meaning = FigureMeaning()
                meaning.subject = subject
                meaning.indicator = subject.flatMap { IndicatorName.fold($0) }
                (meaning.aspect, meaning.direction) = reader.aspect(of: figure, subject: subject)
                meaning.role = column.role
                meaning.period = column.period?.text
                entries.append(Entry(figure: figure, meaning: meaning, dimension: column.name == nil || rowLabel.isEmpty ? nil : rowLabel))
            }
        }
        return entries
    }

    /// A column of figures: where it stands in the row, its name without its dates and unit, its unit's range, and
    /// the period and role its label gives.
    private struct Column {
        var index: Int
        var name: String?
        var unit: Range<Int>
        var period: TimeCues.Period?
        var role: StatisticRole
    }

    /// The lines of the text, without their line feeds.
    private func lines() -> [Range<Int>] {
        var lines: [Range<Int>] = []
        var start = 0
        for index in 0..<scan.count where scan.units[index] == Unit.newline {
            lines.append(start..<index)
            start = index + 1
        }
        lines.append(start..<scan.count)
        return lines
    }

    /// The cells of a line that is a table's row (cells joined by ` | `, a Markdown row's outer bars aside), each
    /// without the spaces around it; nil for a line of running text.
    private func cells(of line: Range<Int>) -> [Range<Int>]? {
        guard line.count >= 3, (line.lowerBound..<(line.upperBound - 2)).contains(where: {
            scan.units[$0] == StatisticTable.space && scan.units[$0 + 1] == StatisticTable.bar && scan.units[$0 + 2] == StatisticTable.space
        }) else { return nil }
        var cells: [Range<Int>] = []
        var start = line.lowerBound
        for index in line where scan.units[index] == StatisticTable.bar {
            cells.append(trimmed(start..<index))
            start = index + 1
        }
        cells.append(trimmed(start..<line.upperBound))
        if scan.units[trimmed(line).lowerBound] == StatisticTable.bar { cells.removeFirst() }
        if let last = trimmed(line).last, scan.units[last] == StatisticTable.bar { cells.removeLast() }
        return cells.count >= 2 ? cells : nil
    }

    private func trimmed(_ range: Range<Int>) -> Range<Int> {
        var lower = range.lowerBound, upper = range.upperBound
        while lower < upper, Unit.isSpace(scan.units[lower]) { lower += 1 }
        while upper > lower, Unit.isSpace(scan.units[upper - 1]) { upper -= 1 }
        return lower..<upper
    }

    /// Whether the cells are a Markdown table's rule (|---|:---:|).
    private func isRule(_ cells: [Range<Int>]) -> Bool {
        cells.allSatisfy { cell in !cell.isEmpty && cell.allSatisfy { StatisticTable.ruleMarks.contains(scan.units[$0]) } }
    }

    /// Whether a row holds figures: a label first, then at least one cell that is a number.
    private func isDataRow(_ row: (line: Range<Int>, cells: [Range<Int>])) -> Bool {
        number(in: row.cells[0]) == nil && row.cells.dropFirst().contains { number(in: $0) != nil }
    }

    /// A cell's text for a label: folded, without the spaces a header is spread out with (主 要 内 容).
    private func label(_ cell: Range<Int>) -> String {
        String(String.UnicodeScalarView(scan.foldedString(cell).unicodeScalars.filter { !$0.properties.isWhitespace }))
    }

    /// Each column's header cells, outermost first: one header row as wide as the data, or a row whose last cell spans
    /// the row under it (省（市） | 1995年招生人数 | 扩招 | 分年度招生任务 over 1996年 | 1997年 | 1998年); nil where the header
    /// rows do not line up with the data.
    private func columnHeaders(_ headers: [[Range<Int>]], width: Int) -> [[Range<Int>]]? {
        guard let top = headers.last(where: { $0.count == width }) ?? headers.first else { return nil }
        if top.count == width {
            return top.map { [$0] }
        }
        guard let index = headers.firstIndex(of: top), index + 1 < headers.count, let spanning = top.last else { return nil }
        let below = headers[index + 1]
        guard top.count - 1 + below.count == width else { return nil }
        return top.dropLast().map { [$0] } + below.map { [spanning, $0] }
    }

    /// The number a cell holds alone (1445, 1,445, 12.5, 8.3%), an aside in brackets after it left out (120（扩招）):
    /// its range, value, and whether it is a percentage.
    private func number(in cell: Range<Int>) -> (range: Range<Int>, value: DecimalNumber, percent: Bool)? {
        var index = cell.lowerBound
        while index < cell.upperBound, Unit.isASCIIDigit(scan.units[index]) || index > cell.lowerBound
                && StatisticTable.numberMarks.contains(scan.units[index]) && Unit.isASCIIDigit(scan[index + 1]) {
            index += 1
        }
        guard index > cell.lowerBound else { return nil }
        let digits = cell.lowerBound..<index
        let percent = index < cell.upperBound && scan.units[index] == StatisticTable.percent
        if percent { index += 1 }
        guard index == cell.upperBound
                || scan.units[index] == StatisticTable.open && scan.units[cell.upperBound - 1] == StatisticTable.close,
              let value = DecimalNumber(literal: scan.foldedString(digits)) else { return nil }
        return (percent ? cell.lowerBound..<index : digits, value, percent)
    }

    /// The unit a caption line states for the table (单位：人, （单位：万元）, 单位:吨).
    private func statedUnit(_ line: Range<Int>) -> Range<Int>? {
        guard let start = (line.lowerBound..<max(line.lowerBound, line.upperBound - 2)).first(where: {
            scan.has(StatisticTable.unitLabel, at: $0) && scan.units[$0 + StatisticTable.unitLabel.count] == StatisticTable.colon
        }) else { return nil }
        var unit = trimmed((start + StatisticTable.unitLabel.count + 1)..<line.upperBound)
        if let last = unit.last, scan.units[last] == StatisticTable.close { unit = trimmed(unit.lowerBound..<last) }
        return isUnit(unit) ? unit : nil
    }

    /// A header cell's name and the unit it states in brackets at its end (金额（万元）, 面积（单位：公顷））; nil where the
    /// brackets hold no unit (省（市）).
    private func bracketUnit(_ header: Range<Int>) -> (name: Range<Int>, unit: Range<Int>)? {
        guard let last = header.last, scan.units[last] == StatisticTable.close,
              let open = header.last(where: { scan.units[$0] == StatisticTable.open }) else { return nil }
        var unit = (open + 1)..<last
        if let colon = statedUnit(unit.lowerBound - 1..<last + 1) { unit = colon }
        return isUnit(unit) ? (header.lowerBound..<open, unit) : nil
    }

    /// Whether a range holds one unit word and nothing else (人, 万元, 公顷).
    private func isUnit(_ range: Range<Int>) -> Bool {
        guard !range.isEmpty, let word = StatisticUnits.unitWord(in: scan, at: range.lowerBound) else { return false }
        return word.length == range.count
    }

    /// Whether a column holds serial numbers: headed 序号 or 编号, or counting its rows from 1.
    private func isSerial(_ parts: [String], values: [DecimalNumber?]) -> Bool {
        if let last = parts.last, StatisticTable.serialHeaders.contains(last) { return true }
        return values.count >= 2 && values.enumerated().allSatisfy { $0.element == DecimalNumber($0.offset + 1) }
    }

    /// A column's name without its dates (1995年, 1996年度) and the word that splits it by year (分年度招生任务 → 招生任务);
    /// nil where nothing else is left.
    private static func name(_ written: String) -> String? {
        var name = written.replacingOccurrences(of: "[0-9]{4}年度?", with: "", options: .regularExpression)
        if let split = byYear.first(where: { name.hasPrefix($0) && name.count > $0.count }) { name = String(name.dropFirst(split.count)) }
        return name.isEmpty ? nil : name
    }

    /// The kind of figure a unit makes (人 a count, 万元 money).
    private static func kind(of unit: String) -> StatisticKind {
        let scan = ScanText(unit)
        return StatisticUnits.unitWord(in: scan, at: 0).flatMap { StatisticUnits.kinds[$0.key] } ?? .number
    }

    private static let bar = Unit.one("|")
    private static let space = Unit.one(" ")
    private static let percent = Unit.one("%")
    private static let open = Unit.one("(")
    private static let close = Unit.one(")")
    private static let colon = Unit.one(":")
    private static let unitLabel = Unit.of("单位")
    private static let numberMarks: Set<UInt16> = [Unit.one("."), Unit.one(",")]
    private static let ruleMarks: Set<UInt16> = Set("-:".utf16)
    private static let serialHeaders: Set<String> = ["序号", "编号", "序"]
    private static let planWords = ["计划", "规划", "目标", "任务"]
    private static let byYear = ["分年度", "分年"]
}
