import Ingestion

/// The body of an official document without its annexes, where its measures are.
///
/// A State Council document ends with its issuer and date (国务院办公厅 / 2019年1月16日), and what follows
/// them under 附件, 附件1 or 附表 is an annex: a table of indicators with their definitions (三级公立医院
/// 绩效考核指标: 1.门诊人次数与出院人次数比 定量 计算方法：…), a list of reforms to copy, an approved plan, a list
/// of practices praised. Its numbered lines define or list; the document's own commitments are in the body,
/// so the annex holds no measures — except the practices a commendation praises (`MeasureExtractor`), which
/// are what the document is about. The annex list before the signature (附件：三级公立医院绩效考核指标)
/// names the annexes and stays in the body: only an annex line after the date ends it.
enum DocumentBody {
    /// `sections` up to the first line opening with 附件 or 附表 after a line that is a date alone (its
    /// section cut there); all of them where there is no such line.
    static func sections(_ sections: [Section]) -> [Section] {
        split(sections).body
    }

    /// The body and the annex: `sections` cut at the first line opening with 附件 or 附表 after a line that
    /// is a date alone, the section holding that line divided between them (the annex's part of it keeping
    /// its heading path); an empty annex where there is no such line.
    static func split(_ sections: [Section]) -> (body: [Section], annex: [Section]) {
        // Most documents have no annex: look for the word before reading line by line.
        guard sections.contains(where: { section in ["附件", "附表"].contains { section.text.containsScalars($0) || section.heading.containsScalars($0) } })
        else { return (sections, []) }
        var dated = false
        for (position, section) in sections.enumerated() {
            if dated, isAnnexLine(section.heading) { return (Array(sections[..<position]), Array(sections[position...])) }
            if isDate(section.heading) { dated = true }
            var offset = 0
            for line in section.text.lines(keepingEmpty: true) {
                let text = String(line)
                if dated, isAnnexLine(text) {
                    var cut = section
                    cut.text = String(section.text.unicodeScalars.prefix(offset)).trimmingSpaces()
                    var opening = section
                    opening.text = String(section.text.unicodeScalars.dropFirst(offset))
                    return (Array(sections[..<position]) + [cut], [opening] + Array(sections[(position + 1)...]))
                }
                if isDate(text) { dated = true }
                offset += line.unicodeScalars.count + 1
            }
        }
        return (sections, [])
    }

    /// Whether a line opens an annex: 附件, 附件1, 附件：, 附表2.
    static func isAnnexLine(_ line: String) -> Bool {
        let trimmed = line.trimmingSpaces()
        return trimmed.hasPrefix("附件") || trimmed.hasPrefix("附表")
    }

    private static let numerals: Set<Unicode.Scalar> = Set("0123456789０１２３４５６７８９〇○零一二三四五六七八九十".unicodeScalars)

    /// Whether a line is a date alone, as a document's signature dates it: 2019年1月16日, 二〇〇四年十一月四日.
    static func isDate(_ line: String) -> Bool {
        var rest = line.trimmingSpaces().unicodeScalars[...]
        for unit in ["年", "月", "日"] as [Unicode.Scalar] {
            let digits = rest.prefix(while: numerals.contains)
            guard !digits.isEmpty, digits.count <= 4, rest.dropFirst(digits.count).first == unit else { return false }
            rest = rest.dropFirst(digits.count + 1)
        }
        return rest.isEmpty
    }
}
