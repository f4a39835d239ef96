import Ingestion

/// Finds every citation of a document: each 《…》 title (with the articles that follow it), bare law
/// references (刑法第三百三十六条), references to the document's own law (本法第X条) and to the law
/// cited last (该法第X条, 该法).
public struct CitationExtractor: Sendable {
    public init() {}

    /// A law cited earlier, that 该法 and a bare name refer back to.
    private struct Cited {
        var law: String
        var full: String?
        var kind: CitationKind
    }

    /// Every citation of `document`, in reading order.
    public func citations(in document: Document) -> [Citation] {
        var context = Context(own: CitationExtractor.ownLaw(of: document.title))
        var citations: [Citation] = []
        let ownTitle = LawName.key(document.title)
        for section in document.sections {
            let text = section.heading.isEmpty ? section.text : section.heading + "\n" + section.text
            // A compilation repeats its article's own title in 《》 (第一篇：《…》): that cites nothing.
            for found in references(in: text, context: &context) where found.reference != nil || LawName.key(found.law.law) != ownTitle {
                citations.append(Citation(source: document.source, documentIndex: document.index, document: document.title,
                                          section: section.pathString, text: found.text, law: found.law.law,
                                          lawFull: found.law.full, article: found.reference?.article,
                                          articleSuffix: found.reference?.suffix, paragraph: found.reference?.paragraph,
                                          item: found.reference?.item, kind: found.law.kind, sentence: found.sentence))
            }
        }
        return citations
    }

    private struct Context {
        /// The law a law document is (本法 refers to it).
        var own: Cited?
        /// The last law, regulation or interpretation cited (该法 refers to it).
        var last: Cited?
        /// Short names cited by title so far, to find them again written bare.
        var names: Set<String> = []
    }

    private struct Found {
        var text: String
        var law: Cited
        var reference: ArticleReference?
        var sentence: String
    }

    private static let openTitle = Unit.one("《")
    private static let closeTitle = Unit.one("》")
    private static let ordinal = Unit.one("第")
    private static let longestTitle = 120
    private static let selfReferences: [[UInt16]] = ["本法", "本条例", "本办法", "本规定", "本细则", "本解释", "本决定", "本规则"].map(Unit.of)
    private static let backReferences: [[UInt16]] = ["该法", "该条例", "该办法", "该规定", "该解释", "该决定", "上述法律"].map(Unit.of)
    private static let lawSuffixes: [[UInt16]] = ["法", "法典", "条例", "办法", "规定", "细则", "解释", "修正案", "规则"].map(Unit.of)
    /// Verbs that open a bare reference and are no part of the name (违反刑法第…).
    private static let leadingVerbs: [[UInt16]] = ["违反", "适用", "依照", "根据", "按照", "依据", "参照", "触犯", "执行", "援引",
                                                   "引用", "对照", "符合", "属于", "规定", "依", "按", "照", "据"].map(Unit.of)
    private static let nameStops: Set<UInt16> = Set("的和与及或并由在是为经对将把被了即如其向从、，。；：“”《》()（）\n 　".folded.utf16)

    private func references(in text: String, context: inout Context) -> [Found] {
        let scan = ScanText(text)
        var found: [Found] = []
        var index = 0
        while index < scan.count {
            if scan[index] == CitationExtractor.openTitle, let close = closingTitle(in: scan, after: index) {
                let title = LawName.full(scan.original((index + 1)..<close))
                guard !title.isEmpty else { index = close + 1; continue }
                let short = LawName.short(title)
                let cited = Cited(law: short, full: short != title ? title : nil, kind: CitationKind.of(title: title))
                var end = close + 1
                if scan[end] == CitationExtractor.ordinal || scan.has(Unit.of("的第"), at: end) {
                    let start = scan[end] == CitationExtractor.ordinal ? end : end + 1
                    let (references, referenceEnd) = ArticleReference.parse(in: scan, at: start)
                    if !references.isEmpty { end = referenceEnd }
                    found += records(cited, references, span: index..<end, in: scan)
                } else {
                    found += records(cited, [], span: index..<end, in: scan)
                }
                if cited.kind != .document {
                    context.last = cited
                    context.names.insert(short.folded)
                }
                index = end
                continue
            }
            if scan[index] == CitationExtractor.ordinal, let (cited, nameStart) = bareLaw(in: scan, before: index, context: context) {
                let (references, end) = ArticleReference.parse(in: scan, at: index)
                if !references.isEmpty {
                    found += records(cited, references, span: nameStart..<end, in: scan)
                    if cited.kind != .document { context.last = cited }
                    index = end
                    continue
                }
            }
            if let back = scan.longest(of: CitationExtractor.backReferences, at: index), let last = context.last,
               scan[index + back.count] != CitationExtractor.ordinal {
                // 该法 without an article: a reference to the whole law cited before.
                found += records(last, [], span: index..<(index + back.count), in: scan)
                index += back.count
                continue
            }
            index += 1
        }
        return found
    }

    /// The 》 closing the title opened at `open`: on the same sentence, within a title's length; a
    /// line break inside (a title broken across lines or pages) is allowed.
    private func closingTitle(in scan: ScanText, after open: Int) -> Int? {
        var index = open + 1
        var depth = 0
        while index < scan.count, index - open <= CitationExtractor.longestTitle {
            switch scan[index] {
            case CitationExtractor.closeTitle:
                if depth == 0 { return index }
                depth -= 1
            case CitationExtractor.openTitle: depth += 1
            case Unit.one("。"): return nil
            default: break
            }
            index += 1
        }
        return nil
    }

    /// The law named right before the 第 at `index`: 本法, 该法, or a bare name ending in 法, 条例 …
    private func bareLaw(in scan: ScanText, before index: Int, context: Context) -> (Cited, Int)? {
        if let own = scan.longest(of: CitationExtractor.selfReferences, endingAt: index), let law = context.own {
            return (law, index - own.count)
        }
        if let back = scan.longest(of: CitationExtractor.backReferences, endingAt: index), let last = context.last {
            return (last, index - back.count)
        }
        guard scan.longest(of: CitationExtractor.lawSuffixes, endingAt: index) != nil else { return nil }
        var start = index
        while start > 0, index - start < 24, Unit.isHan(scan[start - 1]), !CitationExtractor.nameStops.contains(scan[start - 1]) {
            start -= 1
        }
        // A name cited before by title, written bare: the longest that ends here.
        for name in context.names.sorted(by: { $0.count > $1.count }) {
            let units = Array(name.utf16)
            if scan.has(units, endingAt: index), index - units.count >= start {
                let short = scan.original((index - units.count)..<index)
                return (Cited(law: short, full: nil, kind: CitationKind.of(title: short)), index - units.count)
            }
        }
        while let verb = scan.longest(of: CitationExtractor.leadingVerbs, at: start), index - start - verb.count >= 2 { start += verb.count }
        if scan.has(Unit.of("中华人民共和国"), at: start) || index - start >= 2 {
            let written = scan.original(start..<index)
            let short = LawName.short(written)
            guard short.count >= 2 else { return nil }
            return (Cited(law: short, full: short != written ? written : nil, kind: CitationKind.of(title: written)), start)
        }
        return nil
    }

    private func records(_ cited: Cited, _ references: [ArticleReference], span: Range<Int>, in scan: ScanText) -> [Found] {
        let text = LawName.full(scan.original(span))
        let sentence = scan.original(scan.sentence(around: span.lowerBound))
        if references.isEmpty { return [Found(text: text, law: cited, reference: nil, sentence: sentence)] }
        return references.map { Found(text: text, law: cited, reference: $0, sentence: sentence) }
    }

    /// The law a document is, where its title names one (本法 in it refers to it).
    private static func ownLaw(of title: String) -> Cited? {
        let kind = CitationKind.of(title: title)
        guard kind != .document, !title.isEmpty else { return nil }
        let short = LawName.short(title)
        return Cited(law: short, full: short != title ? title : nil, kind: kind)
    }
}
