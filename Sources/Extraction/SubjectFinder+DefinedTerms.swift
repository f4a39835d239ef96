import Ingestion
import TextNormalization

extension SubjectFinder {
    /// The terms a rule defines for itself in a gloss after what they stand for (…的比例(以下称播放时间比例), …(以下简称管理人)),
    /// folded: the rule names its figures by them afterwards (播放时间比例为1%以上不足3%的), and a name read from the words before
    /// a figure that ends inside one (时间比例, a verb 播放 taken off) is the term whole. Read from each of `texts` (a
    /// document's sections) once per document; terms of fewer than three characters (以下简称本法) are left out, as a
    /// name's tail they would claim too much.
    static func definedTerms(in texts: [String]) -> [[UInt16]] {
        var terms: [[UInt16]] = []
        for text in texts {
            // A String's own search compares Characters, which cost every section a fifth of the extraction; the marker's
            // bytes are looked for first (memchr), as no other spelling of its characters compares equal to them.
            for marker in SubjectFinder.definingMarkers where text.containsBytes(of: marker) {
                for range in text.ranges(of: marker) {
                    let term = text[range.upperBound...].prefix { !SubjectFinder.termEnds.contains($0) }
                    guard (SubjectFinder.shortestTerm...SubjectFinder.longestTerm).contains(term.count),
                          term.unicodeScalars.allSatisfy(HanCharacter.contains) else { continue }
                    let units = Unit.of(String(term))
                    if !terms.contains(units) { terms.append(units) }
                }
            }
        }
        return terms.sorted { $0.count > $1.count }
    }

    /// The term a gloss closing at `close` defines ((以下称播放时间比例) → 播放时间比例), as written; nil where the gloss
    /// defines nothing.
    func definedTerm(closingAt close: Int) -> String? {
        guard SubjectFinder.closingBrackets.contains(scan[close]) else { return nil }
        var open = close - 1
        while open >= 0, close - open <= SubjectFinder.longestTerm + 5, !SubjectFinder.openingBrackets.contains(scan[open]) { open -= 1 }
        guard open >= 0, SubjectFinder.openingBrackets.contains(scan[open]),
              let marker = scan.longest(of: SubjectFinder.definingMarkerUnits, at: open + 1) else { return nil }
        let term = (open + 1 + marker.count)..<close
        guard (SubjectFinder.shortestTerm...SubjectFinder.longestTerm).contains(term.count),
              term.allSatisfy({ HanCharacter.contains(scan[$0]) }) else { return nil }
        return scan.original(term)
    }

    /// Where a term the document defines closes a name read as `start..<end` and opens before `start` but not before
    /// `floor`: the start of the term, so that the name is the term whole; nil where no term is cut.
    func definedTermStart(cutAt start: Int, end: Int, floor: Int) -> Int? {
        definedTerms.first { $0.count > end - start && end - $0.count >= floor && scan.has($0, endingAt: end) }.map { end - $0.count }
    }

    private static let definingMarkers = ["以下称", "以下简称", "以下统称"]
    private static let definingMarkerUnits = definingMarkers.map(Unit.of)
    /// What ends a defined term after its marker: the gloss's bracket, a second term after 、 or 或者, a clause mark.
    private static let termEnds: Set<Character> = ["）", ")", "、", "，", ",", "。", "；", "“", "”", "\"", "或"]
    private static let shortestTerm = 3
    private static let longestTerm = 12
}
