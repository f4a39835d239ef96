import Ingestion
import TextNormalization

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
        citations(in: ScannedDocument(document))
    }

    /// Every citation of a document whose sections are scanned already (see `ScannedDocument`), in reading order.
    public func citations(in scanned: ScannedDocument) -> [Citation] {
        let document = scanned.document
        var context = Context(own: CitationExtractor.ownLaw(of: document.title))
        var citations: [Citation] = []
        let ownTitle = LawName.key(document.title)
        for (section, scan) in scanned.sections {
            // A compilation repeats its article's own title in 《》 (第一篇：《…》): that cites nothing.
            for found in references(in: scan, context: &context) where !(found.isTitleLine && LawName.key(found.law.law) == ownTitle) {
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
        /// Names defined by 以下简称 for a title cited before (《解释》 for the interpretation it shortens).
        var aliases: [String: Cited] = [:]
    }

    private struct Found {
        var text: String
        var law: Cited
        var reference: ArticleReference?
        var sentence: String
        /// A title opening its line (第一篇：《…》), as compilations head their articles.
        var isTitleLine = false
    }

    private static let openTitle = Unit.one("《")
    private static let closeTitle = Unit.one("》")
    private static let ordinal = Unit.one("第")
    private static let longestTitle = 120
    private static let selfReferences: [[UInt16]] = ["本法", "本条例", "本办法", "本规定", "本细则", "本解释", "本决定", "本规则"].map(Unit.of)
    private static let backReferences: [[UInt16]] = ["该法", "该条例", "该办法", "该规定", "该解释", "该决定", "上述法律"].map(Unit.of)
    /// The units `backReferences` open with: trying every one of them at every unit of a text cost more than the
    /// rest of the scan, and almost no unit opens one.
    private static let backReferenceOpenings: [UInt16] = Array(Set(backReferences.map { $0[0] })).sorted()
    private static let lawSuffixes: [[UInt16]] = ["法", "法典", "条例", "办法", "规定", "细则", "解释", "修正案", "规则"].map(Unit.of)
    /// Verbs that open a bare reference and are no part of the name (违反刑法第…).
    private static let leadingVerbs: [[UInt16]] = ["违反", "适用", "依照", "根据", "按照", "依据", "参照", "触犯", "执行", "援引",
                                                   "引用", "对照", "符合", "属于", "规定", "构成", "比照", "影响", "具有", "实施",
                                                   "修正后", "修正前", "修改后", "修改前", "应当", "可以", "分别", "同时", "但有",
                                                   "人民法院", "人民检察院", "依", "按", "照", "据"].map(Unit.of)
    private static let nameStops: Set<UInt16> = Set("的和与及或并由在是为经对将把被了即如其向从、，。；：“”《》()（）\n 　".folded.utf16)

    private func references(in scan: ScanText, context: inout Context) -> [Found] {
        var found: [Found] = []
        var index = 0
        var lastCitedAt: Int?
        // Read once, not at every character (each a lazily made global: a call to read it).
        let (openTitle, ordinal, backReferenceOpenings) = (CitationExtractor.openTitle, CitationExtractor.ordinal,
                                                           CitationExtractor.backReferenceOpenings)
        while index < scan.count {
            if scan[index] == openTitle, let close = closingTitle(in: scan, after: index) {
                let title = LawName.full(scan.original((index + 1)..<close))
                guard !title.isEmpty else { index = close + 1; continue }
                let short = LawName.short(title)
                let cited = context.aliases[LawName.key(title)]
                    ?? Cited(law: short, full: short != title ? title : nil, kind: CitationKind.of(title: title))
                var end = close + 1
                if scan[end] == CitationExtractor.ordinal || scan.has(Unit.of("的第"), at: end) {
                    let start = scan[end] == CitationExtractor.ordinal ? end : end + 1
                    let (references, referenceEnd) = ArticleReference.parse(in: scan, at: start)
                    if !references.isEmpty { end = referenceEnd }
                    found += records(cited, references, span: index..<end, in: scan)
                } else {
                    var titles = records(cited, [], span: index..<end, in: scan)
                    titles[0].isTitleLine = opensLine(scan, at: index)
                    found += titles
                }
                if cited.kind != .document {
                    context.last = cited
                    context.names.insert(short.folded)
                    lastCitedAt = end
                }
                if let (alias, aliasEnd) = aliasDefinition(in: scan, after: end) {
                    context.aliases[LawName.key(alias)] = cited
                    end = aliasEnd
                }
                index = end
                continue
            }
            if scan[index] == ordinal {
                let (references, end) = ArticleReference.parse(in: scan, at: index)
                if !references.isEmpty, let (cited, nameStart) = bareLaw(in: scan, before: index, context: context)
                    ?? unnamedLaw(in: scan, at: index, context: context, lastCitedAt: lastCitedAt) {
                    found += records(cited, references, span: nameStart..<end, in: scan)
                    if cited.kind != .document { context.last = cited }
                    lastCitedAt = end
                    index = end
                    continue
                }
            }
            if backReferenceOpenings.contains(scan[index]),
               let back = scan.longest(of: CitationExtractor.backReferences, at: index), let last = context.last,
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

    /// Whether `index` opens its line, after at most a `第一篇：` label.
    private func opensLine(_ scan: ScanText, at index: Int) -> Bool {
        var start = index
        while start > 0, index - start < 8, scan[start - 1] != Unit.newline { start -= 1 }
        guard start == 0 || scan[start - 1] == Unit.newline else { return false }
        let label = scan.foldedString(start..<index)
        return label.isEmpty || label.hasSuffix(":") || label.hasSuffix("：")
    }

    private static let aliasMarks: [[UInt16]] = ["以下简称", "下称", "简称"].map(Unit.of)
    private static let aliasEnds: Set<UInt16> = Set(")）,，;；。".folded.utf16)

    /// A short name defined right after a citation — `（法释〔2008〕5号，以下简称《解释》）` — and
    /// where the definition ends; the definition itself cites nothing.
    private func aliasDefinition(in scan: ScanText, after end: Int) -> (String, Int)? {
        guard scan[end] == Unit.one("("), let closing = (end..<min(scan.count, end + 60)).first(where: { scan[$0] == Unit.one(")") }) else { return nil }
        for index in end..<closing {
            guard let mark = scan.longest(of: CitationExtractor.aliasMarks, at: index) else { continue }
            var start = index + mark.count
            var stop = start
            if scan[start] == CitationExtractor.openTitle {
                start += 1
                stop = start
                while stop < closing, scan[stop] != CitationExtractor.closeTitle { stop += 1 }
            } else {
                while stop < closing, !CitationExtractor.aliasEnds.contains(scan[stop]) { stop += 1 }
            }
            guard stop > start else { return nil }
            return (LawName.full(scan.original(start..<stop)), closing + 1)
        }
        return nil
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
        // 本法 outside a law, 该法 before any law: nothing known to refer to.
        if let own = scan.longest(of: CitationExtractor.selfReferences, endingAt: index) {
            return context.own.map { ($0, index - own.count) }
        }
        if let back = scan.longest(of: CitationExtractor.backReferences, endingAt: index) {
            return context.last.map { ($0, index - back.count) }
        }
        guard scan.longest(of: CitationExtractor.lawSuffixes, endingAt: index) != nil else { return nil }
        var start = index
        while start > 0, index - start < 24, HanCharacter.contains(scan[start - 1]), !CitationExtractor.nameStops.contains(scan[start - 1]) {
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
        // 人民法院应当依照民事诉讼法: the name begins after the last verb or subject before it.
        var cut = start
        for position in start..<index {
            if let verb = scan.longest(of: CitationExtractor.leadingVerbs, at: position), position + verb.count <= index,
               index - position - verb.count >= 2,
               scan.longest(of: CitationExtractor.lawSuffixes, at: position + verb.count).map({ position + verb.count + $0.count < index }) ?? true {
                cut = position + verb.count
            }
        }
        start = cut
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

    /// How far after a citation an article without a law's name (第四十条第一项) still refers to it.
    private static let unnamedReach = 300

    /// The law an article reference without a name refers to: in a law, the law itself (依照第十七条);
    /// elsewhere the law cited just before (…《人口与计划生育法》… 调整为第三十九条和第四十条). An
    /// article's own label at the start of a line (第十七条 …) refers to nothing.
    private func unnamedLaw(in scan: ScanText, at index: Int, context: Context, lastCitedAt: Int?) -> (Cited, Int)? {
        var lineStart = index
        while lineStart > 0, Unit.isSpace(scan[lineStart - 1]), scan[lineStart - 1] != Unit.newline { lineStart -= 1 }
        // A label opening a line, or a sentence where articles were run together (…决定。 第十六条市…).
        if lineStart == 0 || scan[lineStart - 1] == Unit.newline || scan[lineStart - 1] == Unit.one("。") { return nil }
        if let own = context.own { return (own, index) }
        if let last = context.last, let lastCitedAt, index - lastCitedAt <= CitationExtractor.unnamedReach { return (last, index) }
        return nil
    }

    /// The law a document is, where its title names one (本法 in it refers to it).
    private static func ownLaw(of title: String) -> Cited? {
        // 关于修改《X》的决定 and X修正案 quote and number the articles of X.
        if let open = title.firstIndex(of: "《"), let close = title.firstIndex(of: "》"), open < close, title.hasPrefix("关于修改")
            || title.contains("关于修改《") {
            let amended = LawName.full(String(title[title.index(after: open)..<close]))
            return Cited(law: LawName.short(amended), full: amended, kind: CitationKind.of(title: amended))
        }
        if let range = title.range(of: "修正案"), range.lowerBound > title.startIndex {
            let amended = String(title[..<range.lowerBound])
            return Cited(law: LawName.short(amended), full: LawName.short(amended) != amended ? amended : nil, kind: .law)
        }
        let kind = CitationKind.of(title: title)
        guard kind != .document, !title.isEmpty else { return nil }
        let short = LawName.short(title)
        return Cited(law: short, full: short != title ? title : nil, kind: kind)
    }
}
