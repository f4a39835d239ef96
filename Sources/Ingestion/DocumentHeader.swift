import TextNormalization

/// The title and the metadata lines at the head of a document: `来源：网络  作者：…  更新时间：…`,
/// a document number line (`国发〔2019〕5号`), `发文机关：…` and the like.
struct DocumentHeader: Sendable {
    var title: String?
    var metadata: [MetadataField]
    /// The lines after the header.
    var body: [TextLine]

    /// Keys read as metadata when they open a header line (`键：值`); other `键：值` lines are text.
    static let keys: [String: String] = [
        "来源": "来源", "信息来源": "来源", "文章来源": "来源", "出处": "来源",
        "作者": "作者", "撰稿": "作者", "撰稿人": "作者",
        "更新时间": "更新时间", "发布时间": "发布时间", "发布日期": "发布日期", "时间": "时间", "日期": "日期",
        "成文日期": "成文日期", "印发日期": "印发日期",
        "文号": "文号", "发文字号": "文号", "发文机关": "发文机关", "索引号": "索引号", "主题分类": "主题分类",
        "主题词": "主题词", "编辑": "编辑", "责任编辑": "编辑", "浏览次数": "浏览次数", "点击数": "浏览次数",
        "发布机构": "发布机构", "发文单位": "发文机关", "生效日期": "生效日期", "实施日期": "实施日期",
    ]

    /// How many lines at the head of a document are searched for a title and metadata.
    static let headerLines = 16

    /// Reads the header of `lines`; `title` is the title known from elsewhere (a compilation's marker,
    /// an HTML `<title>`), and the first line is taken as the title only where there is none and it
    /// looks like one.
    static func read(_ lines: [TextLine], knownTitle: String?) -> DocumentHeader {
        var title = knownTitle
        var metadata: [MetadataField] = []
        var body: [TextLine] = []
        var inHeader = true
        var skip = 0
        for (index, line) in lines.enumerated() {
            if skip > 0 {
                skip -= 1
                continue
            }
            guard inHeader, index < headerLines else {
                body.append(line)
                continue
            }
            // The title again, in the text, broken over lines as it is set on the page.
            if let known = title, case let count = titleLineCount(lines, from: index, title: known), count > 0 {
                skip = count - 1
                continue
            }
            // A table's row of keys and values: `索 引 号： | 000000-2025-00012 | 主题分类： | 卫生`.
            if let fields = rowFields(line.text) {
                for field in fields where !metadata.contains(where: { $0.key == field.key }) { metadata.append(field) }
                continue
            }
            // A key in one table cell and its value in the next: `文    号：` / `青卫健发〔2025〕8号`.
            if let key = keyOnly(line.text), index + 1 < lines.count, metadataFields(lines[index + 1].text).isEmpty,
               keyOnly(lines[index + 1].text) == nil {
                if !metadata.contains(where: { $0.key == key }) {
                    metadata.append(MetadataField(key: key, value: lines[index + 1].text))
                }
                skip = 1
                continue
            }
            let fields = metadataFields(line.text)
            if !fields.isEmpty {
                for field in fields where !metadata.contains(where: { $0.key == field.key }) { metadata.append(field) }
                continue
            }
            if let number = documentNumber(line.text) {
                if !metadata.contains(where: { $0.key == "文号" }) { metadata.append(MetadataField(key: "文号", value: number)) }
                continue
            }
            if title == nil, body.isEmpty, metadata.isEmpty, isTitleLike(line) {
                title = line.text
                continue
            }
            // 中华人民共和国国务院令 / 第707号: an order's number over two lines.
            if let order = body.last, order.text.hasSuffix("令"), isOrderNumber(line.text) {
                body.removeLast()
                metadata.append(MetadataField(key: "文号", value: order.text + line.text))
                continue
            }
            body.append(line)
            // Metadata may follow the title or the issuing body's line, not the text.
            if line.heading != nil || line.text.unicodeScalars.prefix(61).count > 60 {
                inHeader = false
            }
        }
        return DocumentHeader(title: title, metadata: metadata, body: body)
    }

    /// How many lines from `start` spell `title` together (`国务院关于…奖售粮` / `几 个 问 题 的 通 知`),
    /// ignoring spaces and punctuation; 0 if they do not.
    static func titleLineCount(_ lines: [TextLine], from start: Int, title: String) -> Int {
        let target = CompilationSplitter.titleKey(title)
        guard !target.isEmpty else { return 0 }
        var spelled = ""
        for index in start..<min(lines.count, start + 4) {
            spelled += CompilationSplitter.titleKey(lines[index].text)
            if spelled == target { return index - start + 1 }
            guard target.hasPrefix(spelled) else { return 0 }
        }
        return 0
    }

    /// `第707号`.
    static func isOrderNumber(_ text: String) -> Bool {
        let scalars = text.leadingScalars(11)
        guard scalars.count >= 3, scalars.count <= 10, scalars.first == "第", scalars.last == "号" else { return false }
        return scalars[1..<(scalars.count - 1)].allSatisfy(ChineseNumber.isArabicDigit)
    }

    /// `来源：网络  作者：情深意重  更新时间：2025-05-27` → three fields; nothing unless every field's
    /// key is a metadata key.
    static func metadataFields(_ text: String) -> [MetadataField] {
        // Keys are short: the colon comes within the first few characters, or this is no header line.
        guard text.unicodeScalars.prefix(8).contains(where: { $0 == "：" || $0 == ":" }),
              text.unicodeScalars.prefix(201).count <= 200 else { return [] }
        var fields: [MetadataField] = []
        for piece in splitOnWideSpaces(text) {
            // `【字体：大 中 小】` and the like: page controls among the fields.
            if let first = piece.first, let last = piece.last, "【[".contains(first), "】]".contains(last), !fields.isEmpty { continue }
            guard let colon = piece.firstIndex(where: { $0 == "：" || $0 == ":" }) else {
                if fields.isEmpty { return [] }
                // A value with a single space in it: `更新时间：2025-05-27 10:00`.
                fields[fields.count - 1].value += " " + piece
                continue
            }
            guard let canonical = canonicalKey(piece[..<colon]) else { return [] }
            let value = piece[piece.index(after: colon)...].trimmingCharacters()
            fields.append(MetadataField(key: canonical, value: value))
        }
        return fields.filter { !$0.value.isEmpty }
    }

    /// The canonical key of `key`, which may be spaced out to a table's width (`索 引 号`) or written in
    /// traditional characters (`來源`); nil when it is no metadata key.
    static func canonicalKey<S: StringProtocol>(_ key: S) -> String? {
        let compact = String(String.UnicodeScalarView(key.unicodeScalars.filter { !HeadingParser.isSpace($0) }))
        return keys[compact] ?? keys[compact.folded]
    }

    /// The key of a line that is only `键：`, nil otherwise.
    /// The fields of a table's row (`TableRow`) whose cells are keys and their values in turn; nil for any
    /// other line.
    static func rowFields(_ text: String) -> [MetadataField]? {
        guard let cells = TableRow.cells(of: text), cells.count % 2 == 0 else { return nil }
        var fields: [MetadataField] = []
        for pair in stride(from: 0, to: cells.count, by: 2) {
            guard let key = keyOnly(cells[pair]) else { return nil }
            if !cells[pair + 1].isEmpty { fields.append(MetadataField(key: key, value: cells[pair + 1])) }
        }
        return fields
    }

    static func keyOnly(_ text: String) -> String? {
        let scalars = text.unicodeScalars
        guard let last = scalars.last, last == "：" || last == ":", scalars.prefix(21).count <= 20 else { return nil }
        return canonicalKey(text.dropLast())
    }

    /// Splits at runs of two or more spaces or an ideographic space, which separate header fields.
    private static func splitOnWideSpaces(_ text: String) -> [String] {
        var pieces: [String] = []
        var current = ""
        var spaces = 0
        var wide = false
        for character in text {
            if character == " " || character == "\t" || character == "\u{3000}" || character == "\u{00A0}" {
                spaces += 1
                if character != " " { wide = true }
                continue
            }
            if spaces > 0 {
                if spaces >= 2 || wide {
                    if !current.isEmpty { pieces.append(current) }
                    current = ""
                } else {
                    current.append(" ")
                }
                spaces = 0
                wide = false
            }
            current.append(character)
        }
        if !current.isEmpty { pieces.append(current) }
        return pieces
    }

    /// A document number standing alone on its line: `国发〔2019〕5号`, `国办发[2019]12号`, `京政发（2018）3号`.
    static func documentNumber(_ text: String) -> String? {
        let scalars = text.leadingScalars(31)
        guard scalars.count <= 30 else { return nil }
        return DocumentNumberScanner.first(in: scalars).flatMap { range in
            range == 0..<scalars.count ? text : nil
        }
    }

    /// A line that can be a title: short, no sentence, not a heading, not a list's item, not a number.
    static func isTitleLike(_ line: TextLine) -> Bool {
        guard !line.isListItem else { return false }
        let scalars = line.text.unicodeScalars
        guard scalars.prefix(81).count <= 80, scalars.contains(where: HanCharacter.contains) else { return false }
        if line.outlineLevel == nil, line.heading != nil { return false }
        // `各位代表：` opens a speech, `（译自…）` is a note, and a line ending in a particle is cut.
        if let last = scalars.last, last == "：" || last == ":" || ParagraphJoiner.endsWithParticle(last) { return false }
        if let first = scalars.first, let last = scalars.last, "（(".unicodeScalars.contains(first), "）)".unicodeScalars.contains(last) {
            return false
        }
        return !scalars.contains(where: { "。；！？".unicodeScalars.contains($0) })
    }
}

extension StringProtocol {
    fileprivate func trimmingCharacters() -> String { String(self).trimmingSpaces() }
}
