/// What one copy changed against the kept one: inserted, deleted and changed spans of text.
///
/// Whitespace and line breaks are left out before comparing, so that a copy wrapped differently
/// shows only its real edits. Long texts are compared in two passes so that the work stays near
/// linear in their length: sentences first (the common prefix and suffix trimmed, then a Myers diff
/// over sentences), then characters within each changed run of sentences. A run too long or too
/// different for the character pass is reported whole as one changed span.
public enum TextDiff {
    /// Sentences of at most this many characters end even without a full stop.
    static let longestSentence = 120
    /// The bound on edits in the sentence pass and in each character pass.
    static let maximumEdits = 2_000

    /// The spans by which `copy` differs from `kept`, shortest first (ties in text order).
    public static func spans(kept: String, copy: String) -> [DiffSpan] {
        let a = Array(kept.unicodeScalars.filter { !$0.properties.isWhitespace })
        let b = Array(copy.unicodeScalars.filter { !$0.properties.isWhitespace })
        let sentencesA = sentences(a)
        let sentencesB = sentences(b)
        var identifiers: [String: Int] = [:]
        func identify(_ ranges: [Range<Int>], in scalars: [Unicode.Scalar]) -> [Int] {
            ranges.map { range in
                let key = String(String.UnicodeScalarView(scalars[range]))
                if let known = identifiers[key] { return known }
                identifiers[key] = identifiers.count
                return identifiers.count - 1
            }
        }
        let tokensA = identify(sentencesA, in: a)
        let tokensB = identify(sentencesB, in: b)

        let sentenceRuns = MyersDiff.runs(tokensA, tokensB, maximumEdits: maximumEdits)
            ?? [.delete(tokensA.count), .insert(tokensB.count)]
        var spans: [DiffSpan] = []
        for change in MyersDiff.changes(sentenceRuns) {
            // A changed run of sentences, compared again character by character.
            let rangeA = characterRange(sentencesA, change.deleted, end: a.count)
            let rangeB = characterRange(sentencesB, change.inserted, end: b.count)
            spans += characterSpans(Array(a[rangeA]), Array(b[rangeB]), keptStart: rangeA.lowerBound)
        }
        return spans.enumerated().sorted { x, y in
            (x.element.length, x.offset) < (y.element.length, y.offset)
        }.map(\.element)
    }

    /// The sentences of `scalars` as ranges: each ends after a full stop or semicolon, or at
    /// `longestSentence` characters.
    static func sentences(_ scalars: [Unicode.Scalar]) -> [Range<Int>] {
        var ranges: [Range<Int>] = []
        var start = 0
        for (index, scalar) in scalars.enumerated() {
            let ends = "。！？；!?;".unicodeScalars.contains(scalar)
            if ends || index + 1 - start >= longestSentence {
                ranges.append(start..<(index + 1))
                start = index + 1
            }
        }
        if start < scalars.count { ranges.append(start..<scalars.count) }
        return ranges
    }

    private static func characterRange(_ sentences: [Range<Int>], _ run: Range<Int>, end: Int) -> Range<Int> {
        guard !run.isEmpty else {
            let position = run.lowerBound < sentences.count ? sentences[run.lowerBound].lowerBound : end
            return position..<position
        }
        return sentences[run.lowerBound].lowerBound..<sentences[run.upperBound - 1].upperBound
    }

    /// The spans within one changed run of sentences, by a character diff where it is affordable.
    private static func characterSpans(_ a: [Unicode.Scalar], _ b: [Unicode.Scalar], keptStart: Int) -> [DiffSpan] {
        func text(_ scalars: ArraySlice<Unicode.Scalar>) -> String { String(String.UnicodeScalarView(scalars)) }
        guard !a.isEmpty, !b.isEmpty else {
            return [DiffSpan(kind: a.isEmpty ? .inserted : .deleted, kept: text(a[...]), copy: text(b[...]), keptOffset: keptStart)]
        }
        guard let runs = MyersDiff.runs(a, b, maximumEdits: maximumEdits) else {
            return [DiffSpan(kind: .changed, kept: text(a[...]), copy: text(b[...]), keptOffset: keptStart)]
        }
        return MyersDiff.changes(runs).map { change in
            let kind: DiffSpan.Kind = change.deleted.isEmpty ? .inserted : (change.inserted.isEmpty ? .deleted : .changed)
            return DiffSpan(kind: kind, kept: text(a[change.deleted]), copy: text(b[change.inserted]), keptOffset: keptStart + change.deleted.lowerBound)
        }
    }
}
