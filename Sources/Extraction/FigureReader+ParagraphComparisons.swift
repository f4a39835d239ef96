extension FigureReader {
    /// The year the last comparison of a paragraph before a figure is made with (…比一九八○年增长百分之十二点三；
    /// 棉花三百六十万吨，增长百分之三十三 → 1980), read once for all the paragraph's figures: each is asked
    /// for as `TimeCues.comparisonBase(in:from:before:)` finds it from the paragraph's start, but only the
    /// text after the figure before is read, so that a paragraph of many changes costs its length, not its
    /// length times its figures.
    struct ParagraphComparisons {
        /// The paragraph read, where the reading stopped, and the base year found up to there.
        private var read: (paragraph: Int, through: Int, base: Int?)?

        /// The base year of the last comparison in the paragraph starting at `paragraph` before `end`.
        mutating func base(in scan: ScanText, paragraph: Int, before end: Int) -> Int? {
            var from = paragraph
            var known: Int?
            if let read, read.paragraph == paragraph, read.through <= end {
                // A comparison counts from `from` where its 年 ends more than 5 units after it: start where
                // the last reading ended (never before the paragraph's start).
                from = max(paragraph, read.through - 5)
                known = read.base
            }
            let base = TimeCues.comparisonBase(in: scan, from: from, before: end) ?? known
            read = (paragraph, end, base)
            return base
        }
    }
}
