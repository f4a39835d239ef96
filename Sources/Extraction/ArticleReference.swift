import Ingestion
/// The article part of a citation — 第三百三十六条第一款, 第36条, 第十、十八条, 第三十九条和第四十条第一项,
/// 第一百三十三条之一, 第二款第（三）项 — read into one reference per article cited.
struct ArticleReference: Equatable {
    var article: Int
    var suffix: String?
    var paragraph: Int?
    var item: Int?

    private static let ordinal = Unit.one("第")
    private static let articleMark = Unit.one("条")
    private static let paragraphMark = Unit.one("款")
    private static let itemMark = Unit.one("项")
    private static let of = Unit.one("之")
    private static let open = Unit.one("(")
    private static let close = Unit.one(")")
    /// Joiners of a list of numbers before one 条 (第十、十八条) or of whole references.
    private static let joiners: [[UInt16]] = ["、", ",", "，", "和", "及", "与", "或", "以及", "至", "到"].map(Unit.of)

    /// The references starting at `start` (which must be 第) and where they end; empty where no
    /// article is named there.
    static func parse(in scan: ScanText, at start: Int) -> (references: [ArticleReference], end: Int) {
        var references: [ArticleReference] = []
        var index = start
        var end = start
        while scan[index] == ordinal {
            // 第N[、N…]条
            var numbers: [Int] = []
            var cursor = index + 1
            while let number = ChineseNumeral.match(in: scan, at: cursor), let value = number.value.integerValue,
                  number.maximum == nil {
                numbers.append(value)
                cursor = number.end
                guard let joiner = scan.longest(of: joiners, at: cursor), ChineseNumeral.match(in: scan, at: cursor + joiner.count) != nil else { break }
                cursor += joiner.count
            }
            if numbers.isEmpty { break }
            if scan[cursor] == articleMark {
                cursor += 1
                var suffix: String?
                if scan[cursor] == of, let sub = ChineseNumeral.match(in: scan, at: cursor + 1), sub.length == 1 {
                    suffix = scan.original(cursor..<sub.end)
                    cursor = sub.end
                }
                var reference = ArticleReference(article: numbers.last!, suffix: suffix)
                (reference.paragraph, reference.item, cursor) = subdivisions(in: scan, at: cursor)
                for number in numbers.dropLast() { references.append(ArticleReference(article: number)) }
                references.append(reference)
            } else if let previous = references.last, scan[cursor] == paragraphMark || scan[cursor] == itemMark {
                // 第X条第一款、第二款: a further paragraph or item of the article just cited.
                let (paragraph, item, next) = subdivisions(in: scan, at: index)
                guard next > index else { break }
                references.append(ArticleReference(article: previous.article, suffix: previous.suffix,
                                                   paragraph: paragraph ?? previous.paragraph, item: item))
                cursor = next
            } else {
                break
            }
            end = cursor
            // A list goes on: 和第四十条, 、第十八条.
            guard let joiner = scan.longest(of: joiners, at: end), scan[end + joiner.count] == ordinal else { break }
            index = end + joiner.count
        }
        return (references, end)
    }

    /// Every article number a reference text names (《刑法》第十、十八条 → 10, 18).
    static func articles(in text: String) -> Set<Int> {
        let scan = ScanText(text)
        var numbers = Set<Int>()
        for index in 0..<scan.count where scan[index] == ordinal {
            for reference in parse(in: scan, at: index).references { numbers.insert(reference.article) }
        }
        return numbers
    }

    init(article: Int, suffix: String? = nil, paragraph: Int? = nil, item: Int? = nil) {
        self.article = article
        self.suffix = suffix
        self.paragraph = paragraph
        self.item = item
    }

    /// 第Y款 and 第Z项 / 第（Z）项 / （Z）项 after an article.
    private static func subdivisions(in scan: ScanText, at start: Int) -> (Int?, Int?, Int) {
        var cursor = start
        var paragraph: Int?
        var item: Int?
        if scan[cursor] == ordinal, let number = ChineseNumeral.match(in: scan, at: cursor + 1), scan[number.end] == paragraphMark {
            paragraph = number.value.integerValue
            cursor = number.end + 1
        }
        var itemStart = cursor
        if scan[itemStart] == ordinal { itemStart += 1 }
        let bracketed = scan[itemStart] == open
        if let number = ChineseNumeral.match(in: scan, at: itemStart + (bracketed ? 1 : 0)) {
            var after = number.end
            if bracketed {
                guard scan[after] == close else { return (paragraph, item, cursor) }
                after += 1
            }
            if scan[after] == itemMark, bracketed || scan[cursor] == ordinal {
                item = number.value.integerValue
                cursor = after + 1
            }
        }
        return (paragraph, item, cursor)
    }
}
